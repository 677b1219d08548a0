/** Emits generated/common.ts: the types every dialect shares and the common tables (errors, access presets, global config options). */
import { VariableDeclarationKind } from 'ts-morph';
import type { Spec } from '../load/model.ts';
import { newSourceFile, render } from './ts.ts';

export function emitCommon(spec: Spec): string {
  const file = newSourceFile('common.ts');
  file.addStatements([
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
    'export type Status = \'implemented\' | \'planned\' | \'unsupported\';',
    '',
    '/** tb_api access codes (req_key, req_ip, req_user, req_user_mode). */',
    'export interface AccessPolicy { req_key: number; req_ip: number; req_user: number; req_user_mode: number }',
    '',
    '/** One row of a dialect\'s dispatch table. */',
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
    '  formats: readonly string[];',
    '  errors: readonly string[];',
    '  resultKind: string;',
    '  validate: (raw: Readonly<Record<string, unknown>>) => { ok: true; params: Params } | { ok: false; issues: { param: string; problem: string }[] };',
    '}',
  ].join('\n'));
  file.addVariableStatement({
    declarationKind: VariableDeclarationKind.Const, isExported: true,
    docs: ['Error codes: the HTTP status they carry (when strict) and the default message.'],
    declarations: [{
      name: 'ERRORS',
      initializer: `{\n${spec.errors.map((e) => `  ${JSON.stringify(e.code)}: { httpStatus: ${e.httpStatus}, message: ${JSON.stringify(e.message)} },`).join('\n')}\n} as const`,
    }],
  });
  file.addTypeAlias({ name: 'ErrorCode', isExported: true, type: 'keyof typeof ERRORS' });
  file.addVariableStatement({
    declarationKind: VariableDeclarationKind.Const, isExported: true,
    docs: ['Access presets commands name as their default policy.'],
    declarations: [{ name: 'ACCESS_PRESETS', initializer: `${JSON.stringify(spec.accessPresets, null, 2)} as const satisfies Record<string, AccessPolicy>` }],
  });
  file.addVariableStatement({
    declarationKind: VariableDeclarationKind.Const, isExported: true,
    docs: ['Global configuration options with their vendor names, aliases and defaults.'],
    declarations: [{
      name: 'CONFIG_OPTIONS',
      initializer: `[\n${spec.config.map((c) => `  ${JSON.stringify({ name: c.name, dialect: c.dialect, type: c.type, aliases: c.aliases, default: c.default ?? null, secret: c.secret })},`).join('\n')}\n] as const`,
    }],
  });
  return render(file);
}
