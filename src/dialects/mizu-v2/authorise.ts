/**
 * Mizu authentication and access control (001:L232-L300, 002:L177-L294): the command's default access from the
 * spec, overridden by its tb_api row; bans; the API key; trusted addresses; the user's credentials (clear,
 * authmd5, the authv3 nonce digest, PIN); the user level the command needs; targetuser; credit, registration
 * and nonce-login requirements. Every refusal is a SwitchboardError; wrong secrets count toward a ban.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { AccessPolicy } from '../../../generated/common.ts';
import { mizuV1Md5Auth, mizuV2AuthMd5, mizuV2AuthV3 } from '../../protocol/digests.ts';
import type { CachedUser } from '../../domain/accounts/user-cache.ts';
import { pinLoginEnabled } from '../../domain/accounts/user-pins.ts';
import { SwitchboardError } from '../../platform/errors.ts';
import { toMicros } from '../../platform/money.ts';
import { secretsEqual } from '../../platform/secret-box.ts';
import { isLocal as isLocalAddress, isPrivate as isPrivateAddress } from '../../domain/access/trust.ts';
import { whenReady, type Awaitable } from '../../platform/awaitable.ts';
import type { Services } from '../../domain/services.ts';
import { isAdminUser, type Principal } from '../mizu/principal.ts';
import { WRONG_CREDENTIALS, wrongKeyMessage } from '../mizu/answer/wire-text.ts';
import { unknownUser } from '../mizu/answer/unknown-user.ts';

export interface AuthRequest {
  command: string;
  access: AccessPolicy;
  params: Readonly<Record<string, string>>;
  ip: string;
  /** The request came through a proxy not in trust.proxies: its address earns no trust (runtime/client-address.ts). */
  viaUnknownProxy?: boolean;
  /** The spec's needsCredentials: a trusted address alone does not count as admin for it (unless trust.ipAdmin). */
  needsCredentials?: boolean;
  /** The unit of work, asked for only when the database is needed (a user not cached yet, a failure to record). */
  em: () => SqlEntityManager;
}

interface Effective {
  reqKey: number;
  reqIp: number;
  reqUser: number;
  mode: number;
  credit: string | null;
  register: number;
  login: number;
}

const USER_TYPES_FOR_LEVEL: Record<number, Set<string>> = {
  4: new Set(['srvadmin']),
  6: new Set(['admin', 'srvadmin']),
  8: new Set(['reseller', 'admin', 'srvadmin']),
  10: new Set(['support', 'admin', 'srvadmin']),
};

/** At once when the ban, the user and the verdict are known in memory (the common case); else once they are. */
export function authorise(s: Services, req: AuthRequest): Awaitable<Principal> {
  return whenReady(s.bans.isBanned(req.ip), (banned) => {
    if (banned) throw new SwitchboardError('banned', 'too many failed requests from this address; try again later');
    return authoriseUnbanned(s, req);
  });
}

function authoriseUnbanned(s: Services, req: AuthRequest): Awaitable<Principal> {
  const { ip, params } = req;
  const policy = effectivePolicy(s, req);
  const trusted = !req.viaUnknownProxy && s.trust.isTrusted(ip);
  if (s.options.int('apitrustediponly', 0) === 1 && !trusted)
    throw new SwitchboardError('access-denied', 'API requests are accepted from trusted addresses only');
  if (policy.reqUser === 2) throw new SwitchboardError('access-denied', `the ${req.command} API is disabled`);

  const key = s.options.first('apiv2key', 'httpapikey');
  if (policy.reqKey === 1 && key !== undefined && !secretsEqual(params.authkey ?? '', key)) {
    return refuse(s, req, 'authkey', new SwitchboardError('auth-failed', wrongKeyMessage(params.authkey)));
  }
  const ipAuthorised = policy.reqIp !== 1 || (!req.viaUnknownProxy && s.trust.isIpAuthorised(ip));
  // "sensitive API's requiring admin or ip access" (002:L193): away from an authorised address, admin credentials.
  const adminInstead = !ipAuthorised && ADMIN_LEVELS.has(policy.reqUser) && params.authid !== undefined;
  if (!ipAuthorised && !adminInstead)
    throw new SwitchboardError('access-denied', `the ${req.command} API is not allowed from ${ip}${proxyNote(req)}`);

  if (!params.authid) return admitted(s, req, policy, undefined, trusted);
  return whenReady(prove(s, req, policy), (proven) => {
    if (adminInstead && !isAdminUser(proven.user))
      throw new SwitchboardError(
        'access-denied',
        `the ${req.command} API needs admin credentials or an authorised address (apiv2ipauth), and ${ip} is not one${proxyNote(req)}`,
      );
    return admitted(s, req, policy, proven, trusted);
  });
}

