/**
 * forgotpasswordanswer's right answer (001:L378, 002:L378): the account gets a new random password, sent to its own
 * e-mail address, never answered in the response (anyone who guesses the answer would take the account).
 */
import { randomInt } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { Accounts, Actor } from '../accounts/accounts.ts';
import type { Messaging } from '../messaging/messaging.ts';

/** Letters and digits a reader cannot confuse (no 0/O, 1/l/I). */
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const LENGTH = 16;

/** A random password with a letter and a digit, as long as the policy's minimum when that is longer. */
export function randomPassword(minLength: number): string {
  const length = Math.max(LENGTH, minLength);
  for (;;) {
    let password = '';
    for (let i = 0; i < length; i++) password += ALPHABET[randomInt(ALPHABET.length)];
    if (/[0-9]/.test(password) && /[A-Za-z]/.test(password)) return password;
  }
}

export async function sendNewPassword(
  deps: { em: SqlEntityManager; accounts: Accounts; messaging: Messaging; minLength: number },
  user: { id: number; username: string; email: string },
  actor: Actor,
): Promise<void> {
  const password = randomPassword(deps.minLength);
  await deps.accounts.setPassword(deps.em, user.id, password, actor);
  await deps.messaging.queueEmail({
    userId: user.id,
    to: user.email,
    subject: 'Your new password',
    text: `The security question of ${user.username} was answered, so the account has a new password:\n\n${password}\n\nChange it once you are logged in.`,
  });
}
