/**
 * jppget [url]: "JSONP (JSON forward)" (001:L78, 002:L126). A request URL of this API is run for the same client and
 * its JSON answer forwarded; a remote http(s) URL only when enablejsonp is 2, and never to a loopback, private or
 * link-local address (that would let any user reach inside the operator's network). The seed's example sends no
 * login: a forwarded request authenticates itself, a remote URL needs the caller's login. The answer is
 * callback({"contents": body}), the document the Mizu webphone reads (spec wire).
 */
import { lookup } from 'node:dns/promises';
import type { JppgetParams, JppgetResult } from '../../../../generated/mizu-v2/types.ts';
import { isLocal, isPrivate } from '../../../domain/access/trust.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import { withWireDocument } from '../../mizu/answer/wire-text.ts';
import type { MizuContext } from '../../mizu/context.ts';

const TIMEOUT_MS = 5_000;
const MAX_BYTES = 1_048_576;

export async function jppget(params: JppgetParams, ctx: MizuContext): Promise<JppgetResult> {
  if (params.url.startsWith('/mvapireq/')) {
    if (/jppget/i.test(params.url)) throw new SwitchboardError('invalid-parameter', 'jppget cannot forward to jppget');
    if (!ctx.forward) throw new SwitchboardError('command-failed', 'this transport cannot forward requests');
    return fetched(await ctx.forward(params.url));
  }
  if (!ctx.principal.user && !ctx.principal.trustedIp) {
    throw new SwitchboardError(
      'auth-failed',
      'forwarding a remote URL needs a login: send authid with authpwd or authmd5',
    );
  }
  if (ctx.services.options.int('enablejsonp', 0) !== 2) {
    throw new SwitchboardError('access-denied', 'forwarding remote URLs is off: the enablejsonp option must be 2');
  }
  const url = new URL(params.url);
  const addresses = await lookup(url.hostname, { all: true }).catch(() => []);
  if (addresses.length === 0) throw new SwitchboardError('command-failed', `cannot resolve ${url.hostname}`);
  if (addresses.some((a) => isLocal(a.address) || isPrivate(a.address))) {
    throw new SwitchboardError('access-denied', `${url.hostname} is a loopback, private or link-local address`);
  }
  let res: Response;
  try {
    res = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (e) {
    throw new SwitchboardError('command-failed', `cannot fetch ${url.host}: ${(e as Error).message}`);
  }
  const body = await res.text();
  if (Buffer.byteLength(body) > MAX_BYTES)
    throw new SwitchboardError('command-failed', `the answer of ${url.host} is over ${MAX_BYTES} bytes`);
  if (!res.ok) throw new SwitchboardError('command-failed', `${url.host} answered HTTP ${res.status}`);
  return fetched(body);
}

function fetched(body: string): JppgetResult {
  return withWireDocument({ text: body }, { contents: body });
}
