/**
 * Number analysis on a plan (seed 003, "Dial plan"): where the call comes from and its dial plan, caller analysis
 * (anaclrnbr), speed dial, then called analysis in the dial plan — hunting-group detection (hgdect) first, else the
 * longest matching anacldnbr rule — with caller refinement (clrRefineID), number change (changeInd + tranID) and
 * re-analysis (reAnaInd), bounded, and finally the route type's destinations. Pure and synchronous: the same plan
 * and call always give the same answer (a round-robin hunting group's start is passed in).
 */
import { groupMembers, inOrder, lineChain, localUser, minLimit, trunkChain, type Leg } from './destinations.ts';
import { DEFAULT_DIAL_PLAN, detectionKey, speedDialKey, type RoutingPlan } from './plan.ts';
import { applyTransition, describeTransition } from './transition.ts';
import {
  ROUTE_TYPE,
  type AppliedRule,
  type CallInput,
  type CalledAnalysisRule,
  type ExternalLine,
  type LocalUserProfile,
  type Outcome,
  type Resolution,
} from './types.ts';

/**
 * Analyses of the called number one call may go through: a chain of re-analyses longer than this is reported as a loop.
 */
export const MAX_ANALYSES = 16;

export interface ResolveOptions {
  /** Where a round-robin hunting group starts, as an index into its operators (default 0). */
  huntStart?: (grpID: number, operators: number) => number;
}

interface Origin {
  kind: Resolution['origin']['kind'];
  id: string;
  dialPlan: string;
  user?: LocalUserProfile;
  line?: ExternalLine;
}

/** Resolves one call on a plan; see the module comment for the order of the rules. */
export function resolveOnPlan(plan: RoutingPlan, call: CallInput, options: ResolveOptions = {}): Resolution {
  const applied: AppliedRule[] = [];
  const origin = findOrigin(plan, call, applied);
  let dialPlan = call.dialPlan || origin.dialPlan;
  let caller = call.caller;
  let called = call.called;
  if (origin.line?.localUser) {
    applied.push({
      object: 'extline',
      key: origin.line.extLine,
      detail: `incoming call on the line goes to its local user ${origin.line.localUser}`,
    });
    called = origin.line.localUser;
  }

  const analysed = plan.callerAnalysis.longest(caller);
  if (analysed) {
    const rule = analysed.value;
    const transition = rule.tranID ? plan.transitions.get(rule.tranID) : undefined;
    const before = caller;
    if (transition) caller = applyTransition(caller, transition);
    if (rule.dialPlan) dialPlan = rule.dialPlan;
    applied.push({
      object: 'anaclrnbr',
      key: analysed.prefix,
      detail: `caller ${before}${transition ? ` → ${caller} (${describeTransition(transition)})` : ''}, dial plan ${dialPlan}`,
    });
  }

  const speedDial =
    plan.speedDials.get(speedDialKey(call.caller, called)) ?? plan.speedDials.get(speedDialKey('', called));
  if (speedDial?.destNbr) {
    applied.push({
      object: 'speeddial',
      key: `${speedDial.callerNbr}/${speedDial.dialedNbr}`,
      detail: `dialled ${called} → ${speedDial.destNbr}`,
    });
    called = speedDial.destNbr;
  }

  const user = origin.user;
  const leg: Leg = { caller, called, maxDuration: user?.maxdura ?? 0, applied };
  let callLevel = 0;
  const answer: Answer = (outcome, reason, found = [], missing) => ({
    outcome,
    ...(reason ? { reason } : {}),
    ...(missing ? { missing } : {}),
    origin: { kind: origin.kind, id: origin.id },
    dialPlan,
    caller: leg.caller,
    called: leg.called,
    destinations: inOrder(found),
    applied,
    maxDuration: leg.maxDuration,
    callLevel,
  });

  const analysedStates = new Set<string>();
  for (let analysis = 1; ; analysis++) {
    const state = detectionKey(dialPlan, leg.called);
    if (analysedStates.has(state))
      return answer('loop', `the rules loop: ${leg.called} in dial plan ${dialPlan} is analysed a second time`);
    if (analysis > MAX_ANALYSES)
      return answer('loop', `more than ${MAX_ANALYSES} analyses of the called number: the rules loop`);
    analysedStates.add(state);

    const huntGroupID = plan.huntDetections.get(state);
    if (huntGroupID !== undefined) {
      applied.push({ object: 'hgdect', key: `${dialPlan}/${leg.called}`, detail: `hunting group ${huntGroupID}` });
      return huntGroup(plan, huntGroupID, leg, options, answer);
    }

    const match = plan.calledAnalysis.get(dialPlan)?.longest(leg.called);
    if (!match) {
      // "By default, miniSIPServer processes all calls as local user calls" when no rule matches.
      applied.push({
        object: 'anacldnbr',
        key: `${dialPlan}/`,
        detail: `no rule matches ${leg.called}: a local user call`,
      });
      return toLocalUser(plan, leg, 'no analysis rule: local user', answer);
    }
    const rule = match.value;
    const key = `${dialPlan}/${match.prefix}`;
    applied.push({ object: 'anacldnbr', key, detail: `route type ${rule.routeType}` });
    leg.maxDuration = minLimit(leg.maxDuration, rule.maxDuration);
    callLevel = Math.max(callLevel, rule.callLevel);
    if (user && rule.callLevel > user.calllevel) {
      return answer(
        'rejected',
        `call level: ${leg.called} needs level ${rule.callLevel}, local user ${user.usrname} has ${user.calllevel}`,
      );
    }
    if (rule.clrRefineID) refineCaller(plan, rule.clrRefineID, leg);
    if (rule.changeInd === 1 && rule.tranID) {
      const transition = plan.transitions.get(rule.tranID);
      if (transition) {
        const changed = applyTransition(leg.called, transition);
        applied.push({
          object: 'natran',
          key: String(transition.tranID),
          detail: `called ${leg.called} → ${changed} (${describeTransition(transition)})`,
        });
        leg.called = changed;
        if (rule.reAnaInd === 1) continue;
      }
    }
    return route(plan, rule, key, leg, user, answer);
  }
}

