/**
 * Cross-origin requests (CORS), for browser portals served from another origin than the API: off unless the operator
 * lists the origins (`cors.origins`). A listed origin may send credentials (the MOR session cookie); `*` lets any
 * origin read answers but never with credentials, so no other site can read a logged-in user's pages.
 * Requests carrying an Origin come here, never to the fast lane (fast-path.ts, lean-http.ts), so every answer to a
 * browser gets its headers in this one place.
 */
import type { Middleware } from 'koa';

const ANY = '*';
/** Request header names a preflight may ask for: tokens, comma separated. */
const HEADER_LIST = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+(\s*,\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+)*$/;
/** Answer headers a browser script may read besides the simple ones. */
const EXPOSED = 'X-Request-Id, Retry-After, Content-Disposition';
const PREFLIGHT_CACHE_SECONDS = '600';

export function cors(origins: readonly string[]): Middleware {
  const listed = new Set(origins.filter((o) => o !== ANY));
  const anyOrigin = origins.includes(ANY);
  return async (ctx, next) => {
    const origin = ctx.get('Origin');
    if (!origin || (!listed.has(origin) && !anyOrigin)) return next();
    ctx.vary('Origin');
    const withCredentials = listed.has(origin);
    ctx.set('Access-Control-Allow-Origin', withCredentials ? origin : ANY);
    if (withCredentials) ctx.set('Access-Control-Allow-Credentials', 'true');
    const method = ctx.get('Access-Control-Request-Method');
    if (ctx.method === 'OPTIONS' && method) {
      ctx.set('Access-Control-Allow-Methods', 'GET, POST');
      const asked = ctx.get('Access-Control-Request-Headers').trim();
      if (HEADER_LIST.test(asked)) ctx.set('Access-Control-Allow-Headers', asked);
      ctx.set('Access-Control-Max-Age', PREFLIGHT_CACHE_SECONDS);
      ctx.status = 204;
      return;
    }
    ctx.set('Access-Control-Expose-Headers', EXPOSED);
    await next();
  };
}
