/**
 * Server transactions (RFC 3261 §17.2.2, §17.2.3): a retransmitted request, matched by its top Via's branch, sent-by
 * and method, is absorbed while its answer is being worked out and answered with the same response afterwards, for
 * 64*T1 = 32 s. Bounded: past MAX_TRANSACTIONS the oldest are forgotten first.
 */
import { MAGIC_COOKIE } from '../../protocol/sip/identifiers.ts';
import type { SipRequest, Via } from '../../protocol/sip/message.ts';

export const TRANSACTION_MS = 32_000;
const MAX_TRANSACTIONS = 50_000;

type State = { kind: 'pending' } | { kind: 'answered'; response: Buffer | undefined };

export class ServerTransactions {
  readonly #entries = new Map<string, { state: State; expiresAt: number }>();

  /** What the transaction of key (transactionKey) holds already: undefined for a new transaction (now pending). */
  begin(key: string, now = Date.now()): State | undefined {
    this.#sweep(now);
    const known = this.#entries.get(key);
    if (known) return known.state;
    this.#entries.set(key, { state: { kind: 'pending' }, expiresAt: now + TRANSACTION_MS });
    if (this.#entries.size > MAX_TRANSACTIONS) this.#entries.delete(this.#entries.keys().next().value!);
    return undefined;
  }

  /** The final response (serialized), or undefined when the handler answered through the edge itself. */
  complete(key: string, response: Buffer | undefined, now = Date.now()): void {
    // Re-inserted at the end: the map stays in order of expiry for the sweep.
    this.#entries.delete(key);
    this.#entries.set(key, { state: { kind: 'answered', response }, expiresAt: now + TRANSACTION_MS });
  }

  #sweep(now: number): void {
    for (const [key, entry] of this.#entries) {
      if (entry.expiresAt > now) break;
      this.#entries.delete(key);
    }
  }
}

/**
 * What identifies req's transaction (RFC 3261 §17.2.3 matching), given its top Via parsed; a pre-RFC 3261 branch
 * falls back to Call-ID, CSeq, From tag and the top Via.
 */
export function transactionKey(req: SipRequest, via: Via): string {
  const top = req.headers.get('Via') ?? '';
  const branch = via.params.get('branch') ?? '';
  const method = req.method === 'ACK' ? 'INVITE' : req.method;
  if (branch.startsWith(MAGIC_COOKIE)) return `${branch}|${via.host}:${via.port ?? ''}|${method}`;
  return [req.headers.get('Call-ID'), req.headers.get('CSeq'), req.headers.get('From'), top, req.uri].join('|');
}
