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

interface Entry {
  key: string;
  state: State;
  expiresAt: number;
}

/**
 * By key, and in a queue in the order begun, which the sweep takes from the head. Not a Map's own order with entries
 * deleted at its head: V8 skips those holes on every look at the first key, which showed in the REGISTER profile.
 */
export class ServerTransactions {
  readonly #byKey = new Map<string, Entry>();
  #queue: Entry[] = [];
  #head = 0;

  /** What the transaction of key (transactionKey) holds already: undefined for a new transaction (now pending). */
  begin(key: string, now = Date.now()): State | undefined {
    this.#sweep(now);
    const known = this.#byKey.get(key);
    if (known && known.expiresAt > now) return known.state;
    const entry: Entry = { key, state: { kind: 'pending' }, expiresAt: now + TRANSACTION_MS };
    this.#byKey.set(key, entry);
    this.#queue.push(entry);
    if (this.#byKey.size > MAX_TRANSACTIONS) this.#forget(this.#queue[this.#head++]!);
    return undefined;
  }

  /** The final response (serialized), or undefined when the handler answered through the edge itself. */
  complete(key: string, response: Buffer | undefined, now = Date.now()): void {
    const entry = this.#byKey.get(key);
    if (!entry) return;
    entry.state = { kind: 'answered', response };
    // Kept its place in the queue: answers come within moments of their begin, so the order stays near enough.
    entry.expiresAt = now + TRANSACTION_MS;
  }

  #sweep(now: number): void {
    while (this.#head < this.#queue.length && this.#queue[this.#head]!.expiresAt <= now)
      this.#forget(this.#queue[this.#head++]!);
    if (this.#head > 1024 && this.#head * 2 > this.#queue.length) {
      this.#queue = this.#queue.slice(this.#head);
      this.#head = 0;
    }
  }

  /** Removes entry unless a newer transaction took its key since. */
  #forget(entry: Entry): void {
    if (this.#byKey.get(entry.key) === entry) this.#byKey.delete(entry.key);
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
  if (branch.startsWith(MAGIC_COOKIE)) return ownCopy(`${branch}|${via.host}:${via.port ?? ''}|${method}`);
  return ownCopy(
    [req.headers.get('Call-ID'), req.headers.get('CSeq'), req.headers.get('From'), top, req.uri].join('|'),
  );
}

/**
 * text as a string holding no other: a key joined from values cut out of a request (V8 makes those slices of the
 * request's whole text, and the join a tree over them) would keep that text alive for the transaction's 32 s, two
 * thirds of what each transaction held. Cutting a joined string copies it into one piece.
 */
function ownCopy(text: string): string {
  return ` ${text}`.slice(1);
}
