/**
 * Raw TCP on the shared port (001/002: "TCP (requests must be ended by CR/LF)"): one request per line, answered in
 * text unless the request asks otherwise; `keepalive` restarts the idle timer, `close`/`exit`/`quit` end the session.
 */
import type { Socket } from 'node:net';
import { plainIp } from '../../domain/access/trust.ts';
import type { LineAnswerer } from '../dialect.ts';

const IDLE_MS = 120_000;

export function serveLines(socket: Socket, first: Buffer, answerLine: LineAnswerer, maxLineBytes: number): void {
  const ip = plainIp(socket.remoteAddress ?? '');
  let pending = '';
  let closing = false;
  let queue = Promise.resolve();
  socket.setTimeout(IDLE_MS, () => socket.end());
  const session = {
    keepalive: () => socket.setTimeout(IDLE_MS),
    close: () => {
      closing = true;
    },
  };

  const answer = (line: string) => {
    queue = queue.then(async () => {
      if (socket.destroyed) return;
      const body = await answerLine({ line, transport: 'tcp', ip, session });
      socket.write(body.endsWith('\n') ? body : `${body}\n`);
      if (closing) socket.end();
    });
  };

  const onData = (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    let nl: number;
    while ((nl = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, nl).replace(/\r$/, '');
      pending = pending.slice(nl + 1);
      if (line.trim() !== '') answer(line);
    }
    if (Buffer.byteLength(pending) > maxLineBytes) {
      pending = '';
      socket.end(`ERROR: request line over ${maxLineBytes} bytes\n`);
    }
  };
  socket.on('data', onData);
  socket.on('error', () => socket.destroy());
  // A line cut off by the client closing its side still gets an answer.
  socket.on('end', () => {
    if (pending.trim() !== '') answer(pending.replace(/\r$/, ''));
    pending = '';
    void queue.then(() => socket.end());
  });
  onData(first);
}
