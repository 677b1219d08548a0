/**
 * Transport for the generated Mizu v2 client: the `/mvapireq/?apientry=` wire form with authkey, authpwd, authmd5 or
 * the preauth nonce flow.
 */
import { mizuV2AuthMd5, mizuV2AuthV3, randomHex } from './digests.ts';
import { ApiError } from './errors.ts';
import { appendParams, type CallDescriptor, fetcher } from './wire.ts';

export interface MizuV2ClientOptions {
  /** e.g. http://127.0.0.1:8080 */
  baseUrl: string;
  authkey?: string;
  username?: string;
  password?: string;
  /** How the password travels: clear authpwd, the authmd5 digest, or the authv3 digest over a preauth nonce. */
  auth?: 'clear' | 'md5' | 'nonce';
  /** apiv2md5salt, when the server has one. */
  serverSalt?: string;
  /** Act as this user (admins only). */
  targetuser?: string;
  fetch?: typeof fetch;
}

interface JsonAnswer {
  code: number;
  status: string;
  data?: unknown;
  error?: { code: string; message: string };
}

const NONCE_ANSWER = /new nonce is:(.*?)EOF/;

export class MizuV2Transport {
  readonly options: MizuV2ClientOptions;
  private nonce: string | undefined;

  constructor(options: MizuV2ClientOptions) {
    this.options = options;
  }

  async call<R>(desc: CallDescriptor, params: object): Promise<R> {
    const mode = this.options.auth ?? 'clear';
    if (mode === 'nonce' && this.nonce === undefined) await this.preauth();
    try {
      return await this.send<R>(desc, params);
    } catch (e) {
      // "ERROR: new nonce is:xxxEOF" (002:L294): repeat once with the nonce the server sent.
      const fresh = e instanceof ApiError ? NONCE_ANSWER.exec(e.message) : null;
      if (mode !== 'nonce' || !fresh) throw e;
      this.nonce = fresh[1];
      return this.send<R>(desc, params);
    }
  }

  /** Asks the server for a nonce (002:L290: "OK: new nonce is:xxxEOF"). */
  async preauth(): Promise<string> {
    const query = new URLSearchParams({ apientry: 'preauth', format: 'text' });
    if (this.options.authkey) query.set('authkey', this.options.authkey);
    const text = await (await this.fetch(query)).text();
    const m = NONCE_ANSWER.exec(text);
    if (!m) throw new ApiError('mizu-v2', `preauth answered no nonce: ${text}`, 'no-nonce', 200, text);
    this.nonce = m[1]!;
    return this.nonce;
  }

  private async send<R>(desc: CallDescriptor, params: object): Promise<R> {
    const query = new URLSearchParams({ apientry: desc.id, format: 'json' });
    this.authenticate(query);
    appendParams(query, params);
    const res = await this.fetch(query);
    const body = await res.text();
    let answer: JsonAnswer;
    try {
      answer = JSON.parse(body) as JsonAnswer;
    } catch {
      throw new ApiError('mizu-v2', `not a JSON answer: ${body.slice(0, 200)}`, 'bad-answer', res.status, body);
    }
    if (answer.code !== 200) {
      const { code = String(answer.code), message = 'ERROR' } = answer.error ?? {};
      throw new ApiError('mizu-v2', message, String(code), res.status, body);
    }
    return (desc.kind === 'file' ? fileAnswer(answer.data) : answer.data) as R;
  }

  private authenticate(query: URLSearchParams): void {
    const { authkey, username, password, serverSalt = '', targetuser } = this.options;
    if (authkey) query.set('authkey', authkey);
    if (targetuser) query.set('targetuser', targetuser);
    if (username === undefined) return;
    query.set('authid', username);
    if (password === undefined) return;
    const salt1 = randomHex(6);
    switch (this.options.auth ?? 'clear') {
      case 'clear':
        query.set('authpwd', password);
        return;
      case 'md5':
        query.set('authsalt1', salt1);
        query.set('authmd5', mizuV2AuthMd5(username, password, serverSalt, salt1));
        return;
      case 'nonce': {
        const salt2 = randomHex(6);
        const nonce = this.nonce ?? '';
        query.set('authsalt1', salt1);
        query.set('authsalt2', salt2);
        query.set('nonce', nonce.slice(0, 16));
        query.set('authmd5', mizuV2AuthV3(username, password, salt1, salt2, serverSalt, nonce));
      }
    }
  }

  private fetch(query: URLSearchParams): Promise<Response> {
    return fetcher(this.options.fetch)(`${this.options.baseUrl}/mvapireq/?${query}`);
  }
}

/**
 * A download as its type says (FileAnswer: the bytes as body): the JSON answer carries a file as its name, media
 * type and content base64 encoded. Anything else (file called bare lists the folder) is passed on as it came.
 */
function fileAnswer(data: unknown): unknown {
  const file = data as { filename?: string; mediaType?: string; content?: unknown } | undefined;
  if (typeof file?.content !== 'string' || typeof file.mediaType !== 'string') return data;
  const binary = atob(file.content);
  const body = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) body[i] = binary.charCodeAt(i);
  return { mediaType: file.mediaType, ...(file.filename === undefined ? {} : { filename: file.filename }), body };
}
