/**
 * The random parts of SIP identifiers: tags (RFC 3261 §19.3, at least 32 random bits), branches (§8.1.1.7, after the
 * magic cookie) and Call-IDs (§8.1.1.4). Drawn from a pool the system's generator fills 4 KiB at a time: a call to it
 * for every identifier cost a registrar answer more than its digest did.
 */
import { randomFillSync } from 'node:crypto';

/** RFC 3261 §8.1.1.7: a branch starting with it is unique across transactions. */
export const MAGIC_COOKIE = 'z9hG4bK';

const pool = Buffer.alloc(4096);
let used = pool.length;

/** Copies `length` random bytes into target at offset. */
export function fillRandom(target: Buffer, offset: number, length: number): void {
  if (used + length > pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  pool.copy(target, offset, used, used + length);
  // Each byte is handed out once: no two identifiers share their randomness.
  used += length;
}

/** `bytes` random bytes as hex. */
export function randomHex(bytes: number): string {
  const out = Buffer.allocUnsafe(bytes);
  fillRandom(out, 0, bytes);
  return out.toString('hex');
}

/** A tag for a From or To this side makes (48 random bits). */
export function newTag(): string {
  return randomHex(6);
}

/** A branch for a Via this side adds (64 random bits after the magic cookie). */
export function newBranch(): string {
  return `${MAGIC_COOKIE}${randomHex(8)}`;
}
