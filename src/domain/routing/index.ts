/**
 * Number analysis and routing for every dialect and the SIP edge: the miniSIPServer dial plan (seed 003) — transitions,
 * caller/called refinement, caller and called analysis, route types, routing groups, line and trunk chains, speed
 * dial, hunting groups — resolved from an in-memory plan. The entry point is RoutingEngine.resolveCall; a running
 * server has one engine (Services.routing).
 */
export { RoutingEngine, type ResolveCallOptions, type RoutingEngineDeps } from './engine.ts';
export { loadPlanData } from './load.ts';
export { DEFAULT_DIAL_PLAN, RoutingPlan } from './plan.ts';
export { MAX_ANALYSES, resolveOnPlan, type ResolveOptions } from './resolve.ts';
export { applyTransition, TRANSITION_TYPE } from './transition.ts';
export * from './types.ts';
