/**
 * Digest nonces no store has to hold: the time it was issued, the issuing instance's epoch and a serial, signed with a
 * key derived from the server's secretKey, so every process sharing the key accepts every other's nonces. A nonce
 * older than its lifetime is stale (RFC 2617 §3.2.1: the client retries with a new one, without asking its user).
 * The epoch (random, one per instance) and serial make each nonce unique, and let the replay ring of nonce-uses.ts
 * find it; which counts were used is NonceUses' to remember.
 */
import { createHmac, createSecretKey, type KeyObject, randomInt, timingSafeEqual } from 'node:crypto';
import { RecentResults } from '../../protocol/recent-results.ts';
import type { IssuedNonce, NonceUses } from './nonce-uses.ts';

/** What a nonce sent back is: ours and in time, ours but expired, or not ours (forged, mangled, another realm's). */
export type NonceState = 'fresh' | 'stale' | 'invalid';

const ISSUED_BYTES = 8;
const EPOCH_AT = ISSUED_BYTES;
const SERIAL_AT = EPOCH_AT + 4;
const BODY_BYTES = SERIAL_AT + 4;
const SIGNATURE_BYTES = 16;
/** Nonces issued lately whose signature needs no check: a phone answers its challenge within moments. */
const REMEMBERED = 4096;

export class SipNonces {
  /** A key object made once: an HMAC given raw bytes imports them again on every nonce. */
  readonly #key: KeyObject;
  readonly #lifetimeMs: number;
  readonly #uses: NonceUses;
  readonly #now: () => number;
  readonly #epoch = randomInt(2 ** 32);
  /** The realm of each nonce issued lately, by its text: one of these is ours without computing its HMAC again. */
  readonly #issued = new RecentResults<string>(REMEMBERED);
  #serial = 0;

  constructor(secretKey: string, lifetimeMs: number, uses: NonceUses, now: () => number = Date.now) {
    // Derived apart from the keys the secret box seals and digests with, so no use weakens another.
    this.#key = createSecretKey(createHmac('sha256', secretKey).update('switchboard SIP digest nonce').digest());
    this.#lifetimeMs = lifetimeMs;
    this.#uses = uses;
    this.#now = now;
  }

  issue(realm: string): string {
    const body = Buffer.alloc(BODY_BYTES);
    body.writeBigUInt64BE(BigInt(this.#now()));
    body.writeUInt32BE(this.#epoch, EPOCH_AT);
    const serial = this.#serial;
    this.#serial = (serial + 1) % 2 ** 32;
    body.writeUInt32BE(serial, SERIAL_AT);
    const text = Buffer.concat([body, this.#sign(body, realm)]).toString('base64url');
    this.#uses.issued({ text, epoch: this.#epoch, serial });
    this.#issued.remember(text, realm);
    return text;
  }

  /** The state of a nonce sent back for realm, and the nonce itself when it is ours. */
  check(text: string, realm: string): { state: NonceState; nonce?: IssuedNonce } {
    const raw = Buffer.from(text, 'base64url');
    if (raw.length !== BODY_BYTES + SIGNATURE_BYTES || raw.toString('base64url') !== text) return { state: 'invalid' };
    const body = raw.subarray(0, BODY_BYTES);
    const signed =
      this.#issued.get(text) === realm || timingSafeEqual(raw.subarray(BODY_BYTES), this.#sign(body, realm));
    if (!signed) return { state: 'invalid' };
    const age = this.#now() - Number(body.readBigUInt64BE());
    const nonce = { text, epoch: body.readUInt32BE(EPOCH_AT), serial: body.readUInt32BE(SERIAL_AT) };
    return { state: age >= 0 && age <= this.#lifetimeMs ? 'fresh' : 'stale', nonce };
  }

  #sign(body: Buffer, realm: string): Buffer {
    return createHmac('sha256', this.#key).update(body).update(realm).digest().subarray(0, SIGNATURE_BYTES);
  }
}
