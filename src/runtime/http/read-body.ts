/** Reads a request body up to a limit: a larger one is refused before it is buffered. */
import type { IncomingMessage } from 'node:http';
import { SwitchboardError } from '../../platform/errors.ts';

export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    req.resume();
    throw new SwitchboardError('request-too-large', `request body over ${limit} bytes`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new SwitchboardError('request-too-large', `request body over ${limit} bytes`);
    chunks.push(chunk);
  }
  const body = Buffer.concat(chunks);
  const text = body.toString('utf8');
  if (text.includes('\uFFFD') && !Buffer.from(text, 'utf8').equals(body))
    throw new SwitchboardError('bad-request', 'the request body is not valid UTF-8');
  return text;
}
