/**
 * SMS through an HTTP gateway (config.smsHttp): {to}, {text} and {from} in the URL template replaced, URL-encoded;
 * GET that URL, or POST its query as a form body to the URL without it. A 2xx answer is submitted; 408, 429, 5xx
 * or no answer is tried again; any other status is a refusal.
 */
import type { Config } from '../../platform/config.ts';
import type { OutboxMessageRow } from '../../persistence/entities/messaging/outbox-message.ts';
import type { Sender, SendResult } from './sender.ts';

const TIMEOUT_MS = 15_000;

export class HttpSmsGateway implements Sender {
  readonly #gateway: NonNullable<Config['smsHttp']>;
  constructor(gateway: NonNullable<Config['smsHttp']>) {
    this.#gateway = gateway;
  }

  start(): void {}

  ready(): boolean {
    return true;
  }

  async send(row: OutboxMessageRow): Promise<SendResult> {
    const url = fillTemplate(this.#gateway.url, { to: row.recipient, text: row.body, from: row.sender });
    let response: Response;
    try {
      response = await fetch(...this.#request(url));
      await response.arrayBuffer();
    } catch (e) {
      return { ok: false, permanent: false, reason: `SMS gateway unreachable: ${(e as Error).message}` };
    }
    if (response.ok) return { ok: true, state: 'submitted' };
    const retry = response.status >= 500 || response.status === 408 || response.status === 429;
    return { ok: false, permanent: !retry, reason: `SMS gateway answered HTTP ${response.status}` };
  }

  async stop(): Promise<void> {}

  #request(url: string): [string, RequestInit] {
    const signal = AbortSignal.timeout(TIMEOUT_MS);
    if (this.#gateway.method === 'GET') return [url, { signal }];
    const target = new URL(url);
    const body = target.search.slice(1);
    target.search = '';
    return [
      target.toString(),
      { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' }, signal },
    ];
  }
}

export function fillTemplate(template: string, values: Record<'to' | 'text' | 'from', string>): string {
  return template.replace(/\{(to|text|from)\}/g, (_, name: 'to' | 'text' | 'from') => encodeURIComponent(values[name]));
}
