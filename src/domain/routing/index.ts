/**
 * Number analysis and routing for every dialect and the SIP edge: the miniSIPServer dial plan (seed 003) — transitions,
 * caller/called refinement, caller and called analysis, route types, routing groups, line and trunk chains, speed
 * dial, hunting groups — resolved from an in-memory plan.
 */
import type { Services } from '../services.ts';
import { routingEngine, type ResolveCallOptions } from './engine.ts';
import type { CallInput, Resolution } from './types.ts';

/**
 * Where a call goes: resolves (caller, called) to the ordered destinations to try, with the final numbers for each
 * and the rules applied. This is the one entry point — the SIP edge calls it to place calls (with
 * `{ placeCall: true }`, which moves round-robin hunting groups on) and Mizu's `routingtest [ip, caller, called]`
 * answers from it (a dry run: `resolveCall(services, { ip, caller, called })`).
 *
 * - `call.caller`, `call.called`: the numbers as received. `call.ip` (or `call.trunk`, a servID) says the call comes
 *   from a SIP trunk (its servAddr; the trunk's dial plan applies) or an external line (its host; the call goes to
 *   the line's localUser); otherwise a caller that is a local user uses that user's dial plan, anyone else "default".
 *   `call.dialPlan` overrides the starting dial plan.
 * - The answer's `outcome` is routed (try `destinations` in `order`), intercepted, unroutable (`missing` names what is
 *   missing), rejected (call level) or loop (re-analysis came back to a number already analysed, or went past
 *   MAX_ANALYSES); `reason` says why in words. Each destination gives kind (localuser | extline | trunk), target,
 *   address (host:port), transport, the caller and called numbers to send, maxDuration (seconds, 0 none) and `via`;
 *   `applied` lists every rule that acted, by API object and key (e.g. `anacldnbr default/9`).
 *
 * The plan is built from the database on first use and rebuilt after any change made through the openapi (the
 * handlers call `routingEngine(services).invalidate()`); it never throws for an unroutable call.
 */
export function resolveCall(services: Services, call: CallInput, options: ResolveCallOptions = {}): Promise<Resolution> {
  return routingEngine(services).resolveCall(call, options);
}

export { routingEngine, RoutingEngine, type ResolveCallOptions } from './engine.ts';
export { loadPlanData } from './load.ts';
export { DEFAULT_DIAL_PLAN, RoutingPlan } from './plan.ts';
export { MAX_ANALYSES, resolveOnPlan, type ResolveOptions } from './resolve.ts';
export { applyTransition, TRANSITION_TYPE } from './transition.ts';
export * from './types.ts';
