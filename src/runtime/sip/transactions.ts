/**
 * Server transactions (RFC 3261 §17.2.2, §17.2.3): a retransmitted request, matched by its top Via's branch, sent-by
 * and method, is absorbed while its answer is being worked out and answered with the same response afterwards, for
 * 64*T1 = 32 s. Bounded: past MAX_TRANSACTIONS the oldest are forgotten first.
 */
import { parseVia, type SipRequest } from '../../protocol/sip/message.ts';

export const TRANSACTION_MS = 32_000;
const MAX_TRANSACTIONS = 50_000;
/** RFC 3261 §8.1.1.7: a branch starting with it is unique across transactions. */
const MAGIC_COOKIE = 'z9hG4bK';

type State = { kind: 'pending' } | { kind: 'answered'; response: Buffer | undefined };

export class ServerTransactions {
  readonly #entries = new Map<string, { state: State; expiresAt: number }>();

  /** What a request's transaction holds already: undefined for a new transaction (now pending). */
  begin(req: SipRequest, now = Date.now()): State | undefined {
    this.#sweep(now);
    const key = transactionKey(req);
    const known = this.#entries.get(key);
    if (known) return known.state;
    this.#entries.set(key, { state: { kind: 'pending' }, expiresAt: now + TRANSACTION_MS });
    if (this.#entries.size > MAX_TRANSACTIONS) this.#entries.delete(this.#entries.keys().next().value!);
    return undefined;
  }

  /** The final response (serialized), or undefined when the handler answered through the edge itself. */
  complete(req: SipRequest, response: Buffer | undefined, now = Date.now()): void {
    const key = transactionKey(req);
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

/** RFC 3261 §17.2.3 matching; a pre-RFC 3261 branch falls back to Call-ID, CSeq, From tag and the top Via. */
function transactionKey(req: SipRequest): string {
  const top = req.headers.get('Via') ?? '';
  const via = parseVia(top);
  const branch = via.params.get('branch') ?? '';
  const method = req.method === 'ACK' ? 'INVITE' : req.method;
  if (branch.startsWith(MAGIC_COOKIE)) return `${branch}|${via.host}:${via.port ?? ''}|${method}`;
  return [req.headers.get('Call-ID'), req.headers.get('CSeq'), req.headers.get('From'), top, req.uri].join('|');
}
