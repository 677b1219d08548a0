/**
 * The registrar (RFC 3261 §10.3): a REGISTER is authenticated by digest against the account of the user it binds,
 * then its contacts are bound, refreshed or removed, and the answer lists every contact the user has now.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import {
  parseNameAddr,
  parseUri,
  responseTo,
  SipParseError,
  type SipRequest,
  type SipResponse,
} from '../../protocol/sip/message.ts';
import { newTag } from '../../protocol/sip/identifiers.ts';
import { SwitchboardError } from '../../platform/errors.ts';
import { secretsEqual } from '../../platform/secret-box.ts';
import type { Accounts } from '../accounts/accounts.ts';
import type { Bans } from '../access/bans.ts';
import {
  type DigestCredentials,
  digestChallenge,
  digestHa1,
  digestResponse,
  parseDigestCredentials,
} from './digest.ts';
import { type Binding, type Registrations, type SipSource, sourceKey } from './registrations.ts';
import type { NonceUses } from './nonce-uses.ts';
import { SipNonces } from './sip-nonces.ts';

/** Bounds of a registration, in seconds (RFC 3261 §10.2.1.1, §10.3 step 7). */
export interface ExpiryPolicy {
  /** Shorter is refused with 423 Interval Too Brief and Min-Expires. */
  min: number;
  /** Longer is shortened to this. */
  max: number;
  /** Used when neither the contact nor the request says. */
  default: number;
}

export const DEFAULT_EXPIRY: ExpiryPolicy = { min: 60, max: 7200, default: 3600 };
/** What a 503 asks the phone to wait before trying again. */
const RETRY_AFTER_SECONDS = 30;
/** How long a nonce is good for; after that it is stale and the phone retries with a new one. */
export const NONCE_LIFETIME_MS = 5 * 60_000;

export interface RegistrarOptions {
  registrations: Registrations;
  accounts: Pick<Accounts, 'cache' | 'clearPassword'>;
  bans: Pick<Bans, 'isBanned' | 'recordFailure' | 'udpLocked'>;
  em: () => SqlEntityManager;
  /** Remembers each nonce and nonce-count used: a captured Authorization cannot be replayed. */
  nonceUses: NonceUses;
  /** Signs the nonces (config.secretKey): every process with the same key accepts them. */
  secretKey: string;
  /** config sip.realm; without it the realm is the host the Request-URI names. */
  realm?: string;
  expiry?: ExpiryPolicy;
  now?: () => number;
}

/**
 * Why a REGISTER is answered other than 200, with the status and reason (and headers) it is answered with. Thrown
 * inside the registrar and caught by register(), never further: not an Error, so that the challenge every phone gets
 * first does not capture a stack trace.
 */
class Refusal {
  readonly status: number;
  readonly reason: string;
  readonly headers: [string, string][];
  constructor(status: number, reason: string, headers: [string, string][] = []) {
    this.status = status;
    this.reason = reason;
    this.headers = headers;
  }
}

/** What one Contact of the request asks: the URI, and for how long (0: remove). */
interface ContactRequest {
  uri: string;
  seconds: number;
}

export class Registrar {
  readonly #o: RegistrarOptions;
  readonly #nonces: SipNonces;
  readonly #expiry: ExpiryPolicy;
  readonly #now: () => number;
  /** The bindings made over each open WebSocket connection of this process, by connection: user and contact. */
  readonly #overWebSocket = new Map<string, Map<string, { username: string; contact: string }>>();

  constructor(options: RegistrarOptions) {
    this.#o = options;
    this.#now = options.now ?? Date.now;
    this.#expiry = options.expiry ?? DEFAULT_EXPIRY;
    this.#nonces = new SipNonces(options.secretKey, NONCE_LIFETIME_MS, options.nonceUses, this.#now);
  }

  /** Answers a REGISTER received from source; never throws for what the request holds. */
  async register(req: SipRequest, source: SipSource): Promise<SipResponse> {
    const toTag = newTag();
    try {
      const username = await this.#authenticate(req, source);
      const contacts = this.#contactsOf(req);
      const bindings = await this.#apply(req, username, contacts, source);
      return this.#answer(
        req,
        toTag,
        200,
        'OK',
        bindings.map((b) => this.#contactLine(b)),
      );
    } catch (e) {
      if (e instanceof Refusal) return this.#answer(req, toTag, e.status, e.reason, [], e.headers);
      if (e instanceof SipParseError) return this.#answer(req, toTag, e.status, 'Bad Request', [], warning(e.message));
      // Redis or the database away: the phone tries again later (RFC 3261 §21.5.4), as API requests fail closed.
      if (e instanceof SwitchboardError && e.code === 'unavailable')
        return this.#answer(req, toTag, 503, 'Service Unavailable', [], [['Retry-After', String(RETRY_AFTER_SECONDS)]]);
      throw e;
    }
  }

