/**
 * Bans: repeated failed authentication from one IP bans it for a while. The shared state holds them for every
 * process; the bans table keeps them over a restart and answers bannedlist.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { Ban } from '../../persistence/entities/ban.ts';
import { whenReady, type Awaitable } from '../../platform/awaitable.ts';
import type { BanRecord, SharedState } from '../../platform/state/shared-state.ts';
import { currentRequest } from '../../platform/observability/request-context.ts';

export interface BanPolicy {
  failures: number;
  windowMs: number;
  banMs: number;
}

export class Bans {
  readonly #state: SharedState;
  readonly #policy: BanPolicy;
  readonly #onBan: () => void;

  constructor(state: SharedState, policy: BanPolicy, onBan: () => void = () => {}) {
    this.#state = state;
    this.#policy = policy;
    this.#onBan = onBan;
  }

  /** Asked on every request: at once when the shared state is in process. */
  isBanned(ip: string): Awaitable<boolean> {
    return whenReady(this.#state.getBan(ip), isBan);
  }

  /**
   * Counts one failed authentication; answers true when this one got the IP banned. Only connection-oriented
   * transports count toward the address: a UDP datagram's source address is forged at will, so a failure over UDP
   * bans no address (else anyone could ban any address, trusted and admin ones included). Over UDP it counts against
   * `subject` instead (the user named, or the command tried), whose UDP attempts are then refused for the ban time:
   * guessing over UDP stays as bounded as over TCP. The transport is the current request's unless given.
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
    const count = await this.#state.hit(`authfail:${ip}`, this.#policy.windowMs);
    if (count < this.#policy.failures) return false;
    await this.ban(em, ip, this.#policy.banMs, `${count} failed authentications`);
    await this.#state.reset(`authfail:${ip}`);
    return true;
  }

  /** Whether attempts over UDP for subject are refused (too many failures over UDP); false on other transports. */
  udpLocked(subject: string, transport: string | undefined = currentRequest()?.transport): Awaitable<boolean> {
    return transport === 'udp' ? whenReady(this.#state.getBan(udpSubjectKey(subject)), isBan) : false;
  }

  async #countUdpFailure(subject: string): Promise<void> {
    const key = udpSubjectKey(subject);
    const count = await this.#state.hit(`authfail:${key}`, this.#policy.windowMs);
    if (count < this.#policy.failures) return;
    await this.#state.setBan({ ip: key, until: Date.now() + this.#policy.banMs, reason: `${count} failures over UDP` });
    await this.#state.reset(`authfail:${key}`);
  }

  async ban(em: SqlEntityManager, ip: string, forMs: number, reason: string): Promise<void> {
    const until = new Date(Date.now() + forMs);
    await em.upsert(Ban, { ip, until, reason, createdAt: new Date() });
    await this.#state.setBan({ ip, until: until.getTime(), reason });
    this.#onBan();
  }

  async list(em: SqlEntityManager): Promise<{ ip: string; reason: string; since: Date; until: Date }[]> {
    const rows = await em.find(
      Ban,
      { until: { $gt: new Date() } },
      { orderBy: { createdAt: 'asc' }, disableIdentityMap: true },
    );
    return rows.map((r) => ({ ip: r.ip, reason: r.reason, since: r.createdAt, until: r.until }));
  }

  /** Lifts one ban, or all of them; answers how many were lifted. */
  async lift(em: SqlEntityManager, ip: string | 'all'): Promise<number> {
    if (ip === 'all') {
      const n = await em.nativeDelete(Ban, {});
      await this.#state.deleteAllBans();
      return n;
    }
    const n = await em.nativeDelete(Ban, { ip });
    const inState = await this.#state.deleteBan(ip);
    await this.#state.reset(`authfail:${ip}`);
    return Math.max(n, inState ? 1 : 0);
  }

  /** At start: bans still in force in the table go back into the shared state. */
  async restore(em: SqlEntityManager): Promise<void> {
    const rows = await em.find(Ban, { until: { $gt: new Date() } }, { disableIdentityMap: true });
    for (const r of rows) await this.#state.setBan({ ip: r.ip, until: r.until.getTime(), reason: r.reason });
  }
}

function isBan(ban: BanRecord | undefined): boolean {
  return ban !== undefined;
}

/** Kept beside the address bans in the shared state (never in the bans table: it outlives no restart). */
function udpSubjectKey(subject: string): string {
  return `udp:${subject.toLowerCase()}`;
}
