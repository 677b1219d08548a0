/**
 * The answer to the password-recovery question (forgotpasswordquestion / forgotpasswordanswer): stored as a salted
 * scrypt hash of the answer trimmed, with inner spaces collapsed and lower-cased, so "Rex" and " rex " both match and
 * the answer itself is never stored nor answered.
 */
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

const KEY_LENGTH = 32;

function normalise(answer: string): string {
  return answer.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function hashAnswer(answer: string): string {
  const salt = randomBytes(16);
  return `scrypt:${salt.toString('base64')}:${scryptSync(normalise(answer), salt, KEY_LENGTH).toString('base64')}`;
}

export function answerMatches(answer: string, stored: string): boolean {
  const [scheme, salt, hash] = stored.split(':');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = scryptSync(normalise(answer), Buffer.from(salt, 'base64'), expected.length);
  return expected.length === KEY_LENGTH && timingSafeEqual(actual, expected);
}
