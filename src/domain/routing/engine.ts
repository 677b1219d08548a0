/**
 * The routing engine of a running server (Services.routing): the plan loaded from the database once, kept in memory,
 * and dropped when any rule changes (in this process at once, in the others through the shared state), so resolution
 * never waits on the database except for the rebuild after a change.
 */
import type { Logger } from 'pino';
import type { SharedState } from '../../platform/state/shared-state.ts';
import type { Database } from '../../persistence/database.ts';
import { LOCAL_USER_TYPE } from '../../persistence/entities/minisip/index.ts';
import type { UserCache } from '../accounts/user-cache.ts';
import { loadPlanData } from './load.ts';
import { RoutingPlan } from './plan.ts';
import { resolveOnPlan } from './resolve.ts';
import type { CallInput, Resolution } from './types.ts';

const CHANNEL = 'minisip:routing-changed';

export interface ResolveCallOptions {
  /**
   * A call being placed (the SIP edge): a round-robin hunting group moves on to its next operator. A dry run
   * (routingtest) leaves it.
   */
  placeCall?: boolean;
}

/** What the engine reads: the rules (db), news of changes (state), the accounts (users) and where it logs rebuilds. */
export interface RoutingEngineDeps {
  db: Pick<Database, 'em'>;
  state: Pick<SharedState, 'subscribe' | 'publish'>;
  logger: Pick<Logger, 'debug'>;
  /** The local users (accounts of type LOCAL_USER_TYPE), checked against the plan on every resolution. */
  users: Pick<UserCache, 'find'>;
}

export class RoutingEngine {
  readonly #deps: RoutingEngineDeps;
  #plan: RoutingPlan | undefined;
  #building: Promise<RoutingPlan> | undefined;
  /** Bumped by every change: a plan read before the change is not kept. */
  #generation = 0;
  #subscribed: Promise<void> | undefined;
  readonly #huntCursor = new Map<number, number>();

  constructor(deps: RoutingEngineDeps) {
    this.#deps = deps;
  }

  /** The current plan, built from the database when there is none. */
  async plan(): Promise<RoutingPlan> {
    this.#subscribed ??= this.#deps.state.subscribe(CHANNEL, () => this.#drop());
    await this.#subscribed;
    if (this.#plan) return this.#plan;
    if (!this.#building) {
      const building: Promise<RoutingPlan> = this.#build().finally(() => {
        if (this.#building === building) this.#building = undefined;
      });
      this.#building = building;
    }
    return this.#building;
  }

  /**
   * After any write to a rule, line, trunk, group or local user: every process rebuilds its plan before the next call.
   */
  async invalidate(): Promise<void> {
    this.#drop();
    await this.#deps.state.publish(CHANNEL, String(Date.now()));
  }

  /**
   * Where a call goes: resolves (caller, called) to the ordered destinations to try, with the final numbers for each
   * and the rules applied. This is the one entry point — the SIP edge calls it to place calls (with
   * `{ placeCall: true }`, which moves round-robin hunting groups on) and Mizu's `routingtest [ip, caller, called]`
   * answers from it (a dry run: `services.routing.resolveCall({ ip, caller, called })`).
   *
   * - `call.caller`, `call.called`: the numbers as received. `call.ip` (or `call.trunk`, a servID) says the call comes
   *   from a SIP trunk (its servAddr; the trunk's dial plan applies) or an external line (its host; the call goes to
   *   the line's localUser); otherwise a caller that is a local user uses that user's dial plan, anyone else "default".
   *   `call.dialPlan` overrides the starting dial plan.
   * - The answer's `outcome` is routed (try `destinations` in `order`), intercepted, unroutable (`missing` names what
   * is
   *   missing), rejected (call level) or loop (re-analysis came back to a number already analysed, or went past
   *   MAX_ANALYSES); `reason` says why in words. Each destination gives kind (localuser | extline | trunk), target,
   *   address (host:port), transport, the caller and called numbers to send, maxDuration (seconds, 0 none) and `via`;
   *   `applied` lists every rule that acted, by API object and key (e.g. `anacldnbr default/9`).
   *
   * The plan is built from the database on first use and rebuilt after any change made through the openapi (the
   * handlers call `services.routing.invalidate()`); it never throws for an unroutable call.
   */
  async resolveCall(call: CallInput, options: ResolveCallOptions = {}): Promise<Resolution> {
    let resolution = await this.#resolve(call, options);
    // Users created or deleted through another dialect do not touch the plan: a local user the plan and the
    // accounts disagree about means the plan is stale, so it is rebuilt once.
    if (!(await this.#localUsersAgree(resolution))) {
      this.#drop();
      resolution = await this.#resolve(call, options);
    }
    return resolution;
  }

  async #resolve(call: CallInput, options: ResolveCallOptions): Promise<Resolution> {
    const plan = await this.plan();
    const resolution = resolveOnPlan(plan, call, { huntStart: (grpID) => this.#huntCursor.get(grpID) ?? 0 });
    const group = resolution.huntGroup;
    if (options.placeCall && group && group.strategy === 1) {
      const operators = plan.huntGroups.get(group.grpID)?.operators.length ?? 1;
      this.#huntCursor.set(group.grpID, ((this.#huntCursor.get(group.grpID) ?? 0) + 1) % operators);
    }
    return resolution;
  }

  async #localUsersAgree(resolution: Resolution): Promise<boolean> {
    const em = this.#deps.db.em();
    const exists = async (name: string) => {
      const user = await this.#deps.users.find(name, () => em);
      return user?.username === name && user.type === LOCAL_USER_TYPE;
    };
    if (resolution.missing?.object === 'localuser' && (await exists(resolution.missing.id))) return false;
    for (const d of resolution.destinations) {
      if (d.kind === 'localuser' && !(await exists(d.target))) return false;
    }
    return true;
  }

  async #build(): Promise<RoutingPlan> {
    const generation = this.#generation;
    const started = performance.now();
    const plan = new RoutingPlan(await loadPlanData(this.#deps.db.em()));
    if (generation === this.#generation) this.#plan = plan;
    this.#deps.logger.debug({ records: plan.size, ms: Math.round(performance.now() - started) }, 'routing plan built');
    return plan;
  }

  #drop(): void {
    this.#generation++;
    this.#plan = undefined;
    this.#building = undefined;
  }
}