/** Once the credentials are known: the user level, remote administration and targetuser, then the requirements. */
function admitted(
  s: Services,
  req: AuthRequest,
  policy: Effective,
  proven: Proven | undefined,
  trusted: boolean,
): Awaitable<Principal> {
  const principal = admit(s, req, policy, proven, trusted);
  if (ADMIN_LEVELS.has(policy.reqUser)) checkRemoteAdmin(s, req, trusted);
  const target = req.params.targetuser;
  if (!target) return requirements(s, req, policy, principal, trusted);
  return impersonate(s, req.em, principal, target).then(() => requirements(s, req, policy, principal, trusted));
}

/** What the command asks of the principal beyond its rights: credit, a SIP registration, a nonce login. */
function requirements(
  s: Services,
  req: AuthRequest,
  policy: Effective,
  principal: Principal,
  trusted: boolean,
): Awaitable<Principal> {
  checkCredit(s, policy, principal.user);
  // req_user 11 ("SIP authenticated users") asks what req_user_register 1 asks: a registration in force.
  const register = policy.reqUser === 11 ? Math.max(policy.register, 1) : policy.register;
  if (register >= 1 && principal.user)
    return checkRegistered(s, req, principal.user, register).then(() =>
      loginRequirement(s, req, policy, principal, trusted),
    );
  return loginRequirement(s, req, policy, principal, trusted);
}

/**
 * apidefneedregister / tb_api.req_user_register (002:L242, 002:L266): 1, the user must be registered over SIP or
 * WebRTC; 2, also from the address the request comes from.
 */
async function checkRegistered(s: Services, req: AuthRequest, user: CachedUser, register: number): Promise<void> {
  const bindings = await s.registrations.bindingsOf(user.username);
  if (bindings.length === 0)
    throw new SwitchboardError('access-denied', `${req.command} needs ${user.username} to be registered over SIP`);
  if (register >= 2 && !bindings.some((b) => plainAddress(b.source.address) === plainAddress(req.ip)))
    throw new SwitchboardError(
      'access-denied',
      `${req.command} needs ${user.username} to be registered over SIP from ${req.ip}, the address of this request`,
    );
}

/** apidefneedlogin / tb_api.req_user_login: a nonce login where it is required. */
function loginRequirement(
  s: Services,
  req: AuthRequest,
  policy: Effective,
  principal: Principal,
  trusted: boolean,
): Awaitable<Principal> {
  const loginRequired = policy.login >= 2 || (policy.login === 1 && !trusted);
  if (loginRequired && principal.via !== 'nonce') {
    return s.nonces.issue(req.ip).then((nonce) => {
      throw new SwitchboardError('nonce-required', `new nonce is:${nonce}EOF`);
    });
  }
  return principal;
}

/** Why a loopback or LAN address was not enough: it forwarded for someone else without being in trust.proxies. */
function proxyNote(req: AuthRequest): string {
  return req.viaUnknownProxy ? ' (it sent a forwarding header and is not in trust.proxies)' : '';
}

