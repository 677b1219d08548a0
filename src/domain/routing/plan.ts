/**
 * The in-memory routing plan: every rule of the dial plan indexed for resolution (prefix tables per dial plan and
 * group, maps by ID). Built once from PlanData and never changed: a rule change builds a new plan.
 */
import { PrefixTable } from './prefix-table.ts';
import type {
  CalledAnalysisRule,
  CalledRefineRule,
  CallerAnalysisRule,
  CallerRefineRule,
  ExternalLine,
  HuntGroup,
  LocalUserProfile,
  PlanData,
  RouteMember,
  SpeedDial,
  Transition,
  Trunk,
} from './types.ts';

export const DEFAULT_DIAL_PLAN = 'default';

export interface HuntGroupPlan {
  group: HuntGroup;
  operators: string[];
}

export class RoutingPlan {
  readonly transitions = new Map<number, Transition>();
  readonly callerRefine = new Map<number, PrefixTable<CallerRefineRule>>();
  readonly calledRefine = new Map<number, PrefixTable<CalledRefineRule>>();
  readonly callerAnalysis = new PrefixTable<CallerAnalysisRule>();
  readonly calledAnalysis = new Map<string, PrefixTable<CalledAnalysisRule>>();
  readonly trunks = new Map<number, Trunk>();
  readonly trunksByAddress = new Map<string, Trunk>();
  readonly lines = new Map<string, ExternalLine>();
  readonly linesByHost = new Map<string, ExternalLine>();
  /** Lines shared with every local user (shareInd 1), by name: the lines an external-line rule without a line uses. */
  readonly sharedLines: ExternalLine[] = [];
  readonly routeGroups = new Map<number, RouteMember[]>();
  readonly speedDials = new Map<string, SpeedDial>();
  readonly huntGroups = new Map<number, HuntGroupPlan>();
  readonly huntDetections = new Map<string, number>();
  readonly localUsers = new Map<string, LocalUserProfile>();
  /** How many rules and records the plan holds (for logs and the benchmark). */
  readonly size: number;

  constructor(data: PlanData) {
    for (const t of data.transitions) this.transitions.set(t.tranID, t);
    for (const r of data.callerRefine) tableOf(this.callerRefine, r.grpID).set(r.callerNbr, r);
    for (const r of data.calledRefine) tableOf(this.calledRefine, r.groupID).set(r.calledPrefix, r);
    for (const r of data.callerAnalysis) this.callerAnalysis.set(r.callerNbr, r);
    for (const r of data.calledAnalysis) tableOf(this.calledAnalysis, r.dialPlan).set(r.calledNbr, r);
    for (const t of [...data.trunks].sort((a, b) => a.servID - b.servID)) {
      this.trunks.set(t.servID, t);
      if (t.servAddr && !this.trunksByAddress.has(t.servAddr)) this.trunksByAddress.set(t.servAddr, t);
    }
    for (const l of [...data.lines].sort((a, b) => compareText(a.extLine, b.extLine))) {
      this.lines.set(l.extLine, l);
      if (l.host && !this.linesByHost.has(l.host)) this.linesByHost.set(l.host, l);
      if (l.shareInd === 1) this.sharedLines.push(l);
    }
    for (const id of data.routeGroups) this.routeGroups.set(id, []);
    for (const m of data.routes) this.routeGroups.get(m.groupID)?.push(m);
    for (const s of data.speedDials) this.speedDials.set(speedDialKey(s.callerNbr, s.dialedNbr), s);
    for (const g of data.huntGroups) this.huntGroups.set(g.grpID, { group: g, operators: [] });
    for (const o of data.huntOperators) this.huntGroups.get(o.grpID)?.operators.push(o.oper);
    for (const d of data.huntDetections) this.huntDetections.set(detectionKey(d.dialPlan, d.calledNbr), d.grpID);
    for (const u of data.localUsers) this.localUsers.set(u.usrname, u);
    this.size =
      data.transitions.length +
      data.callerRefine.length +
      data.calledRefine.length +
      data.callerAnalysis.length +
      data.calledAnalysis.length +
      data.trunks.length +
      data.lines.length +
      data.routeGroups.length +
      data.routes.length +
      data.speedDials.length +
      data.huntGroups.length +
      data.huntOperators.length +
      data.huntDetections.length;
  }
}

export function speedDialKey(callerNbr: string, dialedNbr: string): string {
  return `${callerNbr}\u0000${dialedNbr}`;
}

export function detectionKey(dialPlan: string, calledNbr: string): string {
  return `${dialPlan}\u0000${calledNbr}`;
}

/** Code-unit order, the same on every engine and locale (names are numbers more often than words). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function tableOf<K, T>(tables: Map<K, PrefixTable<T>>, key: K): PrefixTable<T> {
  let table = tables.get(key);
  if (!table) tables.set(key, (table = new PrefixTable<T>()));
  return table;
}
