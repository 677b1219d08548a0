/**
 * MOR over HTTP(S): every request under /billing, its query string and form (or JSON) body, answered by the pipeline.
 */
import type { Context } from 'koa';
import type { Config } from '../../platform/config.ts';
import { clientAddressOf } from '../../runtime/client-address.ts';
import { SwitchboardError } from '../../platform/errors.ts';
import { CONTROL_CHARACTER_PROBLEM, hasControlCharacter, REFUSED_CONTROL_CHARACTER } from '../../protocol/coerce.ts';
import { readBody } from '../../runtime/http/read-body.ts';
import { multipartFields } from '../mizu/decode/multipart.ts';
import type { MorPipeline } from './pipeline.ts';

export function morRoute(
  pipeline: MorPipeline,
  limits: Pick<Config['limits'], 'maxRequestBytes' | 'stalledAnswerSeconds'>,
) {
  return async (ctx: Context): Promise<void> => {
    let query: Record<string, string> = {};
    let body: Record<string, string> = {};
    let failure: unknown;
    try {
      query = Object.fromEntries(new URLSearchParams(ctx.querystring));
      if (ctx.method === 'POST' || ctx.method === 'PUT')
        body = decodeBody(ctx.get('content-type'), await readBody(ctx.req, limits.maxRequestBytes));
    } catch (e) {
      failure = e;
    }
    const out = await pipeline.handle({
      method: ctx.method,
      path: ctx.path.replace(/^\/billing/, '') || '/',
      query,
      body,
      cookie: ctx.get('cookie') || undefined,
      ip: clientAddressOf(ctx.req).ip,
      transport: ctx.protocol === 'https' ? 'https' : 'http',
      failure,
    });
    ctx.status = out.status;
    for (const [name, value] of Object.entries(out.headers)) ctx.set(name, value);
    ctx.type = out.contentType;
    ctx.body = out.body;
    // As on the fast path (direct-answer.ts): an export the client stops taking is cut off, its source released.
    if (typeof out.body !== 'string') ctx.res.setTimeout(limits.stalledAnswerSeconds * 1000, () => ctx.res.destroy());
  };
}

/** Form fields (the MOR web forms post application/x-www-form-urlencoded, PHP's curl multipart) or flat JSON. */
export function decodeBody(contentType: string, text: string): Record<string, string> {
  if (text.trim() === '') return {};
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json') {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new SwitchboardError('bad-request', 'the request body is not valid JSON');
    }
    if (!value || typeof value !== 'object' || Array.isArray(value))
      throw new SwitchboardError('bad-request', 'a JSON body must be an object of parameters');
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null && typeof v !== 'object')
        .map(([k, v]) => [k, String(v)]),
    );
  }
  if (type === 'multipart/form-data') return Object.fromEntries(multipartFields(contentType, text));
  if (type === '' || type === 'application/x-www-form-urlencoded' || type === 'text/plain')
    return Object.fromEntries(new URLSearchParams(text));
  throw new SwitchboardError(
    'bad-request',
    `send the parameters as application/x-www-form-urlencoded (or multipart/form-data, or JSON), not ${type}`,
  );
}

/** NUL and the other control characters (TAB, LF and CR aside) are refused up front, naming the parameter. */
export function refuseControlCharacters(raw: Record<string, string>): void {
  for (const name in raw) {
    if (hasControlCharacter(name) || hasControlCharacter(raw[name]!)) {
      const param = hasControlCharacter(name) ? JSON.stringify(name).slice(0, 40) : name;
      throw new SwitchboardError('invalid-parameter', `parameter ${param} ${REFUSED_CONTROL_CHARACTER}`, [
        { param, problem: CONTROL_CHARACTER_PROBLEM },
      ]);
    }
  }
}
