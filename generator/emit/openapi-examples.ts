/**
 * The examples of one operation in generated/<dialect>/openapi.json: the request (the seed's first example, else one
 * built from the required parameters) and the answers (answers.ts) on the responses and media types that carry them.
 */
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

/** Adds `examples` to the operation's responses, in place; every operation gets at least its success example. */
export function addAnswerExamples(info: DialectInfo, op: Operation, responses: Doc): void {
  const names = new Map<Doc, Set<string>>();
  const add = (media: Doc, name: string, summary: string, value: unknown) => {
    const taken = names.get(media) ?? new Set<string>();
    names.set(media, taken);
    let unique = name;
    for (let i = 2; taken.has(unique); i++) unique = `${name}-${i}`;
    taken.add(unique);
    media.examples = { ...media.examples, [unique]: { summary, value } };
  };
  for (const answer of exampleAnswers(info, op)) {
    const response = responses[answer.status < 400 ? String(answer.status) : '4XX'];
    const media = response?.content?.[answer.mediaType];
    if (!media) continue;
    const value = exampleValue(answer, media.schema);
    if (value !== undefined) add(media, answer.outcome, summaryOf(answer), value);
  }
  // What no rendered answer covers (files, MOR's XML as the object its schema describes): the result itself.
  for (const media of Object.values(responses['200']?.content ?? {}) as Doc[]) {
    if (media.examples) continue;
    const data = exampleResult(op);
    // The result schema ($ref) takes the data as it is; a plain text schema only a file's content.
    if (media.schema?.$ref || (media.schema?.type === 'string' && typeof data === 'string'))
      add(media, 'success', 'Success', data);
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
