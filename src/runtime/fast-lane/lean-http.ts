/**
 * A lean HTTP/1.1 reader for the fast-path GETs on the shared port. node:http's parser callbacks, request and response
 * objects cost about 8 µs a request on this project's machine, as much as the Mizu pipeline behind them
 * (bench/README.md), and the fast paths use none of it. This reader takes only what it can answer exactly: an
 * HTTP/1.1 GET without a body, with a well-formed head, whose URL a fast path takes. Anything else (another method, a
 * body, an upgrade, HTTP/1.0, a missing Host, an oversized or unusual head, a URL for the Koa application) hands the
 * connection, from that request on, to node:http, which keeps it: node:http stays the judge of every request this
 * reader does not answer, its errors included. The rule is that nothing is answered here that node:http would answer
 * otherwise; whatever is in doubt goes to node:http. So a head still arriving is handed over as soon as it cannot
 * become one answered here (node:http refuses a bad line at once), or when it is slow to come (node:http waits for it),
 * and a request is answered here only when what follows it in the buffer could be too (node:http reads on before it
 * answers, and an error there loses the answer). test/runtime/fast-lane/lean-http-differential.test.ts holds the
 * reader to this against node:http.
 *
 * Requests on one connection are answered one after another, in order (pipelined requests wait in the buffer).
 */
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { Readable } from 'node:stream';
import { plainIp } from '../../domain/access/trust.ts';
import { runInRequest, type RequestContext } from '../../platform/observability/request-context.ts';
import { arriving, REQUEST_ID } from './arrival.ts';
import { answerHeaders, settledAnswer, splitTarget, type DirectAnswer, type DirectWriter } from './direct-answer.ts';
import type { FastGet, FastPath } from './fast-path.ts';
import { NO_TRUSTED_PROXIES, type ClientAddresses } from '../client-address.ts';
import { EndOfTurn } from '../listen/end-of-turn.ts';

/** node:http's default limit on a request head (maxHeaderSize): a longer one is node:http's to refuse (431). */
const MAX_HEAD_BYTES = 16 * 1024;
/**
 * Header lines read here at most: node:http refuses a head with more than its maxHeadersCount (431; 1000 lines at its
 * defaults), and a fast-path GET has a handful.
 */
const MAX_HEADER_LINES = 100;
/**
 * node:http's keepAliveTimeoutBuffer (Node 24's default): an idle connection is closed this long after the keep-alive
 * timeout its answers advertise, so that a client that reuses it just in time does not find it closing.
 */
const KEEP_ALIVE_BUFFER_MS = 1000;
const END_OF_HEAD = Buffer.from('\r\n\r\n');
/** The request line taken here: a GET in origin form, its target visible ASCII only. */
const REQUEST_LINE = /^GET (\/[!-~]*) HTTP\/1\.1$/;
/** A header line: a token, a colon, the value; no control characters but tab. */
const HEADER_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):([^\x00-\x08\x0a-\x1f\x7f]*)$/;
/**
 * A header line as far as it has come: part of a name, or a name, a colon and part of a value (maybe its CR); or the CR
 * of the empty line.
 */
