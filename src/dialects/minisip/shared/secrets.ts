/**
 * Passwords in openapi answers are masked; a mask sent back means "unchanged". Sealed at rest like every account
 * password, with the server's SecretBox (Services.secrets, the key Accounts seals user passwords with).
 */

/** What query answers show for a password that is set (the same mask the global options use). */
export const MASK = '***';

export function masked(value: string): string {
  return value ? MASK : '';
}
