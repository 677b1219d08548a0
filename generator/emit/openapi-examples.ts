/**
 * The examples of one operation in generated/<dialect>/openapi.json: the request (the seed's first example, else one
 * built from the required parameters) and the answers (answers.ts) on the responses and media types that carry them.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import type { DialectInfo, Operation } from '../load/model.ts';
import { exampleAnswers, type ExampleAnswer } from './answers.ts';
import { exampleRequest, exampleResult } from './examples.ts';
import type { Doc } from './openapi-paths.ts';

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
    const value = exampleValue(answer, media.schema);
    if (value !== undefined && fits(media.schema, value)) add(media, answer.outcome, summaryOf(answer), value);
  }
  // What no rendered answer covers (files, MOR's XML as the object its schema describes): the result itself.
  for (const media of Object.values(responses['200']?.content ?? {}) as Doc[]) {
    if (media.examples) continue;
    const data = exampleResult(op);
    if (fits(media.schema, data)) add(media, 'success', 'Success', data);
  }
}

/** The answer as the media type's schema takes it: JSON parsed, text as it is; undefined when it cannot be. */
function exampleValue(answer: ExampleAnswer, schema: Doc | undefined): unknown {
  if (answer.mediaType === 'application/json') {
    try {
      return JSON.parse(answer.body);
    } catch {
      return undefined;
    }
  }
  return schema?.type === 'string' ? answer.body : undefined;
}

function summaryOf(answer: ExampleAnswer): string {
  const what = answer.outcome === 'success' ? 'Success' : `Refused: ${answer.outcome}`;
  if (answer.source) return `${what}, as the real product answers (${answer.source})`;
  return answer.note ? `${what} (${answer.note})` : what;
}