  /**
   * A WebSocket connection closed: the bindings made over it end with it. A browser phone is reached on its own
   * connection only (RFC 7118), its contact's host a .invalid name; gone, it would show online and reach nothing. A
   * binding the phone has made again since, over another connection, stays.
   */
  async connectionClosed(peer: SipSource): Promise<void> {
    const key = sourceKey(peer);
    const made = this.#overWebSocket.get(key);
    this.#overWebSocket.delete(key);
    for (const { username, contact } of made?.values() ?? []) {
      const current = (await this.#o.registrations.bindingsOf(username)).find((b) => b.contact === contact);
      if (current && sourceKey(current.source) === key) await this.#o.registrations.unbind(username, contact);
    }
  }

  /** §10.3 steps 1–6: the request's own checks, then digest authentication of the user whose AOR is To. */
  async #authenticate(req: SipRequest, source: SipSource): Promise<string> {
    const requestUri = parseUri(req.uri);
    const to = req.headers.get('To');
    if (to === undefined || !req.headers.get('Call-ID') || cseqOf(req) === undefined)
      throw new Refusal(400, 'Bad Request', warning('To, Call-ID and a REGISTER CSeq are required'));
    const aor = parseUri(parseNameAddr(to).uri);
    if (!aor.user) throw new Refusal(404, 'Not Found', warning('the To URI names no user'));
    const realm = this.#o.realm ?? requestUri.host;
    if (await this.#o.bans.isBanned(source.address)) throw new Refusal(403, 'Forbidden', warning('address banned'));

    const credentials = this.#credentialsFor(req, realm);
    if (!credentials) throw this.#challenge(realm, false);
    const { state, nonce } = this.#nonces.check(credentials.nonce, realm);
    if (!nonce) throw this.#challenge(realm, false);
    if (await this.#o.bans.udpLocked(credentials.username, source.transport))
      throw new Refusal(403, 'Forbidden', warning('too many failures for this user over UDP'));

    const user = await this.#o.accounts.cache.byUsername(credentials.username, this.#o.em);
    const password = user?.enabled ? this.#o.accounts.clearPassword(user) : undefined;
    // An unknown user, a disabled one and a wrong password are answered alike (the digest computed all the same), so
    // users cannot be guessed.
    const expected = digestResponse(digestHa1(credentials.username, realm, password ?? ''), req.method, credentials);
    if (password === undefined || !secretsEqual(expected, credentials.response)) {
      await this.#o.bans.recordFailure(this.#o.em(), source.address, credentials.username, source.transport);
      throw new Refusal(403, 'Forbidden');
    }
    // Right credentials on an expired or used nonce: the phone retries with a new one without asking its user.
    const nc = credentials.nc === undefined ? 0 : Number.parseInt(credentials.nc, 16);
    if (state === 'stale' || !(await this.#o.nonceUses.firstUse(nonce, nc))) throw this.#challenge(realm, true);
    // §10.3 step 6: the user authenticated may change its own bindings only.
    if (credentials.username !== aor.user)
      throw new Refusal(403, 'Forbidden', warning(`${credentials.username} may not register ${aor.user}`));
    return credentials.username;
  }

  /**
   * The Authorization header answering this realm's challenge, or undefined when there is none to check (none sent,
   * another realm's, another algorithm): the request is then challenged. Unreadable digest fields are a 400.
   */
  #credentialsFor(req: SipRequest, realm: string): DigestCredentials | undefined {
    const headers = req.headers.getAll('Authorization');
    for (const header of headers) {
      const credentials = parseDigestCredentials(header);
      if (!credentials) continue;
      if (credentials.realm !== realm) continue;
      if (credentials.algorithm !== undefined && credentials.algorithm.toUpperCase() !== 'MD5') return undefined;
      if (credentials.qop !== undefined && credentials.qop !== 'auth') return undefined;
      if (credentials.qop !== undefined && (!/^[0-9a-fA-F]{8}$/.test(credentials.nc ?? '') || !credentials.cnonce))
        throw new Refusal(400, 'Bad Request', warning('qop=auth needs nc (8 hex digits) and cnonce'));
      return credentials;
    }
    if (headers.length > 0 && headers.every((h) => /^\s*Digest\s/i.test(h) && !parseDigestCredentials(h)))
      throw new Refusal(400, 'Bad Request', warning('malformed Authorization'));
    return undefined;
  }

  #challenge(realm: string, stale: boolean): Refusal {
    const challenge = digestChallenge(realm, this.#nonces.issue(realm), stale);
    return new Refusal(401, 'Unauthorized', [['WWW-Authenticate', challenge]]);
  }

  /** §10.3 step 7: each Contact and its expiry; `*` (remove all) only alone and with Expires: 0. */
  #contactsOf(req: SipRequest): ContactRequest[] | '*' {
    const values = req.headers.getAll('Contact');
    const expiresHeader = req.headers.get('Expires');
    const requested = expiresHeader === undefined ? undefined : seconds(expiresHeader, 'Expires');
    if (values.some((v) => v.trim() === '*')) {
      if (values.length !== 1 || requested !== 0)
        throw new Refusal(400, 'Bad Request', warning('Contact: * must stand alone with Expires: 0'));
      return '*';
    }
    const contacts = values.map((value) => {
      const contact = parseNameAddr(value);
      const param = contact.params.get('expires');
      const asked = param === undefined ? (requested ?? this.#expiry.default) : seconds(param, 'expires');
      return { uri: contact.uri, seconds: Math.min(asked, this.#expiry.max) };
    });
    const tooBrief = contacts.some((c) => c.seconds > 0 && c.seconds < this.#expiry.min);
    if (tooBrief) throw new Refusal(423, 'Interval Too Brief', [['Min-Expires', String(this.#expiry.min)]]);
    return contacts;
  }

  /**
   * §10.3 step 7–8: a binding already made from the same Call-ID changes only for a higher CSeq (a late retransmission
   * or a reordered request must not undo a newer one); the whole request is refused otherwise, before any change.
   * Answers the user's bindings after the change.
   */
  async #apply(
    req: SipRequest,
    username: string,
    contacts: ContactRequest[] | '*',
    source: SipSource,
  ): Promise<Binding[]> {
    const callId = req.headers.get('Call-ID')!;
    const cseq = cseqOf(req)!;
    const current = await this.#o.registrations.bindingsOf(username);
    const touched = contacts === '*' ? current : current.filter((b) => contacts.some((c) => c.uri === b.contact));
    if (touched.some((b) => b.callId === callId && b.cseq >= cseq))
      throw new Refusal(500, 'Server Internal Error', warning('CSeq not higher than the binding from this Call-ID'));
    if (contacts === '*') {
      await this.#o.registrations.unbind(username);
      return [];
    }
    const now = this.#now();
    for (const contact of contacts) {
      if (contact.seconds === 0) {
        await this.#o.registrations.unbind(username, contact.uri);
        continue;
      }
      await this.#o.registrations.bind({
        username,
        contact: contact.uri,
        expiresAt: now + contact.seconds * 1000,
        userAgent: req.headers.get('User-Agent') ?? '',
        source: { transport: source.transport, address: source.address, port: source.port },
        callId,
        cseq,
        registeredAt: current.find((b) => b.contact === contact.uri)?.registeredAt ?? now,
      });
      if (source.transport === 'ws' || source.transport === 'wss')
        this.#madeOverWebSocket(source, username, contact.uri);
    }
    return this.#o.registrations.bindingsOf(username);
  }

  #madeOverWebSocket(source: SipSource, username: string, contact: string): void {
    const key = sourceKey(source);
    let made = this.#overWebSocket.get(key);
    if (!made) this.#overWebSocket.set(key, (made = new Map()));
    made.set(`${username}\n${contact}`, { username, contact });
  }

  /** A Contact of the 200 with the seconds it has left (RFC 3261 §10.3 step 8). */
  #contactLine(b: Binding): string {
    return `<${b.contact}>;expires=${Math.max(0, Math.ceil((b.expiresAt - this.#now()) / 1000))}`;
  }

  #answer(
    req: SipRequest,
    toTag: string,
    status: number,
    reason: string,
    contacts: string[],
    headers: [string, string][] = [],
  ): SipResponse {
    const res = responseTo(req, status, reason, toTag);
    for (const contact of contacts) res.headers.append('Contact', contact);
    for (const [name, value] of headers) res.headers.append(name, value);
    if (status === 200) res.headers.append('Date', new Date(this.#now()).toUTCString());
    return res;
  }
}

/** The CSeq number of a REGISTER's CSeq, or undefined when it is not one. */
function cseqOf(req: SipRequest): number | undefined {
  const match = /^\s*(\d{1,10})\s+REGISTER\s*$/.exec(req.headers.get('CSeq') ?? '');
  const n = match ? Number(match[1]) : Number.NaN;
  return n < 2 ** 31 ? n : undefined;
}

/** delta-seconds (RFC 3261 §25.1); anything else is a 400. Long values are cut to 2**32-1 as §20.19 says. */
function seconds(text: string, what: string): number {
  if (!/^\s*\d+\s*$/.test(text)) throw new Refusal(400, 'Bad Request', warning(`${what} is not a number of seconds`));
  return Math.min(Number(text), 2 ** 32 - 1);
}

/** A Warning header (RFC 3261 §20.43, code 399: miscellaneous) saying why a request was refused. */
function warning(text: string): [string, string][] {
  return [['Warning', `399 switchboard "${text.replace(/["\\]/g, '')}"`]];
}
