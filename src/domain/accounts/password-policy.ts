/**
 * What makes a password too weak for an account people sign up for themselves (newuseru) or change (changepwd).
 * The answer names the rule, so the client can tell its user what to fix.
 */

export const MIN_PASSWORD_LENGTH = 8;

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

/** The rule the password breaks, or undefined when it is acceptable. */
export function weakPasswordReason(password: string, username: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH)
    return `the password must be at least ${MIN_PASSWORD_LENGTH} characters long`;
  if (!/[A-Za-z]/.test(password) || !/[0-9]/.test(password)) return 'the password must contain both letters and digits';
  if (/^(.)\1*$/.test(password) || /^(?:0123456789|1234567890|9876543210)/.test(password))
    return 'the password must not be a run of one character or a digit sequence';
  const lower = password.toLowerCase();
  if (username.length >= 3 && lower.includes(username.toLowerCase()))
    return 'the password must not contain the username';
  if (COMMON.has(lower)) return 'the password is one of the most commonly used passwords';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(password)) return 'the password must not contain control characters';
  return undefined;
}
