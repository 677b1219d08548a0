/**
 * Digest nonces no store has to hold: the time it was issued and a random part, signed with a key derived from the
 * server's secretKey, so every process sharing the key accepts every other's nonces. A nonce older than its
 * lifetime is stale (RFC 2617 §3.2.1: the client retries with a new one, without asking its user).
 */
import { createHmac, createSecretKey, type KeyObject, timingSafeEqual } from 'node:crypto';
import { fillRandom } from '../../protocol/sip/identifiers.ts';

/** What a nonce sent back is: ours and in time, ours but expired, or not ours (forged, mangled, another realm's). */
export type NonceState = 'fresh' | 'stale' | 'invalid';

const ISSUED_BYTES = 8;
const RANDOM_BYTES = 8;
const SIGNATURE_BYTES = 16;

export class SipNonces {
  /** A key object made once: an HMAC given raw bytes imports them again on every nonce. */
  readonly #key: KeyObject;
  readonly #lifetimeMs: number;
  readonly #now: () => number;

  constructor(secretKey: string, lifetimeMs: number, now: () => number = Date.now) {
    // Derived apart from the keys the secret box seals and digests with, so no use weakens another.
    this.#key = createSecretKey(createHmac('sha256', secretKey).update('switchboard SIP digest nonce').digest());
    this.#lifetimeMs = lifetimeMs;
    this.#now = now;
  }

  issue(realm: string): string {
    const body = Buffer.alloc(ISSUED_BYTES + RANDOM_BYTES);
    body.writeBigUInt64BE(BigInt(this.#now()));
    fillRandom(body, ISSUED_BYTES, RANDOM_BYTES);
    return Buffer.concat([body, this.#sign(body, realm)]).toString('base64url');
  }

  check(nonce: string, realm: string): NonceState {
    const raw = Buffer.from(nonce, 'base64url');
    if (raw.length !== ISSUED_BYTES + RANDOM_BYTES + SIGNATURE_BYTES || raw.toString('base64url') !== nonce)
      return 'invalid';
    const body = raw.subarray(0, ISSUED_BYTES + RANDOM_BYTES);
    if (!timingSafeEqual(raw.subarray(body.length), this.#sign(body, realm))) return 'invalid';
    const age = this.#now() - Number(body.readBigUInt64BE());
    return age >= 0 && age <= this.#lifetimeMs ? 'fresh' : 'stale';
  }

  #sign(body: Buffer, realm: string): Buffer {
    return createHmac('sha256', this.#key).update(body).update(realm).digest().subarray(0, SIGNATURE_BYTES);
  }
}