function route(
  plan: RoutingPlan,
  rule: CalledAnalysisRule,
  key: string,
  leg: Leg,
  user: LocalUserProfile | undefined,
  answer: Answer,
): Resolution {
  const via = `anacldnbr ${key}`;
  switch (rule.routeType) {
    case ROUTE_TYPE.localUser:
      return toLocalUser(plan, leg, via, answer);
    case ROUTE_TYPE.externalLine: {
      const name = rule.extLine || user?.specextline;
      const found = name
        ? lineChain(plan, name, leg, via)
        : plan.sharedLines.flatMap((l) => lineChain(plan, l.extLine, leg, `${via}, shared line`));
      return found.length
        ? answer('routed', undefined, found)
        : answer(
            'unroutable',
            name
              ? `no external line ${name}`
              : 'no external line: the rule names none, the caller has no specific line and none is shared',
            [],
            { object: 'extline', id: name ?? '' },
          );
    }
    case ROUTE_TYPE.sipTrunk: {
      const found = trunkChain(plan, rule.servID, leg, via);
      return found.length
        ? answer('routed', undefined, found)
        : answer('unroutable', `no SIP trunk ${rule.servID}`, [], { object: 'peerserver', id: String(rule.servID) });
    }
    case ROUTE_TYPE.intercept:
      return answer('intercepted', `intercepted by ${via}`);
    case ROUTE_TYPE.routingGroup: {
      const found = groupMembers(plan, rule.rtGroupID, leg);
      return found.length
        ? answer('routed', undefined, found)
        : answer('unroutable', `routing group ${rule.rtGroupID} has no line or trunk`, [], {
            object: 'routegroup',
            id: String(rule.rtGroupID),
          });
    }
    default:
      return answer('unroutable', `unknown route type ${rule.routeType}`);
  }
}

function toLocalUser(plan: RoutingPlan, leg: Leg, via: string, answer: Answer): Resolution {
  if (plan.localUsers.has(leg.called)) return answer('routed', undefined, [localUser(leg.called, leg, via)]);
  return answer('unroutable', `no local user ${leg.called}`, [], { object: 'localuser', id: leg.called });
}

type Answer = (
  outcome: Outcome,
  reason?: string,
  found?: Parameters<typeof inOrder>[0],
  missing?: Resolution['missing'],
) => Resolution;

function huntGroup(plan: RoutingPlan, grpID: number, leg: Leg, options: ResolveOptions, answer: Answer): Resolution {
  const hunt = plan.huntGroups.get(grpID);
  if (!hunt || hunt.operators.length === 0)
    return answer('unroutable', `hunting group ${grpID} has no operators`, [], { object: 'hginfo', id: String(grpID) });
  const { operators, group } = hunt;
  const roundRobin = group.strategy === 1;
  const start = roundRobin ? mod(options.huntStart?.(grpID, operators.length) ?? 0, operators.length) : 0;
  const ordered = [...operators.slice(start), ...operators.slice(0, start)];
  const via = `hunting group ${grpID} (${roundRobin ? 'round robin' : 'linear'})`;
  return {
    ...answer(
      'routed',
      undefined,
      ordered.map((oper) => localUser(oper, leg, via)),
    ),
    huntGroup: group,
  };
}

/** refineclrnbr of the group the called-number rule names (clrRefineID), longest prefix first. */
function refineCaller(plan: RoutingPlan, grpID: number, leg: Leg): void {
  const match = plan.callerRefine.get(grpID)?.longest(leg.caller);
  const transition = match && plan.transitions.get(match.value.tranID);
  if (!match || !transition) return;
  const caller = applyTransition(leg.caller, transition);
  leg.applied.push({
    object: 'refineclrnbr',
    key: `${grpID}/${match.prefix}`,
    detail: `caller ${leg.caller} → ${caller} (${describeTransition(transition)})`,
  });
  leg.caller = caller;
}

function findOrigin(plan: RoutingPlan, call: CallInput, applied: AppliedRule[]): Origin {
  const trunk =
    call.trunk !== undefined ? plan.trunks.get(call.trunk) : call.ip ? plan.trunksByAddress.get(call.ip) : undefined;
  if (trunk) {
    const dialPlan = trunk.dialPlan || DEFAULT_DIAL_PLAN;
    applied.push({
      object: 'peerserver',
      key: String(trunk.servID),
      detail: `call from SIP trunk ${trunk.servID}: dial plan ${dialPlan}`,
    });
    return { kind: 'trunk', id: String(trunk.servID), dialPlan };
  }
  const line = call.trunk === undefined && call.ip ? plan.linesByHost.get(call.ip) : undefined;
  if (line) return { kind: 'extline', id: line.extLine, dialPlan: DEFAULT_DIAL_PLAN, line };
  const user = plan.localUsers.get(call.caller);
  if (user) return { kind: 'localuser', id: user.usrname, dialPlan: user.dialPlan || DEFAULT_DIAL_PLAN, user };
  return { kind: 'unknown', id: call.caller, dialPlan: DEFAULT_DIAL_PLAN };
}

function mod(n: number, m: number): number {
  return ((Math.trunc(n) % m) + m) % m;
}
