/**
 * Emits generated/<dialect>/validators.ts: straight-line validators compiled from the spec (names, aliases, positions,
 * coercion, constraints).
 */
import type { DialectInfo, Operation, Param } from '../load/model.ts';
import { call, importDecl, literal, WIDTH } from './layout.ts';
import { propertyKey } from './ts.ts';
import { exportConst, tsFile } from './writer.ts';

/** Mizu matches parameter names case-insensitively (the runtime lower-cases keys); the JSON dialects match exactly. */
export const CASE_INSENSITIVE: Record<string, boolean> = {
  'mizu-v1': true,
  'mizu-v2': true,
  minisip: false,
  mor: false,
};

export function emitValidators(info: DialectInfo, ops: Operation[]): string {
  const coercers = new Set<string>();
  const taken = new Set<string>();
  const blocks: string[] = [];
  for (const op of ops) {
    const lines: string[] = [];
    const fields: string[] = [];
    for (const p of op.params) {
      const names = lookupNames(info, p);
      const stem = constantStem(`${op.handlerName}_${p.name}`, taken);
      const coerceHead = `const ${stem}_coerce = `;
      const coercer = coercerCall(p, coerceHead);
      coercers.add(coercer.slice(0, coercer.indexOf('(')));
      const fieldHead = `    ${propertyKey(p.name)}: `;
      if (p.indexed) {
        coercers.add('readIndexed');
        lines.push(`const ${stem}_stem = ${JSON.stringify(names[0])};`, `${coerceHead}${coercer};`);
        const args = [
          'raw',
          `${stem}_stem`,
          `${p.indexed.from}`,
          `${p.indexed.to}`,
          JSON.stringify(p.name),
          `${stem}_coerce`,
          'issues',
        ];
        fields.push(`${fieldHead}${call('readIndexed', args, fieldHead, 1)},`);
        continue;
      }
      const namesHead = `const ${stem}_names = `;
      lines.push(`${namesHead}${literal(names, namesHead, ' as const;'.length)} as const;`, `${coerceHead}${coercer};`);
      const args = ['raw', `${stem}_names`, JSON.stringify(p.name), `${p.required}`, `${stem}_coerce`, 'issues'];
      if (p.default !== undefined) args.push(defaultLiteral(p));
      fields.push(`${fieldHead}${call('read', args, fieldHead, 1)},`);
    }
    blocks.push(
      [
        ...lines,
        `/** ${op.id}: ${op.params.length} parameter(s). */`,
        `export function validate${op.typeName}(raw: RawParams): Validated<${op.typeName}Params> {`,
        '  const issues: ParamIssue[] = [];',
        fields.length
          ? `  const params = {\n${fields.join('\n')}\n  } as ${op.typeName}Params;`
          : `  const params: ${op.typeName}Params = {};`,
        '  return done(params, issues);',
        '}',
      ].join('\n'),
    );
  }
  const imports = [
    importDecl('../../src/protocol/coerce.ts', ['done', 'read', ...[...coercers].sort()]),
    importDecl('../../src/protocol/coerce.ts', ['ParamIssue', 'RawParams', 'Validated'], true),
  ];
  if (ops.length)
    imports.push(
      importDecl(
        './types.ts',
        ops.map((o) => `${o.typeName}Params`),
        true,
      ),
    );
  const table = exportConst(
    'validators',
    `{\n${ops.map((o) => `  ${propertyKey(o.handlerName)}: validate${o.typeName},`).join('\n')}\n} as const`,
    ['Validator of every operation, keyed by operationId.'],
  );
  return tsFile([imports.join('\n'), ...blocks, table].join('\n\n'));
}

/** `<handler>_<parameter>` as an identifier, made unique in the file by a numeric suffix (never needed so far). */
function constantStem(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[^A-Za-z0-9_$]/g, '_');
  let stem = base;
  for (let n = 2; taken.has(stem); n++) stem = `${base}_${n}`;
  taken.add(stem);
  return stem;
}

/** Where a parameter may arrive: its name, its aliases, and for positional dialects param<offset+position>. */
function lookupNames(info: DialectInfo, p: Param): string[] {
  const names = [p.name, ...p.aliases];
  if (p.position !== undefined && info.positionalOffset > 0) names.push(`param${info.positionalOffset + p.position}`);
  return CASE_INSENSITIVE[info.name] ? names.map((n) => n.toLowerCase()) : names;
}

/** The coercer of a parameter, written after `head` on its line. */
function coercerCall(p: Param, head: string): string {
  const asEnum = (values: unknown[]) => `asEnum(${literal(values, `${head}asEnum(`, ' as const);'.length)} as const)`;
  const lengths = (callee: string) =>
    withOptions(
      callee,
      head,
      {
        minLength: p.minLength,
        maxLength: p.maxLength,
        pattern: p.pattern !== undefined ? `/${p.pattern.replace(/\//g, '\\/')}/u` : undefined,
      },
      ['pattern'],
    );
  const bounds = (callee: string) => withOptions(callee, head, { min: p.min, max: p.max });
  const values = p.values?.map((v) => v.value);
  switch (p.type) {
    case 'integer':
      return values?.length ? asEnum(values) : bounds('asInteger');
    case 'number':
      return values?.length ? asEnum(values) : bounds('asNumber');
    case 'decimal':
      return bounds('asDecimal');
    case 'boolean':
      return 'asBoolean()';
    case 'enum':
      return asEnum(values ?? []);
    case 'phone':
      return lengths('asPhone');
    case 'list':
      return lengths('asList');
    case 'date':
      return 'asDate()';
    case 'datetime':
      return 'asDatetime()';
    case 'json':
      return 'asJson()';
    default:
      return values?.length ? asEnum(values) : lengths('asString');
  }
}

/** The default as the coerced type holds it (a decimal default 0 is the string "0"). */
function defaultLiteral(p: Param): string {
  const d = p.default!;
  switch (p.type) {
    case 'integer':
    case 'number':
      return JSON.stringify(Number(d));
    case 'boolean':
      return JSON.stringify(d === true || d === 1 || d === '1' || d === 'true');
    case 'list':
      return literal(String(d).split(',').filter(Boolean));
    case 'enum':
      return JSON.stringify(d);
    default:
      return JSON.stringify(String(d));
  }
}

/** `callee({ key: value })` (`raw` keys written as they are), one option per line when the line would be long. */
function withOptions(callee: string, head: string, options: Record<string, unknown>, raw: string[] = []): string {
  const parts = Object.entries(options)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${raw.includes(k) ? String(v) : JSON.stringify(v)}`);
  if (!parts.length) return `${callee}()`;
  const one = `${callee}({ ${parts.join(', ')} })`;
  return head.length + one.length + 1 <= WIDTH
    ? one
    : `${callee}({\n${parts.map((part) => `  ${part},`).join('\n')}\n})`;
}
