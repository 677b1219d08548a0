/**
 * Who a MOR page request is (004:L73-L82): the stateless form — `user_id` and a `hash` of the forms hash-forms.ts
 * lists — or else the session cookie set by POST /billing/api/login. A wrong user_id or hash counts toward the IP
 * ban, and is answered with the seed's words, which are MOR's ("User was not found", "Incorrect hash", 004:L80-L81).
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { CachedUser } from '../../domain/accounts/user-cache.ts';
import { SwitchboardError } from '../../platform/errors.ts';
import { findSession, type FoundSession } from '../../domain/mor/sessions.ts';
import { acceptedHashes, type HashInput } from './hash-forms.ts';
import { secretsEqual } from '../../platform/secret-box.ts';
import type { Services } from '../../domain/services.ts';

export const SESSION_COOKIE = '_mor_session';

export interface Proven {
  user: CachedUser;
  via: 'session' | 'hash';
  session?: FoundSession;
}

export interface Credentials extends HashInput {
  cookie: string | undefined;
  ip: string;
}

/** The API secret key: the config file's mor.apiSecretKey, else the vendor global option API_Secret_Key. */
export function apiSecretKey(s: Services): string | undefined {
  return s.config.mor.apiSecretKey || s.options.get('API_Secret_Key') || undefined;
}

/** `em` is asked for only when the database must answer (a session, a user not cached, a failure to count). */
export async function authenticate(s: Services, em: () => SqlEntityManager, c: Credentials): Promise<Proven> {
  if (c.raw.hash !== undefined) return byHash(s, em, c);
  const token = cookieValue(c.cookie, SESSION_COOKIE);
  // MOR's words for a request that names no user (api_controller.rb find_current_user_for_api).
  if (token === undefined) throw new SwitchboardError('auth-failed', 'Bad login');
  const session = await findSession(em(), token);
  if (!session) throw new SwitchboardError('auth-failed', 'the session has expired or was ended: log in again');
  const user = await s.accounts.cache.byId(session.userId, em);
  if (!user) throw new SwitchboardError('user-not-found', 'User was not found');
  if (!user.enabled) throw new SwitchboardError('access-denied', 'this account is disabled');
  return { user, via: 'session', session };
}

async function byHash(s: Services, em: () => SqlEntityManager, c: Credentials): Promise<Proven> {
  const secret = apiSecretKey(s);
  // MOR's words when no API_Secret_Key is set (api_controller.rb check_api_params_with_hash); the operator sets
  // mor.apiSecretKey (or the API_Secret_Key option) to enable the form.
  if (!secret) throw new SwitchboardError('access-denied', 'API must have Secret Key');
  const userId = c.raw.user_id ?? '';
  const user = /^[1-9]\d{0,9}$/.test(userId) ? await s.accounts.cache.byId(Number(userId), em) : undefined;
  if (!user) {
    await failed(s, em(), c.ip, 'unknown user_id');
    throw new SwitchboardError('user-not-found', 'User was not found');
  }
  const given = c.raw.hash!.trim().toLowerCase();
  if (!acceptedHashes(c, userId, secret).some((expected) => secretsEqual(given, expected))) {
    await failed(s, em(), c.ip, 'incorrect hash', user.username);
    throw new SwitchboardError('incorrect-hash', 'Incorrect hash');
  }
  if (!user.enabled) throw new SwitchboardError('access-denied', 'this account is disabled');
  return { user, via: 'hash' };
}

/** A failed login or hash: counted for the ban (against the address, and the user tried) and in the metrics. */
export async function failed(
  s: Services,
  em: SqlEntityManager,
  ip: string,
  reason: string,
  username?: string,
): Promise<void> {
  s.metrics.authFailures.inc({ dialect: 'mor', reason });
  if (await s.bans.recordFailure(em, ip, username))
    s.logger.warn({ ip }, 'banned after repeated failed authentication');
}

export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
