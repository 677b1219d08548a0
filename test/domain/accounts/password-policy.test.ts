// The one password policy: the default takes the vendors' own example passwords; each rule of a stricter policy
// refuses with its reason.
import { describe, expect, it } from 'vitest';
import { weakPasswordReason, type PasswordPolicy } from '../../../src/domain/accounts/password-policy.ts';
import { DEFAULT_PASSWORD_POLICY } from '../../../src/platform/config.ts';

const STRICT: PasswordPolicy = { minLength: 8, requireLetter: true, requireDigit: true, refuseGuessable: true };

describe('the default password policy', () => {
  it.each([
    ['100', '100'], // 003:L264: localuser/set usrname 100, usrpwd 100
    ['PWD', 'alice'], // 000:L204
    ['PASSWORD', 'NEWUSERNAME'], // 002:L720
    ['1111pwd', 'bob'], // 000:L207
    ['testpassword12234', 'HE'], // 002:L734
  ])("accepts the seeds' example %j (user %s)", (password, username) => {
    expect(weakPasswordReason(DEFAULT_PASSWORD_POLICY, password, username)).toBeUndefined();
  });

  it.each([
    ['', /must not be empty/],
    ['ab\tc', /control characters/],
  ])('refuses %j', (password, rule) => {
    expect(weakPasswordReason(DEFAULT_PASSWORD_POLICY, password, 'sam')).toMatch(rule);
  });
});

describe('a stricter policy', () => {
  it.each([
    ['Ab1', 'sam', STRICT, /at least 8 characters/],
    ['abcdefghij', 'sam', STRICT, /both letters and digits/],
    ['1234567890', 'sam', STRICT, /both letters and digits/],
    ['abcdefghij', 'sam', { ...STRICT, requireLetter: false }, /must contain a digit/],
    ['1234567890', 'sam', { ...STRICT, requireDigit: false }, /must contain a letter/],
    ['1234567890ab', 'sam', STRICT, /digit sequence/],
    ['xyzSamuel42', 'samuel', STRICT, /must not contain the username/],
    ['Welcome123', 'sam', STRICT, /most commonly used/],
    ['Good\tpass123', 'sam', STRICT, /control characters/],
  ])('refuses %j for %s', (password, username, policy, rule) => {
    expect(weakPasswordReason(policy, password, username)).toMatch(rule);
  });

  it.each([
    ['Quiet-harbor-9', 'lena'],
    ['correct horse 7 battery', 'bob'],
    ['x9x9x9x9', 'al'],
  ])('accepts %j for %s', (password, username) => {
    expect(weakPasswordReason(STRICT, password, username)).toBeUndefined();
  });

  it('without refuseGuessable, takes a common password that meets the other rules', () => {
    expect(weakPasswordReason({ ...STRICT, refuseGuessable: false }, 'Welcome123', 'sam')).toBeUndefined();
  });
});
