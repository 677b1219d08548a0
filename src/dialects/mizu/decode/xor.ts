/**
 * The optional request obfuscation (001:L223-L227, 002:L279-L282): UTF-8 bytes XORed with httpapiencryptkey (the key
 * repeating), Base64 encoded, then `=` → `-`, `+` → `_`, `/` → `.` so the result travels in a URL unescaped.
 */
import { DecodeError } from '../../../platform/decode-error.ts';

const TO_URL: Record<string, string> = { '=': '-', '+': '_', '/': '.' };
// A space is a `+` an older client (001 replaces only `=`) sent unescaped and the query decoder turned into a space.
const FROM_URL: Record<string, string> = { '-': '=', _: '+', '.': '/', ' ': '+' };
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function xorEncode(plain: string, key: string): string {
  return xor(Buffer.from(plain, 'utf8'), key)
    .toString('base64')
    .replace(/[=+/]/g, (c) => TO_URL[c]!);
}

export function xorDecode(encoded: string, key: string): string {
  const base64 = encoded.trim().replace(/[-_. ]/g, (c) => FROM_URL[c]!);
  if (!BASE64.test(base64) || base64.length % 4 === 1)
    throw new DecodeError('an encrypted value is not valid XOR+Base64');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(xor(Buffer.from(base64, 'base64'), key));
  } catch {
    throw new DecodeError("an encrypted value does not decrypt to text with this server's key");
  }
}

function xor(bytes: Buffer, key: string): Buffer {
  const keyBytes = Buffer.from(key, 'utf8');
  if (keyBytes.length === 0) throw new TypeError('the XOR key is empty');
  return Buffer.from(bytes.map((byte, i) => byte ^ keyBytes[i % keyBytes.length]!));
}
