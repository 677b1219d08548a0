/**
 * Hand-built dial plans for the routing tests: every record with the API's defaults, only the fields a test cares about
 * given.
 */
import { RoutingPlan } from '../../../src/domain/routing/plan.ts';
import type {
  CalledAnalysisRule,
  ExternalLine,
  HuntGroup,
  LocalUserProfile,
  PlanData,
  Trunk,
} from '../../../src/domain/routing/types.ts';

export function emptyPlanData(): PlanData {
  return {
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
}

export const rule = (r: Partial<CalledAnalysisRule> & Pick<CalledAnalysisRule, 'calledNbr'>): CalledAnalysisRule => ({
  dialPlan: 'default',
  routeType: 0,
  servID: 0,
  extLine: '',
  rtGroupID: 0,
  changeInd: 0,
  tranID: 0,
  reAnaInd: 0,
  clrRefineID: 0,
  maxDuration: 0,
  callLevel: 0,
  ...r,
});

export const trunk = (t: Partial<Trunk> & Pick<Trunk, 'servID'>): Trunk => ({
  desc: '',
  servAddr: `10.0.0.${t.servID}`,
  servPort: 5060,
  transport: 0,
  callerID: '',
  dialPlan: 'default',
  ogGroupID: 0,
  chainTrunkID: 0,
  ...t,
});

export const line = (l: Partial<ExternalLine> & Pick<ExternalLine, 'extLine'>): ExternalLine => ({
  host: 'sip.example.net',
  port: 5060,
  transport: 0,
  localUser: '',
  chain: '',
  ogGroupID: 0,
  shareInd: 0,
  origCallerNbr: 0,
  maxDur: 0,
  ...l,
});

export const user = (u: Partial<LocalUserProfile> & Pick<LocalUserProfile, 'usrname'>): LocalUserProfile => ({
  dialPlan: 'default',
  specextline: '',
  maxdura: 0,
  calllevel: 0,
  ...u,
});

export const huntGroup = (g: Partial<HuntGroup> & Pick<HuntGroup, 'grpID' | 'strategy'>): HuntGroup => ({
  noAnsTmr: 0,
  queueInd: 0,
  maxCall: 0,
  maxDura: 0,
  ...g,
});

/** A plan from the parts given; local users 100, 101 and 102 exist unless the test says otherwise. */
export function planOf(parts: Partial<PlanData> = {}): RoutingPlan {
  return new RoutingPlan({
    ...emptyPlanData(),
    localUsers: ['100', '101', '102'].map((usrname) => user({ usrname })),
    ...parts,
  });
}
