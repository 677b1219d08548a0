/**
 * The syskey check (003:L42-L50): every request carries the administrator password, here minisip.syskey of the
 * configuration. Compared in constant time over digests (so neither content nor length leaks); a wrong or missing
 * key counts toward the IP ban like a failed Mizu login.
 */
import { hash, timingSafeEqual } from 'node:crypto';
import { SwitchboardError } from '../../platform/errors.ts';
import type { Services } from '../../domain/services.ts';

export async function checkSyskey(s: Services, ip: string, raw: Readonly<Record<string, unknown>>): Promise<void> {
  const expected = s.config.minisip.syskey;
  if (expected === undefined || expected === '') {
    throw new SwitchboardError(
      'access-denied',
      'the openapi is disabled: set minisip.syskey in the server configuration to enable it',
    );
  }
  const sent = raw.syskey;
  if (typeof sent !== 'string' && typeof sent !== 'number')
    return refuse(s, ip, sent === undefined ? 'missing syskey' : 'syskey not a string');
  if (!sameSecret(String(sent), expected)) return refuse(s, ip, 'wrong syskey');
}

const digest = (x: string) => hash('sha256', x, 'buffer');

/** The configured syskey's digest, made again only when the configuration changes: every request carries the syskey. */
let expectedDigest = { of: '', digest: digest('') };

function sameSecret(sent: string, expected: string): boolean {
  if (expectedDigest.of !== expected) expectedDigest = { of: expected, digest: digest(expected) };
  return timingSafeEqual(digest(sent), expectedDigest.digest);
}

async function refuse(s: Services, ip: string, reason: string): Promise<never> {
  s.metrics.authFailures.inc({ dialect: 'minisip', reason });
  if (await s.bans.recordFailure(s.db.em(), ip)) s.logger.warn({ ip }, 'banned after repeated failed authentication');
  throw new SwitchboardError(
    'auth-failed',
    `${reason}: send the administrator password as "syskey" in the JSON object`,
  );
}
