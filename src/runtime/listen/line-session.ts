/**
 * Raw TCP on the shared port (001/002: "TCP (requests must be ended by CR/LF)"): one request per line, answered in
 * text unless the request asks otherwise; `keepalive` restarts the idle timer, `close`/`exit`/`quit` end the session.
 */
import type { Socket } from 'node:net';
import { plainIp } from '../../domain/access/trust.ts';
import type { MizuV2Pipeline } from '../../dialects/mizu-v2/pipeline.ts';
import { parseRequestLine } from '../../dialects/mizu/decode/request-line.ts';
import { salvageFormat } from '../../dialects/mizu/decode/salvage.ts';

const IDLE_MS = 120_000;

export function serveLines(socket: Socket, first: Buffer, pipeline: MizuV2Pipeline, maxLineBytes: number): void {
  const ip = plainIp(socket.remoteAddress ?? '');
  let pending = '';
  let closing = false;
  let queue = Promise.resolve();
  socket.setTimeout(IDLE_MS, () => socket.end());
  const session = { keepalive: () => socket.setTimeout(IDLE_MS), close: () => { closing = true; } };

  const answer = (line: string) => {
    queue = queue.then(async () => {
      if (socket.destroyed) return;
      let input;
      try {
        input = { ...parseRequestLine(line), transport: 'tcp' as const, ip, session };
      } catch (e) {
        input = { params: salvageFormat(line), transport: 'tcp' as const, ip, session, failure: e };
      }
      const out = await pipeline.handle(input);
      socket.write(out.rendered.body.endsWith('\n') ? out.rendered.body : `${out.rendered.body}\n`);
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
