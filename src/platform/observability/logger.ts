/** Structured JSON logs (pino): every line carries the request id of the request it belongs to; secrets are redacted. */
import { pino, type Logger } from 'pino';
import { currentRequest } from './request-context.ts';

/** Parameter and field names whose values never reach a log line. */
export const SECRET_NAMES = ['authpwd', 'authmd5', 'pwd', 'md5auth', 'password', 'pin', 'authkey', 'key', 'syskey', 'hash', 'secretKey', 'apiv2key', 'apiv2md5salt', 'httpapikey', 'nonce', 'mcrfs'];

/** Recent lines kept in memory for the admin `showlog` command. */
export class RecentLines {
  readonly #lines: string[] = [];
  readonly #max: number;
  constructor(max = 2000) {
    this.#max = max;
  }
  write(line: string): void {
    this.#lines.push(line.trimEnd());
    if (this.#lines.length > this.#max) this.#lines.splice(0, this.#lines.length - this.#max);
  }
  tail(n: number): string[] {
    return this.#lines.slice(-n);
  }
}

export function createLogger(level: string, recent: RecentLines, destination: NodeJS.WritableStream = process.stdout): Logger {
  const stream = { write: (line: string) => { recent.write(line); destination.write(line); } };
  return pino({
    level,
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: SECRET_NAMES.flatMap((n) => [n, `*.${n}`, `params.${n}`]), censor: '***' },
    mixin() {
      const r = currentRequest();
      return r ? { requestId: r.requestId, ip: r.ip, ...(r.command ? { command: r.command } : {}), ...(r.user ? { user: r.user } : {}) } : {};
    },
  }, stream);
}
