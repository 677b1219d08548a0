/** Emits generated/<dialect>/validators.ts: straight-line validators compiled from the spec (names, aliases, positions, coercion, constraints). */
import type { DialectInfo, Operation, Param } from '../load/model.ts';
import { propertyKey } from './ts.ts';
import { exportConst, importDecl, literal, tsFile } from './writer.ts';

/** Mizu matches parameter names case-insensitively (the runtime lower-cases keys); the JSON dialects match exactly. */
export const CASE_INSENSITIVE: Record<string, boolean> = { 'mizu-v1': true, 'mizu-v2': true, minisip: false, mor: false };

export function emitValidators(info: DialectInfo, ops: Operation[]): string {
  const coercers = new Set<string>();
  const body: string[] = [];
  for (const op of ops) {
    const lines: string[] = [];
    const fields: string[] = [];
    op.params.forEach((p, i) => {
      const names = lookupNames(info, p);
      const coercer = coercerCall(p);
      coercers.add(coercer.slice(0, coercer.indexOf('(')));
      const constName = `${op.handlerName}_${i}`;
      const fallback = p.default !== undefined ? `, ${defaultLiteral(p)}` : '';
      if (p.indexed) {
        coercers.add('readIndexed');
        lines.push(`const ${constName}_stem = ${JSON.stringify(names[0])};`, `const ${constName}_coerce = ${coercer};`);
        fields.push(`${propertyKey(p.name)}: readIndexed(raw, ${constName}_stem, ${p.indexed.from}, ${p.indexed.to}, ${JSON.stringify(p.name)}, ${constName}_coerce, issues),`);
        return;
      }
      lines.push(`const ${constName}_names = ${literal(names)} as const;`, `const ${constName}_coerce = ${coercer};`);
      fields.push(`${propertyKey(p.name)}: read(raw, ${constName}_names, ${JSON.stringify(p.name)}, ${p.required}, ${constName}_coerce, issues${fallback}),`);
    });
    body.push(...lines);
    body.push(
      `/** ${op.id}: ${op.params.length} parameter(s). */`,
      `export function validate${op.typeName}(raw: RawParams): Validated<${op.typeName}Params> {`,
      '  const issues: ParamIssue[] = [];',
      fields.length ? `  const params = {\n${fields.map((f) => `    ${f}`).join('\n')}\n  } as ${op.typeName}Params;` : `  const params: ${op.typeName}Params = {};`,
      '  return done(params, issues);',
      '}',
      '',
    );
  }
  const imports = [
    importDecl('../../src/protocol/coerce.ts', ['done', 'read', ...[...coercers].sort()]),
    importDecl('../../src/protocol/coerce.ts', ['ParamIssue', 'RawParams', 'Validated'], true),
  ];
  if (ops.length) imports.push(importDecl('./types.ts', ops.map((o) => `${o.typeName}Params`), true));
  const table = exportConst('validators', `{\n${ops.map((o) => `  ${propertyKey(o.handlerName)}: validate${o.typeName},`).join('\n')}\n} as const`,
    ['Validator of every operation, keyed by operationId.']);
  return tsFile(`${imports.join('\n')}\n${body.join('\n')}\n${table}`);
}

/** Where a parameter may arrive: its name, its aliases, and for positional dialects param<offset+position>. */
function lookupNames(info: DialectInfo, p: Param): string[] {
  const names = [p.name, ...p.aliases];
  if (p.position !== undefined && info.positionalOffset > 0) names.push(`param${info.positionalOffset + p.position}`);
  return CASE_INSENSITIVE[info.name] ? names.map((n) => n.toLowerCase()) : names;
}

function coercerCall(p: Param): string {
  const lengths = objectLiteral({
    minLength: p.minLength, maxLength: p.maxLength, pattern: p.pattern !== undefined ? `/${p.pattern.replace(/\//g, '\\/')}/u` : undefined,
  }, ['pattern']);
  const bounds = objectLiteral({ min: p.min, max: p.max }, []);
  const values = p.values?.map((v) => v.value);
  switch (p.type) {
    case 'integer': return values?.length ? `asEnum(${literal(values)} as const)` : `asInteger(${bounds})`;
    case 'number': return values?.length ? `asEnum(${literal(values)} as const)` : `asNumber(${bounds})`;
    case 'decimal': return `asDecimal(${bounds})`;
    case 'boolean': return 'asBoolean()';
    case 'enum': return `asEnum(${literal(values ?? [])} as const)`;
    case 'phone': return `asPhone(${lengths})`;
    case 'list': return `asList(${lengths})`;
    case 'date': return 'asDate()';
    case 'datetime': return 'asDatetime()';
    case 'json': return 'asJson()';
    default: return values?.length ? `asEnum(${literal(values)} as const)` : `asString(${lengths})`;
  }
}

/** The default as the coerced type holds it (a decimal default 0 is the string "0"). */
function defaultLiteral(p: Param): string {
  const d = p.default!;
  switch (p.type) {
    case 'integer': case 'number': return JSON.stringify(Number(d));
    case 'boolean': return JSON.stringify(d === true || d === 1 || d === '1' || d === 'true');
    case 'list': return literal(String(d).split(',').filter(Boolean));
    case 'enum': return JSON.stringify(d);
    default: return JSON.stringify(String(d));
  }
}

function objectLiteral(o: Record<string, unknown>, raw: string[]): string {
  const parts = Object.entries(o).filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${raw.includes(k) ? String(v) : JSON.stringify(v)}`);
  return parts.length ? `{ ${parts.join(', ')} }` : '';
}