function effectivePolicy(s: Services, req: AuthRequest): Effective {
  const row = s.policies.get(req.command);
  if (row && row.enabled === 0) throw new SwitchboardError('access-denied', `the ${req.command} API is disabled`);
  const mode = row?.reqUserMode || req.access.req_user_mode || s.options.int('apiv2auth', 2);
  return {
    reqKey: row?.reqKey ?? req.access.req_key,
    reqIp: row?.reqIp ?? req.access.req_ip,
    reqUser: row?.reqUser || req.access.req_user,
    mode,
    credit: row?.reqUserCredit ?? null,
    register: row?.reqUserRegister ?? s.options.int('apidefneedregister', 0),
    login: row?.reqUserLogin ?? s.options.int('apidefneedlogin', 0),
  };
}

interface Proven {
  user: CachedUser;
  via: Principal['via'];
}

/** Checks the credentials sent with authid; a wrong one counts toward a ban. */
function prove(s: Services, req: AuthRequest, policy: Effective): Awaitable<Proven> {
  return whenReady(s.bans.udpLocked(req.params.authid!), (locked) => {
    if (locked) {
      throw new SwitchboardError(
        'access-denied',
        'too many failed authentications for this user over UDP; try again later, or over TCP',
      );
    }
    const authid = req.params.authid!;
    const asPin = pinLogin(s, policy) ? s.accounts.pins.forLogin(authid) : undefined;
    return whenReady(s.accounts.cache.find(authid, req.em, asPin), (user) =>
      user
        ? proveAs(s, req, policy, user)
        : refuse(s, req, 'unknown user', unknownUser(s.options.bool('httpstrictresponse', false), WRONG_CREDENTIALS)),
    );
  });
}

function proveAs(s: Services, req: AuthRequest, policy: Effective, user: CachedUser): Awaitable<Proven> {
  const { params } = req;
  const authid = params.authid!;
  const lenient = s.options.int('apiauth', -1) !== 0;
  const pins = pinLogin(s, policy);
  let via: Principal['via'] | undefined;
  if (params.authmd5) {
    const password = s.accounts.clearPassword(user);
    const serverSalt = s.options.get('apiv2md5salt') ?? '';
    const salt1 = params.authsalt1 ?? params.authsalt ?? '';
    const digest = params.authmd5.toLowerCase();
    const authV3 = (nonce: string) => mizuV2AuthV3(authid, password, salt1, params.authsalt2 ?? '', serverSalt, nonce);
    if (digest.startsWith('authv3_') && params.nonce) return proveByNonce(s, req, policy, user, authV3);
    // Without a nonce the authv3 digest is the seed's "nonce: only if nonce authentication was set ("preauth" was
    // used)" (002:L217): salted like authmd5 and, like it, replayable. It proves no more than authmd5 does (via
    // 'md5', not 'nonce'), so where apidefneedlogin or tb_api.req_user_login asks for a nonce login, requirements()
    // still answers "new nonce is:…EOF" (002:L294: "…or if there was no preauth request").
    const expected = digest.startsWith('authv3_')
      ? authV3('')
      : expectedAuthMd5(user, authid, password, serverSalt, salt1);
    if (secretsEqual(digest, expected)) via = 'md5';
  } else if (params.md5auth) {
    // The old API's digest (000:L45): MD5("rD58s:" + username + ":" + password + ":" + httpapimd5salt).
    const expected = mizuV1Md5Auth(
      user.username,
      s.accounts.clearPassword(user),
      s.options.get('httpapimd5salt') ?? '',
    );
    if (secretsEqual(params.md5auth.toLowerCase(), expected)) via = 'md5';
  } else if (params.authpwd !== undefined) {
    if (secretsEqual(params.authpwd, s.accounts.clearPassword(user))) via = 'password';
    else if (pins && isUsersPin(s, user, params.authpwd)) via = 'pin';
  } else if (pins && isUsersPin(s, user, authid)) {
    via = 'pin';
  } else if (policy.reqUser === 14 || (lenient && policy.mode === 4)) {
    via = 'username';
  }
  return verdict(s, req, user, via);
}

/**
 * Whether a PIN may stand for the password here: apiauth 1 (user-pins.ts), and not req_user_mode 6 ("username/pwd
 * (most)").
 */
