/**
 * Calls Switchboard places for the API (callback, p2p): third-party call control, RFC 3725 flow I. Party A is invited
 * without SDP; its 200 OK carries the offer, which the INVITE to party B carries; B's 200 OK answer goes to A in the
 * ACK. No media passes through Switchboard. A call's legs live in the process that placed it; every process sees the
 * calls in progress of all (call-directory.ts): discall, callrating and session/release find a call whichever process
 * placed it, and a user's calls hold their credit fleet-wide. Each call ends with BYE on both legs when either party
 * hangs up, when asked, or when the credit runs out, and is then billed (call-charges.ts).
 */
import type { Actor } from '../../accounts/accounts.ts';
import type { CachedUser } from '../../accounts/user-cache.ts';
import { rateOnTariff, type RatedNumber } from '../../rating/rating.ts';
import type { RateDecks } from '../../rating/rate-decks.ts';
import { parseHostPort, parseUri } from '../../../protocol/sip/addresses.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import type { RoutingEngine } from '../../routing/engine.ts';
import type { Registrations } from '../registrations.ts';
import {
  type BilledLeg,
  billCall,
  type CallBook,
  disconnectCause,
  maxDurationSeconds,
  mostCostMicros,
  NORMAL_CLEARING,
  ratePerMinuteMicros,
} from './call-charges.ts';
import { type CallDirectory, type LiveCall, remainingSeconds } from './call-directory.ts';
import type { CallLeg, CallLegs, LegTarget } from './call-legs.ts';
import { refusingAnswer } from './sdp.ts';

export interface CallsOptions extends CallBook {
  registrations: Registrations;
  routing: Pick<RoutingEngine, 'resolveCall'>;
  decks: RateDecks;
  /** The calls in progress of every process sharing the state. */
  directory: CallDirectory;
  /** How long each party may ring before its INVITE is cancelled (default RING_TIMEOUT_MS). */
  ringTimeoutMs?: number;
  /** willstop's notice: once given, calls are no longer cut when their credit runs out. */
  creditChecks: { readonly creditChecksStopped: boolean };
  onError(error: unknown): void;
}

/** How a call attempt ended up: connected, or the reason it did not. */
export type CallSetup = { connected: true } | { connected: false; reason: string };

interface Party {
  number: string;
  target: LegTarget;
  rated: RatedNumber;
  /** The longest the dial plan lets a call to it last (anacldnbr maxDuration, an external line's maxDur). */
  routeLimitSeconds?: number;
}

/** RFC 3261 §19.1.2: the port of a sip: URI that names none. */
const SIP_PORT = 5060;

/** A party that has not answered in 30 s is not coming: its INVITE is cancelled. */
export const RING_TIMEOUT_MS = 30_000;

export class Calls {
  readonly #options: CallsOptions;
  /** The calls this process placed, whose legs it holds. */
  readonly #active = new Map<number, PlacedCall>();
  /** Each call's last write to the directory: its removal waits for it. */
  readonly #listed = new Map<number, Promise<void>>();
  #legs: CallLegs | undefined;

  constructor(options: CallsOptions) {
    this.#options = options;
  }

  /** The SIP user agent the legs go through (none while the SIP edge is off). */
  useLegs(legs: CallLegs | undefined): void {
    this.#legs = legs;
  }

