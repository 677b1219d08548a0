/**
 * Reads a request body up to a limit: a larger one is refused before it is buffered, whether its size is declared
 * (Content-Length) or found while reading (chunked). The rest of a refused body is read and dropped, so the size error
 * still reaches the client on its connection; a client that goes away mid-body is an incomplete request, not a fault.
 */
import type { IncomingMessage } from 'node:http';
import { SwitchboardError } from '../../platform/errors.ts';

export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const tooLarge = () => new SwitchboardError('request-too-large', `request body over ${limit} bytes`);
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    req.resume();
    throw tooLarge();
  }
  const body = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const settle = (e?: SwitchboardError) => {
      req.off('data', onData).off('end', onEnd).off('error', onGone).off('close', onGone);
      if (!e) return resolve(Buffer.concat(chunks));
      req.resume();
      reject(e);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) settle(tooLarge());
      else chunks.push(chunk);
    };
    const onEnd = () => settle();
    // An error event from a request is its connection lost ('aborted'), which 'close' before 'end' also means.
    const onGone = () =>
      settle(new SwitchboardError('bad-request', 'the client closed the connection before the request body ended'));
    req.on('data', onData).once('end', onEnd).once('error', onGone).once('close', onGone);
  });
  const text = body.toString('utf8');
  if (text.includes('\uFFFD') && !Buffer.from(text, 'utf8').equals(body))
    throw new SwitchboardError('bad-request', 'the request body is not valid UTF-8');
  return text;
}

const CLIENT_GONE = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ERR_STREAM_PREMATURE_CLOSE']);

/** Whether a connection's error means the client went away mid-request (or cut its request short): no fault here. */
export function isClientGone(err: NodeJS.ErrnoException): boolean {
  return CLIENT_GONE.has(err.code ?? '') || (err.code ?? '').startsWith('HPE_') || err.message === 'aborted';
}
