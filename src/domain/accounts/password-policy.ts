/**
 * The one password policy (config passwordPolicy), applied wherever a password is set: every dialect's new-user
 * commands, password changes, miniSIPServer's localuser, the user import, MOR devices (`switchboard mor devices add`).
 * Accounts.create and setPassword apply it, so no dialect can set a password around it. The default takes what the
 * vendors take — their own examples are `100` (003:L264), `PWD` (000:L204) and `PASSWORD` (002:L720) — and an
 * operator tightens it. A refusal names the rule, so the client can tell its user what to fix.
 */
import type { Config } from '../../platform/config.ts';
import { SwitchboardError } from '../../platform/errors.ts';

export type PasswordPolicy = Config['passwordPolicy'];

/** A few of the passwords every guessing list starts with (lower case); longer ones are caught by the other rules. */
const COMMON = new Set([
  'password',
  'password1',
  'password12',
  'password123',
  'passw0rd',
  'p@ssw0rd',
  'qwerty123',
  'qwertyuiop',
  'abc12345',
  'abcd1234',
  'iloveyou1',
  'welcome1',
  'welcome123',
  'letmein1',
  'admin123',
  'changeme1',
  'sunshine1',
  'football1',
  'monkey123',
  'dragon123',
  '1q2w3e4r',
  '1qaz2wsx',
  'zaq12wsx',
  'trustno1',
  'asdf1234',
  'qwer1234',
]);

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The rule of the policy the password breaks, or undefined when it is acceptable. */
export function weakPasswordReason(policy: PasswordPolicy, password: string, username: string): string | undefined {
  if (password.length < policy.minLength)
    return policy.minLength === 1
      ? 'the password must not be empty'
      : `the password must be at least ${policy.minLength} characters long`;
  const letter = /[A-Za-z]/.test(password);
  const digit = /[0-9]/.test(password);
  if (policy.requireLetter && policy.requireDigit && !(letter && digit))
    return 'the password must contain both letters and digits';
  if (policy.requireLetter && !letter) return 'the password must contain a letter';
  if (policy.requireDigit && !digit) return 'the password must contain a digit';
  // Whatever the policy: a control character cannot be typed back into a login form or a SIP phone.
  if (CONTROL.test(password)) return 'the password must not contain control characters';
  if (!policy.refuseGuessable) return undefined;
  if (/^(.)\1*$/.test(password) || /^(?:0123456789|1234567890|9876543210)/.test(password))
    return 'the password must not be a run of one character or a digit sequence';
  const lower = password.toLowerCase();
  if (username.length >= 3 && lower.includes(username.toLowerCase()))
    return 'the password must not contain the username';
  if (COMMON.has(lower)) return 'the password is one of the most commonly used passwords';
  return undefined;
}

/** Throws the refusal every dialect answers (invalid-parameter, "weak password: …") when the policy refuses it. */
export function checkPassword(policy: PasswordPolicy, password: string, username: string): void {
  const weak = weakPasswordReason(policy, password, username);
  if (weak) throw new SwitchboardError('invalid-parameter', `weak password: ${weak}`);
}
