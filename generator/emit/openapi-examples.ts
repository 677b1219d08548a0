/**
 * The examples of one operation in generated/<dialect>/openapi.json: the request (the seed's first example, else one
 * built from the required parameters) and the answers (answers.ts) on the responses and media types that carry them.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import type { DialectInfo, Operation } from '../load/model.ts';
import { readXml, type XmlShape, xmlDocument } from '../../src/protocol/clients/xml.ts';
import { exampleAnswers, type ExampleAnswer } from './answers.ts';
import { xmlShape } from './client.ts';
import { requiredExampleValue } from './example-values.ts';
import { exampleRequest, exampleResult } from './examples.ts';
import type { Doc } from './openapi-paths.ts';
import { prose } from './prose.ts';

/** `x-example-request`: the request as the vendor form sends it. */
export function requestExtension(info: DialectInfo, op: Operation): Doc {
  const r = exampleRequest(info, op);
  return {
    'x-example-request': {
      method: r.method,
      target: r.target,
      ...(r.body !== undefined ? { body: r.body } : {}),
      from: r.fromSeed ? 'seed' : 'parameters',
    },
  };
}

/**
 * The example request's values as examples of the parameters and the body they fill, in place: each where it fits
 * the schema (a seed's placeholder such as PHONE1 in a number does not, and is left out).
 */
export function addRequestExamples(info: DialectInfo, op: Operation, operation: Doc, fits: SchemaCheck): void {
  const request = exampleRequest(info, op);
  const [path = '', query = ''] = splitOnce(request.target, '?');
  if (info.name === 'minisip') {
    const media = operation.requestBody?.content?.['application/json'];
    const json = parsed(query);
    if (media && json !== undefined && fits(media.schema, json)) media.example = json;
    return;
  }
  const values = { ...pathValues(operation['x-vendor-form'], path), ...formValues(query) };
  for (const param of (operation.parameters ?? []) as Doc[]) {
    // An empty value (`caller=&called=`) is the seed leaving a filter out, no example of one.
    const text = param.name === undefined || values[param.name] === '' ? undefined : values[param.name];
    const value = text === undefined ? undefined : sentValue(op, param.name, param.schema, text, fits);
    if (value !== undefined) param.example = value;
  }
  const form = operation.requestBody?.content?.['application/x-www-form-urlencoded'];
  if (form && request.body !== undefined) {
    const body = Object.fromEntries(
      Object.entries(formValues(request.body)).flatMap(([name, text]) => {
        const schema = form.schema.properties?.[name];
        const value = schema && text !== '' ? sentValue(op, name, schema, text, fits) : undefined;
        return value === undefined ? [] : [[name, value]];
      }),
    );
    if (Object.keys(body).length && fits(form.schema, body)) form.example = body;
  }
}

/**
 * A value the example request sends, as its parameter's example: in the schema's type, or where it is a seed's
 * placeholder that does not fit (PHONE1 for a phone number, %period_start% for a date) the parameter's own example.
 */
function sentValue(op: Operation, name: string, schema: Doc, text: string, fits: SchemaCheck): unknown {
  const value = typed(schema, text);
  if (fits(schema, value)) return value;
  const param = op.params.find((p) => p.name === name || p.aliases.includes(name));
  const own =
    param && requiredExampleValue(param.type, param, { name: param.name, description: param.description }, 'request');
  return own !== undefined && fits(schema, own) ? own : undefined;
}

function splitOnce(text: string, separator: string): [string, string?] {
  const at = text.indexOf(separator);
  return at === -1 ? [text] : [text.slice(0, at), text.slice(at + 1)];
}

function parsed(json: string): unknown {
  try {
    return JSON.parse(decoded(json));
  } catch {
    return undefined;
  }
}

/** Percent-decoded, or as it is where a seed's placeholder (`%userid%`) is no escape. */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function formValues(query: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(query));
}

/** MOR's path parameters, read by matching the request's path against the page's (`GET /billing/x/{id}`). */
function pathValues(vendorForm: string | undefined, path: string): Record<string, string> {
  const template = vendorForm?.split(' ')[1];
  if (!template?.includes('{')) return {};
  const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const pattern = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '([^/]+)')}$`);
  const match = pattern.exec(path);
  return match ? Object.fromEntries(names.map((n, i) => [n, decoded(match[i + 1]!)])) : {};
}

/** A query string value in its schema's type: numbers, booleans (1/0/true/false) and comma lists. */
function typed(schema: Doc | undefined, text: string): unknown {
  switch (schema?.type) {
    case 'integer':
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
    case 'boolean':
      return ['1', 'true', 'yes'].includes(text.toLowerCase())
        ? true
        : ['0', 'false', 'no'].includes(text.toLowerCase())
          ? false
          : text;
    case 'array':
      return text.split(',');
    default:
      return text;
  }
}

/** Whether a value fits a schema of the document (its `$ref`s read from `components`). */
export type SchemaCheck = (schema: Doc, value: unknown) => boolean;

/**
 * A JSON Schema 2020-12 validator over the document's components (OpenAPI 3.1 schemas are that dialect); the
 * OpenAPI-only keywords (`xml`, `x-…`) are annotations to it, and formats are not checked.
 */
export function schemaChecker(components: Doc): SchemaCheck {
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: false });
  ajv.addSchema({ $id: 'openapi.json', components });
  // Compiled once per distinct schema: most media types share theirs (a $ref, a plain string).
  const compiled = new Map<string, ValidateFunction>();
  return (schema, value) => {
    // `#/components/…` references point into the document added as openapi.json.
    const text = JSON.stringify(schema).replaceAll('"#/components/', '"openapi.json#/components/');
    let validate = compiled.get(text);
    if (!validate) compiled.set(text, (validate = ajv.compile(JSON.parse(text))));
    return validate(value);
  };
}

