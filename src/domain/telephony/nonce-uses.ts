/**
 * Replay detection for digest nonces (RFC 2617 §3.2.2: the server remembers the nonce-counts it has seen, so a
 * captured Authorization header cannot be sent again). Two adapters, chosen with the shared state:
 * - NonceCountRing, in this process (the embedded default): a fixed ring of the nonces issued last, as Kamailio's
 *   nc_array, so its memory stays the same under any load; a nonce pushed out of it is answered stale, and the phone
 *   retries with a new one without asking its user.
 * - SharedNonceUses, in the shared state (Redis, several processes): a nonce issued by one is used at another.
 */
import type { Awaitable } from '../../platform/awaitable.ts';
import type { SharedState } from '../../platform/state/shared-state.ts';

/** A nonce as SipNonces issued it: its text, the issuing SipNonces' epoch and its serial there. */
export interface IssuedNonce {
  text: string;
  epoch: number;
  serial: number;
}

export interface NonceUses {
  /** A nonce was issued. */
  issued(nonce: IssuedNonce): void;
  /** Whether nonce-count nc (0 without qop) of the nonce is used for the first time; each count is taken once. */
  firstUse(nonce: IssuedNonce, nc: number): Awaitable<boolean>;
}

/** 2^20 nonces: 12 MiB, about an hour of issuing at 300 registrations a second. */
const DEFAULT_RING_SIZE = 1 << 20;

export class NonceCountRing implements NonceUses {
  readonly #serials: Uint32Array;
  /** The highest count used plus one (0: none used yet); counts go up to 2^32-1, so a float holds them all. */
  readonly #used: Float64Array;
  #epoch: number | undefined;

  constructor(size = DEFAULT_RING_SIZE) {
    this.#serials = new Uint32Array(size);
    this.#used = new Float64Array(size);
  }

  issued(nonce: IssuedNonce): void {
    this.#epoch = nonce.epoch;
    const slot = nonce.serial % this.#serials.length;
    this.#serials[slot] = nonce.serial;
    this.#used[slot] = 0;
  }

  /**
   * Counts must go up: a count at or below the highest used is a replay. A nonce of another epoch (issued before a
   * restart) or whose slot a newer nonce took is not known here, and so not taken.
   */
  firstUse(nonce: IssuedNonce, nc: number): boolean {
    const slot = nonce.serial % this.#serials.length;
    if (nonce.epoch !== this.#epoch || this.#serials[slot] !== nonce.serial) return false;
    if (nc + 1 <= this.#used[slot]!) return false;
    this.#used[slot] = nc + 1;
    return true;
  }
}

export class SharedNonceUses implements NonceUses {
  readonly #state: Pick<SharedState, 'decay'>;
  readonly #lifetimeMs: number;
  readonly #now: () => number;

  constructor(state: Pick<SharedState, 'decay'>, lifetimeMs: number, now: () => number = Date.now) {
    this.#state = state;
    this.#lifetimeMs = lifetimeMs;
    this.#now = now;
  }

  issued(): void {}

  /** A count that halves every nonce lifetime, so it outlives the nonce; above 1, it was seen before. */
  async firstUse(nonce: IssuedNonce, nc: number): Promise<boolean> {
    return (await this.#state.decay(`sipnonce:${nonce.text}:${nc}`, this.#lifetimeMs, this.#now())) <= 1;
  }
}
