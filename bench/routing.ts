/**
 * Routing benchmark: a 10,000-record dial plan (called-number rules over four dial plans, transitions, refinement,
 * caller analysis, trunks with chains, lines, routing groups, speed dials, hunting groups), 100,000 calls resolved
 * on it, and as the baseline, measured in the same run, the bare longest-prefix Map lookup of the same numbers.
 * Printed, not asserted. Run: node bench/routing.ts
 */
import { RoutingPlan } from '../src/domain/routing/plan.ts';
import { resolveOnPlan } from '../src/domain/routing/resolve.ts';
import type { CallInput, PlanData } from '../src/domain/routing/types.ts';

const RULES = 10_000;
const CALLS = 100_000;
const ROUNDS = 5;

/** A small deterministic generator, so every run measures the same plan and calls. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const rnd = random(42);
const int = (n: number) => Math.floor(rnd() * n);
const digits = (n: number) => Array.from({ length: n }, () => int(10)).join('');
const DIAL_PLANS = ['default', 'office', 'carrier', 'night'];

function buildPlanData(): PlanData {
  const data: PlanData = {
    transitions: [],
    callerRefine: [],
    calledRefine: [],
    callerAnalysis: [],
    calledAnalysis: [],
    trunks: [],
    lines: [],
    routeGroups: [],
    routes: [],
    speedDials: [],
    huntGroups: [],
    huntOperators: [],
    huntDetections: [],
    localUsers: [],
  };
  for (let i = 1; i <= 200; i++)
    data.transitions.push({ tranID: i, type: 1 + (i % 3), tranStart: i % 2, tranLen: 1 + (i % 3), prefix: digits(2) });
  for (let i = 1; i <= 100; i++)
    data.trunks.push({
      servID: i,
      desc: '',
      servAddr: `10.1.${i >> 8}.${i & 255}`,
      servPort: 5060,
      transport: 0,
      callerID: '',
      dialPlan: DIAL_PLANS[i % 4]!,
      ogGroupID: 1 + (i % 20),
      chainTrunkID: i % 3 === 0 ? 1 + (i % 100) : 0,
    });
  for (let i = 1; i <= 100; i++)
    data.lines.push({
      extLine: `line${i}`,
      host: `gw${i}.example`,
      port: 5060,
      transport: 0,
      localUser: '',
      chain: i % 4 === 0 ? `line${1 + (i % 100)}` : '',
      ogGroupID: 1 + (i % 20),
      shareInd: i % 10 === 0 ? 1 : 0,
      origCallerNbr: i % 2,
      maxDur: 0,
    });
  for (let g = 1; g <= 50; g++) {
    data.routeGroups.push(g);
    for (let m = 0; m < 4; m++)
      data.routes.push(
        m % 2
          ? { groupID: g, routeType: 2, sipTrunkID: 1 + int(100), extLine: '' }
          : { groupID: g, routeType: 1, sipTrunkID: 0, extLine: `line${1 + int(100)}` },
      );
  }
  for (let i = 0; i < 400; i++)
    data.callerRefine.push({ grpID: 1 + (i % 20), callerNbr: digits(1 + (i % 4)), tranID: 1 + int(200) });
  for (let i = 0; i < 400; i++)
    data.calledRefine.push({ groupID: 1 + (i % 20), calledPrefix: digits(1 + (i % 4)), transID: 1 + int(200) });
  for (let i = 0; i < 400; i++)
    data.callerAnalysis.push({
      callerNbr: digits(2 + (i % 4)),
      tranID: i % 2 ? 1 + int(200) : 0,
      dialPlan: i % 3 ? '' : DIAL_PLANS[int(4)]!,
    });
  for (let i = 0; i < 500; i++)
    data.speedDials.push({ callerNbr: String(1000 + int(500)), dialedNbr: String(int(100)), destNbr: digits(10) });
  for (let g = 1; g <= 50; g++)
    data.huntGroups.push({ grpID: g, strategy: 1 + (g % 2), noAnsTmr: 20, queueInd: 0, maxCall: 0, maxDura: 0 });
  for (let i = 0; i < 500; i++)
    data.localUsers.push({
      usrname: String(1000 + i),
      dialPlan: DIAL_PLANS[i % 4]!,
      specextline: i % 5 ? '' : `line${1 + (i % 100)}`,
      maxdura: 0,
      calllevel: i % 3,
    });
  for (let i = 0; i < 500; i++) data.huntOperators.push({ oper: String(1000 + i), grpID: 1 + (i % 50) });
  for (let i = 0; i < 200; i++)
    data.huntDetections.push({ dialPlan: DIAL_PLANS[i % 4]!, calledNbr: String(5000 + i), grpID: 1 + (i % 50) });
  const seen = new Set<string>();
  while (countOf(data) < RULES) {
    const dialPlan = DIAL_PLANS[int(4)]!;
    const calledNbr = digits(1 + int(7));
    if (seen.has(`${dialPlan}/${calledNbr}`)) continue;
    seen.add(`${dialPlan}/${calledNbr}`);
    const routeType = [0, 1, 2, 2, 2, 4, 6][int(7)]!;
    const change = int(4) === 0;
    data.calledAnalysis.push({
      dialPlan,
      calledNbr,
      routeType,
      servID: routeType === 2 ? 1 + int(100) : 0,
      extLine: routeType === 1 ? `line${1 + int(100)}` : '',
      rtGroupID: routeType === 6 ? 1 + int(50) : 0,
      changeInd: change ? 1 : 0,
      tranID: change ? 1 + int(200) : 0,
      reAnaInd: change && int(4) === 0 ? 1 : 0,
      clrRefineID: int(3) === 0 ? 1 + int(20) : 0,
      maxDuration: int(2) ? 0 : 3600,
      callLevel: int(4) === 0 ? 1 : 0,
    });
  }
  return data;
}

function countOf(d: PlanData): number {
  return (
    d.transitions.length +
    d.callerRefine.length +
    d.calledRefine.length +
    d.callerAnalysis.length +
    d.calledAnalysis.length +
    d.trunks.length +
    d.lines.length +
    d.routeGroups.length +
    d.routes.length +
    d.speedDials.length +
    d.huntGroups.length +
    d.huntOperators.length +
    d.huntDetections.length
  );
}

function buildCalls(): CallInput[] {
  return Array.from({ length: CALLS }, (_, i) => {
    const called = i % 50 === 0 ? String(5000 + int(200)) : digits(8 + int(5));
    if (i % 4 === 0) return { caller: String(1000 + int(500)), called };
    if (i % 4 === 1) return { caller: digits(10), called, ip: `10.1.0.${1 + int(100)}` };
    return { caller: digits(10), called };
  });
}

function measure(what: string, fn: () => number): number {
  let best = 0;
  let check = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    check += fn();
    const seconds = (performance.now() - started) / 1000;
    best = Math.max(best, CALLS / seconds);
  }
  console.log(
    `${what.padEnd(44)} ${Math.round(best).toLocaleString('en-US').padStart(12)} numbers/s  (best of ${ROUNDS}; check ${check})`,
  );
  return best;
}

const started = performance.now();
const data = buildPlanData();
const plan = new RoutingPlan(data);
const buildMs = performance.now() - started;
const calls = buildCalls();
console.log(
  `plan: ${plan.size.toLocaleString('en-US')} records (${data.calledAnalysis.length.toLocaleString('en-US')} called-number rules), built in ${buildMs.toFixed(0)} ms; ${CALLS.toLocaleString('en-US')} calls`,
);

// Baseline: the bare longest-prefix lookup of each called number in one Map of the same called-number rules.
const bare = new Map(data.calledAnalysis.map((r) => [r.calledNbr, r]));
const baseline = measure('baseline: bare Map longest-prefix lookup', () => {
  let hits = 0;
  for (const call of calls) {
    for (let length = Math.min(call.called.length, 7); length >= 1; length--) {
      if (bare.get(call.called.slice(0, length))) {
        hits++;
        break;
      }
    }
  }
  return hits;
});

const outcomes = new Map<string, number>();
const engine = measure('resolveOnPlan (full number analysis)', () => {
  let destinations = 0;
  for (const call of calls) destinations += resolveOnPlan(plan, call).destinations.length;
  return destinations;
});
for (const call of calls) {
  const outcome = resolveOnPlan(plan, call).outcome;
  outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
}
console.log(`outcomes: ${[...outcomes].map(([o, n]) => `${o} ${n}`).join(', ')}`);
console.log(
  `ratio: the engine runs at ${(engine / baseline).toFixed(3)} of the bare lookup's rate (${(baseline / engine).toFixed(1)}x slower); target 100,000 numbers/s: ${engine >= 100_000 ? 'met' : 'NOT met'}`,
);
