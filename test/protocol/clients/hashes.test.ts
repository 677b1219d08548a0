// The clients' own MD5 and SHA-1 (for browsers) give node:crypto's digests, on seeded random text: every length
// across the padding boundaries (55, 56, 64 bytes and beyond) and characters of one to four UTF-8 bytes.
import { hash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { md5, sha1 } from '../../../src/protocol/clients/hashes.ts';
import { mulberry32 } from '../../support/seeded-random.ts';

const ALPHABET = ['a', 'Z', '0', ':', ' ', 'é', 'Ж', '€', '😀'];

function texts(seed: number): string[] {
  const random = mulberry32(seed);
  const out = ['', 'abc', 'The quick brown fox jumps over the lazy dog'];
  for (let length = 0; length < 200; length++) {
    let text = '';
    for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(random() * ALPHABET.length)];
    out.push(text);
  }
  return out;
}

describe('the clients’ MD5 and SHA-1', () => {
  it.each([
    ['md5', md5],
    ['sha1', sha1],
  ] as const)('%s agrees with node:crypto', (name, digest) => {
    for (const text of texts(14)) expect(digest(text), JSON.stringify(text)).toBe(hash(name, text, 'hex'));
  });

  it('gives the RFC test vectors', () => {
    expect(md5('')).toBe('d41d8cd98f00b204e9800998ecf8427e');
    expect(md5('abc')).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(sha1('abc')).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
  });
});
