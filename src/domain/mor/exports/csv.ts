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
  let text = String(value);
  if (!SPECIAL.test(text)) return text;
  if (FORMULA.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(fields: readonly (string | number | bigint)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/** The header, then one chunk per page of rows as the pages come: never all the rows at once. */
export async function* csvChunks<T>(header: readonly string[], pages: AsyncIterable<readonly T[]> | Iterable<readonly T[]>, line: (row: T) => readonly (string | number | bigint)[]): AsyncGenerator<string> {
  yield csvLine(header);
  for await (const page of pages) {
    let chunk = '';
    for (const row of page) chunk += csvLine(line(row));
    yield chunk;
  }
}
