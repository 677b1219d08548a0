/**
 * Bans: repeated failed authentication from one IP bans it for a while. The shared state holds them for every
 * process; the bans table keeps them over a restart, answers bannedlist, and is what `switchboard bans` changes.
 *
 * Failures are counted as decaying counts (halved every halfLifeMs), per address and per user (or command) tried:
 * pacing guesses to slip under a fixed window adds up all the same, and so does spreading them over many addresses.
 * A repeat offender's ban doubles each time, up to maxBanMs.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { Ban } from '../../persistence/entities/ban.ts';
import { whenReady, type Awaitable } from '../../platform/awaitable.ts';
import { ExpiringMap } from '../../platform/state/expiring-map.ts';
import type { BanRecord, SharedState } from '../../platform/state/shared-state.ts';
import { askRetryAfter, currentRequest } from '../../platform/observability/request-context.ts';

export interface BanPolicy {
  /** Failures (a decaying count) from one address, or for one user or command, that ban. */
  failures: number;
  /** A failure counts half as much after this long. */
  halfLifeMs: number;
  /** A first ban; each ban of the same address within REPEAT_MEMORY_MS of the last one's end lasts twice as long. */
  banMs: number;
  maxBanMs: number;
}

/** The policy the config's limits set: the server and `switchboard bans` read it alike. */
export function banPolicy(limits: {
  authFailures: number;
  authFailureHalfLifeSeconds: number;
  banSeconds: number;
  banMaxSeconds: number;
}): BanPolicy {
  return {
    failures: limits.authFailures,
    halfLifeMs: limits.authFailureHalfLifeSeconds * 1000,
    banMs: limits.banSeconds * 1000,
    maxBanMs: Math.max(limits.banMaxSeconds, limits.banSeconds) * 1000,
  };
}

export interface BanOptions {
  /** The unit of work a ban is checked against the table with (see isBanned). */
  em: () => SqlEntityManager;
  onBan?: () => void;
  /** The clock failures are counted and bans timed by; tests drive it. */
  now?: () => number;
}

export interface BanEntry {
  ip: string;
  reason: string;
  since: Date;
  until: Date;
  /** 1 for a first ban, each repeat one more. */
  strikes: number;
}

/** A ban ending less than this long before the next one of the same address makes the next one a repeat. */
export const REPEAT_MEMORY_MS = 24 * 3600_000;
/** How long a ban read in the shared state is taken as in force before the table is asked again. */
const CONFIRM_EVERY_MS = 2_000;

export class Bans {
  readonly #state: SharedState;
  readonly #policy: BanPolicy;
  readonly #em: () => SqlEntityManager;
  readonly #onBan: () => void;
  readonly #now: () => number;
  /** Bans the table confirmed lately, or is being asked about. */
  readonly #confirmed = new ExpiringMap<boolean | Promise<boolean>>(CONFIRM_EVERY_MS);

  constructor(state: SharedState, policy: BanPolicy, options: BanOptions) {
    this.#state = state;
    this.#policy = policy;
    this.#em = options.em;
    this.#onBan = options.onBan ?? (() => {});
    this.#now = options.now ?? Date.now;
  }

  /**
   * Asked on every request: at once for an address not banned (when the shared state is in process). A ban is
   * checked against the table every few seconds, so that one lifted by `switchboard bans delete` in another process
   * ends here too, even when this process keeps its state in memory. A banned request is refused, and its client told
   * when to come back (Retry-After).
   */
  isBanned(ip: string): Awaitable<boolean> {
    return whenReady(this.#state.getBan(ip), (ban) =>
      ban === undefined
        ? false
        : whenReady(this.#confirm(ip), (held) => {
            if (held) askRetryAfter(ban.until - this.#now());
            return held;
          }),
    );
  }

  /**
   * Counts one failed authentication; answers true when this one got the IP banned. Over a connection, it counts
   * against the address and against `subject` (the user named, or the command tried): past the limit for either,
   * the address is banned — so guesses at one user from many addresses ban each of them after a guess or two, while
   * the user, who knows the password, is never locked out. A UDP datagram's source address is forged at will, so a
   * failure over UDP bans no address (else anyone could ban any address, trusted and admin ones included): it counts
   * against `subject` only, whose UDP attempts are then refused for the ban time (udpLocked). The transport is the
   * current request's unless given.
   */
  async recordFailure(
    em: SqlEntityManager,
    ip: string,
    subject?: string,
    transport: string | undefined = currentRequest()?.transport,
  ): Promise<boolean> {
    if (transport === 'udp') {
      if (subject) await this.#countUdpFailure(subject);
      return false;
    }
    const now = this.#now();
    const fromAddress = await this.#count(`authfail:${ip}`, now);
    const forSubject = subject ? await this.#count(`authfail:subject:${subject.toLowerCase()}`, now) : 0;
    if (!this.#reached(fromAddress) && !this.#reached(forSubject)) return false;
    const reason = this.#reached(fromAddress)
      ? `${Math.round(fromAddress)} failed authentications`
      : `${Math.round(forSubject)} failed authentications for ${subject}, from any address`;
    const banned = await this.#banAddress(em, ip, reason, now);
    await this.#state.reset(`authfail:${ip}`);
    return banned;
  }

  /** Whether attempts over UDP for subject are refused (too many failures over UDP); false on other transports. */
  udpLocked(subject: string, transport: string | undefined = currentRequest()?.transport): Awaitable<boolean> {
    return transport === 'udp' ? whenReady(this.#state.getBan(udpSubjectKey(subject)), isBan) : false;
  }

  async #countUdpFailure(subject: string): Promise<void> {
    const key = udpSubjectKey(subject);
    const now = this.#now();
    const count = await this.#count(`authfail:${key}`, now);
    if (!this.#reached(count)) return;
    await this.#state.setBan({
      ip: key,
      until: now + this.#policy.banMs,
      reason: `${Math.round(count)} failures over UDP`,
    });
    await this.#state.reset(`authfail:${key}`);
  }

