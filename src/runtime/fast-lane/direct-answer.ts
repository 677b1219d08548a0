/** Writing an answer straight to node:http, for the hot paths that skip Koa (the Mizu v2, openapi and MOR GETs). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream';
import type { TLSSocket } from 'node:tls';
import type { Logger } from 'pino';
import { clientAddressOf, type ClientAddress } from '../client-address.ts';
import type { RequestContext } from '../../platform/observability/request-context.ts';
import { RETRY_AFTER } from './arrival.ts';

export type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Characters that make Koa's URL parser (parseurl) take its slow path, which splits a URL differently: such GETs go
 * through Koa.
 */
export const KOA_SLOW_URL = /[\t\n\f\r #\u00a0\ufeff]/;

export interface RequestTarget extends ClientAddress {
  /** Up to the first '?'. */
  path: string;
  /** After the first '?', as sent. */
  query: string;
  transport: 'http' | 'https';
}

/**
 * What a fast path needs of a request: path and query split at the first '?', the client, and whether it came over TLS.
 */
export function requestTarget(req: IncomingMessage): RequestTarget {
  return { ...splitTarget(req.url ?? ''), ...clientOf(req) };
}

/** Who sent a request (its connection, or the proxy in trust.proxies it came through), and whether over TLS. */
export function clientOf(req: IncomingMessage): Pick<RequestTarget, 'ip' | 'viaUnknownProxy' | 'transport'> {
  return {
    ...clientAddressOf(req),
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

/**
 * The answer's own headers, and Retry-After when the request asked the client to wait; the lean reader writes them in
 * this order too.
 */
export function answerHeaders(answer: DirectAnswer, request: RequestContext): Record<string, string> | undefined {
  const wait = request.retryAfterSeconds;
  return wait === undefined ? answer.headers : { ...answer.headers, [RETRY_AFTER]: String(wait) };
}

/** Writes what a pipeline answers to node:http (X-Request-Id is already set on `res`). */
export function answerDirect(
  res: ServerResponse,
  answering: Promise<DirectAnswer>,
  writer: DirectWriter,
  request: RequestContext,
): void {
  void settledAnswer(answering, writer.logger).then((answer) => writeDirect(res, answer, writer, request));
}

function writeDirect(res: ServerResponse, answer: DirectAnswer, writer: DirectWriter, request: RequestContext): void {
  const headers: Record<string, string | number> = {
    ...answerHeaders(answer, request),
    'content-type': answer.contentType,
  };
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
