/** The path item of each operation in generated/<dialect>/openapi.json: its vendor form, parameters and answers. */
import type { DialectInfo, Operation, Param } from '../load/model.ts';
import { paramDescription, paramSchema } from './json-schema.ts';
import { requestExtension } from './openapi-examples.ts';
import { prose } from './prose.ts';
import { credentialNames, securityOf } from './openapi-security.ts';

// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document is assembled here as loose JSON.
export type Doc = Record<string, any>;

/** `[path, method, operation]` of one operation, in the form the dialect's server accepts. */
export function pathItem(info: DialectInfo, op: Operation): [string, string, Doc] {
  const base: Doc = {
    operationId: op.handlerName,
    summary: prose(op.summary),
    ...(op.description ? { description: prose(op.description.trim()) } : {}),
    tags: [tagOf(op)],
    ...(op.deprecated ? { deprecated: true } : {}),
    'x-status': op.status,
    ...(op.reason ? { 'x-reason': prose(op.reason) } : {}),
    ...(op.waitsFor ? { 'x-waits-for': op.waitsFor } : {}),
    ...(op.access ? { 'x-access': op.access } : {}),
    ...(op.aliases.length ? { 'x-aliases': op.aliases } : {}),
    // The spec file, in the repository (the vendor documents its seed lines cite are not).
    'x-spec': op.file,
    ...(op.examples.length ? { 'x-examples': op.examples.map((e) => e.request) } : {}),
    ...requestExtension(info, op),
    ...(op.errors.length ? { 'x-errors': op.errors } : {}),
    security: securityOf(info.name, op),
  };
  // A command parameter named like an envelope one (voicerecdownload's audio `format`) shadows it.
  const own = new Set(op.params.map((p) => p.name));
  const envelope = envelopeParameters(info)
    .filter((p) => !own.has(p.name))
    .map((p) => ({ $ref: `#/components/parameters/${p.name}` }));
  const result = { $ref: `#/components/schemas/${op.typeName}Result` };
  switch (info.name) {
    case 'mizu-v2':
      return [
        `/mvapireq/${op.id}`,
        'get',
        {
          ...base,
          'x-vendor-form': `GET|POST /mvapireq/?apientry=${op.id}&…; also as a raw TCP line, a UDP datagram or a WebSocket message on /mvstwebsock`,
          parameters: [...envelope, ...op.params.filter((p) => !p.indexed).map(queryParameter)],
          ...indexedExtension(op),
          responses: {
            200: {
              description:
                'code 200 (OK) or 499 (ERROR) in the body; the HTTP status carries it when httpstrictresponse is set.',
              content: {
                'application/json': {
                  schema: {
                    oneOf: [
                      {
                        type: 'object',
                        required: ['code', 'status', 'data'],
                        properties: { code: { const: 200 }, status: { const: 'OK' }, data: result },
                      },
                      MIZU_V2_FAILURE,
                    ],
                  },
                },
                'text/plain': { schema: { type: 'string', description: 'OK… or ERROR: reason' } },
                'application/xml': { schema: MIZU_XML_ANSWER },
              },
            },
            '4XX': {
              description: STRICT_REFUSAL,
              content: {
                'application/json': { schema: MIZU_V2_FAILURE },
                'text/plain': { schema: { type: 'string', description: 'ERROR: reason' } },
                'application/xml': { schema: MIZU_XML_ANSWER },
              },
            },
          },
        },
      ];
    case 'mizu-v1':
      return [
        // The empty COMMAND without the vendor's trailing slash: the server answers /xmapi and /xmapi/ alike.
        op.id ? `/xmapi/${op.id}` : '/xmapi',
        'get',
        {
          ...base,
          ...(op.id ? {} : { description: withSentence(base.description, EMPTY_V1_PATH) }),
          'x-vendor-form': `GET|POST /xmapi/${op.id}?key=…&usr=…&pwd=…&…; also /xjava/${op.id}`,
          ...(op.mapsTo ? { 'x-maps-to': `mizu-v2 ${op.mapsTo}` } : {}),
          parameters: [...envelope, ...op.params.map(queryParameter)],
          responses: {
            200: {
              description:
                'OK… or ERROR:reason; with httpstrictresponse the status is 406/403/404/420/421/412 on failure.',
              content: { 'text/plain': { schema: { type: 'string' } } },
            },
            '4XX': { description: STRICT_REFUSAL, content: { 'text/plain': { schema: { type: 'string' } } } },
          },
        },
      ];
    case 'minisip': {
      const required = ['syskey', ...op.params.filter((p) => p.required).map((p) => p.name)];
      return [
        `/openapi/${op.id}`,
        'post',
        {
          ...base,
          'x-vendor-form': `GET /openapi/${op.id}?{"syskey":"…",…} — the JSON object is the whole query string`,
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required,
                  properties: {
                    syskey: { type: 'string' },
                    ...Object.fromEntries(op.params.map((p) => [p.name, describe(paramSchema(p), p)])),
                  },
                },
              },
            },
          },
          responses: {
            200: { description: 'Success', content: { 'application/json': { schema: result } } },
            '4XX': {
              description: 'Refused',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/MinisipError' } } },
            },
          },
        },
      ];
    }
    case 'mor': {
      const path = `/billing${op.path}`;
      const bodyParams = op.params.filter((p) => p.in === 'body');
      const media = op.result.kind === 'file' ? op.result.mediaType! : 'application/xml';
      return [
        path,
        op.method!.toLowerCase(),
        {
          ...base,
          'x-vendor-form': `${op.method} ${path}`,
          parameters: [
            ...op.params
              .filter((p) => p.in !== 'body')
              .map((p) => (p.in === 'path' ? pathParameter(p) : queryParameter(p))),
          ],
          ...(bodyParams.length
            ? {
                requestBody: {
                  content: {
                    'application/x-www-form-urlencoded': {
                      schema: {
                        type: 'object',
                        required: bodyParams.filter((p) => p.required).map((p) => p.name),
                        properties: Object.fromEntries(bodyParams.map((p) => [p.name, describe(paramSchema(p), p)])),
                      },
                    },
                  },
                },
              }
            : {}),
          responses: {
            200: {
              description:
                "The page. A refusal comes with HTTP 200 too, as MOR answers: MOR's error document (MorError), or on " +
                'an action page its own <action> with status failed.',
              content: { [media]: { schema: result } },
            },
            '5XX': {
              description: "A server fault, in MOR's error document.",
              content: { 'application/xml': { schema: { $ref: '#/components/schemas/MorError' } } },
            },
          },
        },
      ];
    }
  }
}

