// The rules a sign-up or changed password must pass, each refusal naming its rule.
import { describe, expect, it } from 'vitest';
import { weakPasswordReason } from '../../../src/domain/accounts/password-policy.ts';

describe('weak passwords', () => {
  it.each([
    ['Ab1', 'sam', /at least 8 characters/],
    ['abcdefghij', 'sam', /both letters and digits/],
    ['1234567890', 'sam', /both letters and digits/],
    ['1234567890ab', 'sam', /digit sequence/],
    ['xyzSamuel42', 'samuel', /must not contain the username/],
    ['Welcome123', 'sam', /most commonly used/],
    ['Good\tpass123', 'sam', /control characters/],
  ])('refuses %j for %s', (password, username, rule) => {
    expect(weakPasswordReason(password, username)).toMatch(rule);
  });

  it.each([
    ['Quiet-harbor-9', 'lena'],
    ['correct horse 7 battery', 'bob'],
    ['x9x9x9x9', 'al'],
  ])('accepts %j for %s', (password, username) => {
    expect(weakPasswordReason(password, username)).toBeUndefined();
  });
});
