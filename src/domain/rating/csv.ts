/**
 * CSV for the importers (RFC 4180, one record per line so errors can name their line): a header row naming the
 * columns, then records. Blank lines are skipped; a UTF-8 byte order mark is ignored.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { toMicros } from '../../platform/money.ts';

export interface CsvRecord {
  /** 1-based line number in the file. */
  line: number;
  cells: string[];
  /** The line could not be read as CSV (cells is then empty). */
  error?: string;
}

/** A row that cannot be imported, by line. */
export interface LineProblem {
  line: number;
  message: string;
}

/** The problems worth printing: the first MAX_REPORTED, and how many more there are. */
export const MAX_REPORTED = 100;

export class CsvLineError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(message);
    this.name = 'CsvLineError';
    this.line = line;
  }
}

/** The cells of one line; throws on a quote left open or text after a closing quote. */
export function parseCsvLine(text: string, line = 0): string[] {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    if (text[i] === '"') {
      let cell = '';
      i++;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close < 0) throw new CsvLineError(line, 'a quoted field is not closed on this line');
        cell += text.slice(i, close);
        i = close + 1;
        if (text[i] === '"') {
          cell += '"';
          i++;
        } else break;
      }
      if (i < text.length && text[i] !== ',') throw new CsvLineError(line, 'text after a closing quote');
      cells.push(cell);
    } else {
      const comma = text.indexOf(',', i);
      const end = comma < 0 ? text.length : comma;
      cells.push(text.slice(i, end).trim());
      i = end;
    }
    if (i >= text.length) return cells;
    i++; // the comma
  }
}

/** The non-blank records of lines, numbered; a line that is not CSV comes with its error, and reading goes on. */
export async function* csvRecords(lines: AsyncIterable<string> | Iterable<string>): AsyncGenerator<CsvRecord> {
  let line = 0;
  for await (const raw of lines) {
    line++;
    const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (text.trim() === '') continue;
    yield readLine(text, line);
  }
}

function readLine(text: string, line: number): CsvRecord {
  try {
    return { line, cells: parseCsvLine(text, line) };
  } catch (e) {
    if (!(e instanceof CsvLineError)) throw e;
    return { line, cells: [], error: e.message };
  }
}

/** The lines of a file, streamed. */
export function fileLines(path: string): AsyncIterable<string> {
  return createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
}

/**
 * Column positions from a header row: every name must be known, no name twice, the required ones present.
 * Answers name → index.
 */
export function headerColumns(
  header: CsvRecord,
  known: readonly string[],
  required: readonly string[],
): Map<string, number> {
  const columns = new Map<string, number>();
  header.cells.forEach((cell, i) => {
    const name = cell.trim().toLowerCase();
    if (!known.includes(name))
      throw new CsvLineError(header.line, `unknown column ${JSON.stringify(cell)} (known: ${known.join(', ')})`);
    if (columns.has(name)) throw new CsvLineError(header.line, `column ${name} appears twice`);
    columns.set(name, i);
  });
  const missing = required.filter((name) => !columns.has(name));
  if (missing.length)
    throw new CsvLineError(
      header.line,
      `the header needs the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
    );
  return columns;
}

/** A money cell: exact micro-units, never negative; fallback when empty (undefined: the cell is required). */
export function amountCell(line: number, name: string, text: string, fallback: bigint | undefined): bigint {
  if (text === '') {
    if (fallback === undefined) throw new CsvLineError(line, `${name} is empty`);
    return fallback;
  }
  let micros: bigint;
  try {
    micros = toMicros(text);
  } catch {
    throw new CsvLineError(line, `${name} ${JSON.stringify(text)} is not an amount with at most 6 decimals`);
  }
  if (micros < 0n) throw new CsvLineError(line, `${name} must not be negative`);
  return micros;
}
