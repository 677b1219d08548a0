/**
 * The routing engine of a running server: the plan loaded from the database once, kept in memory, and dropped when
 * any rule changes (in this process at once, in the others through the shared state), so resolution never waits on
 * the database except for the rebuild after a change.
 */
import { LOCAL_USER_TYPE } from '../../persistence/entities/minisip/index.ts';
import type { Services } from '../services.ts';
import { loadPlanData } from './load.ts';
import { RoutingPlan } from './plan.ts';
import { resolveOnPlan } from './resolve.ts';
import type { CallInput, Resolution } from './types.ts';

const CHANNEL = 'minisip:routing-changed';

export interface ResolveCallOptions {
  /** A call being placed (the SIP edge): a round-robin hunting group moves on to its next operator. A dry run (routingtest) leaves it. */
  placeCall?: boolean;
}

export class RoutingEngine {
  readonly #services: Services;
  #plan: RoutingPlan | undefined;
  #building: Promise<RoutingPlan> | undefined;
  /** Bumped by every change: a plan read before the change is not kept. */
  #generation = 0;
  #subscribed: Promise<void> | undefined;
  readonly #huntCursor = new Map<number, number>();

  constructor(services: Services) {
    this.#services = services;
  }

  /** The current plan, built from the database when there is none. */
  async plan(): Promise<RoutingPlan> {
    this.#subscribed ??= this.#services.state.subscribe(CHANNEL, () => this.#drop());
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

  /** After any write to a rule, line, trunk, group or local user: every process rebuilds its plan before the next call. */
  async invalidate(): Promise<void> {
    this.#drop();
    await this.#services.state.publish(CHANNEL, String(Date.now()));
  }

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
    const em = this.#services.db.em();
    const exists = async (name: string) => {
      const user = await this.#services.accounts.cache.find(name, () => em);
      return user?.username === name && user.type === LOCAL_USER_TYPE;
    };
    if (resolution.missing?.object === 'localuser' && await exists(resolution.missing.id)) return false;
    for (const d of resolution.destinations) {
      if (d.kind === 'localuser' && !(await exists(d.target))) return false;
    }
    return true;
  }

  async #build(): Promise<RoutingPlan> {
    const generation = this.#generation;
    const started = performance.now();
    const plan = new RoutingPlan(await loadPlanData(this.#services.db.em()));
    if (generation === this.#generation) this.#plan = plan;
    this.#services.logger.debug({ records: plan.size, ms: Math.round(performance.now() - started) }, 'routing plan built');
    return plan;
  }

  #drop(): void {
    this.#generation++;
    this.#plan = undefined;
    this.#building = undefined;
  }
}

const engines = new WeakMap<Services, RoutingEngine>();

/** The engine of a running server (one per Services object). */
export function routingEngine(services: Services): RoutingEngine {
  let engine = engines.get(services);
  if (!engine) engines.set(services, engine = new RoutingEngine(services));
  return engine;
}