const HEADER_LINE_BEGUN =
  /^(?:[!#$%&'*+.^_`|~0-9A-Za-z-]*|[!#$%&'*+.^_`|~0-9A-Za-z-]+:[^\x00-\x08\x0a-\x1f\x7f]*\r?|\r)$/;
/** The request line's start, up to its target. */
const GET = 'GET /';
const VERSION = ' HTTP/1.1';
const VISIBLE = /^[!-~]*$/;
const CLOSE_TOKEN = /(?:^|,)[ \t]*close[ \t]*(?:,|$)/i;
const UNSAFE_HEADER_VALUE = /[\r\n\0]/;
const CRLF = '\r\n';
/** What node:http answers a head that the client's end cut short (llhttp: "Invalid EOF state") before it closes. */
const CUT_SHORT = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';

export interface LeanHttpOptions {
  fast: FastPath;
  writer: DirectWriter;
  /** Who a request is from, by its peer and forwarding headers (trust.proxies); absent, no proxy is trusted. */
  clients?: ClientAddresses;
  /** An idle connection is closed after this long (and KEEP_ALIVE_BUFFER_MS), as node:http's keepAliveTimeout. */
  keepAliveMs: number;
  /** Takes the connection over, with the bytes this reader has not answered. */
  handOver(socket: Socket, unread: Buffer | undefined): void;
}

/** The connections the lean reader holds, so that stopping can close the idle ones. */
export class LeanHttp {
  readonly #options: LeanHttpOptions;
  readonly #connections = new Set<LeanConnection>();

  constructor(options: LeanHttpOptions) {
    this.#options = options;
  }

  /** Serves an HTTP connection whose first bytes were `first`. */
  serve(socket: Socket, first: Buffer): void {
    const connection = new LeanConnection(socket, this.#options, () => this.#connections.delete(connection));
    this.#connections.add(connection);
    connection.take(first);
  }

  /**
   * Closes the connections waiting for a request; the others close once their answer is out (the server is stopping).
   */
  closeIdle(): void {
    for (const connection of this.#connections) connection.closeIfIdle();
  }
}

interface Head {
  get: FastGet;
  /** The client asked to close the connection after the answer. */
  close: boolean;
  /** Its X-Request-Id, as node:http would read it (several joined with ", "). */
  requestId: string | undefined;
}

class LeanConnection {
  readonly #socket: Socket;
  readonly #options: LeanHttpOptions;
  readonly #released: () => void;
  /** The peer's address: the client, unless a forwarding header says otherwise. */
  readonly #peer: string;
  #unread: Buffer | undefined;
  /** The head arriving in #unread, read up to its last complete line; and how many bytes of #unread that is. */
  #begun: HeadLines | undefined;
  #begunBytes = 0;
  /** How many bytes of #unread are heads found good while reading the one before them (#followedWell). */
  #vetted = 0;
  /** When the incomplete head in #unread began to arrive. */
  #headSince = 0;
  /** An answer is being made or written. */
  #busy = false;
  /** Writing waits for the client to take what was sent: a client that takes nothing is cut off (stalledAnswerMs). */
  #waitingOnClient = false;
  /** The client asked to close the connection after the answer being made: no further request is read. */
  #closeAfter = false;
  /** The client ended its side: the requests it sent are answered, then the connection ends. */
  #clientEnded = false;
  /** A request has been answered on this connection. */
  #hasAnswered = false;
  readonly #onData = (chunk: Buffer) => this.take(chunk);
  readonly #onEnd = () => {
    this.#clientEnded = true;
    if (!this.#busy) this.#next();
  };
  readonly #onTimeout = () => {
    // A first head on its way is node:http's to wait for: it sets no timer on a new connection but headersTimeout (and
    // then answers 408). After an answer, its keep-alive timer runs until the next head is in, as this one does.
    if (!this.#busy && this.#unread && !this.#hasAnswered) return this.#handOver();
    // Waiting for a request (keep-alive), or for a client that takes nothing of its answers: both are cut off. An
    // answer still being made is not; the timer starts again when it is written.
    if (!this.#busy || this.#waitingOnClient) this.#socket.destroy();
  };
  readonly #onClose = () => this.#release();

  constructor(socket: Socket, options: LeanHttpOptions, released: () => void) {
    this.#socket = socket;
    this.#options = options;
    this.#released = released;
    this.#peer = plainIp(socket.remoteAddress ?? '');
    socket.on('data', this.#onData);
    socket.on('end', this.#onEnd);
    socket.on('timeout', this.#onTimeout);
    socket.on('close', this.#onClose);
    socket.setTimeout(options.keepAliveMs + KEEP_ALIVE_BUFFER_MS);
  }

  take(chunk: Buffer): void {
    this.#unread = this.#unread ? Buffer.concat([this.#unread, chunk]) : chunk;
    if (this.#busy) {
      // Pipelined requests wait for the answer before them; no more is read meanwhile.
      this.#socket.pause();
      return;
    }
    // The inactivity timer does not see a client that sends its head a byte at a time: a head that takes longer than
    // that to come is node:http's too, to wait for or to time out.
    if (this.#headSince && Date.now() - this.#headSince > this.#options.keepAliveMs + KEEP_ALIVE_BUFFER_MS) {
      this.#handOver();
      return;
    }
    this.#next();
  }

  closeIfIdle(): void {
    if (!this.#busy) this.#socket.destroy();
  }

  #next(): void {
    const unread = this.#unread;
    if (!unread) {
      if (this.#clientEnded) this.#socket.end();
      return;
    }
    const end = unread.indexOf(END_OF_HEAD, this.#begunBytes > 2 ? this.#begunBytes - 2 : 0);
    if (end < 0) {
      // A head on its way stays here only while it can still become one this reader answers: node:http would refuse
      // a bad line (a bare LF, say) at once, not when the head ends, and a head that never ends would wait for nothing.
      if (unread.length > MAX_HEAD_BYTES || !this.#mayBecomeAnswerable(unread)) this.#handOver();
      else if (this.#clientEnded) this.#socket.end(CUT_SHORT);
      else if (!this.#headSince) this.#headSince = Date.now();
      return;
    }
    this.#headSince = 0;
    const next = end + 4;
    const head = end <= MAX_HEAD_BYTES ? this.#readHead(unread, end) : undefined;
    const request =
      head && this.#followedWell(unread, next, head.close) && arriving(head.requestId, head.get.ip, 'http');
    const answering = request && runInRequest(request, () => this.#options.fast(head.get));
    if (!request || !answering) {
      this.#handOver();
      return;
    }
    this.#unread = next < unread.length ? unread.subarray(next) : undefined;
    this.#vetted = this.#vetted > next ? this.#vetted - next : 0;
    // The next request waits in the buffer, and the client's end after it too: node:http could not take over a
    // connection whose end this reader had already read.
    if (this.#unread) this.#socket.pause();
    this.#busy = true;
    this.#hasAnswered = true;
    this.#closeAfter = head.close;
    settledAnswer(answering, this.#options.writer.logger)
      .then((answer) => this.#write(answer, request))
      .then(
        () => this.#answered(),
        (err: unknown) => {
          // A client gone is no news; a body that failed half way is: the answer is cut off either way.
          if (!this.#socket.destroyed) this.#options.writer.logger.error({ err }, 'answer cut off');
          this.#socket.destroy();
        },
      );
  }

  /** The GET in the head that ends at `end` in `unread`, or undefined when node:http is to judge it. */
  #readHead(unread: Buffer, end: number): Head | undefined {
    // Lines read while the head was arriving are not read again.
    const lines = this.#begun ?? new HeadLines();
    const from = this.#begunBytes;
    this.#begun = undefined;
    this.#begunBytes = 0;
    if (from < end && !lines.readAll(unread.toString('latin1', from, end))) return undefined;
    const { target, host, close, accept, cookie, requestId } = lines;
    // HTTP/1.1 asks for exactly one Host; node:http answers 400 without one.
    if (target === undefined || host !== 1) return undefined;
    const client = (this.#options.clients ?? NO_TRUSTED_PROXIES).resolve(this.#peer, lines);
    return {
      close,
      requestId,
      get: {
        url: target,
        ...splitTarget(target),
        ip: client.ip,
        viaUnknownProxy: client.viaUnknownProxy,
        transport: 'http',
        localPort: this.#socket.localPort,
        accept,
        cookie,
      },
    };
  }

  /**
   * Whether the incomplete head in `unread` can still become one this reader answers: its lines so far, and the one
   * begun.
   */
  #mayBecomeAnswerable(unread: Buffer): boolean {
    const read = readBegun((this.#begun ??= new HeadLines()), unread.toString('latin1', this.#begunBytes));
    if (read < 0) return false;
    this.#begunBytes += read;
    return true;
  }

  /**
   * Whether what follows the head that ends before `from` could be answered here too. node:http reads all it has
   * received before it answers: bytes after a request that asks to close, or an error in them, it answers with a 400
   * at once, and the answers still being made are lost. So a request is answered here only when those after it in
   * the buffer are heads this reader could answer (the last perhaps still arriving); otherwise node:http judges them
   * all, this one included.
   */
  #followedWell(unread: Buffer, from: number, close: boolean): boolean {
    if (from === unread.length) return true;
    if (close) return false;
    // The heads already found good are not read again: a burst of pipelined requests is read once, not once each.
    let at = Math.max(this.#vetted, from);
    while (at < unread.length) {
      const end = unread.indexOf(END_OF_HEAD, at);
      const lines = new HeadLines();
      if (end < 0) return unread.length - at <= MAX_HEAD_BYTES && readBegun(lines, unread.toString('latin1', at)) >= 0;
      if (
        end - at > MAX_HEAD_BYTES ||
        !lines.readAll(unread.toString('latin1', at, end)) ||
        lines.target === undefined ||
        lines.host !== 1
      )
        return false;
      at = end + 4;
      if (lines.close && at < unread.length) return false;
      this.#vetted = at;
    }
    return true;
  }

  async #write(answer: DirectAnswer, request: RequestContext): Promise<void> {
    const socket = this.#socket;
    if (socket.destroyed) return;
    const close = this.#closeAfter || !this.#options.writer.isReady();
    if (typeof answer.body === 'string') {
      socket.cork();
      socket.write(
        headOf(answer, request, Buffer.byteLength(answer.body), close, this.#options.keepAliveMs) + answer.body,
      );
      uncorking.add(socket);
      if (socket.writableNeedDrain && !close) await this.#clientTakes(drained(socket));
      return;
    }
    socket.write(headOf(answer, request, undefined, close, this.#options.keepAliveMs));
    await this.#clientTakes(writeChunked(socket, answer.body));
  }

  async #clientTakes(writing: Promise<void>): Promise<void> {
    this.#waitingOnClient = true;
    this.#socket.setTimeout(this.#options.writer.stalledAnswerMs);
    await writing;
    this.#waitingOnClient = false;
    this.#socket.setTimeout(this.#options.keepAliveMs + KEEP_ALIVE_BUFFER_MS);
  }

  #answered(): void {
    this.#busy = false;
    if (this.#closeAfter || !this.#options.writer.isReady()) {
      this.#socket.end();
      return;
    }
    this.#socket.resume();
    this.#next();
  }

  /** node:http takes the connection from the request in the buffer on. */
  #handOver(): void {
    const socket = this.#socket;
    socket.off('data', this.#onData);
    socket.off('end', this.#onEnd);
    socket.off('timeout', this.#onTimeout);
    socket.off('close', this.#onClose);
    socket.setTimeout(0);
    socket.pause();
    // The answers made here leave first, before node:http writes (or, refusing a request, closes) anything.
    while (socket.writableCorked > 0) socket.uncork();
    const unread = this.#unread;
    this.#release();
    this.#options.handOver(socket, unread);
  }

  #release(): void {
    this.#unread = undefined;
    this.#begun = undefined;
    this.#released();
  }
}

/** A head read line by line: what a fast path needs of it, and whether it is one this reader answers. */
class HeadLines {
  /** Lines read, the request line included. */
  count = 0;
  target: string | undefined;
  host = 0;
  contentLength = false;
  /** The client asked to close the connection after the answer. */
  close = false;
  accept: string | undefined;
  cookie: string | undefined;
  requestId: string | undefined;
  forwarded: string | undefined;
  xForwardedFor: string | undefined;

  /** Reads the lines of a head (without the empty line that ends it); false when the head is node:http's to judge. */
  readAll(head: string): boolean {
    for (const line of head.split(CRLF)) if (!this.read(line)) return false;
    return true;
  }

  /** Reads the next line (without its CRLF); false when the head is node:http's to judge. */
  read(line: string): boolean {
    if (this.count++ === 0) {
      this.target = REQUEST_LINE.exec(line)?.[1];
      return this.target !== undefined;
    }
    if (this.count > MAX_HEADER_LINES + 1) return false;
    const header = HEADER_LINE.exec(line);
    if (!header) return false;
    const value = withoutOws(header[2]!);
    switch (header[1]!.toLowerCase()) {
      case 'host':
        this.host++;
        break;
      // node:http refuses a second Content-Length, even an equal one (400).
      case 'content-length':
        if (value !== '0' || this.contentLength) return false;
        this.contentLength = true;
        break;
      // A browser's cross-origin request: CORS is the application's (http/cors.ts). node:http reads Proxy-Connection
      // as Connection.
      case 'origin':
      case 'transfer-encoding':
      case 'upgrade':
      case 'expect':
      case 'proxy-connection':
        return false;
      case 'connection':
        if (/upgrade/i.test(value)) return false;
        if (CLOSE_TOKEN.test(value)) this.close = true;
        break;
      case 'accept':
        this.accept = this.accept === undefined ? value : `${this.accept}, ${value}`;
        break;
      case 'cookie':
        this.cookie = this.cookie === undefined ? value : `${this.cookie}; ${value}`;
        break;
      case 'forwarded':
        this.forwarded = this.forwarded === undefined ? value : `${this.forwarded}, ${value}`;
        break;
      case 'x-forwarded-for':
        this.xForwardedFor = this.xForwardedFor === undefined ? value : `${this.xForwardedFor}, ${value}`;
        break;
      case 'x-request-id':
        this.requestId = this.requestId === undefined ? value : `${this.requestId}, ${value}`;
        break;
    }
    return true;
  }
}

/**
 * Reads the complete lines of a head still arriving: the characters read, or -1 when it cannot become a head this
 * reader answers (the line begun included).
 */
function readBegun(lines: HeadLines, text: string): number {
  let from = 0;
  for (let eol = text.indexOf(CRLF); eol >= 0; eol = text.indexOf(CRLF, from)) {
    if (!lines.read(text.slice(from, eol))) return -1;
    from = eol + 2;
  }
  const begun = text.slice(from);
  return (lines.count === 0 ? requestLineBegun(begun) : HEADER_LINE_BEGUN.test(begun)) ? from : -1;
}

/** Whether `begun`, the start of a request line, can still become one this reader answers (REQUEST_LINE). */
function requestLineBegun(begun: string): boolean {
  if (begun.length <= GET.length) return GET.startsWith(begun);
  if (!begun.startsWith(GET)) return false;
  if (begun.endsWith('\r')) return REQUEST_LINE.test(begun.slice(0, -1));
  const space = begun.indexOf(' ', GET.length);
  if (space < 0) return VISIBLE.test(begun.slice(GET.length));
  return VISIBLE.test(begun.slice(GET.length, space)) && VERSION.startsWith(begun.slice(space));
}

/** A header value without the optional white space (space, tab) around it. */
function withoutOws(raw: string): string {
  let start = 0;
  let end = raw.length;
  while (start < end && (raw.charCodeAt(start) === 32 || raw.charCodeAt(start) === 9)) start++;
  while (end > start && (raw.charCodeAt(end - 1) === 32 || raw.charCodeAt(end - 1) === 9)) end--;
  return start === 0 && end === raw.length ? raw : raw.slice(start, end);
}

/**
 * The status line and headers, as node:http would write them (X-Request-Id first: node:http's listener sets it before
 * the answer's own); no length means chunked.
 */
function headOf(
  answer: DirectAnswer,
  request: RequestContext,
  length: number | undefined,
  close: boolean,
  keepAliveMs: number,
): string {
  let head = `HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status] ?? 'unknown'}${CRLF}`;
  head += `${REQUEST_ID}: ${request.requestId}${CRLF}`;
  const headers = answerHeaders(answer, request);
  if (headers) {
    for (const [name, value] of Object.entries(headers)) {
      if (UNSAFE_HEADER_VALUE.test(name) || UNSAFE_HEADER_VALUE.test(value))
        throw new Error(`unsafe header ${JSON.stringify(name)}`);
      head += `${name}: ${value}${CRLF}`;
    }
  }
  head += `content-type: ${answer.contentType}${CRLF}`;
  if (length !== undefined) head += `content-length: ${length}${CRLF}`;
  head += `Date: ${httpDate()}${CRLF}`;
  head += close
    ? `Connection: close${CRLF}`
    : `Connection: keep-alive${CRLF}Keep-Alive: timeout=${Math.floor(keepAliveMs / 1000)}${CRLF}`;
  // node:http adds Transfer-Encoding last.
  if (length === undefined) head += `Transfer-Encoding: chunked${CRLF}`;
  return head + CRLF;
}

/** Each chunk framed, with backpressure; the socket closing (a client gone, a stalled answer cut off) ends the body. */
async function writeChunked(socket: Socket, body: Readable): Promise<void> {
  for await (const chunk of body as AsyncIterable<Buffer | string>) {
    const length = typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
    if (length === 0) continue;
    socket.cork();
    socket.write(`${length.toString(16)}${CRLF}`);
    socket.write(chunk);
    const flowing = socket.write(CRLF);
    socket.uncork();
    if (!flowing) await drained(socket);
  }
  socket.write(`0${CRLF}${CRLF}`);
}

function drained(socket: Socket): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      socket.off('drain', done);
      socket.off('close', done);
      if (socket.destroyed) reject(new Error('connection closed while answering'));
      else resolve();
    };
    socket.on('drain', done);
    socket.on('close', done);
  });
}

let dateText = '';
let dateSecond = 0;

/** The Date header's text, made at most once a second (as node:http does). */
function httpDate(): string {
  const second = Math.floor(Date.now() / 1000);
  if (second !== dateSecond) {
    dateSecond = second;
    dateText = new Date(second * 1000).toUTCString();
  }
  return dateText;
}

/** Each answer is corked, and its socket uncorked with the others' at the end of the turn (end-of-turn.ts). */
const uncorking = new EndOfTurn<Socket>((sockets) => {
  for (const socket of sockets) socket.uncork();
});
