/**
 * The progress line of a long import, on stderr: "checking deck.csv: 120000/1000000 rows, 243000 rows/s", rewritten in
 * place with \r at most 4 times a second, and left on screen when each step ends. Shown on a terminal, or when asked
 * (`--progress`); silent otherwise, so that scripts and logs get only the summary.
 */
import { createReadStream } from 'node:fs';

const REDRAW_MS = 250;
/** Checking the clock costs more than counting: look at it once per this many rows. */
const ROWS_PER_CLOCK_CHECK = 256;

export class Progress {
  readonly #write: ((text: string) => void) | undefined;
  #label = '';
  #total = 0;
  #done = 0;
  #started = 0;
  #drawnAt = 0;
  #drawnLength = 0;
  /** A step is under way (finish() closes it once). */
  #open = false;

  /** write: where the line goes; undefined for no line at all. */
  constructor(write: ((text: string) => void) | undefined) {
    this.#write = write;
  }

  /** On stderr when it is a terminal or forced; else silent. */
  static onStderr(forced: boolean): Progress {
    return new Progress(forced || process.stderr.isTTY ? (text) => process.stderr.write(text) : undefined);
  }

  /** A new step of total rows (an estimate is fine: the line never shows more done than total). */
  step(label: string, total: number): void {
    this.#label = label;
    this.#total = total;
    this.#done = 0;
    this.#started = performance.now();
    this.#drawnAt = this.#started;
    this.#open = true;
  }

  /** One more row done. */
  tick(): void {
    this.#done++;
    if (this.#write && this.#done % ROWS_PER_CLOCK_CHECK === 0) this.#maybeDraw();
  }

  /** rows done so far in this step. */
  reached(rows: number): void {
    this.#done = rows;
    if (this.#write) this.#maybeDraw();
  }

  /** The step is over: its last figures stay on their own line. Again, or before any step: nothing. */
  finish(): void {
    if (!this.#write || !this.#open) return;
    this.#open = false;
    this.#total = Math.max(this.#total, this.#done);
    this.#draw();
    this.#write('\n');
    this.#drawnLength = 0;
  }

  #maybeDraw(): void {
    if (performance.now() - this.#drawnAt >= REDRAW_MS) this.#draw();
  }

  #draw(): void {
    this.#drawnAt = performance.now();
    const seconds = (this.#drawnAt - this.#started) / 1000;
    const total = Math.max(this.#total, this.#done);
    const text = `${this.#label}: ${this.#done}/${total} rows, ${rowsPerSecond(this.#done, seconds)} rows/s`;
    // Spaces over what is left of a longer previous line: \r alone does not clear it.
    this.#write!(`\r${text.padEnd(this.#drawnLength)}`);
    this.#drawnLength = text.length;
  }
}

/** rows/s as a whole number (0 before any time has passed). */
export function rowsPerSecond(rows: number, seconds: number): number {
  return seconds > 0 ? Math.round(rows / seconds) : 0;
}

/** The line ends in a file: the rows to expect, read quickly (a quoted field spanning lines makes it an estimate). */
export async function countLines(path: string): Promise<number> {
  let lines = 0;
  let last = 0x0a;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(0x0a); i >= 0; i = chunk.indexOf(0x0a, i + 1)) lines++;
    if (chunk.length) last = chunk[chunk.length - 1]!;
  }
  return last === 0x0a ? lines : lines + 1;
}
