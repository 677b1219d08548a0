/**
 * Structured JSON logs (pino): every line carries the request id of the request it belongs to; secrets are redacted.
 *
 * Every request writes one info line, so the default destination, stdout, is asynchronous and buffered: the lines of
 * an event-loop turn are joined and handed to sonic-boom (`pino.destination`, sync: false), which writes once at least
 * 4 KiB wait, or within FLUSH_AFTER_MS of the last line when fewer come; a synchronous write per line to stdout cost
 * about two thirds of the default configuration's throughput (issue 13). `flush()` on the logger (flushLogger, from
 * Services.close on stop) writes what is buffered before it answers, and on process exit, a fatal error's included,
 * what is left is written synchronously. A destination passed explicitly (tests) is written synchronously, line by line. */
import { pino, type DestinationStream, type Logger } from 'pino';
import { currentRequest } from './request-context.ts';

/** Parameter and field names whose values never reach a log line. */
export const SECRET_NAMES = [
  'authpwd',
  'authmd5',
  'pwd',
  'md5auth',
  'password',
  'pin',
  'authkey',
  'key',
  'syskey',
  'hash',
  'secretKey',
  'apiv2key',
  'apiv2md5salt',
  'httpapikey',
  'nonce',
  'mcrfs',
];

/** Bytes buffered before a write to stdout. */
export const STDOUT_BUFFER_BYTES = 4096;
/** What stdout may hold unwritten (a reader that stopped): beyond it, lines are dropped rather than kept. */
const STDOUT_MAX_BYTES = 16 * 1024 * 1024;
/** Longest a line waits in the buffer when fewer than STDOUT_BUFFER_BYTES follow it. */
export const FLUSH_AFTER_MS = 200;

/**
 * Recent lines kept in memory for the admin `showlog` command: the last `max` lines, at most `bytes` of them, as UTF-8
 * in one ring buffer. Kept as strings, 2,000 lines outlived young-generation collections and cost ~1.5 µs a line in
 * promotion and old-generation marking; bytes are copied once and are not the collector's to trace.
 */
