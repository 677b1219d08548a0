/** The vendor digests over the clients' own MD5 and SHA-1, so they work in browsers too. */
import { vendorDigests } from '../vendor-digests.ts';
import { md5, sha1 } from './hashes.ts';

export const { mizuV1Md5Auth, mizuV2AuthMd5, mizuV2AuthV3, morHash } = vendorDigests(md5, sha1);

/** Salts for authsalt1/authsalt2: Web Crypto's random bytes where there is one (browsers, Node ≥ 19). */
export function randomHex(bytes: number): string {
  const values = new Uint8Array(bytes);
  if (globalThis.crypto?.getRandomValues) globalThis.crypto.getRandomValues(values);
  else for (let i = 0; i < bytes; i++) values[i] = Math.floor(Math.random() * 256);
  return Array.from(values, (b) => b.toString(16).padStart(2, '0')).join('');
}
