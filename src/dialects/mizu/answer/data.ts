/** What a successful answer carries, normalised once so every format shows the same data. */
import type { FileAnswer } from '../../../../generated/common.ts';
import type { MizuAnswer } from './answer.ts';

type Success = Extract<MizuAnswer, { ok: true }>;

/** The data as the structured formats (json) send it. */
export function successData(answer: Success): unknown {
  switch (answer.kind) {
    case 'ok':
      return isFilled(answer.data) ? answer.data : answer.message ? { message: answer.message } : {};
    case 'file':
      return fileRecord(answer.data as FileAnswer);
    default:
      return answer.data ?? {};
  }
}

/** The data laid out for the line and markup formats, every value as text. */
export type AnswerView =
  | { shape: 'none' }
  | { shape: 'value'; value: string }
  | { shape: 'text'; text: string }
  | { shape: 'record'; fields: [string, string][] }
  | { shape: 'list'; columns: string[]; rows: string[][] };

export function answerView(answer: Success): AnswerView {
  const data = objectOf(successData(answer));
  switch (answer.kind) {
    case 'ok':
      return { shape: 'none' };
    case 'value':
      return { shape: 'value', value: cellText(data.value) };
    case 'text':
      return { shape: 'text', text: cellText(data.text) };
    case 'list':
      return listView(Array.isArray(data.rows) ? data.rows.map(objectOf) : []);
    default:
      return { shape: 'record', fields: recordFields(data) };
  }
}

/** A loop over the names: Object.entries would make a pair more per field, and every text answer comes here. */
function recordFields(data: Record<string, unknown>): [string, string][] {
  const fields: [string, string][] = [];
  for (const name of Object.keys(data)) fields.push([name, cellText(data[name])]);
  return fields;
}

/** One value as text: booleans as 1/0 like the request side, dates in ISO 8601, anything structured as JSON. */
function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function listView(rows: Record<string, unknown>[]): AnswerView {
  // Rows may leave fields out: the columns are every field any row has, in order of first appearance.
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return { shape: 'list', columns, rows: rows.map((row) => columns.map((column) => cellText(row[column]))) };
}

/** The text formats carry no bytes, so a file's content goes Base64 encoded (spec/mizu-v2/getfile.yaml). */
function fileRecord(file: FileAnswer): Record<string, string> {
  if (typeof file.body !== 'string' && !(file.body instanceof Uint8Array)) {
    throw new TypeError('a streamed file answer must be sent as a download, not rendered');
  }
  const content = Buffer.from(file.body).toString('base64');
  return file.filename === undefined
    ? { mediaType: file.mediaType, content }
    : { filename: file.filename, mediaType: file.mediaType, content };
}

function objectOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function isFilled(value: unknown): boolean {
  return Object.keys(objectOf(value)).length > 0;
}
