/**
 * The fast paths: GETs answered straight by a dialect's pipeline, without the Koa application (the Mizu v2, openapi
 * and MOR GETs; skipping Koa was measured to matter, bench/README.md). A fast path reads a FastGet, which comes from
 * node:http (HTTPS, and plain connections node:http has taken over) or from the lean HTTP reader on the shared port
 * (listen/lean-http.ts), and answers a DirectAnswer; a GET it does not take goes to the Koa application.
 */
import type { IncomingMessage } from 'node:http';
import { runInRequest } from '../../platform/observability/request-context.ts';
import { arriving, REQUEST_ID } from './arrival.ts';
import {
  answerDirect,
  clientOf,
  requestTarget,
  type DirectAnswer,
  type DirectWriter,
  type RequestListener,
  type RequestTarget,
} from './direct-answer.ts';

export interface FastGet extends RequestTarget {
  /** The request target as sent: path and query. */
  url: string;
  /** The port the client connected to. */
  localPort: number | undefined;
  accept: string | undefined;
  cookie: string | undefined;
}

/** Answers a GET it takes, or undefined for the next fast path (and in the end the Koa application). */
export type FastPath = (get: FastGet) => Promise<DirectAnswer> | undefined;

/** The first fast path that takes a GET answers it. */
export function fastPaths(...paths: FastPath[]): FastPath {
  return (get) => {
    for (const path of paths) {
      const answering = path(get);
      if (answering) return answering;
    }
    return undefined;
  };
}

/**
 * The fast paths in front of a node:http listener: GETs they take are answered here, the rest by `next`. Every request
 * runs in its own context (arrival.ts), and every answer carries its id.
 */
export function withFastPaths(fast: FastPath, writer: DirectWriter, next: RequestListener): RequestListener {
  return (req, res) => {
    const sentId = req.headers['x-request-id'];
    const { ip, transport } = clientOf(req);
    const request = arriving(typeof sentId === 'string' ? sentId : undefined, ip, transport);
    res.setHeader(REQUEST_ID, request.requestId);
    runInRequest(request, () => {
      // A browser's cross-origin request (it names its Origin) is the application's: CORS is answered there (cors.ts).
      const answering = req.method === 'GET' && req.headers.origin === undefined ? fast(fastGetOf(req)) : undefined;
      if (answering) answerDirect(res, answering, writer, request);
      else next(req, res);
    });
  };
}

function fastGetOf(req: IncomingMessage): FastGet {
  const { accept, cookie } = req.headers;
  return { ...requestTarget(req), url: req.url ?? '', localPort: req.socket.localPort, accept, cookie };
}