  #count(key: string, now: number): Promise<number> {
    return this.#state.decay(key, this.#policy.halfLifeMs, now);
  }

  /** n failures in quick succession decay to a hair under n: the n-th is the one that reaches the limit. */
  #reached(count: number): boolean {
    return count > this.#policy.failures - 1;
  }

  /**
   * Bans ip, for twice as long as its last ban when that ended within REPEAT_MEMORY_MS; answers false when a ban
   * is in force already (two failures racing past the limit ban once).
   */
  async #banAddress(em: SqlEntityManager, ip: string, reason: string, now: number): Promise<boolean> {
    const last = await em.findOne(Ban, { ip }, { disableIdentityMap: true });
    if (last && last.until.getTime() > now) return false;
    const strikes = last && last.until.getTime() > now - REPEAT_MEMORY_MS ? last.strikes + 1 : 1;
    const forMs = Math.min(this.#policy.banMs * 2 ** (strikes - 1), this.#policy.maxBanMs);
    const until = new Date(now + forMs);
    await em.upsert(Ban, { ip, until, reason, strikes, createdAt: new Date(now) });
    // Rows kept only to recognise repeats: once past that, nothing needs them.
    await em.nativeDelete(Ban, { until: { $lt: new Date(now - REPEAT_MEMORY_MS) } });
    await this.#state.setBan({ ip, until: until.getTime(), reason });
    this.#confirmed.set(ip, true, Date.now() + CONFIRM_EVERY_MS);
    this.#onBan();
    // The request that earned the ban: its client is told how long it lasts (Retry-After).
    askRetryAfter(forMs);
    return true;
  }

  /** The bans in force, oldest first. */
  async list(em: SqlEntityManager): Promise<BanEntry[]> {
    const rows = await em.find(
      Ban,
      { until: { $gt: new Date(this.#now()) } },
      { orderBy: { createdAt: 'asc' }, disableIdentityMap: true },
    );
    return rows.map((r) => ({ ip: r.ip, reason: r.reason, since: r.createdAt, until: r.until, strikes: r.strikes }));
  }

  /**
   * Lifts one ban, or all of them; answers how many bans in force were lifted. The address's record goes too: an
   * operator who lifts a ban forgives it, and its next ban is a first one.
   */
  async lift(em: SqlEntityManager, ip: string | 'all'): Promise<number> {
    const inForce = { until: { $gt: new Date(this.#now()) } };
    if (ip === 'all') {
      const n = await em.count(Ban, inForce);
      await em.nativeDelete(Ban, {});
      const inState = await this.#state.deleteAllBans();
      this.#confirmed.clear();
      return Math.max(n, inState);
    }
    const n = await em.count(Ban, { ip, ...inForce });
    await em.nativeDelete(Ban, { ip });
    const inState = await this.#state.deleteBan(ip);
    this.#confirmed.delete(ip);
    await this.#state.reset(`authfail:${ip}`);
    return Math.max(n, inState ? 1 : 0);
  }

  /** At start: bans still in force in the table go back into the shared state. */
  async restore(em: SqlEntityManager): Promise<void> {
    const rows = await em.find(Ban, { until: { $gt: new Date(this.#now()) } }, { disableIdentityMap: true });
    for (const r of rows) await this.#state.setBan({ ip: r.ip, until: r.until.getTime(), reason: r.reason });
  }

  /** true at once when the table confirmed the ban lately; else once it is asked (a ban it no longer holds ends). */
  #confirm(ip: string): Awaitable<boolean> {
    const known = this.#confirmed.get(ip);
    if (known !== undefined) return known;
    const asked = this.#inTable(ip);
    this.#confirmed.set(ip, asked, Date.now() + CONFIRM_EVERY_MS);
    return asked;
  }

  async #inTable(ip: string): Promise<boolean> {
    let inForce: boolean;
    try {
      inForce = (await this.#em().count(Ban, { ip, until: { $gt: new Date(this.#now()) } })) > 0;
    } catch {
      // The shared state says banned: a database that cannot answer just now lifts nothing.
      inForce = true;
    }
    if (inForce) this.#confirmed.set(ip, true, Date.now() + CONFIRM_EVERY_MS);
    else {
      this.#confirmed.delete(ip);
      await this.#state.deleteBan(ip);
    }
    return inForce;
  }
}

function isBan(ban: BanRecord | undefined): boolean {
  return ban !== undefined;
}

/** Kept beside the address bans in the shared state (never in the bans table: it outlives no restart). */
function udpSubjectKey(subject: string): string {
  return `udp:${subject.toLowerCase()}`;
}