function pinLogin(s: Services, policy: Effective): boolean {
  return policy.mode !== 6 && pinLoginEnabled(s.options);
}

function isUsersPin(s: Services, user: CachedUser, pin: string): boolean {
  const stored = s.accounts.pins.forLogin(pin);
  return user.pin !== null && stored !== undefined && secretsEqual(stored, user.pin);
}

interface Digest {
  authid: string;
  serverSalt: string;
  salt1: string;
  digest: string;
}

/**
 * The authmd5 digest last expected of each cached user, with what it was made from. A client may store its digest
 * instead of the password (what the scheme is for) and send the same one every time: one MD5 for all its requests.
 * Keyed by the cache entry, which a write to the user replaces, so a changed password is never compared against.
 */
const lastDigests = new WeakMap<CachedUser, Digest>();

function expectedAuthMd5(
  user: CachedUser,
  authid: string,
  password: string,
  serverSalt: string,
  salt1: string,
): string {
  const last = lastDigests.get(user);
  if (last && last.authid === authid && last.salt1 === salt1 && last.serverSalt === serverSalt) return last.digest;
  const digest = mizuV2AuthMd5(authid, password, serverSalt, salt1);
  lastDigests.set(user, { authid, serverSalt, salt1, digest });
  return digest;
}

/** The authv3 digest (the nonce form): over a nonce this server issued, taken so that it is used once. */
async function proveByNonce(
  s: Services,
  req: AuthRequest,
  policy: Effective,
  user: CachedUser,
  digestFor: (nonce: string) => string,
): Promise<Proven> {
  const { params, ip } = req;
  const nonce = params.nonce ? await s.nonces.take(params.nonce) : undefined;
  if (!nonce) return refuse(s, req, 'nonce unknown, expired or used');
  if (policy.login === 3 && nonce.ip !== ip) return refuse(s, req, 'nonce from another address');
  return verdict(
    s,
    req,
    user,
    secretsEqual(params.authmd5!.toLowerCase(), digestFor(nonce.nonce)) ? 'nonce' : undefined,
  );
}

/** The user proven, or the refusal when no credential held. */
function verdict(
  s: Services,
  req: AuthRequest,
  user: CachedUser,
  via: Principal['via'] | undefined,
): Awaitable<Proven> {
  const { params } = req;
  if (!via)
    return refuse(
      s,
      req,
      params.authmd5 || params.md5auth || params.authpwd !== undefined ? 'wrong secret' : 'no secret',
    );
  if (!user.enabled) throw new SwitchboardError('access-denied', 'this account is disabled');
  return { user, via };
}

/**
 * Does the principal have the user level the command needs (req_user)? apideftrustadmin says what a trusted address
 * counts for; for a command that needs credentials (SQL, files, backups), nothing unless trust.ipAdmin.
 */
function admit(
  s: Services,
  req: AuthRequest,
  policy: Effective,
  proven: Proven | undefined,
  trustedSource: boolean,
): Principal {
  const user = proven?.user;
  const byUser = isAdminUser(user);
  const trustAdmin = s.options.int('apideftrustadmin', 1);
  const trusted = trustedSource && (!req.needsCredentials || s.trust.ipAdmin);
  if (trustedSource && !trusted && !user && ADMIN_LEVELS.has(policy.reqUser))
    throw new SwitchboardError(
      'auth-failed',
      `${req.command} needs admin credentials, even from a trusted address (trust.ipAdmin is off): send authid with authpwd or authmd5`,
    );
  // 1 (default): a trusted address is admin when it sends no credentials; a user's own credentials keep that user's
  // rights.
  const admin =
    trustAdmin === 0 || trustAdmin === 3
      ? byUser
      : trustAdmin === 2
        ? trusted
        : trustAdmin === 4
          ? byUser && trusted
          : byUser || (trusted && !user);
  const principal: Principal = {
    user,
    admin,
    trustedIp: trustedSource,
    via: proven?.via ?? (trustedSource ? 'trusted-ip' : 'public'),
  };
  const level = policy.reqUser;
  if (level === 14) return principal;
  if (level === 12) {
    if (!user)
      throw new SwitchboardError('auth-failed', 'authentication required: send authid with authpwd or authmd5');
    return principal;
  }
  // 11, SIP authenticated users: a user whose registration requirements() checks.
  if (level === 11) {
    if (!user)
      throw new SwitchboardError('auth-failed', 'authentication required: send authid with authpwd or authmd5');
    return principal;
  }
  const types = USER_TYPES_FOR_LEVEL[level];
  if (!types) return principal;
  if (level === 6 ? admin : (user && types.has(user.type)) || (admin && !user && trustAdmin !== 3)) return principal;
  if (!user) throw new SwitchboardError('auth-failed', 'authentication required: send authid with authpwd or authmd5');
  throw new SwitchboardError('access-denied', 'this API needs higher rights than this login has');
}

