/**
 * Mizu v2 GET requests, straight to the pipeline: the API's hot path (balance, rating from phones and billing
 * scripts) needs none of the Koa middleware. POST bodies, every other path and every other dialect go through the
 * Koa application.
 */
import { decodeQuery } from '../mizu/decode/index.ts';
import type { MizuInput, MizuV2Pipeline } from './pipeline.ts';
import { salvageFormat } from '../mizu/decode/salvage.ts';
import type { FastPath } from '../../runtime/fast-lane/fast-path.ts';

const MIZU_GET = /^\/mvapireq(?:\/([A-Za-z0-9_]*))?\/?(?:\?|$)/;

export function mizuFastPath(pipeline: MizuV2Pipeline): FastPath {
  return (get) => {
    const match = MIZU_GET.exec(get.url);
    if (!match) return undefined;
    const input: MizuInput = {
      transport: get.transport,
      ip: get.ip,
      viaUnknownProxy: get.viaUnknownProxy,
      params: {},
      pathCommand: match[1] || undefined,
      accept: get.accept,
    };
    try {
      input.params = decodeQuery(get.query);
    } catch (e) {
      input.params = salvageFormat(get.query);
      input.failure = e;
    }
    return pipeline
      .handle(input)
      .then((out) => ({ status: out.httpStatus, contentType: out.rendered.contentType, body: out.rendered.body }));
  };
}
