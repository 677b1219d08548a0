/** Emits generated/<dialect>/dispatch.ts: names and aliases → validator, handler key, default access, status. */
import { type DialectInfo, morHashOrder, type Operation } from '../load/model.ts';
import { importDecl, literal } from './layout.ts';
import { exportConst, type Member, objectType, tsFile, typeAlias } from './writer.ts';
import { CASE_INSENSITIVE } from './validators.ts';
import { dialectTypePrefix } from './types.ts';

/** What a dialect's entries carry beyond DispatchEntry. */
const ENTRY_FIELDS: Record<string, Member[]> = {
  mor: [
    { name: 'method', type: "'GET' | 'POST'" },
    { name: 'path', type: 'string' },
    { name: 'auth', type: "'none' | 'login' | 'user'" },
    { name: 'hashOrder', type: 'readonly string[]' },
  ],
  minisip: [
    { name: 'object', type: 'string' },
    { name: 'operation', type: 'string' },
    { name: 'bareRows', type: 'boolean', optional: true },
  ],
  'mizu-v1': [{ name: 'mapsTo', type: 'string', optional: true }],
};

export function emitDispatch(info: DialectInfo, ops: Operation[]): string {
  const prefix = dialectTypePrefix(info.name);
  const imports = [importDecl('../common.ts', ['DispatchEntry'], true)];
  if (ops.length) imports.push(importDecl('./validators.ts', ['validators']));
  // A value written after `    key: ` in an entry, broken over lines when long.
  const field = (key: string, value: unknown) => literal(value, `    ${key}: `, 1);
  const entries = ops.map((op) => {
    const e: Record<string, string> = {
      id: JSON.stringify(op.id),
      handler: JSON.stringify(op.handlerName),
      status: JSON.stringify(op.status),
    };
    if (op.reason !== undefined) e.reason = JSON.stringify(op.reason);
    if (op.waitsFor !== undefined) e.waitsFor = JSON.stringify(op.waitsFor);
    if (op.deprecated) e.deprecated = 'true';
    if (op.access) e.access = field('access', op.access);
    if (op.needsCredentials) e.needsCredentials = 'true';
    e.formats = field('formats', op.formats);
    e.errors = field('errors', op.errors);
    e.resultKind = JSON.stringify(op.result.kind);
    e.validate = `validators.${op.handlerName}`;
    if (op.method) e.method = JSON.stringify(op.method);
    if (op.path) e.path = JSON.stringify(op.path);
    if (op.auth) e.auth = JSON.stringify(op.auth);
    // The MOR stateless hash concatenates the values sent in this order; the generated client hashes the same list.
    if (info.name === 'mor') e.hashOrder = field('hashOrder', morHashOrder(op));
    if (op.object) e.object = JSON.stringify(op.object);
    if (op.operation) e.operation = JSON.stringify(op.operation);
    if (op.result.bareRows) e.bareRows = 'true';
    if (op.mapsTo) e.mapsTo = JSON.stringify(op.mapsTo);
    return `  ${op.handlerName}: {\n${Object.entries(e)
      .map(([k, v]) => `    ${k}: ${v},`)
      .join('\n')}\n  },`;
  });
  const extra = ENTRY_FIELDS[info.name] ?? [];
  const entryHead = `export type ${prefix}Entry = DispatchEntry & `;
  const entryType = extra.length ? `DispatchEntry & ${objectType(extra, entryHead)}` : 'DispatchEntry';
  const operations = exportConst(
    'operations',
    `{\n${entries.join('\n')}\n} as const satisfies Record<string, ${prefix}Entry>`,
    [`Every ${info.name} operation, keyed by operationId.`],
  );
  const names = ops.flatMap((op) =>
    wireNames(info, op).map((n) => `  [${JSON.stringify(n)}, operations.${op.handlerName}],`),
  );
  const byName = exportConst(
    'byName',
    `new Map<string, ${prefix}Entry>([\n${names.join('\n')}\n])`,
    [CASE_INSENSITIVE[info.name] ? 'Wire name or alias (lower case) → operation.' : 'Wire name → operation.'],
    `ReadonlyMap<string, ${prefix}Entry>`,
  );
  return tsFile([imports.join('\n'), typeAlias(`${prefix}Entry`, entryType), operations, byName].join('\n\n'));
}

function wireNames(info: DialectInfo, op: Operation): string[] {
  if (info.name === 'mor') return [`${op.method} ${op.path}`];
  const names = [op.id, ...op.aliases];
  return CASE_INSENSITIVE[info.name] ? names.map((n) => n.toLowerCase()) : names;
}
