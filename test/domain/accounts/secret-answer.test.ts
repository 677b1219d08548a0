// The recovery answer is stored as a salted hash: it matches however the answer is spaced or cased, and nothing else.
import { describe, expect, it } from 'vitest';
import { answerMatches, hashAnswer } from '../../../src/domain/accounts/secret-answer.ts';

describe('recovery answers', () => {
  const stored = hashAnswer('Buenos  Aires');

  it('does not store the answer', () => expect(stored.toLowerCase()).not.toContain('buenos'));
  it('salts: the same answer hashes differently each time', () => expect(hashAnswer('Buenos Aires')).not.toBe(stored));
  it.each(['Buenos Aires', ' buenos aires ', 'BUENOS   AIRES'])('matches %j', (answer) =>
    expect(answerMatches(answer, stored)).toBe(true),
  );
  it.each(['Buenos', 'BuenosAires', ''])('does not match %j', (answer) =>
    expect(answerMatches(answer, stored)).toBe(false),
  );
  it('does not match a malformed stored value', () => expect(answerMatches('x', 'plain-text')).toBe(false));
});
