/**
 * Mizu v2 GET requests, straight from node:http to the pipeline: the API's hot path (balance, rating from phones and
 * billing scripts) needs none of the Koa middleware, and skipping it was measured to matter (bench/README.md).
 * POST bodies, every other path and every other dialect go through the Koa application.
 */
import { decodeQuery } from '../mizu/decode/index.ts';
import type { MizuInput, MizuV2Pipeline } from '../mizu/pipeline.ts';
import { salvageFormat } from '../mizu/salvage.ts';
import { answerDirect, requestTarget, type DirectWriter, type RequestListener } from './direct-answer.ts';

const MIZU_GET = /^\/mvapireq(?:\/([A-Za-z0-9_]*))?\/?(?:\?|$)/;

/** Wraps the application's listener: Mizu v2 GETs are answered here, the rest by `next`. */
export function withMizuFastPath(pipeline: MizuV2Pipeline, writer: DirectWriter, next: RequestListener): RequestListener {
  return (req, res) => {
    const url = req.url ?? '';
    const match = req.method === 'GET' ? MIZU_GET.exec(url) : null;
    if (!match) return next(req, res);
    const { query, ip, transport } = requestTarget(req);
    const input: MizuInput = { transport, ip, params: {}, pathCommand: match[1] || undefined, accept: req.headers.accept };
    try {
      input.params = decodeQuery(query);
    } catch (e) {
      input.params = salvageFormat(query);
      input.failure = e;
    }
    const answering = pipeline.handle(input).then((out) => ({ status: out.httpStatus, contentType: out.rendered.contentType, body: out.rendered.body }));
    answerDirect(res, answering, writer);
  };
}