/**
 * Adds `examples` to the operation's responses, in place: the real product's answers where they fit the schema,
 * and the example result rendered in each format; every operation gets at least its success example.
 */
export function addAnswerExamples(info: DialectInfo, op: Operation, responses: Doc, fits: SchemaCheck): void {
  const names = new Map<Doc, Set<string>>();
  const add = (media: Doc, name: string, summary: string, value: unknown) => {
    const taken = names.get(media) ?? new Set<string>();
    names.set(media, taken);
    let unique = name;
    for (let i = 2; taken.has(unique); i++) unique = `${name}-${i}`;
    taken.add(unique);
    media.examples = { ...media.examples, [unique]: { summary, value } };
  };
  for (const answer of exampleAnswers(info, op, true)) {
    const response = responses[String(answer.status)] ?? responses[`${String(answer.status)[0]}XX`];
    const media = response?.content?.[answer.mediaType];
    if (!media) continue;
    const value = answerValue(op, answer, media.schema);
    if (value !== undefined && fits(media.schema, value)) add(media, answer.outcome, summaryOf(answer), value);
  }
  // What no rendered answer covers (a MOR download): the result itself.
  for (const media of Object.values(responses['200']?.content ?? {}) as Doc[]) {
    if (media.examples) continue;
    const data = exampleResult(op);
    const value = op.result.xml ? (data as Record<string, unknown>)[op.result.xml.name] : data;
    if (fits(media.schema, value)) add(media, 'success', 'Success', value);
  }
}

/**
 * The answer as the media type's schema takes it: JSON parsed, text as it is, and an XML document its schema
 * describes (MOR's pages) as the root element's content; undefined when it cannot be.
 */
function answerValue(op: Operation, answer: ExampleAnswer, schema: Doc | undefined): unknown {
  if (answer.mediaType === 'application/json') {
    try {
      return JSON.parse(answer.body);
    } catch {
      return undefined;
    }
  }
  if (schema?.type === 'string') return answer.body;
  if (schema?.$ref === '#/components/schemas/MizuXmlAnswer') return mizuXmlContent(answer.body);
  return /[/+]xml$/.test(answer.mediaType) && op.result.xml
    ? documentContent(answer.body, op.result.xml.name, xmlShape(op.result.xml) as XmlShape)
    : undefined;
}

/** How a Mizu xml answer reads: the code a number, a list's rows always an array. */
const MIZU_XML_SHAPE: XmlShape = { code: 'number', data: { row: [{}] } };

/**
 * A Mizu xml answer as `<response>`'s content (MizuXmlAnswer). A recorded answer the real product's client was read
 * from may be the elements it reads, without their root (`<code>200</code><text>…</text>`): they are `<response>`'s.
 */
function mizuXmlContent(body: string): unknown {
  const document = /^\s*(<\?xml[^>]*>\s*)?<response[\s>]/.test(body) ? body : `<response>${body}</response>`;
  const content = documentContent(document, 'response', MIZU_XML_SHAPE);
  const data = content?.data as Record<string, unknown> | undefined;
  if (data && Array.isArray(data.row) && data.row.length === 0) delete data.row;
  return content;
}

/**
 * The root element's content, read as the typed client reads it (src/protocol/clients/xml.ts: repeated elements as
 * arrays, numbers and booleans typed), the object Swagger UI writes back as the document under the schema's
 * `xml.name`; undefined for a document under another root (MOR's error document answering a page) or none.
 */
function documentContent(body: string, root: string, shape: XmlShape): Record<string, unknown> | undefined {
  try {
    const element = readXml(body);
    return element.name === root ? (xmlDocument(element, shape)[root] as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function summaryOf(answer: ExampleAnswer): string {
  const what = answer.outcome === 'success' ? 'Success' : `Refused: ${answer.outcome}`;
  if (answer.source) return `${what}, as the real product answers (${answer.source})`;
  return answer.note ? `${what} (${prose(answer.note)})` : what;
}
