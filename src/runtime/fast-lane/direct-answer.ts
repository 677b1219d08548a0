/** Writing an answer straight to node:http, for the hot paths that skip Koa (the Mizu v2, openapi and MOR GETs). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream';
import type { TLSSocket } from 'node:tls';
import type { Logger } from 'pino';
import { plainIp } from '../../domain/access/trust.ts';

export type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Characters that make Koa's URL parser (parseurl) take its slow path, which splits a URL differently: such GETs go
 * through Koa.
 */
export const KOA_SLOW_URL = /[\t\n\f\r #\u00a0\ufeff]/;

export interface RequestTarget {
  /** Up to the first '?'. */
  path: string;
  /** After the first '?', as sent. */
  query: string;
  ip: string;
  transport: 'http' | 'https';
}

/**
 * What a fast path needs of a request: path and query split at the first '?', the client, and whether it came over TLS.
 */
export function requestTarget(req: IncomingMessage): RequestTarget {
  return {
    ...splitTarget(req.url ?? ''),
    ip: plainIp(req.socket.remoteAddress ?? ''),
    transport: (req.socket as TLSSocket).encrypted ? 'https' : 'http',
  };
}

/** A request target's path and query, split at the first '?'. */
export function splitTarget(url: string): Pick<RequestTarget, 'path' | 'query'> {
  const q = url.indexOf('?');
  return { path: q < 0 ? url : url.slice(0, q), query: q < 0 ? '' : url.slice(q + 1) };
}

export interface DirectAnswer {
  status: number;
  contentType: string;
  /** A stream (a file export) is sent with backpressure; a failure half way cuts the answer off. */
  body: string | Readable;
  headers?: Record<string, string>;
}

/** What writing answers straight to node:http needs of the server. */
export interface DirectWriter {
  /** False once stopping: answers then close their connection, or a keep-alive client could hold the process open. */
  isReady(): boolean;
  logger: Logger;
  /** A streamed answer the client takes nothing of for this long is cut off. */
  stalledAnswerMs: number;
}

const INTERNAL_ERROR: DirectAnswer = { status: 500, contentType: 'text/plain; charset=utf-8', body: 'internal error' };

/** What a pipeline answers. Pipelines answer their own errors: a rejection is a bug, logged and answered 500. */
export function settledAnswer(answering: Promise<DirectAnswer>, logger: Logger): Promise<DirectAnswer> {
  return answering.catch((err: unknown) => {
    logger.error({ err }, 'unhandled HTTP error');
    return INTERNAL_ERROR;
  });
}

/** Writes what a pipeline answers to node:http. */
export function answerDirect(res: ServerResponse, answering: Promise<DirectAnswer>, writer: DirectWriter): void {
  void settledAnswer(answering, writer.logger).then((answer) => writeDirect(res, answer, writer));
}

function writeDirect(res: ServerResponse, answer: DirectAnswer, writer: DirectWriter): void {
  const headers: Record<string, string | number> = { ...answer.headers, 'content-type': answer.contentType };
  if (!writer.isReady()) headers.connection = 'close';
  if (typeof answer.body !== 'string') {
    res.writeHead(answer.status, headers);
    // A client that stops reading would hold what feeds the stream (a database cursor and its transaction) for good:
    // the socket's idle timer cuts it off, and the pipeline then closes the source.
    res.setTimeout(writer.stalledAnswerMs, () => res.destroy());
    pipeline(answer.body, res, () => {});
    return;
  }
  headers['content-length'] = Buffer.byteLength(answer.body);
  res.writeHead(answer.status, headers);
  res.end(answer.body);
}