  /**
   * Rates and checks the call, then starts it: A rings now; the answer tells when it connects or fails. The credit the
   * user's calls in progress may spend, in any process, is held from it.
   */
  async place(user: CachedUser, numbers: [string, string], who: Actor): Promise<PlacedCall> {
    const legs = this.#legs;
    if (!legs) throw new SwitchboardError('command-failed', 'calls need the SIP edge: set sip.port');
    const { directory } = this.#options;
    const parties = (await Promise.all(numbers.map((n) => this.#party(user, n)))) as [Party, Party];
    const rates = parties.map((p) => p.rated);
    const id = await directory.nextId();
    const routeSeconds = shortest(parties.map((p) => p.routeLimitSeconds));
    // Before it rings: no leg, no Call-ID yet.
    const held = (creditSeconds: number | undefined) =>
      liveCall(id, user, numbers, rates, shortest([creditSeconds, routeSeconds]), []);
    const reserved = await this.#reserved(user.id, id);
    let creditSeconds = maxDurationSeconds(user, rates, reserved);
    // Listed before it rings, then checked again: a call placed meanwhile through another process saw this one's hold
    // or is seen now, so two calls never both spend the same credit (both may be refused instead).
    await directory.put(held(creditSeconds), this.#hangUpHere);
    try {
      const reservedNow = await this.#reserved(user.id, id);
      if (reservedNow > reserved) creditSeconds = maxDurationSeconds(user, rates, reservedNow);
    } catch (e) {
      // Refused (or the state failed): the hold goes, or it would be renewed for ever.
      await directory.remove(id).catch(this.#options.onError);
      throw e;
    }
    const call = new PlacedCall(
      id,
      user,
      parties,
      { creditSeconds, routeSeconds },
      {
        legs,
        ringTimeoutMs: this.#options.ringTimeoutMs ?? RING_TIMEOUT_MS,
        creditChecks: this.#options.creditChecks,
        changed: () => this.#list(call),
        finished: async (billed) => {
          await billCall(this.#options, user, billed, who).catch(this.#options.onError);
          this.#active.delete(call.id);
          await this.#listed.get(call.id);
          this.#listed.delete(call.id);
          await directory.remove(call.id).catch(this.#options.onError);
        },
      },
    );
    this.#active.set(call.id, call);
    // Its first leg's Call-ID is listed as A rings (changed()).
    call.start();
    return call;
  }

  /** A call this process placed and holds the legs of (for the whole fleet's, see find). */
  byId(id: number): PlacedCall | undefined {
    return this.#active.get(id);
  }

  /** A call in progress, placed by any process. */
  find(id: number): Promise<LiveCall | undefined> {
    return this.#options.directory.find(id);
  }

  /**
   * Hangs up a call in progress, here or through the process that placed it; answers once it is billed, false when
   * there is no such call.
   */
  async hangUp(id: number): Promise<boolean> {
    if (await this.#hangUpHere(id)) return true;
    const call = await this.#options.directory.find(id);
    if (!call || call.owner === this.#options.directory.owner) return false;
    return this.#options.directory.requestHangUp(call);
  }

  /** The call of a user one of whose legs has this SIP Call-ID. */
  async bySipCallId(username: string, sipCallId: string): Promise<LiveCall | undefined> {
    return (await this.#options.directory.all()).find(
      (c) => c.username === username && c.sipCallIds.includes(sipCallId),
    );
  }

  /** The calls in which a number is one of the parties. */
  async ofNumber(number: string): Promise<LiveCall[]> {
    return (await this.#options.directory.all()).filter((c) => c.numbers.includes(number));
  }

  /** Hangs up every call (the server is stopping); they are billed for the time they lasted. */
  async close(): Promise<void> {
    await Promise.all([...this.#active.values()].map((c) => c.hangUp()));
    this.#options.directory.close();
  }

  readonly #hangUpHere = async (id: number): Promise<boolean> => {
    const call = this.#active.get(id);
    if (!call) return false;
    await call.hangUp();
    return true;
  };

  /** What the user's calls in progress (but call except), in every process, may still spend. */
  async #reserved(userId: number, except: number): Promise<bigint> {
    return (await this.#options.directory.all())
      .filter((c) => c.userId === userId && c.id !== except)
      .reduce((sum, c) => sum + c.mostItMayCostMicros, 0n);
  }

  /** Writes the call as it now stands to the directory, after its previous write; not once it is over. */
  #list(call: PlacedCall): void {
    if (!this.#active.has(call.id)) return;
    const previous = this.#listed.get(call.id) ?? Promise.resolve();
    this.#listed.set(
      call.id,
      previous
        .then(() =>
          this.#active.has(call.id) ? this.#options.directory.put(call.live(), this.#hangUpHere) : undefined,
        )
        .catch(this.#options.onError),
    );
  }

  /** A destination: a registered user at its contact, else where the dial plan routes the number (a SIP trunk). */
  async #party(user: CachedUser, number: string): Promise<Party> {
    const rated = await rateOnTariff(this.#options.decks, user.tariffId, number);
    const target = await this.#registered(number);
    return { number, rated, ...(target ? { target } : await this.#routed(user, number)) };
  }

  /**
   * The user's latest contact: over UDP its registered source, over TCP a connection to the contact itself, over
   * WebSocket the connection it registered on (RFC 7118: a browser phone is reached on its own connection only);
   * undefined when not registered.
   */
  async #registered(username: string): Promise<LegTarget | undefined> {
    const binding = (await this.#options.registrations.bindingsOf(username)).at(-1);
    if (!binding) return undefined;
    const { transport, address, port } = binding.source;
    if (transport !== 'tcp') return { uri: binding.contact, transport, address, port };
    const contact = parseUri(binding.contact);
    return { uri: binding.contact, transport: 'tcp', address: contact.host, port: contact.port ?? SIP_PORT };
  }

  /** The first destination of the dial plan's answer that can be reached (RFC 3263 lookups are not done). */
  async #routed(user: CachedUser, number: string): Promise<Pick<Party, 'target' | 'routeLimitSeconds'>> {
    const resolution = await this.#options.routing.resolveCall(
      { caller: user.username, called: number },
      { placeCall: true },
    );
    if (resolution.outcome !== 'routed')
      throw new SwitchboardError(
        'command-failed',
        `${number} is not registered and the dial plan does not route it: ${resolution.reason ?? resolution.outcome}`,
      );
    for (const d of resolution.destinations) {
      if (d.kind === 'localuser') {
        const registered = await this.#registered(d.target);
        if (registered) return { target: registered, routeLimitSeconds: d.maxDuration || undefined };
      } else {
        const { host, port } = parseHostPort(d.address);
        const transport = d.transport || 'udp';
        const uri = `sip:${d.called}@${d.address}${transport === 'tcp' ? ';transport=tcp' : ''}`;
        const target: LegTarget = { uri, transport, address: host, port: port ?? SIP_PORT };
        return { target, routeLimitSeconds: d.maxDuration || undefined };
      }
    }
    throw new SwitchboardError('command-failed', `no destination the dial plan gives ${number} is reachable`);
  }
}

/** How long a call may last: what the credit pays for, and the dial plan's limit (undefined: none). */
interface CallLimits {
  creditSeconds: number | undefined;
  routeSeconds: number | undefined;
}

/** A call as the other processes see it (the directory's record, its owner aside). */
function liveCall(
  id: number,
  user: CachedUser,
  numbers: string[],
  rates: RatedNumber[],
  maxSeconds: number | undefined,
  sipCallIds: string[],
  connectedAt?: Date,
): Omit<LiveCall, 'owner'> {
  return {
    id,
    userId: user.id,
    username: user.username,
    numbers,
    sipCallIds,
    ratePerMinuteMicros: ratePerMinuteMicros(rates),
    maxSeconds,
    connectedAt: connectedAt?.getTime(),
    mostItMayCostMicros: mostItMayCost(rates, maxSeconds),
  };
}

/** The most a call can cost its user, held from the credit (0 when nothing limits it). */
function mostItMayCost(rates: RatedNumber[], maxSeconds: number | undefined): bigint {
  return maxSeconds === undefined ? 0n : mostCostMicros(rates, maxSeconds);
}

function shortest(limits: (number | undefined)[]): number | undefined {
  const set = limits.filter((s) => s !== undefined);
  return set.length > 0 ? Math.min(...set) : undefined;
}

interface CallPlumbing {
  legs: CallLegs;
  ringTimeoutMs: number;
  creditChecks: CallsOptions['creditChecks'];
  /** The call's Call-IDs or connection changed: every process is told. */
  changed(): void;
  finished(billed: BilledLeg[]): Promise<void>;
}

interface PlacedLeg {
  leg: CallLeg;
  party: Party;
  caller: string;
  startedAt: Date;
  connectedAt: Date | null;
  cause: number;
}

export class PlacedCall {
  readonly id: number;
  readonly user: CachedUser;
  readonly numbers: string[];
  /** Connected, or why not: settles once. */
  readonly setup: Promise<CallSetup>;
  /** Settles when both legs are over and the call is billed. */
  readonly ended: Promise<void>;
  readonly #parties: [Party, Party];
  readonly #limits: CallLimits;
  readonly #maxSeconds: number | undefined;
  readonly #plumbing: CallPlumbing;
  readonly #placed: PlacedLeg[] = [];
  #settleSetup!: (setup: CallSetup) => void;
  #settleEnded!: () => void;
  #connectedAt: Date | undefined;
  #ending: Promise<void> | undefined;
  #limitTimers: NodeJS.Timeout[] = [];

  constructor(id: number, user: CachedUser, parties: [Party, Party], limits: CallLimits, plumbing: CallPlumbing) {
    this.id = id;
    this.user = user;
    this.#parties = parties;
    this.numbers = parties.map((p) => p.number);
    this.#limits = limits;
    this.#maxSeconds = shortest([limits.creditSeconds, limits.routeSeconds]);
    this.#plumbing = plumbing;
    this.setup = new Promise((resolve) => {
      this.#settleSetup = resolve;
    });
    this.ended = new Promise((resolve) => {
      this.#settleEnded = resolve;
    });
  }

  start(): void {
    void this.#connect();
  }

  sipCallIds(): string[] {
    return this.#placed.map((p) => p.leg.callId);
  }

  /** Each leg's rate, on the user's tariff. */
  rates(): RatedNumber[] {
    return this.#parties.map((p) => p.rated);
  }

  /**
   * Seconds the call may still last — what the credit pays for, or the dial plan's limit when shorter (undefined: not
   * limited); the whole maximum until it connects.
   */
  remainingSeconds(now = Date.now()): number | undefined {
    return remainingSeconds({ maxSeconds: this.#maxSeconds, connectedAt: this.#connectedAt?.getTime() }, now);
  }

  /** The call as the other processes see it. */
  live(): Omit<LiveCall, 'owner'> {
    return liveCall(
      this.id,
      this.user,
      this.numbers,
      this.rates(),
      this.#maxSeconds,
      this.sipCallIds(),
      this.#connectedAt,
    );
  }

  /** Ends the call: BYE to the answered legs, CANCEL to a ringing one; resolves once it is billed. */
  hangUp(cause = NORMAL_CLEARING): Promise<void> {
    this.#ending ??= this.#end(cause);
    return this.ended;
  }

  async #connect(): Promise<void> {
    const [a, b] = this.#parties;
    const first = this.#invite(a, b.number);
    const offer = await first.leg.outcome;
    if (!offer.answered) return this.#failed(first, offer.status, offer.reason);
    if (this.#ending) return;
    const second = this.#invite(b, a.number, offer.sdp);
    const answer = await second.leg.outcome;
    if (!answer.answered) {
      // A's 200 held an offer its ACK must answer (RFC 3264 §6): every stream refused, then the dialog ended.
      await first.leg.ack(refusingAnswer(offer.sdp));
      return this.#failed(second, answer.status, answer.reason);
    }
    await second.leg.ack();
    await first.leg.ack(answer.sdp);
    if (this.#ending) return;
    this.#connectedAt = new Date();
    for (const placed of [first, second]) placed.connectedAt = this.#connectedAt;
    this.#settleSetup({ connected: true });
    this.#plumbing.changed();
    this.#cutAfter(this.#limits.routeSeconds, () => true);
    this.#cutAfter(this.#limits.creditSeconds, () => !this.#plumbing.creditChecks.creditChecksStopped);
  }

  /** Hangs up after seconds (none: never) unless `still()` says otherwise by then. */
  #cutAfter(seconds: number | undefined, still: () => boolean): void {
    if (seconds === undefined) return;
    this.#limitTimers.push(
      setTimeout(() => {
        if (still()) void this.hangUp(NORMAL_CLEARING);
      }, seconds * 1000),
    );
  }

  #invite(party: Party, caller: string, sdp?: Buffer): PlacedLeg {
    const leg = this.#plumbing.legs.invite({
      target: party.target,
      caller,
      sdp,
      ringTimeoutMs: this.#plumbing.ringTimeoutMs,
    });
    const placed: PlacedLeg = { leg, party, caller, startedAt: new Date(), connectedAt: null, cause: NORMAL_CLEARING };
    this.#placed.push(placed);
    // Either party hanging up ends the other leg too.
    leg.onRemoteHangUp(() => void this.hangUp(NORMAL_CLEARING));
    this.#plumbing.changed();
    return placed;
  }

  #failed(placed: PlacedLeg, status: number, reason: string): Promise<void> {
    placed.cause = disconnectCause(status);
    this.#settleSetup({ connected: false, reason: `${placed.party.number} answered ${status} ${reason}` });
    return this.hangUp(placed.cause);
  }

  async #end(cause: number): Promise<void> {
    for (const timer of this.#limitTimers) clearTimeout(timer);
    this.#settleSetup({ connected: false, reason: 'the call was hung up before it connected' });
    await Promise.all(this.#placed.map((p) => p.leg.hangUp()));
    const endedAt = new Date();
    await this.#plumbing.finished(
      this.#placed.map((p) => ({
        caller: p.caller,
        number: p.party.number,
        rated: p.party.rated,
        sipCallId: p.leg.callId,
        startedAt: p.startedAt,
        connectedAt: p.connectedAt,
        endedAt,
        disconnectCause: p.cause === NORMAL_CLEARING ? cause : p.cause,
      })),
    );
    this.#settleEnded();
  }
}
