/**
 * The syskey check (003:L42-L50): every request carries the administrator password, here minisip.syskey of the
 * configuration. Compared in constant time over digests (so neither content nor length leaks); a wrong or missing
 * key counts toward the IP ban like a failed Mizu login.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { SwitchboardError } from '../../domain/errors.ts';
import type { Services } from '../services.ts';

export async function checkSyskey(s: Services, em: SqlEntityManager, ip: string, raw: Readonly<Record<string, unknown>>): Promise<void> {
  const expected = s.config.minisip.syskey;
  if (expected === undefined || expected === '') {
    throw new SwitchboardError('access-denied', 'the openapi is disabled: set minisip.syskey in the server configuration to enable it');
  }
  const sent = raw.syskey;
  if (typeof sent !== 'string' && typeof sent !== 'number') return refuse(s, em, ip, sent === undefined ? 'missing syskey' : 'syskey not a string');
  if (!sameSecret(String(sent), expected)) return refuse(s, em, ip, 'wrong syskey');
}

function sameSecret(a: string, b: string): boolean {
  const digest = (x: string) => createHash('sha256').update(x, 'utf8').digest();
  return timingSafeEqual(digest(a), digest(b));
}

async function refuse(s: Services, em: SqlEntityManager, ip: string, reason: string): Promise<never> {
  s.metrics.authFailures.inc({ dialect: 'minisip', reason });
  if (await s.bans.recordFailure(em, ip)) s.logger.warn({ ip }, 'banned after repeated failed authentication');
  throw new SwitchboardError('auth-failed', `${reason}: send the administrator password as "syskey" in the JSON object`);
}