export class RecentLines {
  readonly #max: number;
  readonly #data: Buffer;
  /** Per slot: where its line starts in the bytes ever written (virtual: never wraps; the ring's offset is modulo). */
  readonly #starts: Float64Array;
  readonly #lengths: Int32Array;
  /** The slot for the next line; the oldest live line is #size slots before it. */
  #next = 0;
  #size = 0;
  /** Bytes ever written, with the skips at the ring's end: the next line starts here. */
  #written = 0;
  constructor(max = 2000, bytes = 2 * 1024 * 1024) {
    this.#max = max;
    this.#data = Buffer.allocUnsafe(bytes);
    this.#starts = new Float64Array(max);
    this.#lengths = new Int32Array(max);
  }
  write(line: string): void {
    const capacity = this.#data.length;
    // A line longer than a third of the ring (3 bytes per UTF-16 unit at most) is kept cut.
    const text = line.length * 3 > capacity ? line.slice(0, Math.floor(capacity / 3)) : line;
    // A line is kept in one piece: when it might not fit before the ring's end, it starts at the beginning.
    let at = this.#written % capacity;
    if (at + text.length * 3 > capacity) {
      this.#written += capacity - at;
      at = 0;
    }
    const length = this.#data.write(text, at, 'utf8');
    this.#starts[this.#next] = this.#written;
    this.#lengths[this.#next] = length;
    this.#written += length;
    this.#next = this.#next + 1 === this.#max ? 0 : this.#next + 1;
    if (this.#size < this.#max) this.#size++;
    // Lines whose bytes this one (or the skip before it) overwrote are gone.
    const oldestKept = this.#written - capacity;
    while (this.#size > 1 && this.#starts[this.#slot(this.#size)]! < oldestKept) this.#size--;
  }
  /** The last n lines, oldest first (all of them when n is not positive, as `slice(-n)` would). */
  tail(n: number): string[] {
    const count = n > 0 ? Math.min(n, this.#size) : this.#size;
    const out = new Array<string>(count);
    const capacity = this.#data.length;
    for (let i = 0; i < count; i++) {
      const slot = this.#slot(count - i);
      const at = this.#starts[slot]! % capacity;
      out[i] = this.#data.toString('utf8', at, at + this.#lengths[slot]!).trimEnd();
    }
    return out;
  }
  /** The slot of the line `back` lines before the next one (1: the newest). */
  #slot(back: number): number {
    const slot = this.#next - back;
    return slot < 0 ? slot + this.#max : slot;
  }
}

type Buffered = ReturnType<typeof pino.destination> & { destroyed?: boolean; _writing?: boolean; _len?: number };

/** One buffered stdout per process, whichever loggers write to it (their lines stay in order). */
let stdout: Buffered | undefined;
let flushTimer: NodeJS.Timeout | undefined;
/**
 * Lines of this event-loop turn, handed to sonic-boom as one string at its end (a flat string: one byteLength, one
 * copy).
 */
let turnLines: string[] = [];
let handOverScheduled = false;

function bufferedStdout(): Buffered {
  if (stdout) return stdout;
  // pino.destination registers its own exit hook (what sonic-boom holds is written synchronously on exit, a fatal
  // error's included); this one first hands over the lines of the turn that was under way.
  // A stdout nobody reads must not grow the server without bound: past STDOUT_MAX_BYTES, lines are dropped.
  const dest = pino.destination({
    dest: 1,
    sync: false,
    minLength: STDOUT_BUFFER_BYTES,
    maxLength: STDOUT_MAX_BYTES,
  }) as Buffered;
  process.on('exit', () => {
    if (!turnLines.length || dest.destroyed) return;
    handOver();
    dest.flushSync();
  });
  stdout = dest;
  return dest;
}

function writeBuffered(line: string): void {
  turnLines.push(line);
  if (handOverScheduled) return;
  handOverScheduled = true;
  setImmediate(handOver);
}

function handOver(): void {
  handOverScheduled = false;
  if (!turnLines.length || !stdout) return;
  const text = turnLines.length === 1 ? turnLines[0]! : turnLines.join('');
  turnLines = [];
  stdout.write(text);
  flushSoon(stdout);
}

/** A buffer of less than minLength would wait for the next line: written within FLUSH_AFTER_MS instead. */
function flushSoon(dest: Buffered): void {
  if (flushTimer) return;
  flushTimer = setTimeout(() => {
    flushTimer = undefined;
    // While a write is under way, what is left once it ends gets a turn of its own.
    if (dest._writing) flushSoon(dest);
    else if ((dest._len ?? 1) > 0) dest.flush();
  }, FLUSH_AFTER_MS);
  flushTimer.unref();
}

/** Writes what is buffered; cb once it is written (at once for a synchronous destination). */
function flushed(dest: Buffered | undefined, cb?: (err?: Error) => void): void {
  if (!dest || dest.destroyed) {
    cb?.();
    return;
  }
  handOver();
  if (flushTimer) {
    clearTimeout(flushTimer);
    flushTimer = undefined;
  }
  // sonic-boom's flush answers once the write under way ends, which may leave less than minLength behind: again.
  const again = (err?: Error | null) => {
    if (err || !dest._len) cb?.(err ?? undefined);
    else dest.flush(again);
  };
  dest.flush(again);
}

let timeMs = -1;
let timeField = '';

/** pino's isoTime, made once a millisecond: toISOString was a tenth of a line's cost. */
function isoTime(): string {
  const now = Date.now();
  if (now !== timeMs) {
    timeMs = now;
    timeField = `,"time":"${new Date(now).toISOString()}"`;
  }
  return timeField;
}

export function createLogger(level: string, recent: RecentLines, destination?: NodeJS.WritableStream): Logger {
  const buffered = destination ? undefined : bufferedStdout();
  const out: { write(line: string): unknown } = destination ?? buffered!;
  const stream: DestinationStream & { flush(cb?: (err?: Error) => void): void } = {
    write: buffered
      ? (line: string) => {
          recent.write(line);
          writeBuffered(line);
        }
      : (line: string) => {
          recent.write(line);
          out.write(line);
        },
    flush: (cb) => flushed(buffered, cb),
  };
  return pino(
    {
      level,
      base: { pid: process.pid },
      timestamp: isoTime,
      formatters: { log: redact },
      mixin() {
        const r = currentRequest();
        if (!r) return {};
        const fields: Record<string, unknown> = { requestId: r.requestId, ip: r.ip };
        if (r.command) fields.command = r.command;
        if (r.user) fields.user = r.user;
        return fields;
      },
    },
    stream,
  );
}

const SECRETS = new Set(SECRET_NAMES);
export const CENSOR = '***';

/**
 * Censors a secret-named field of the logged object and of any object one level down (`authpwd`, `params.authpwd`,
 * `err.key`): pino's own `redact` with those 48 paths cost ~5 µs a line, most of a request line's cost. The object
 * here is the fresh one the mixin merged into, so it is changed in place; a nested object with a secret is copied
 * (prototype and all, so an Error stays an Error), never changed under its owner.
 */
export function redact(obj: Record<string, unknown>): Record<string, unknown> {
  for (const key in obj) {
    const value = obj[key];
    if (SECRETS.has(key)) {
      if (value !== undefined) obj[key] = CENSOR;
    } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const censored = withoutSecrets(value as Record<string, unknown>);
      if (censored !== value) obj[key] = censored;
    }
  }
  return obj;
}

function withoutSecrets(value: Record<string, unknown>): Record<string, unknown> {
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(value)) {
    if (!SECRETS.has(key) || value[key] === undefined) continue;
    copy ??= copyOf(value);
    Object.defineProperty(copy, key, { value: CENSOR, enumerable: true, writable: true, configurable: true });
  }
  return copy ?? value;
}

/** A copy with the same prototype and own properties; accessors (an Error's `stack`) read once, as values. */
function copyOf(value: Record<string, unknown>): Record<string, unknown> {
  const descriptors = Object.getOwnPropertyDescriptors(value);
  for (const [key, d] of Object.entries(descriptors)) {
    if (d.get || d.set)
      descriptors[key] = { value: value[key], enumerable: d.enumerable, writable: true, configurable: true };
  }
  return Object.create(Object.getPrototypeOf(value), descriptors) as Record<string, unknown>;
}

/** Longest flushLogger waits (a reader of stdout that stopped reading); the exit hook still writes what is left. */
const FLUSH_WAIT_MS = 5_000;

/** Resolves once every line the logger wrote so far has left (Services.close), or after FLUSH_WAIT_MS. */
export function flushLogger(logger: Logger): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, FLUSH_WAIT_MS);
    timer.unref();
    logger.flush(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
