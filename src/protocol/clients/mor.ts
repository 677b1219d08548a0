/**
 * Transport for the generated MOR client: pages under /billing, authenticated either by a session
 * (POST /billing/api/login?u=&p=) or statelessly by user_id and hash = SHA1(user_id + the parameter values in
 * the page's documented order + API secret key) (004:L73-L82).
 */
import { XMLParser } from 'fast-xml-parser';
import { morHash } from '../digests.ts';
import { ApiError, wireValue, type CallDescriptor } from './errors.ts';

export interface MorClientOptions {
  baseUrl: string;
  /** Stateless: the user id and the server's API secret key. */
  hash?: { userId: number; secret: string };
  /** Session: logged in on first use. */
  login?: { username: string; password: string };
  fetch?: typeof fetch;
}

export interface MorCall extends CallDescriptor {
  method: 'GET' | 'POST';
  path: string;
  auth: string;
  in: Record<string, 'path' | 'query' | 'body'>;
  hashOrder: string[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  isArray: () => false,
});

export class MorTransport {
  readonly options: MorClientOptions;
  private cookie: string | undefined;

  constructor(options: MorClientOptions) {
    this.options = options;
  }

  async call<R>(call: MorCall, params: object): Promise<R> {
    const values = params as Record<string, unknown>;
    let path = call.path;
    const query = new URLSearchParams();
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined || value === null) continue;
      const where = call.in[name] ?? 'query';
      if (where === 'path') path = path.replace(`{${name}}`, encodeURIComponent(wireValue(value)));
      else (where === 'body' ? body : query).set(name, wireValue(value));
    }
    const headers: Record<string, string> = {};
    if (call.auth === 'user') await this.authenticate(call, values, query, headers);
    const init: RequestInit = { method: call.method, headers };
    if (call.method === 'POST' && [...body].length) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      init.body = body.toString();
    }
    const qs = query.toString();
    const res = await (this.options.fetch ?? fetch)(
      `${this.options.baseUrl}/billing${path}${qs ? `?${qs}` : ''}`,
      init,
    );
    if (call.kind === 'file' && res.ok) {
      return { mediaType: res.headers.get('content-type') ?? '', body: new Uint8Array(await res.arrayBuffer()) } as R;
    }
    const text = await res.text();
    const doc = parser.parse(text);
    if (doc.error !== undefined || !res.ok)
      throw new ApiError(String(doc.error ?? `HTTP ${res.status}`), res.status, res.status, text);
    delete doc['?xml'];
    return doc as R;
  }

  private async authenticate(
    call: MorCall,
    values: Record<string, unknown>,
    query: URLSearchParams,
    headers: Record<string, string>,
  ): Promise<void> {
    const { hash, login } = this.options;
    if (hash) {
      const ordered = call.hashOrder.filter((n) => values[n] !== undefined).map((n) => wireValue(values[n]));
      query.set('user_id', String(hash.userId));
      query.set('hash', morHash([String(hash.userId), ...ordered], hash.secret));
      return;
    }
    if (login) {
      this.cookie ??= await this.login(login.username, login.password);
      headers.cookie = this.cookie;
    }
  }

  private async login(username: string, password: string): Promise<string> {
    const qs = new URLSearchParams({ u: username, p: password });
    const res = await (this.options.fetch ?? fetch)(`${this.options.baseUrl}/billing/api/login?${qs}`, {
      method: 'POST',
    });
    const text = await res.text();
    const status = parser.parse(text)?.action?.status;
    const cookie = res.headers.get('set-cookie');
    if (status !== 'ok' || !cookie) throw new ApiError(`login failed: ${text}`, 'login', res.status, text);
    return cookie.split(';')[0]!;
  }
}
