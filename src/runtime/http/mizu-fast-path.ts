/**
 * Mizu v2 GET requests, straight from node:http to the pipeline: the API's hot path (balance, rating from phones and
 * billing scripts) needs none of the Koa middleware, and skipping it was measured to matter (bench/README.md).
 * POST bodies, every other path and every other dialect go through the Koa application.
 */
import type { TLSSocket } from 'node:tls';
import { plainIp } from '../../domain/access/trust.ts';
import { decodeQuery } from '../mizu/decode/index.ts';
import type { MizuInput, MizuV2Pipeline } from '../mizu/pipeline.ts';
import { salvageFormat } from '../mizu/salvage.ts';
import { writeDirect, type RequestListener } from './direct-answer.ts';

const MIZU_GET = /^\/mvapireq(?:\/([A-Za-z0-9_]*))?\/?(?:\?|$)/;

/** Wraps the application's listener: Mizu v2 GETs are answered here, the rest by `next`. */
export function withMizuFastPath(pipeline: MizuV2Pipeline, isReady: () => boolean, next: RequestListener): RequestListener {
  return (req, res) => {
    const url = req.url ?? '';
    const match = req.method === 'GET' ? MIZU_GET.exec(url) : null;
    if (!match) return next(req, res);
    const q = url.indexOf('?');
    const query = q < 0 ? '' : url.slice(q + 1);
    const transport = (req.socket as TLSSocket).encrypted ? 'https' : 'http';
    const input: MizuInput = { transport, ip: plainIp(req.socket.remoteAddress ?? ''), params: {}, pathCommand: match[1] || undefined, accept: req.headers.accept };
    try {
      input.params = decodeQuery(query);
    } catch (e) {
      input.params = salvageFormat(query);
      input.failure = e;
    }
    // The pipeline answers every error itself: a rejection here is a bug, and still gets an answer.
    pipeline.handle(input).then(
      (out) => writeDirect(res, { status: out.httpStatus, contentType: out.rendered.contentType, body: out.rendered.body }, isReady),
      () => writeDirect(res, { status: 500, contentType: 'text/plain; charset=utf-8', body: 'internal error' }, isReady),
    );
  };
}
