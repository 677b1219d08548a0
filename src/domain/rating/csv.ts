/**
 * CSV for the importers (RFC 4180, read by csv-parse): a header row naming the columns, then records. A quoted field
 * may span lines; each record is numbered by the line it starts on, so errors can name it. Blank lines are skipped; a
 * UTF-8 byte order mark is ignored; the delimiter is a comma unless another is chosen.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { CsvError, parse, type Options } from 'csv-parse';
import { toMicros } from '../../platform/money.ts';

export interface CsvRecord {
  /** 1-based line number in the file where the record starts. */
  line: number;
  cells: string[];
  /** The text could not be read as CSV from here on (cells is then empty, and it is the last record). */
  error?: string;
}

/** A row that cannot be imported, by line. */
export interface LineProblem {
  line: number;
  message: string;
}

/** Problems listed at most; the rest are counted (LineProblems). */
export const MAX_REPORTED = 100;

export class CsvLineError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(message);
    this.name = 'CsvLineError';
    this.line = line;
  }
}

/** Where records come from: a file's bytes (csvFile), or lines without their line ends (tests, generators). */
export type CsvSource = Readable | Iterable<string> | AsyncIterable<string>;

/** Records taken from the parser at a time. */
const RECORDS_PER_BATCH = 1024;

export interface CsvOptions {
  /** One character; a comma by default. */
  delimiter?: string;
  /** Told of each record read, before it is checked (a progress line counts them). */
  onRecord?(): void;
}

/** The bytes of a file, streamed, for csvRecords. */
export function csvFile(path: string): Readable {
  return createReadStream(path);
}

/**
 * The non-blank records of source, numbered by their first line, in batches. After a syntax error (a quote left open, text after
 * a closing quote) the rest of the file cannot be told apart reliably, so that error is the last record.
 */
export async function* csvRecords(source: CsvSource, options: CsvOptions = {}): AsyncGenerator<CsvRecord[]> {
  let lastLine = 0;
  const parser = (source instanceof Readable ? source : Readable.from(withLineEnds(source))).pipe(
    parse({
      delimiter: options.delimiter ?? ',',
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      on_record: (cells, context) => {
        lastLine = context.lines;
        options.onRecord?.();
        if (cells.length === 1 && cells[0]!.trim() === '') return null;
        // Typed as an array of cells by the untyped overload; the stream yields whatever on_record returns.
        return { line: context.lines - newlinesIn(cells), cells } as unknown as string[];
      },
      // Passed on to the stream: records are taken a buffer at a time.
      readableHighWaterMark: RECORDS_PER_BATCH,
    } as Options),
  );
  try {
    yield* inBatches<CsvRecord>(parser);
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    yield [syntaxError(e, lastLine)];
  } finally {
    parser.destroy();
  }
}

/**
 * The objects a stream gives, all those buffered at a time: one promise a batch rather than one a record, which is
 * much of the cost of reading a million small records.
 */
async function* inBatches<T>(stream: Readable): AsyncGenerator<T[]> {
  let failure: Error | undefined;
  let ended = false;
  let wake: (() => void) | undefined;
  const woken = () => {
    wake?.();
    wake = undefined;
  };
  stream.on('readable', woken);
  stream.on('end', () => {
    ended = true;
    woken();
  });
  stream.on('error', (e) => {
    failure = e;
    woken();
  });
  for (;;) {
    const batch: T[] = [];
    for (let item = stream.read(); item !== null; item = stream.read()) batch.push(item as T);
    if (batch.length) yield batch;
    else if (failure) throw failure;
    else if (ended) return;
    else await new Promise<void>((resolve) => (wake = resolve));
  }
}

async function* withLineEnds(lines: Iterable<string> | AsyncIterable<string>): AsyncGenerator<string> {
  for await (const line of lines) yield `${line}\n`;
}

/** Line ends inside quoted cells: the record started that many lines before the one it ends on. */
function newlinesIn(cells: string[]): number {
  let n = 0;
  for (const cell of cells) for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) n++;
  return n;
}

function syntaxError(e: CsvError, lastLine: number): CsvRecord {
  const at = (e as CsvError & { lines?: number }).lines ?? lastLine + 1;
  switch (e.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      // Reported at the end of the file; the quote opened in the record after the last one read.
      return { line: lastLine + 1, cells: [], error: 'a quoted field is not closed (it runs to the end of the file)' };
    case 'CSV_INVALID_CLOSING_QUOTE':
      return { line: at, cells: [], error: 'text after a closing quote' };
    case 'INVALID_OPENING_QUOTE':
      return {
        line: at,
        cells: [],
        error: 'a quote inside an unquoted field (quote the whole field, doubling the quote)',
      };
    default:
      return { line: at, cells: [], error: e.message };
  }
}

