/**
 * CSV as RFC 4180 writes it: a header row, CRLF line ends, fields with a comma, quote or line break quoted with
 * quotes doubled; UTF-8. A field a spreadsheet would run as a formula (=…, @…, +cmd…) is prefixed with ' so a
 * caller ID cannot become one — a phone number (+37060000000) or a negative amount stays as it is.
 */

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA = /^(?:[=@\t\r]|[+-][^0-9.\s])/;
// Most fields need neither: one test lets them through as they are.
const SPECIAL = /[",\r\n]|^[=@\t+-]/;

export function csvField(value: string | number | bigint): string {
  let text = typeof value === 'string' ? value : String(value);
  if (!SPECIAL.test(text)) return text;
  if (FORMULA.test(text)) text = `'${text}`;
  if (!NEEDS_QUOTES.test(text)) return text;
  return `"${text.includes('"') ? text.replaceAll('"', '""') : text}"`;
}

export function csvLine(fields: readonly (string | number | bigint)[]): string {
  let line = csvField(fields[0] ?? '');
  for (let i = 1; i < fields.length; i++) line += `,${csvField(fields[i]!)}`;
  return `${line}\r\n`;
}

/**
 * Rows a chunk holds. The lines in progress are what a young-generation collection finds alive, and V8 doubles the
 * young generation (the process's memory by as much) once enough has survived them: a million-row export in chunks
 * of a page (2,000 rows) grew it, in chunks of 250 it does not (bench/mor-export.ts; one buffer a page, encoded 250
 * rows at a time, grew it too in three runs out of four).
 */
const ROWS_PER_CHUNK = 250;

/**
 * The header, then the rows' lines (line gives each its CSV line) in chunks as the pages come: never all the rows at
 * once. Each chunk is encoded when full, so what waits to be sent is a buffer, not the small strings it was built from.
 */
export async function* csvChunks<T>(
  header: readonly string[],
  pages: AsyncIterable<Iterable<T>> | Iterable<Iterable<T>>,
  line: (row: T) => string,
): AsyncGenerator<Uint8Array> {
  yield Buffer.from(csvLine(header));
  let chunk = '';
  let rows = 0;
  for await (const page of pages) {
    for (const row of page) {
      chunk += line(row);
      if (++rows === ROWS_PER_CHUNK) {
        yield Buffer.from(chunk);
        chunk = '';
        rows = 0;
      }
    }
  }
  if (rows > 0) yield Buffer.from(chunk);
}
