/** Emits generated/<dialect>/dispatch.ts: names and aliases → validator, handler key, default access, status. */
import { VariableDeclarationKind } from 'ts-morph';
import type { DialectInfo, Operation } from '../load/model.ts';
import { newSourceFile, render } from './ts.ts';
import { CASE_INSENSITIVE } from './validators.ts';
import { dialectTypePrefix } from './types.ts';

export function emitDispatch(info: DialectInfo, ops: Operation[]): string {
  const file = newSourceFile(`${info.name}/dispatch.ts`);
  const prefix = dialectTypePrefix(info.name);
  file.addImportDeclaration({ moduleSpecifier: '../common.ts', namedImports: ['DispatchEntry'], isTypeOnly: true });
  if (ops.length) file.addImportDeclaration({ moduleSpecifier: './validators.ts', namedImports: ['validators'] });
  const entries = ops.map((op) => {
    const e: Record<string, string> = {
      id: JSON.stringify(op.id),
      handler: JSON.stringify(op.handlerName),
      status: JSON.stringify(op.status),
    };
    if (op.reason !== undefined) e.reason = JSON.stringify(op.reason);
    if (op.waitsFor !== undefined) e.waitsFor = JSON.stringify(op.waitsFor);
    if (op.deprecated) e.deprecated = 'true';
    if (op.access) e.access = JSON.stringify(op.access);
    e.formats = JSON.stringify(op.formats);
    e.errors = JSON.stringify(op.errors);
    e.resultKind = JSON.stringify(op.result.kind);
    e.validate = `validators.${op.handlerName}`;
    if (op.method) e.method = JSON.stringify(op.method);
    if (op.path) e.path = JSON.stringify(op.path);
    if (op.auth) e.auth = JSON.stringify(op.auth);
    // The MOR stateless hash concatenates the values sent in this order; the client's hashOrder is the same list.
    if (info.name === 'mor') e.hashOrder = JSON.stringify(op.params.map((p) => p.name));
    if (op.object) e.object = JSON.stringify(op.object);
    if (op.operation) e.operation = JSON.stringify(op.operation);
    if (op.mapsTo) e.mapsTo = JSON.stringify(op.mapsTo);
    return `  ${op.handlerName}: {\n${Object.entries(e).map(([k, v]) => `    ${k}: ${v},`).join('\n')}\n  },`;
  });
  const entryType = info.name === 'mor'
    ? `DispatchEntry & { method: 'GET' | 'POST'; path: string; auth: 'none' | 'login' | 'user'; hashOrder: readonly string[] }`
    : info.name === 'minisip' ? 'DispatchEntry & { object: string; operation: string }'
    : info.name === 'mizu-v1' ? 'DispatchEntry & { mapsTo?: string }' : 'DispatchEntry';
  file.addTypeAlias({ name: `${prefix}Entry`, isExported: true, type: entryType });
  file.addVariableStatement({
    declarationKind: VariableDeclarationKind.Const, isExported: true,
    docs: [`Every ${info.name} operation, keyed by operationId.`],
    declarations: [{ name: 'operations', initializer: `{\n${entries.join('\n')}\n} as const satisfies Record<string, ${prefix}Entry>` }],
  });
  const names = ops.flatMap((op) => wireNames(info, op).map((n) => `  [${JSON.stringify(n)}, operations.${op.handlerName}],`));
  file.addVariableStatement({
    declarationKind: VariableDeclarationKind.Const, isExported: true,
    docs: [CASE_INSENSITIVE[info.name] ? 'Wire name or alias (lower case) → operation.' : 'Wire name → operation.'],
    declarations: [{ name: 'byName', type: `ReadonlyMap<string, ${prefix}Entry>`, initializer: `new Map<string, ${prefix}Entry>([\n${names.join('\n')}\n])` }],
  });
  return render(file);
}

function wireNames(info: DialectInfo, op: Operation): string[] {
  if (info.name === 'mor') return [`${op.method} ${op.path}`];
  const names = [op.id, ...op.aliases];
  return CASE_INSENSITIVE[info.name] ? names.map((n) => n.toLowerCase()) : names;
}