/** A --delimiter as typed: one character, or "tab" / "\\t" for a tab; undefined when it cannot be one. */
export function delimiterOption(text: string | undefined): string | undefined {
  if (text === undefined) return ',';
  const delimiter = text === 'tab' || text === '\\t' ? '\t' : text;
  return delimiter.length === 1 && !'"\r\n'.includes(delimiter) ? delimiter : undefined;
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

/** A data row of a file with a header: its line, and its cells by column name. */
export class CsvRow {
  readonly line: number;
  readonly #cells: string[];
  readonly #columns: ReadonlyMap<string, number>;

  constructor(record: CsvRecord, columns: ReadonlyMap<string, number>) {
    if (record.cells.length !== columns.size)
      throw new CsvLineError(record.line, `${record.cells.length} fields where the header has ${columns.size}`);
    this.line = record.line;
    this.#cells = record.cells;
    this.#columns = columns;
  }

  /** The cell without the spaces around it; '' when the header has no such column. */
  cell(name: string): string {
    return this.raw(name).trim();
  }

  /** The cell as written (a password keeps its spaces); '' when the header has no such column. */
  raw(name: string): string {
    const i = this.#columns.get(name);
    return i === undefined ? '' : this.#cells[i]!;
  }
}

/** The header a file starts with: the columns it may name, in any order, and those it must. */
export interface CsvHeader {
  known: readonly string[];
  required: readonly string[];
}

/** What a data row became: the importer's value, or why it cannot be imported. */
export type CsvRead<T> = { row: T } | { problem: LineProblem };

/**
 * The rows of source, each read by readRow (which throws a CsvLineError for a row it refuses), in batches as csvRecords
 * reads them. A header that cannot be read, or no header at all, is the one problem: the rows mean nothing without it.
 */
export async function* csvRows<T>(
  source: CsvSource,
  header: CsvHeader,
  readRow: (row: CsvRow) => T,
  options: CsvOptions = {},
): AsyncGenerator<CsvRead<T>[]> {
  let columns: Map<string, number> | undefined;
  for await (const records of csvRecords(source, options)) {
    const batch: CsvRead<T>[] = [];
    for (const record of records) {
      try {
        if (record.error) throw new CsvLineError(record.line, record.error);
        if (columns) batch.push({ row: readRow(new CsvRow(record, columns)) });
        else columns = headerColumns(record, header.known, header.required);
      } catch (e) {
        if (!(e instanceof CsvLineError)) throw e;
        batch.push({ problem: { line: e.line, message: e.message } });
        if (!columns) {
          yield batch;
          return;
        }
      }
    }
    if (batch.length) yield batch;
  }
  if (!columns)
    yield [
      {
        problem: {
          line: 1,
          message: `the file is empty: it needs a header with at least ${header.required.join(',')}`,
        },
      },
    ];
}

/** Every row of source read by readRow, and every problem: a file is checked whole, then written only if clean. */
export async function readCsvTable<T>(
  source: CsvSource,
  header: CsvHeader,
  readRow: (row: CsvRow) => T,
  options: CsvOptions = {},
): Promise<{ rows: T[]; problems: LineProblems }> {
  const rows: T[] = [];
  const problems = new LineProblems();
  for await (const batch of csvRows(source, header, readRow, options))
    for (const read of batch) {
      if ('row' in read) rows.push(read.row);
      else problems.add(read.problem);
    }
  return { rows, problems };
}

/** The problems worth printing: the first MAX_REPORTED, and how many more there are. */
export class LineProblems {
  readonly list: LineProblem[] = [];
  more = 0;

  add(problem: LineProblem): void {
    if (this.list.length < MAX_REPORTED) this.list.push(problem);
    else this.more++;
  }
}

/** Keys met in a file, by the line each was first on: meeting one again is a problem naming that line. */
export class FirstLines {
  readonly #lines = new Map<string, number>();
  readonly #describe: (key: string) => string;

  /** describe names a key in the problem (`prefix 44`; `the PIN` for a secret). */
  constructor(describe: (key: string) => string) {
    this.#describe = describe;
  }

  claim(key: string, line: number): void {
    const earlier = this.#lines.get(key);
    if (earlier !== undefined) throw new CsvLineError(line, `${this.#describe(key)} is already on line ${earlier}`);
    this.#lines.set(key, line);
  }

  lineOf(key: string): number | undefined {
    return this.#lines.get(key);
  }

  keys(): IterableIterator<string> {
    return this.#lines.keys();
  }
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
