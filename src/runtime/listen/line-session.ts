/**
 * Raw TCP on the shared port (001/002: "TCP (requests must be ended by CR/LF)"): one request per line, answered in
 * text unless the request asks otherwise; `keepalive` restarts the idle timer, `close`/`exit`/`quit` end the session.
 *
 * The idle timer restarts only on a completed request line (or `keepalive`), never on bytes alone, so a client that
 * trickles a line byte by byte, or sends nothing, is closed after `idleMs`. A client that sends lines without reading
 * the answers is not read from while more than MAX_WAITING answers are owed or the socket's write buffer is full.
 *
 * A client that sends one line and reads its answer gets the answer as it is. A client that pipelines — a further
 * line is already read when an answer is written — gets that answer and every later one on the connection framed
 * (answer-frame.ts), since a multi-line answer followed by another could not be told apart otherwise.
 */
import type { Socket } from 'node:net';
import { plainIp } from '../../domain/access/trust.ts';
import type { LineAnswerer } from '../dialect.ts';
import { framedAnswer } from './answer-frame.ts';

/** Answers asked for and not yet written before the session stops reading. */
const MAX_WAITING = 16;

export interface LineLimits {
  maxLineBytes: number;
  /** How long a connection may go without a completed request line. */
  idleMs: number;
}

export function serveLines(socket: Socket, first: Buffer, answerLine: LineAnswerer, limits: LineLimits): void {
  const ip = plainIp(socket.remoteAddress ?? '');
  const { maxLineBytes, idleMs } = limits;
  let pending = '';
  let closing = false;
  let ended = false;
  let waiting = 0;
  let pipelined = false;
  let queue = Promise.resolve();
  let idle: NodeJS.Timeout | undefined;
  const restartIdle = () => {
    clearTimeout(idle);
    idle = setTimeout(() => socket.destroy(), idleMs);
    idle.unref();
  };
  socket.once('close', () => clearTimeout(idle));
  restartIdle();
  const session = {
    keepalive: restartIdle,
    close: () => {
      closing = true;
    },
  };

  const answer = (line: string) => {
    waiting++;
    queue = queue.then(async () => {
      try {
        if (socket.destroyed) return;
        const body = await answerLine({ line, transport: 'tcp', ip, session });
        if (socket.destroyed) return;
        // This answer is owed too (waiting counts it): more than one owed, or a line unread, is a pipelining client.
        pipelined ||= waiting > 1 || unreadLine();
        socket.write(pipelined ? framedAnswer(body) : body.endsWith('\n') ? body : `${body}\n`);
        if (closing) socket.end();
      } finally {
        waiting--;
        pump();
      }
    });
  };

  const blocked = () => waiting >= MAX_WAITING || socket.writableNeedDrain;
  /** A complete request line read and not answered yet (blank lines are no requests). */
  const unreadLine = () => pending.slice(0, pending.lastIndexOf('\n') + 1).trim() !== '';

  /** Answers the complete lines read so far, as far as the bounds allow, and reads on only when below them. */
  const pump = () => {
    if (socket.destroyed || closing) return;
    let nl: number;
    while (!blocked() && (nl = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, nl).replace(/\r$/, '');
      pending = pending.slice(nl + 1);
      if (line.trim() !== '') {
        restartIdle();
        answer(line);
      }
    }
    if (pending.includes('\n')) {
      socket.pause();
      return;
    }
    if (Buffer.byteLength(pending) > maxLineBytes) {
      pending = '';
      socket.end(`ERROR: request line over ${maxLineBytes} bytes\n`);
      return;
    }
    if (ended) {
      // A line cut off by the client closing its side still gets an answer.
      if (pending.trim() !== '') answer(pending.replace(/\r$/, ''));
      pending = '';
      ended = false;
      void queue.then(() => socket.end());
      return;
    }
    if (blocked()) socket.pause();
    else socket.resume();
  };

  socket.on('data', (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    pump();
  });
  socket.on('drain', pump);
  socket.on('error', () => socket.destroy());
  socket.on('end', () => {
    ended = true;
    pump();
  });
  pending = first.toString('utf8');
  pump();
}
