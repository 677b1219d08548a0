// SecretBox: a sealed secret opens with the key that sealed it only; a digest is stable for one key, differs under
// another, and gives the PIN away in no form a reader could use without the key.
import { describe, expect, it } from 'vitest';
import { DIGEST_PREFIX, SecretBox, secretsEqual } from '../../src/platform/secret-box.ts';

const box = new SecretBox('secret-box-test-key-0123456789');
const other = new SecretBox('another-test-key-0123456789');

describe('SecretBox', () => {
  it('opens what it sealed, each seal different', () => {
    const [a, b] = [box.seal('pa55-word'), box.seal('pa55-word')];
    expect(a).not.toBe(b);
    expect(box.open(a)).toBe('pa55-word');
    expect(() => other.open(a)).toThrow();
  });

  it('digests a value the same way every time, 46 characters, and otherwise under another key', () => {
    const digest = box.digest('482913');
    expect(digest).toBe(box.digest('482913'));
    expect(digest).toMatch(new RegExp(`^${DIGEST_PREFIX}[A-Za-z0-9_-]{43}$`));
    expect(digest).not.toContain('482913');
    expect(box.digest('482914')).not.toBe(digest);
    expect(other.digest('482913')).not.toBe(digest);
  });

  it('refuses a key shorter than 16 characters', () => {
    expect(() => new SecretBox('short')).toThrow(/at least 16/);
  });

  it('compares secrets whole', () => {
    expect(secretsEqual('abc', 'abc')).toBe(true);
    expect(secretsEqual('abc', 'abd')).toBe(false);
    expect(secretsEqual('abc', 'abcd')).toBe(false);
  });
});
