/**
 * The rows of one PostgreSQL query as `COPY (query) TO STDOUT` sends them, on a pooled client of its own: one
 * statement and one snapshot however long the result, a row a text line with its fields separated by tabs (COPY's
 * text format). PostgreSQL sends a row as one message, not a message and a length per value, and Node decodes the
 * lines a socket read brings in one piece instead of a string per value. When the caller stops asking, the socket is
 * no longer read and PostgreSQL waits on it; ending the iteration early (a client gone) drops the connection, which
 * ends the statement. At most half the pool's clients are held by exports at once (Turns).
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { Pool } from 'pg';
import { to as copyTo } from 'pg-copy-streams';

/**
 * Each export holds a pooled client for as long as it runs: at most half the pool's clients at once, so that
 * exports, however many are asked for, never leave the rest of the server waiting for the database. The others wait
 * their turn, holding nothing.
 */
class Turns {
  readonly #waiting: (() => void)[] = [];
  #free: number;

  constructor(size: number) {
    this.#free = size;
  }

  async take(): Promise<() => void> {
    if (this.#free > 0) this.#free--;
    else await new Promise<void>((resolve) => this.#waiting.push(resolve));
    let given = false;
    return () => {
      if (given) return;
      given = true;
      const next = this.#waiting.shift();
      if (next) next();
      else this.#free++;
    };
  }
}

const turnsOfPools = new WeakMap<Pool, Turns>();

function turnsOf(pool: Pool): Turns {
  let turns = turnsOfPools.get(pool);
  if (!turns) turnsOfPools.set(pool, (turns = new Turns(Math.max(1, Math.floor((pool.options.max ?? 10) / 2)))));
  return turns;
}

/**
 * COPY takes no bound parameters: the values a query filters on are written into its text, and only those that
 * cannot carry SQL (integers, booleans, times) are accepted.
 */
function literal(value: unknown): string {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return `'${value.toISOString()}'::timestamptz`;
  throw new TypeError(`not a value a COPY query is given: ${typeof value}`);
}

const NEWLINE = 0x0a;

/**
 * The query's rows as COPY text, sql's ? placeholders standing for params: strings of whole lines, each as much as
 * one socket read brought (a row cut by a read waits for the next).
 */
export async function* copyLines(
  em: SqlEntityManager,
  sql: string,
  params: readonly unknown[],
): AsyncGenerator<string> {
  let n = 0;
  const text = sql.replace(/\?/g, () => literal(params[n++]));
  const pool = await (em.getConnection() as unknown as { getNativeClient(): Promise<Pool> }).getNativeClient();
  const giveBack = await turnsOf(pool).take();
  try {
    const client = await pool.connect();
    const rows = client.query(copyTo(`copy (${text}) to stdout`));
    let finished = false;
    try {
      let cut: Buffer | undefined;
      for await (const read of rows as AsyncIterable<Buffer>) {
        const chunk = cut ? Buffer.concat([cut, read]) : read;
        const end = chunk.lastIndexOf(NEWLINE) + 1;
        cut = end < chunk.length ? chunk.subarray(end) : undefined;
        if (end > 0) yield chunk.toString('utf8', 0, end);
      }
      finished = true;
    } finally {
      if (finished) client.release();
      else {
        // Mid-COPY the connection cannot take another statement: the pool closes it, which ends the statement.
        rows.on('error', () => {});
        client.release(new Error('the COPY was not read to its end'));
      }
    }
  } finally {
    giveBack();
  }
}

const ESCAPED: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
const MINUS = 45;
const ZERO = 48;

/**
 * Reads COPY text lines a field at a time, in column order, without an array per row or a string per number: a
 * million-row export reads through a reader per chunk of lines.
 */
export class CopyTextReader {
  #lines = '';
  #at = 0;
  /** Where the next backslash (an escape) is at or after #at: found once per chunk, not once per field. */
  #backslash = -1;
  /** Where the row being read ends (its newline). */
  #rowEnd = 0;

  /** Starts on a new chunk of whole lines. */
  reset(lines: string): this {
    this.#lines = lines;
    this.#at = 0;
    this.#backslash = lines.indexOf('\\');
    return this;
  }

  /** The chunk's rows: the reader itself, once per row, its fields to be read in order, each exactly once. */
  *[Symbol.iterator](): Generator<this> {
    while (this.#at < this.#lines.length) {
      this.#rowEnd = this.#lines.indexOf('\n', this.#at);
      yield this;
      this.#at = this.#rowEnd + 1;
    }
  }

  /** The next field's text (a field is followed by a tab, the last of a row by the line end). */
  text(): string {
    const start = this.#at;
    const end = this.#fieldEnd(start);
    this.#at = end + 1;
    if (this.#backslash < 0 || this.#backslash >= end) return this.#lines.slice(start, end);
    const raw = this.#lines.slice(start, end);
    this.#backslash = this.#lines.indexOf('\\', end);
    return raw.replace(/\\(.)/g, (_, c: string) => ESCAPED[c] ?? c);
  }

  /** The next field as an integer, read from its digits (exact up to 2^53: bigint() reads any). */
  integer(): number {
    const lines = this.#lines;
    let i = this.#at;
    const negative = lines.charCodeAt(i) === MINUS;
    if (negative) i++;
    let value = 0;
    for (let c = lines.charCodeAt(i); c >= ZERO && c <= ZERO + 9; c = lines.charCodeAt(++i))
      value = value * 10 + (c - ZERO);
    this.#at = i + 1;
    return negative ? -value : value;
  }

  /** The next field as a bigint, read from its digits when a double holds it exactly. */
  bigint(): bigint {
    const start = this.#at;
    const value = this.integer();
    return Number.isSafeInteger(value) ? BigInt(value) : BigInt(this.#lines.slice(start, this.#at - 1));
  }

  #fieldEnd(start: number): number {
    const tab = this.#lines.indexOf('\t', start);
    if (tab >= 0 && tab < this.#rowEnd) return tab;
    return this.#rowEnd;
  }
}
