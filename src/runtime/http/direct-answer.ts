/** Writing an answer straight to node:http, for the hot paths that skip Koa (the Mizu v2 and openapi GETs). */
import type { IncomingMessage, ServerResponse } from 'node:http';

export type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

export interface DirectAnswer { status: number; contentType: string; body: string }

export function writeDirect(res: ServerResponse, answer: DirectAnswer, isReady: () => boolean): void {
  const headers: Record<string, string | number> = { 'content-type': answer.contentType, 'content-length': Buffer.byteLength(answer.body) };
  // Stopping: close the connection after this answer, or a keep-alive client could hold the process open.
  if (!isReady()) headers.connection = 'close';
  res.writeHead(answer.status, headers);
  res.end(answer.body);
}
