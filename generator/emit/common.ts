/**
 * Emits generated/common.ts: the types every dialect shares and the common tables (errors, access presets, global
 * config options).
 */
import type { Spec } from '../load/model.ts';
import { literal } from './layout.ts';
import { exportConst, tsFile, typeAlias } from './writer.ts';

export function emitCommon(spec: Spec): string {
  const shared = [
    '/** An exact decimal as text (money, rates): never a binary float. */',
    'export type Decimal = string;',
    '',
    '/** A download: the body may be streamed. */',
    'export interface FileAnswer {',
    '  mediaType: string;',
    '  filename?: string;',
    '  body: string | Uint8Array | AsyncIterable<string | Uint8Array>;',
    '}',
    '',
    'export type HandlerResult<T> = T | Promise<T>;',
    '',
    "export type Status = 'implemented' | 'planned' | 'unsupported';",
    '',
    '/** tb_api access codes (req_key, req_ip, req_user, req_user_mode). */',
    'export interface AccessPolicy { req_key: number; req_ip: number; req_user: number; req_user_mode: number }',
    '',
    "/** One row of a dialect's dispatch table. */",
    'export interface DispatchEntry<Params = unknown> {',
    '  /** The wire name (command, object/operation, page). */',
    '  id: string;',
    '  /** Key of the operation in the Handlers interface and the client. */',
    '  handler: string;',
    '  status: Status;',
    '  reason?: string;',
    '  waitsFor?: string;',
    '  deprecated?: boolean;',
    '  access?: AccessPolicy;',
    '  /** A trusted address alone never stands in for its credentials (SQL, files, backups), unless trust.ipAdmin. */',
    '  needsCredentials?: boolean;',
    '  formats: readonly string[];',
    '  errors: readonly string[];',
    '  resultKind: string;',
    '  validate: (',
    '    raw: Readonly<Record<string, unknown>>,',
    '  ) => { ok: true; params: Params } | { ok: false; issues: { param: string; problem: string }[] };',
    '}',
  ].join('\n');
  const errors = exportConst(
    'ERRORS',
    `{\n${spec.errors.map((e) => `  ${JSON.stringify(e.code)}: { httpStatus: ${e.httpStatus}, message: ${JSON.stringify(e.message)} },`).join('\n')}\n} as const`,
    ['Error codes: the HTTP status they carry (when strict) and the default message.'],
  );
  const accessPresets = exportConst(
    'ACCESS_PRESETS',
    `${JSON.stringify(spec.accessPresets, null, 2)} as const satisfies Record<string, AccessPolicy>`,
    ['Access presets commands name as their default policy.'],
  );
  const configOptions = exportConst(
    'CONFIG_OPTIONS',
    `[\n${spec.config.map((c) => `  ${literal({ name: c.name, dialect: c.dialect, type: c.type, aliases: c.aliases, default: c.default ?? null, secret: c.secret }, '  ', 1)},`).join('\n')}\n] as const`,
    ['Global configuration options with their vendor names, aliases and defaults.'],
  );
  return tsFile(
    [shared, errors, typeAlias('ErrorCode', 'keyof typeof ERRORS'), accessPresets, configOptions].join('\n\n'),
  );
}
