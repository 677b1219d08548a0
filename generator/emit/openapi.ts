/**
 * Emits generated/<dialect>/openapi.json (OpenAPI 3.1). Where the vendor wire form cannot be written in OpenAPI
 * (`?apientry=`, a bare `?{json}` query) the document uses an equivalent form the server also accepts and
 * describes the vendor form in `x-vendor-form`.
 */
import type { DialectInfo, ErrorInfo, Operation } from '../load/model.ts';
import { GENERATED_HEADER } from './header.ts';
import { resultSchema } from './json-schema.ts';
import { type Doc, pathItem, queryParameter } from './openapi-paths.ts';

export function emitOpenApi(info: DialectInfo, ops: Operation[], errors: ErrorInfo[]): string {
  const doc: Doc = {
    openapi: '3.1.0',
    info: {
      title: `Switchboard — ${info.title}`,
      version: '0.1.0',
      description: `${GENERATED_HEADER}. The ${info.title} as Switchboard serves it (vendor document ${info.seed}).`,
    },
    'x-generated': GENERATED_HEADER,
    paths: {},
    components: { schemas: {}, parameters: {}, securitySchemes: SECURITY[info.name] },
  };
  for (const p of info.envelope) doc.components.parameters[p.name] = queryParameter(p);
  doc.components.schemas.ErrorCode = { type: 'string', enum: errors.map((e) => e.code) };
  Object.assign(doc.components.schemas, ANSWER_SCHEMAS[info.name]);
  for (const op of ops) {
    doc.components.schemas[`${op.typeName}Result`] = resultSchema(op);
    const [path, method, operation] = pathItem(info, op);
    doc.paths[path] ??= {};
    doc.paths[path][method] = operation;
  }
  return `${JSON.stringify(doc, null, 2)}\n`;
}

const SECURITY: Record<string, Doc> = {
  'mizu-v1': {
    key: {
      type: 'apiKey',
      in: 'query',
      name: 'key',
      description: 'httpapikey; user credentials travel as usr/pwd or md5auth.',
    },
  },
  'mizu-v2': {
    authkey: {
      type: 'apiKey',
      in: 'query',
      name: 'authkey',
      description: 'apiv2key; user credentials travel as authid with authpwd or authmd5.',
    },
  },
  minisip: {
    syskey: {
      type: 'apiKey',
      in: 'query',
      name: 'syskey',
      description: 'Sent inside the JSON object, not as its own query parameter (x-vendor-form).',
    },
  },
  mor: {
    session: {
      type: 'apiKey',
      in: 'cookie',
      name: 'switchboard_mor_session',
      description: 'Started by POST /billing/api/login.',
    },
    hash: {
      type: 'apiKey',
      in: 'query',
      name: 'hash',
      description: 'SHA1 of the parameter values in documented order followed by the API secret key, with user_id.',
    },
  },
};

const MIZU_ANSWER = {
  MizuError: {
    type: 'object',
    required: ['code', 'message'],
    properties: {
      code: { $ref: '#/components/schemas/ErrorCode' },
      message: { type: 'string' },
      issues: {
        type: 'array',
        items: { type: 'object', properties: { param: { type: 'string' }, problem: { type: 'string' } } },
      },
    },
  },
};

const ANSWER_SCHEMAS: Record<string, Doc> = {
  'mizu-v1': {},
  'mizu-v2': MIZU_ANSWER,
  minisip: {
    MinisipError: {
      type: 'object',
      required: ['result', 'error'],
      properties: {
        result: { const: 'error' },
        error: {
          type: 'object',
          required: ['code', 'message'],
          properties: { code: { $ref: '#/components/schemas/ErrorCode' }, message: { type: 'string' } },
        },
      },
    },
  },
  mor: { MorError: { type: 'object', properties: { error: { type: 'string' } }, xml: { name: 'error' } } },
};
