/**
 * Transport for the generated MOR client: pages under /billing, authenticated either by a session
 * (POST /billing/api/login?u=&p=) or statelessly by user_id and hash = SHA1(user_id + the hashed parameters' values
 * in the page's documented order + API secret key) (004:L73-L82). Answers are read into the declared shape (xml.ts).
 */
import { morHash } from './digests.ts';
import { ApiError } from './errors.ts';
import { type CallDescriptor, fetcher, wireValue } from './wire.ts';
import { readXml, type XmlShape, xmlDocument } from './xml.ts';

export interface MorClientOptions {
  baseUrl: string;
  /** Stateless: the user id and the server's API secret key. */
  hash?: { userId: number; secret: string };
  /** Session: logged in on first use (in a browser, the browser keeps the cookie). */
  login?: { username: string; password: string };
  fetch?: typeof fetch;
}

export interface MorCall extends CallDescriptor {
  method: 'GET' | 'POST';
  path: string;
  auth: string;
  in: Record<string, 'path' | 'query' | 'body'>;
  /** The parameters the server's stateless hash covers, in its order. */
  hashOrder: string[];
  /** The answer's shape: its root element and what is under it. */
  xml?: XmlShape;
}

export class MorTransport {
  readonly options: MorClientOptions;
  private session: Promise<string> | undefined;

  constructor(options: MorClientOptions) {
    this.options = options;
  }

  /** A browser sends the session cookie to a server on another origin only when asked (the server lists the page's
   *  origin in cors.origins); Node's fetch has no cookie jar and ignores it. */
  private get credentials(): RequestInit['credentials'] {
    return this.options.login ? 'include' : undefined;
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
    const init: RequestInit = { method: call.method, headers, credentials: this.credentials };
    const form = body.toString();
    if (call.method === 'POST' && form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      init.body = form;
    }
    const qs = query.toString();
    const res = await fetcher(this.options.fetch)(`${this.options.baseUrl}/billing${path}${qs ? `?${qs}` : ''}`, init);
    // A download answers its file; a refusal, even one sent with 200 as MOR does, is an XML document.
    const mediaType = res.headers.get('content-type') ?? '';
    if (call.kind === 'file' && res.ok && !/\bxml\b/.test(mediaType)) {
      return { mediaType, body: new Uint8Array(await res.arrayBuffer()) } as R;
    }
    const text = await res.text();
    const doc = read(text, res.status, call.xml);
    const failed = refusal(doc) ?? failedAction(doc);
    if (failed !== undefined || !res.ok) {
      const { code, message } = failed ?? { code: String(res.status), message: `HTTP ${res.status}` };
      throw new ApiError('mor', message, code, res.status, text);
    }
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
      this.session ??= this.login(login.username, login.password).catch((e) => {
        this.session = undefined;
        throw e;
      });
      const cookie = await this.session;
      if (cookie) headers.cookie = cookie;
    }
  }

  /** The session cookie to send; '' in a browser, which keeps the cookie itself and hides Set-Cookie. */
  private async login(username: string, password: string): Promise<string> {
    const qs = new URLSearchParams({ u: username, p: password });
    const res = await fetcher(this.options.fetch)(`${this.options.baseUrl}/billing/api/login?${qs}`, {
      method: 'POST',
      credentials: this.credentials,
    });
    const text = await res.text();
    const action = read(text, res.status).action as { status?: string; status_message?: string } | undefined;
    if (action?.status !== 'ok') {
      throw new ApiError('mor', action?.status_message ?? `login failed: ${text}`, 'login-failed', res.status, text);
    }
    return res.headers.get('set-cookie')?.split(';')[0] ?? '';
  }
}

function read(text: string, status: number, shape?: XmlShape): Record<string, unknown> {
  try {
    const root = readXml(text);
    const rootShape = typeof shape === 'object' ? (shape[root.name] as XmlShape | undefined) : undefined;
    return xmlDocument(root, rootShape);
  } catch {
    throw new ApiError('mor', `not an XML answer: ${text.slice(0, 200)}`, 'bad-answer', status, text);
  }
}

interface Failure {
  code: string;
  message: string;
}

/** A refusal before the page ran: `<status><error>…</error></status>` (MOR's own form) or a bare `<error>` (the seed's). */
function refusal(doc: Record<string, unknown>): Failure | undefined {
  const error = doc.error ?? (doc.status as { error?: unknown } | undefined)?.error;
  return error === undefined ? undefined : { code: 'error', message: String(error) };
}

/** An action page whose status is failed, with its reason. */
function failedAction(doc: Record<string, unknown>): Failure | undefined {
  const action = doc.action as { status?: string; status_message?: string } | undefined;
  return action?.status === 'failed'
    ? { code: 'failed', message: String(action.status_message ?? 'failed') }
    : undefined;
}
