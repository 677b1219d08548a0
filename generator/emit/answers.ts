/**
 * The example answers of one operation: the real product's, where the spec records them (`wire.answers`), and for
 * each answer format no success is recorded in, the example result rendered the way the server renders it.
 *
 * The rendering is the server's own: the Mizu text, json and xml renderers and MOR's XML writer are pure leaf
 * modules (nothing imported at run time, only types), so the generator calls them instead of keeping a second
 * rendering that could drift; a renderer change then shows in generated/docs as a stale file. The modules that
 * would pull in generated/ or the runtime (the format table with jsonp, the pipelines) are not imported: the
 * generator must run where generated/ is stale or absent.
 */
import type { DialectInfo, Operation } from '../load/model.ts';
import type { MizuAnswer, ResultKind } from '../../src/dialects/mizu/answer/answer.ts';
import { renderJson } from '../../src/dialects/mizu/answer/json.ts';
import { renderText } from '../../src/dialects/mizu/answer/text.ts';
import { renderXml as renderMizuXml } from '../../src/dialects/mizu/answer/xml.ts';
import { renderXml as renderMorXml } from '../../src/dialects/mor/xml.ts';
import { exampleFile, exampleResult } from './examples.ts';

export interface ExampleAnswer {
  /** `success` or an error code. */
  outcome: string;
  format: string;
  mediaType: string;
  status: number;
  body: string;
  /** The public file it was read from (`owner/name/path`), for the real product's answers. */
  source?: string;
  note?: string;
}

/** The media type each answer format is sent as. */
export const FORMAT_MEDIA_TYPES: Record<string, string> = {
  text: 'text/plain',
  cleartext: 'text/plain',
  html: 'text/html',
  xml: 'application/xml',
  soap: 'application/soap+xml',
  json: 'application/json',
  jsonp: 'application/javascript',
};

/** The formats the reference renders an example in; the other Mizu formats wrap these (docs/<dialect>.md says how). */
const RENDERED_FORMATS: Record<string, string[]> = {
  'mizu-v1': ['text'],
  'mizu-v2': ['text', 'json', 'xml'],
  minisip: ['json'],
  mor: ['xml'],
};

/**
 * The recorded answers, then the rendered ones: for the formats no recorded success covers, or with `everyFormat`
 * for all (the OpenAPI document keeps both where the recorded one fits its schema).
 */
export function exampleAnswers(info: DialectInfo, op: Operation, everyFormat = false): ExampleAnswer[] {
  const recorded = (op.wire?.answers ?? []).map((a): ExampleAnswer => {
    const format = a.format ?? info.defaultFormat;
    const source = a.source === undefined ? undefined : op.wire!.sources[a.source];
    return {
      outcome: a.outcome,
      format,
      mediaType: FORMAT_MEDIA_TYPES[format] ?? format,
      status: a.status ?? 200,
      body: a.body,
      ...(source ? { source: `${source.repo}/${source.path}` } : {}),
      ...(a.note ? { note: a.note } : {}),
    };
  });
  const covered = new Set(everyFormat ? [] : recorded.filter((a) => a.outcome === 'success').map((a) => a.format));
  // A MOR download is the file itself, with nothing to render; a Mizu one is rendered as a record.
  const rendersFile = info.name === 'mizu-v1' || info.name === 'mizu-v2';
  const built = RENDERED_FORMATS[info.name]!.filter(
    (f) => !covered.has(f) && (op.result.kind !== 'file' || rendersFile),
  ).map(
    (format): ExampleAnswer => ({
      outcome: 'success',
      format,
      mediaType: FORMAT_MEDIA_TYPES[format]!,
      status: 200,
      body: rendered(info, op, format),
    }),
  );
  return [...recorded, ...built];
}

function rendered(info: DialectInfo, op: Operation, format: string): string {
  const data = exampleResult(op);
  switch (info.name) {
    case 'minisip':
      return JSON.stringify(data);
    case 'mor':
      return renderMorXml(data as object);
    default: {
      const answer: MizuAnswer = {
        ok: true,
        kind: op.result.kind as ResultKind,
        data: op.result.kind === 'file' ? exampleFile(op) : data,
      };
      const render = format === 'json' ? renderJson : format === 'xml' ? renderMizuXml : renderText;
      return render(answer).body;
    }
  }
}
