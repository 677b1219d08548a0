/**
 * Passwords are stored encrypted at rest with AES-256-GCM: the vendor MD5 schemes need the clear password
 * server-side, so only the server, holding secretKey, can recover it. PINs are stored as a keyed digest instead
 * (digest()): never needed back in clear, and a PIN sent is still found by one indexed equality lookup.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  createSecretKey,
  randomBytes,
  timingSafeEqual,
  type KeyObject,
} from 'node:crypto';

const VERSION = 'v1';
/** What every digest() starts with: a stored value without it is not a digest (a PIN from before migration 0008). */
export const DIGEST_PREFIX = 'h1:';

export class SecretBox {
  /** A KeyObject made once: preparing a raw key on every use costs more than the cipher itself. */
  readonly #key: KeyObject;
  /** The digest key: derived from secretKey apart from the sealing key, so neither use weakens the other. */
  readonly #digestKey: KeyObject;

  constructor(secretKey: string) {
    if (secretKey.length < 16) throw new Error('secretKey must be at least 16 characters');
    this.#key = createSecretKey(createHash('sha256').update(secretKey, 'utf8').digest());
    this.#digestKey = createSecretKey(createHmac('sha256', secretKey).update('switchboard PIN digest').digest());
  }

  /**
   * HMAC-SHA256 of value under a key derived from secretKey, as 46 characters: the same value always gives the same
   * digest (it is looked up by equality), and without secretKey a table of them cannot be tested against guesses.
   */
  digest(value: string): string {
    return `${DIGEST_PREFIX}${createHmac('sha256', this.#digestKey).update(value, 'utf8').digest('base64url')}`;
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  }

  open(sealed: string): string {
    const [version, payload] = sealed.split(':');
    if (version !== VERSION || payload === undefined) throw new Error('not a sealed secret');
    const raw = Buffer.from(payload, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.#key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }
}

/** Compares secrets in constant time (for equal lengths; the length itself is not secret here). */
export function secretsEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}
