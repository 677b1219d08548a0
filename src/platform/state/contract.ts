/**
 * Rules of the SharedState contract that both implementations must apply identically:
 * where a fixed window ends, how a decaying count fades, and which key a nonce lives under.
 */
import { NONCE_KEY_LENGTH } from './shared-state.ts';

/** Windows are aligned to the epoch, so every process agrees where one ends whatever its first hit. */
export function windowEnd(windowMs: number, now = Date.now()): number {
  return (Math.floor(now / windowMs) + 1) * windowMs;
}

/**
 * A decaying count of `count` at `at`, as it stands at `now`: halved every halfLifeMs. A clock reading behind `at`
 * (another process's clock) fades nothing, so the count never grows by it. redis.ts's DECAY_SCRIPT does the same.
 */
export function decayed(count: number, at: number, now: number, halfLifeMs: number): number {
  return now > at ? count * 2 ** (-(now - at) / halfLifeMs) : count;
}

/** The key a nonce prefix sent by a client looks up; undefined when it is too short to identify one. */
export function nonceKey(prefix: string): string | undefined {
  return prefix.length < NONCE_KEY_LENGTH ? undefined : prefix.slice(0, NONCE_KEY_LENGTH);
}

/** The key an issued nonce is stored under; a shorter nonce could never be taken back, so it is refused. */
export function issuedNonceKey(nonce: string): string {
  const key = nonceKey(nonce);
  if (key === undefined) throw new Error(`a nonce needs at least ${NONCE_KEY_LENGTH} characters, got ${nonce.length}`);
  return key;
}
