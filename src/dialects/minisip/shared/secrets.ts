/** Passwords in openapi answers are masked; a mask sent back means "unchanged". Sealed at rest like every account password. */
import { SecretBox } from '../../../platform/secret-box.ts';
import type { Services } from '../../../domain/services.ts';

/** What query answers show for a password that is set (the same mask the global options use). */
export const MASK = '***';

export function masked(value: string): string {
  return value ? MASK : '';
}

const boxes = new WeakMap<Services, SecretBox>();

/**
 * The server's SecretBox (the key of config.secretKey, as Accounts seals user passwords with): Accounts offers no
 * password change, so an update seals here with the same key.
 */
export function secretBox(services: Services): SecretBox {
  let box = boxes.get(services);
  if (!box) boxes.set(services, box = new SecretBox(services.config.secretKey));
  return box;
}
