/**
 * Mizu v1 (xmapi) access (000:L25-L58, L140-L152): httpapiallowedip limits every command to its addresses, the
 * key must match httpapikey, users authenticate with usr/usrid and pwd, md5auth or a pin; addcredit and adduser
 * are for httpapiallowedip2 addresses, which may name the user without its password.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { AccessPolicy } from '../../../generated/common.ts';
import { mizuV1Md5Auth } from '../../protocol/digests.ts';
import type { CachedUser } from '../../domain/accounts/user-cache.ts';
import { pinLoginEnabled } from '../../domain/accounts/user-pins.ts';
import { inList, isLocal } from '../../domain/access/trust.ts';
import { SwitchboardError } from '../../platform/errors.ts';
import { secretsEqual } from '../../platform/secret-box.ts';
import { isAdminUser, type Principal } from '../mizu/principal.ts';
import type { Services } from '../../domain/services.ts';
import { unknownUser } from '../mizu/answer/unknown-user.ts';

/** The old interface's words for any failed login (000:L75). */
const WRONG = 'wrong authentication';

export interface V1Request {
  access: AccessPolicy;
  params: Readonly<Record<string, string>>;
  ip: string;
  /** Came through a proxy not in trust.proxies: the address earns no trust (runtime/client-address.ts). */
  viaUnknownProxy?: boolean;
  /** The spec's needsCredentials: a trusted address alone is no admin for it (unless trust.ipAdmin). */
  needsCredentials?: boolean;
  /** Asked for only when the database must answer (a user not cached, a failure to count). */
  em: () => SqlEntityManager;
}

export async function authoriseV1(s: Services, req: V1Request): Promise<Principal> {
  const { params, ip, em } = req;
  if (await s.bans.isBanned(ip)) throw new SwitchboardError('banned', 'too many failed requests from this address');
  const allowed = s.options.list('httpapiallowedip');
  if (allowed.length && (req.viaUnknownProxy || !inList(ip, allowed)))
    throw new SwitchboardError('access-denied', `not allowed from ${ip}`);
  const key = s.options.first('httpapikey', 'apiv2key');
  if (key !== undefined && !secretsEqual(params.key ?? '', key)) return refuse(s, em, ip, 'wrong key');

  const trustedSource = req.access.req_ip === 1 && !req.viaUnknownProxy && isSensitiveSource(s, ip);
  if (req.access.req_ip === 1 && !trustedSource) {
    throw new SwitchboardError(
      'access-denied',
      'this command is accepted only from the addresses in httpapiallowedip2',
    );
  }
  const named = params.usr ?? params.usrid ?? params.pin;
  // The stored form of the pin sent, when PINs log in here at all (user-pins.ts: apiauth 1, limits.pinMinLength).
  const pin = params.pin !== undefined && pinLoginEnabled(s.options) ? s.accounts.pins.forLogin(params.pin) : undefined;
  const user =
    named === undefined ? undefined : await s.accounts.cache.find(named, em, named === params.pin ? pin : undefined);
  if (named !== undefined && !user) {
    // A PIN nobody has is a wrong secret, not an unknown user.
    const strict = named !== params.pin && s.options.bool('httpstrictresponse', false);
    return refuse(s, em, ip, 'unknown user', named, unknownUser(strict, WRONG));
  }
  if (user && !trustedSource && !proven(s, user, params, pin)) return refuse(s, em, ip, 'wrong secret', named);
  if (user && !user.enabled) throw new SwitchboardError('access-denied', 'this account is disabled');

  const admin = isAdminUser(user) || (trustedSource && !user && (!req.needsCredentials || s.trust.ipAdmin));
  const principal: Principal = {
    user,
    admin,
    trustedIp: trustedSource,
    via: trustedSource ? 'trusted-ip' : 'password',
  };
  if (req.access.req_user === 6 && !isAdminUser(user)) {
    if (!user) throw new SwitchboardError('auth-failed', 'authentication required: send usr and pwd');
    throw new SwitchboardError('access-denied', 'only admin users may do this');
  }
  if (req.access.req_user === 12 && !user)
    throw new SwitchboardError('auth-failed', 'authentication required: send usr and pwd (or md5auth, or pin)');
  return principal;
}

/** httpapiallowedip2; when it is not set, only this machine. */
function isSensitiveSource(s: Services, ip: string): boolean {
  const list = s.options.list('httpapiallowedip2');
  return list.length ? inList(ip, list) : isLocal(ip);
}

function proven(
  s: Services,
  user: CachedUser,
  params: Readonly<Record<string, string>>,
  pin: string | undefined,
): boolean {
  if (params.md5auth) {
    return secretsEqual(
      params.md5auth.toLowerCase(),
      mizuV1Md5Auth(user.username, s.accounts.clearPassword(user), s.options.get('httpapimd5salt') ?? ''),
    );
  }
  if (params.pwd !== undefined) return secretsEqual(params.pwd, s.accounts.clearPassword(user));
  // pin authentication (callingcardauth): the pin field of the user.
  return pin !== undefined && user.pin !== null && secretsEqual(pin, user.pin);
}

/** Counts the failure toward a ban (of the address, and of the user named), then refuses. */
async function refuse(
  s: Services,
  em: () => SqlEntityManager,
  ip: string,
  reason: string,
  named?: string,
  error = new SwitchboardError('auth-failed', WRONG),
): Promise<never> {
  s.metrics.authFailures.inc({ dialect: 'mizu-v1', reason });
  await s.bans.recordFailure(em(), ip, named);
  throw error;
}
