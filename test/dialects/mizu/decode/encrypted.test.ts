// The XOR+Base64 obfuscation (002:L279-L282): whole requests in mcrfs, single values prefixed oenc1_.
import { describe, expect, it } from 'vitest';
import { DecodeError, unwrapEncrypted, xorDecode, xorEncode } from '../../../../src/dialects/mizu/decode/index.ts';

const KEY = 'k3y';

describe('xorEncode / xorDecode', () => {
  it.each([
    ['ASCII', 'apientry=balance&authid=u'],
    ['non-ASCII text', 'txt=Jürgen grüßt 日本 🎉 €'],
    ['an empty string', ''],
    ['one byte (padding)', 'a'],
  ])('round-trips %s', (_, plain) => {
    expect(xorDecode(xorEncode(plain, KEY), KEY)).toBe(plain);
  });

  it('repeats the key over the bytes', () => {
    // 'a' ^ 'a' = 0, 'a' ^ 'b' = 3, then the key starts again.
    expect(xorEncode('aaaa', 'ab')).toBe(Buffer.from([0, 3, 0, 3]).toString('base64').replaceAll('=', '-'));
    expect(xorDecode(xorEncode('ääääää', 'ключ'), 'ключ')).toBe('ääääää');
  });

  // 'a' ^ 'k' = 0x0a, 'b' ^ '3' = 0x51; the third byte picks the last Base64 character ('c' ^ 'y' = 0x1a → a, 'G' → +,
  // 'F' → /).
  it.each([
    ['abc', 'ClEa'],
    ['abG', 'ClE_'],
    ['abF', 'ClE.'],
    ['a', 'Cg--'],
  ])('encodes %s as %s (= → -, + → _, / → .)', (plain, encoded) => {
    expect(xorEncode(plain, KEY)).toBe(encoded);
    expect(xorDecode(encoded, KEY)).toBe(plain);
  });

  it.each([
    [
      'standard Base64 (001 replaces only =)',
      (e: string) => e.replace(/-/g, '=').replace(/_/g, '+').replace(/\./g, '/'),
    ],
    ['a + that URL decoding turned into a space', (e: string) => e.replace(/_/g, ' ')],
    ['missing padding', (e: string) => e.replace(/-+$/, '')],
  ])('also reads %s', (_, alter) => {
    const plain = 'txt=ü?>~~ü?>~~ü?>~~';
    expect(xorDecode(alter(xorEncode(plain, KEY)), KEY)).toBe(plain);
  });

  it.each([
    ['characters outside Base64', 'ab$d'],
    ['a Base64 length that cannot be', 'abcde'],
    ['padding in the middle', 'ab-cd'],
  ])('refuses %s', (_, encoded) => {
    expect(() => xorDecode(encoded, KEY)).toThrow(DecodeError);
  });

  it('refuses what the wrong key turns into invalid UTF-8', () => {
    expect(() => xorDecode(xorEncode('grüße', KEY), 'other')).toThrow(
      expect.objectContaining({ problem: expect.stringContaining('does not decrypt') }),
    );
  });

  it('refuses an empty key', () => {
    expect(() => xorEncode('a', '')).toThrow(TypeError);
  });
});

describe('unwrapEncrypted', () => {
  it('leaves a request without carriers alone, key or not', () => {
    const params = { apientry: 'balance', authid: 'u' };
    expect(unwrapEncrypted(params, undefined)).toBe(params);
    expect(unwrapEncrypted(params, KEY)).toBe(params);
  });

  it('opens mcrfs, whose parameters win over the outer ones', () => {
    const mcrfs = xorEncode('/mvapireq/?apientry=balance&AuthId=inner&authpwd=p%C3%A4ss', KEY);
    expect(unwrapEncrypted({ mcrfs, authid: 'outer', now: '1' }, KEY)).toEqual({
      apientry: 'balance',
      authid: 'inner',
      authpwd: 'päss',
      now: '1',
    });
  });

  it('decrypts every oenc1_ value, also inside mcrfs', () => {
    const inner = `apientry=sms&txt=oenc1_${xorEncode('secret text', KEY)}`;
    expect(
      unwrapEncrypted({ mcrfs: xorEncode(inner, KEY), authpwd: `oenc1_${xorEncode('pwd€', KEY)}`, anum: '1' }, KEY),
    ).toEqual({ apientry: 'sms', txt: 'secret text', authpwd: 'pwd€', anum: '1' });
  });

  it.each([
    ['mcrfs', { mcrfs: 'ClEa' }],
    ['an oenc1_ value', { authpwd: 'oenc1_ClEa' }],
  ])('refuses %s when no key is configured', (_, params) => {
    for (const key of [undefined, '']) {
      expect(() => unwrapEncrypted(params, key)).toThrow(
        expect.objectContaining({ problem: expect.stringContaining('encryption is not configured') }),
      );
    }
  });

  it('refuses a malformed mcrfs', () => {
    expect(() => unwrapEncrypted({ mcrfs: '%%%' }, KEY)).toThrow(DecodeError);
  });

  it('refuses an mcrfs that decrypts to a bad query', () => {
    expect(() => unwrapEncrypted({ mcrfs: xorEncode('txt=100%', KEY) }, KEY)).toThrow(
      expect.objectContaining({ problem: 'bad %-escape in the value of txt' }),
    );
  });
});