const ADMIN_LEVELS = new Set([4, 6, 10]);

/**
 * remoteadmin (002:L273): 0 disable, 1 localhost, 2 same machine, 3 trusted sources, 4 local LAN, 5 everywhere
 * (default).
 */
function checkRemoteAdmin(s: Services, req: AuthRequest, trusted: boolean): void {
  const { ip } = req;
  const level = s.options.int('remoteadmin', 5);
  // Through a proxy nobody listed, a loopback or LAN peer is that proxy, not where the administrator sits.
  const isLocal = (a: string) => !req.viaUnknownProxy && isLocalAddress(a);
  const isPrivate = (a: string) => !req.viaUnknownProxy && isPrivateAddress(a);
  const allowed =
    level >= 5 ||
    (level === 4 && (isLocal(ip) || isPrivate(ip))) ||
    (level === 3 && trusted) ||
    ((level === 1 || level === 2) && isLocal(ip));
  if (!allowed)
    throw new SwitchboardError(
      'access-denied',
      level <= 0
        ? 'remote administration is disabled (remoteadmin is 0)'
        : `administration is not allowed from ${ip} (remoteadmin is ${level})`,
    );
}

async function impersonate(
  s: Services,
  em: () => SqlEntityManager,
  principal: Principal,
  target: string,
): Promise<void> {
  if (!principal.admin) throw new SwitchboardError('access-denied', 'only admins may act as another user (targetuser)');
  const user = await s.accounts.cache.find(target, em);
  if (!user) throw new SwitchboardError('user-not-found', `no user ${target}`);
  principal.actingAdmin = principal.user;
  principal.user = user;
}

/** req_user_credit: 0 auto, 1 no check, 2 mincreditonroute, other: that minimum. */
function checkCredit(s: Services, policy: Effective, user: CachedUser | undefined): void {
  if (!user || policy.credit === null || ['', '0', '1'].includes(policy.credit.trim())) return;
  const minimum = policy.credit.trim() === '2' ? (s.options.get('mincreditonroute') ?? '0') : policy.credit;
  let floor: bigint;
  try {
    floor = toMicros(minimum);
  } catch {
    return;
  }
  if (!user.postpaid && user.creditMicros < floor)
    throw new SwitchboardError('insufficient-credit', 'not enough credit for this API');
}

/** Counts a failed authentication toward a ban of the address, then refuses. */
async function refuse(
  s: Services,
  req: AuthRequest,
  reason: string,
  error = new SwitchboardError('auth-failed', WRONG_CREDENTIALS),
): Promise<never> {
  s.metrics.authFailures.inc({ dialect: 'mizu-v2', reason });
  if (await s.bans.recordFailure(req.em(), req.ip, req.params.authid))
    s.logger.warn({ ip: req.ip }, 'banned after repeated failed authentication');
  throw error;
}

/** An IPv4 peer seen on a dual-stack socket (::ffff:127.0.0.1) is the same address as its IPv4 form. */
function plainAddress(address: string): string {
  return address.replace(/^::ffff:/i, '').toLowerCase();
}
