/**
 * Emits generated/<dialect>/openapi.json (OpenAPI 3.1). Where the vendor wire form cannot be written in OpenAPI
 * (`?apientry=`, a bare `?{json}` query) the document uses an equivalent form the server also accepts and
 * describes the vendor form in `x-vendor-form`.
 */
import type { DialectInfo, ErrorInfo, Operation } from '../load/model.ts';
import { GENERATED_HEADER } from './header.ts';
import { resultSchema } from './json-schema.ts';
import { addAnswerExamples, addRequestExamples, schemaChecker } from './openapi-examples.ts';
import { type Doc, envelopeParameters, pathItem, queryParameter, tagOf } from './openapi-paths.ts';
import { SECURITY_SCHEMES } from './openapi-security.ts';
import { DOCUMENTS_NOTE } from './prose.ts';

export function emitOpenApi(info: DialectInfo, ops: Operation[], errors: ErrorInfo[]): string {
  const doc: Doc = {
    openapi: '3.1.0',
    info: {
      title: `Switchboard — ${info.title}`,
      version: '0.1.0',
      description: [`${GENERATED_HEADER}. The ${info.title} as Switchboard serves it.`, DOCUMENTS_NOTE[info.name]]
        .filter(Boolean)
        .join(' '),
      license: { name: 'MIT', identifier: 'MIT' },
    },
    'x-generated': GENERATED_HEADER,
    // Relative: the document is served by the server it describes, which names itself here when it serves it.
    servers: [{ url: '/', description: 'The Switchboard server this document is served from' }],
    tags: [...new Set(ops.map(tagOf))].sort().map((name) => ({ name, description: TAG_DESCRIPTIONS[name] ?? name })),
    paths: {},
    components: { schemas: {}, parameters: {}, securitySchemes: SECURITY_SCHEMES[info.name] },
  };
  for (const p of envelopeParameters(info)) doc.components.parameters[p.name] = queryParameter(p);
  doc.components.schemas.ErrorCode = { type: 'string', enum: errors.map((e) => e.code) };
  Object.assign(doc.components.schemas, ANSWER_SCHEMAS[info.name]);
  const items = ops.map((op) => {
    doc.components.schemas[`${op.typeName}Result`] = resultSchema(op);
    const [path, method, operation] = pathItem(info, op);
    doc.paths[path] ??= {};
    doc.paths[path][method] = operation;
    return operation;
  });
  // The examples last: an example is kept only when it fits its schema, checked against the finished components.
  const fits = schemaChecker(doc.components);
  for (const [i, op] of ops.entries()) {
    addRequestExamples(info, op, items[i]!, fits);
    addAnswerExamples(info, op, items[i]!.responses, fits);
  }
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** The Mizu command categories (spec/README.md); miniSIPServer objects and MOR page groups describe themselves. */
const TAG_DESCRIPTIONS: Record<string, string> = {
  user: "A user's own commands: credit, calls, messages, settings.",
  'admin-commands': 'Administration: users, credit, servers, records.',
  'admin-diagnostics': 'Administration: state and diagnostics of the server.',
  'admin-reset': 'Administration: reloads and resets.',
  'admin-various': 'Administration: everything else.',
  prose: 'Commands the vendor documents in prose only.',
  sensitive: 'Commands that run SQL, touch files or take backups: admin credentials or an authorised address.',
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

/**
 * The xml answer (src/dialects/mizu/answer/xml.ts): `<response>`'s content, named by xml.name so that Swagger UI
 * writes an example as the document the server sends; a list's rows as repeated `<row>` elements in `<data>`, a
 * record's fields as elements of their own names.
 */
const MIZU_XML_ANSWER = {
  MizuXmlAnswer: {
    type: 'object',
    xml: { name: 'response' },
    required: ['code'],
    properties: {
      code: { type: 'integer', enum: [200, 499] },
      status: { type: 'string', enum: ['OK', 'ERROR'] },
      text: { type: 'string', description: "The text answer's first line." },
      message: { type: 'string' },
      data: {
        type: 'object',
        description: "The result: a record's fields, a list's rows, or a single value.",
        properties: {
          row: { type: 'array', items: { type: 'object', additionalProperties: true, xml: { name: 'row' } } },
        },
        additionalProperties: true,
      },
      error: {
        type: 'object',
        properties: { code: { type: 'string' }, message: { type: 'string' } },
        additionalProperties: true,
      },
    },
  },
};

const ANSWER_SCHEMAS: Record<string, Doc> = {
  'mizu-v1': {},
  'mizu-v2': { ...MIZU_ANSWER, ...MIZU_XML_ANSWER },
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
  mor: {
    // <status><error>reason</error></status> (src/dialects/mor/answer.ts): the root element's content, as a page's.
    MorError: {
      type: 'object',
      xml: { name: 'status' },
      required: ['error'],
      properties: { error: { type: 'string' } },
    },
  },
};