const EMPTY_V1_PATH = 'Written /xmapi here: the server answers it and /xmapi/ alike (and /xjava, /xjava/).';

function withSentence(text: string | undefined, sentence: string): string {
  return text ? `${text} ${sentence}` : sentence;
}

const MIZU_XML_ANSWER = { $ref: '#/components/schemas/MizuXmlAnswer' };

const MIZU_V2_FAILURE = {
  type: 'object',
  required: ['code', 'status', 'error'],
  properties: { code: { const: 499 }, status: { const: 'ERROR' }, error: { $ref: '#/components/schemas/MizuError' } },
};

const STRICT_REFUSAL = 'The refusal, when httpstrictresponse is set: its HTTP status tells why (see ErrorCode).';

/** The envelope parameters that are not credentials (those are the security schemes). */
export function envelopeParameters(info: DialectInfo): Param[] {
  const credentials = credentialNames(info.name);
  return info.envelope.filter((p) => !credentials.has(p.name));
}

/** The group an operation is listed under: its Mizu category, miniSIPServer object or MOR path's first segment. */
export function tagOf(op: Operation): string {
  return op.category ?? op.object ?? op.path?.split('/')[1] ?? op.dialect;
}

/** Numbered families (fieldname0..fieldname99) cannot be OpenAPI parameters: they are described here. */
function indexedExtension(op: Operation): Doc {
  const indexed = op.params.filter((p) => p.indexed);
  if (!indexed.length) return {};
  return {
    'x-indexed-parameters': indexed.map((p) => ({
      names: `${p.name}${p.indexed!.from}..${p.name}${p.indexed!.to}`,
      schema: paramSchema(p),
      description: paramDescription(p),
    })),
  };
}

function describe(schema: Doc, p: Param): Doc {
  const d = paramDescription(p);
  return d ? { ...schema, description: d } : schema;
}

export function queryParameter(p: Param): Doc {
  return {
    name: p.name,
    in: 'query',
    required: p.required,
    ...(paramDescription(p) ? { description: paramDescription(p) } : {}),
    schema: paramSchema(p),
    ...(p.type === 'list' ? { style: 'form', explode: false } : {}),
    ...(p.aliases.length ? { 'x-aliases': p.aliases } : {}),
    ...(p.position !== undefined ? { 'x-position': p.position } : {}),
  };
}

function pathParameter(p: Param): Doc {
  return { ...queryParameter(p), in: 'path', required: true };
}
