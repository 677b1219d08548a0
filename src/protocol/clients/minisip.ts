/**
 * Transport for the generated miniSIPServer client: `GET /openapi/object/operation?{json}` with syskey inside the JSON
 * (003:L7-L50).
 */
import { ApiError } from './errors.ts';
import { type CallDescriptor, fetcher } from './wire.ts';

export interface MinisipClientOptions {
  baseUrl: string;
  syskey: string;
  fetch?: typeof fetch;
}

export class MinisipTransport {
  readonly options: MinisipClientOptions;

  constructor(options: MinisipClientOptions) {
    this.options = options;
  }

  async call<R>(desc: CallDescriptor, params: object): Promise<R> {
    const json = JSON.stringify({ syskey: this.options.syskey, ...params });
    const res = await fetcher(this.options.fetch)(
      `${this.options.baseUrl}/openapi/${desc.id}?${encodeURIComponent(json)}`,
    );
    const body = await res.text();
    // biome-ignore lint/suspicious/noExplicitAny: the server's JSON, read by the typed client's declared answer
    let answer: any;
    try {
      answer = JSON.parse(body);
    } catch {
      throw new ApiError('minisip', `not a JSON answer: ${body.slice(0, 200)}`, 'bad-answer', res.status, body);
    }
    if (!res.ok || answer?.result === 'error') {
      const { code = String(res.status), message = `HTTP ${res.status}` } = answer?.error ?? {};
      throw new ApiError('minisip', message, String(code), res.status, body);
    }
    // A list real clients read as a bare array (localuser/list) is answered that way: the typed result has it as rows.
    return (Array.isArray(answer) ? { rows: answer } : answer) as R;
  }
}
