/** Transport for the generated Mizu v1 client: `/xmapi/COMMAND?key=…&usr=…&pwd=…` or md5auth (000:L15-L49). */
import { parseTextAnswer } from '../text-answer.ts';
import { mizuV1Md5Auth } from './digests.ts';
import { ApiError } from './errors.ts';
import { appendParams, type CallDescriptor, fetcher } from './wire.ts';

export interface MizuV1ClientOptions {
  baseUrl: string;
  key?: string;
  username?: string;
  password?: string;
  /** Send md5auth instead of pwd; salt is httpapimd5salt (default 87159643). */
  md5?: boolean;
  salt?: string;
  pin?: string;
  fetch?: typeof fetch;
}

export class MizuV1Transport {
  readonly options: MizuV1ClientOptions;

  constructor(options: MizuV1ClientOptions) {
    this.options = options;
  }

  async call<R>(desc: CallDescriptor, params: object): Promise<R> {
    const { baseUrl, key, username, password, md5, salt = '87159643', pin } = this.options;
    const query = new URLSearchParams();
    if (key) query.set('key', key);
    if (username !== undefined) query.set('usr', username);
    if (pin !== undefined) query.set('pin', pin);
    if (username !== undefined && password !== undefined) {
      if (md5) query.set('md5auth', mizuV1Md5Auth(username, password, salt));
      else query.set('pwd', password);
    }
    appendParams(query, params);
    query.set('now', String(Date.now()));
    const res = await fetcher(this.options.fetch)(`${baseUrl}/xmapi/${desc.id}?${query}`);
    const body = await res.text();
    const answer = parseTextAnswer(desc.kind, body);
    if (!answer.ok) throw new ApiError('mizu-v1', answer.message || body, 'ERROR', res.status, body);
    return answer.data as R;
  }
}
