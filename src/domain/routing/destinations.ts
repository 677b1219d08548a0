/**
 * Turning a routing decision into destinations: a SIP trunk and its chainTrunkID chain, an external line and its
 * chain, a routing group's members in order, a hunting group's operators. Each line or trunk refines the called
 * number with its outgoing group (ogGroupID, a refinecldnbr group) and presents its own caller number when it has one.
 */
import type { RoutingPlan } from './plan.ts';
import { applyTransition, describeTransition } from './transition.ts';
import type { AppliedRule, Destination, ExternalLine, Trunk } from './types.ts';

/** The call as it stands when it is routed. */
export interface Leg {
  caller: string;
  called: string;
  maxDuration: number;
  applied: AppliedRule[];
}

type Found = Omit<Destination, 'order'>;

export function trunkChain(plan: RoutingPlan, servID: number, leg: Leg, via: string): Found[] {
  return chain(
    plan.trunks.get(servID),
    (t) => (t.chainTrunkID ? plan.trunks.get(t.chainTrunkID) : undefined),
    (t) => t.servID,
  ).map((trunk, i, all) => toTrunk(plan, trunk, leg, i === 0 ? via : `chain of trunk ${all[i - 1]!.servID} (${via})`));
}

export function lineChain(plan: RoutingPlan, name: string, leg: Leg, via: string): Found[] {
  return chain(
    plan.lines.get(name),
    (l) => (l.chain ? plan.lines.get(l.chain) : undefined),
    (l) => l.extLine,
  ).map((line, i, all) =>
    toLine(plan, line, leg, i === 0 ? via : `chain of external line ${all[i - 1]!.extLine} (${via})`),
  );
}

/** first, then what each one chains to, until the chain ends or comes back to one already in it. */
function chain<T>(first: T | undefined, next: (item: T) => T | undefined, id: (item: T) => string | number): T[] {
  const out: T[] = [];
  const seen = new Set<string | number>();
  for (let item = first; item && !seen.has(id(item)); item = next(item)) {
    seen.add(id(item));
    out.push(item);
  }
  return out;
}

/** A routing group's members in the order they were added, each followed by its chain. */
export function groupMembers(plan: RoutingPlan, groupID: number, leg: Leg): Found[] {
  const via = `routing group ${groupID}`;
  return (plan.routeGroups.get(groupID) ?? []).flatMap((m) =>
    m.routeType === 2
      ? trunkChain(plan, m.sipTrunkID, leg, via)
      : m.routeType === 1
        ? lineChain(plan, m.extLine, leg, via)
        : [],
  );
}

export function localUser(usrname: string, leg: Leg, via: string): Found {
  return {
    kind: 'localuser',
    target: usrname,
    address: '',
    transport: '',
    caller: leg.caller,
    called: usrname,
    maxDuration: leg.maxDuration,
    via,
  };
}

/** Numbers the order of first appearance; a line or trunk reached twice (two chains meeting) is tried once. */
export function inOrder(found: Found[]): Destination[] {
  const seen = new Set<string>();
  const out: Destination[] = [];
  for (const f of found) {
    const key = `${f.kind}:${f.target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ order: out.length + 1, ...f });
  }
  return out;
}

function toTrunk(plan: RoutingPlan, trunk: Trunk, leg: Leg, via: string): Found {
  return {
    kind: 'trunk',
    target: String(trunk.servID),
    address: `${trunk.servAddr}:${trunk.servPort}`,
    transport: transport(trunk.transport),
    caller: trunk.callerID || leg.caller,
    called: refineCalled(plan, trunk.ogGroupID, leg, `trunk ${trunk.servID}`),
    maxDuration: leg.maxDuration,
    via,
  };
}

function toLine(plan: RoutingPlan, line: ExternalLine, leg: Leg, via: string): Found {
  return {
    kind: 'extline',
    target: line.extLine,
    address: `${line.host}:${line.port}`,
    transport: transport(line.transport),
    // The remote server sees the line's own number unless the line keeps the original caller (origCallerNbr).
    caller: line.origCallerNbr === 1 ? leg.caller : line.extLine,
    called: refineCalled(plan, line.ogGroupID, leg, `external line ${line.extLine}`),
    maxDuration: minLimit(leg.maxDuration, line.maxDur),
    via,
  };
}

/** refinecldnbr of the line's or trunk's outgoing group, longest prefix first. */
function refineCalled(plan: RoutingPlan, groupID: number, leg: Leg, what: string): string {
  if (!groupID) return leg.called;
  const match = plan.calledRefine.get(groupID)?.longest(leg.called);
  const transition = match && plan.transitions.get(match.value.transID);
  if (!match || !transition) return leg.called;
  const called = applyTransition(leg.called, transition);
  leg.applied.push({
    object: 'refinecldnbr',
    key: `${groupID}/${match.prefix}`,
    detail: `for ${what}: called ${leg.called} → ${called} (natran ${transition.tranID}: ${describeTransition(transition)})`,
  });
  return called;
}

function transport(code: number): 'udp' | 'tcp' {
  return code === 1 ? 'tcp' : 'udp';
}

/** The smaller of two limits where 0 means none. */
export function minLimit(a: number, b: number): number {
  if (!a) return b;
  if (!b) return a;
  return Math.min(a, b);
}
