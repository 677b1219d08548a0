/**
 * The dial plan as the routing engine sees it: plain records with the miniSIPServer field names (seed 003), so that
 * database rows, API records and hand-built test plans all fit, and what a resolution answers.
 */

/** natran (003:L606-L680): 1 add, 2 replace, 3 delete, at tranStart (0-based) over tranLen characters. */
export interface Transition {
  tranID: number;
  type: number;
  tranStart: number;
  tranLen: number;
  prefix: string;
}
/** refineclrnbr (003:L682-L756): in group grpID, callers starting with callerNbr get transition tranID. */
export interface CallerRefineRule {
  grpID: number;
  callerNbr: string;
  tranID: number;
}
/** refinecldnbr (003:L758-L832): in group groupID, called numbers starting with calledPrefix get transition transID. */
export interface CalledRefineRule {
  groupID: number;
  calledPrefix: string;
  transID: number;
}
/**
 * anaclrnbr (003:L834-L906): callers starting with callerNbr get transition tranID (0 none) and dial plan dialPlan (''
 * keeps it).
 */
export interface CallerAnalysisRule {
  callerNbr: string;
  tranID: number;
  dialPlan: string;
}

/** anacldnbr routeType (003:L950-L955). */
export const ROUTE_TYPE = { localUser: 0, externalLine: 1, sipTrunk: 2, intercept: 4, routingGroup: 6 } as const;

/** anacldnbr (003:L908-L1002): in dialPlan, called numbers starting with calledNbr. */
export interface CalledAnalysisRule {
  dialPlan: string;
  calledNbr: string;
  routeType: number;
  servID: number;
  extLine: string;
  rtGroupID: number;
  changeInd: number;
  tranID: number;
  reAnaInd: number;
  clrRefineID: number;
  maxDuration: number;
  callLevel: number;
}

/** peerserver (003:L379-L468). */
export interface Trunk {
  servID: number;
  desc: string;
  servAddr: string;
  servPort: number;
  transport: number;
  callerID: string;
  dialPlan: string;
  ogGroupID: number;
  chainTrunkID: number;
}

/** extline (003:L266-L377). */
export interface ExternalLine {
  extLine: string;
  host: string;
  port: number;
  transport: number;
  localUser: string;
  chain: string;
  ogGroupID: number;
  shareInd: number;
  origCallerNbr: number;
  maxDur: number;
}

/** route (003:L547-L604): routeType 1 external line, 2 SIP trunk. */
export interface RouteMember {
  groupID: number;
  routeType: number;
  sipTrunkID: number;
  extLine: string;
}
/** speeddial (003:L1004-L1086). */
export interface SpeedDial {
  callerNbr: string;
  dialedNbr: string;
  destNbr: string;
}
/** hginfo (003:L1088-L1171): strategy 1 round robin, 2 linear. */
export interface HuntGroup {
  grpID: number;
  strategy: number;
  noAnsTmr: number;
  queueInd: number;
  maxCall: number;
  maxDura: number;
}
/** hgoper (003:L1173-L1226). */
export interface HuntOperator {
  oper: string;
  grpID: number;
}
/** hgdect (003:L1228-L1299). */
export interface HuntDetection {
  dialPlan: string;
  calledNbr: string;
  grpID: number;
}
/** The routing-relevant settings of a local user (003:L172-L236). */
export interface LocalUserProfile {
  usrname: string;
  dialPlan: string;
  specextline: string;
  maxdura: number;
  calllevel: number;
}

/** Everything a plan is built from; lists keep the order that matters (route members, operators). */
export interface PlanData {
  transitions: Transition[];
  callerRefine: CallerRefineRule[];
  calledRefine: CalledRefineRule[];
  callerAnalysis: CallerAnalysisRule[];
  calledAnalysis: CalledAnalysisRule[];
  trunks: Trunk[];
  lines: ExternalLine[];
  routeGroups: number[];
  routes: RouteMember[];
  speedDials: SpeedDial[];
  huntGroups: HuntGroup[];
  huntOperators: HuntOperator[];
  huntDetections: HuntDetection[];
  localUsers: LocalUserProfile[];
}

/** A call to resolve: the caller and called numbers as received, and where the call comes from. */
export interface CallInput {
  caller: string;
  called: string;
  /** The sending address: a SIP trunk's servAddr or an external line's host makes the call come from it. */
  ip?: string;
  /** The call arrives on this SIP trunk (servID), whatever its address. */
  trunk?: number;
  /** Start in this dial plan instead of the origin's. */
  dialPlan?: string;
}

export type DestinationKind = 'localuser' | 'extline' | 'trunk';

/** One place to try, in order; numbers are final (after the refinement of the line or trunk). */
export interface Destination {
  /** 1 for the destination tried first. */
  order: number;
  kind: DestinationKind;
  /** The local user's number, the external line's name, or the trunk's servID as text. */
  target: string;
  /** host:port of the line or trunk; '' for a local user (its registration is the SIP edge's to know). */
  address: string;
  transport: 'udp' | 'tcp' | '';
  caller: string;
  called: string;
  /** Seconds; 0 means no limit. */
  maxDuration: number;
  /** How this destination was reached (the rule itself, a chain, a routing group, a hunt group). */
  via: string;
}

/** One rule that acted on the call, by its API object and key. */
export interface AppliedRule {
  object: string;
  key: string;
  detail: string;
}

/**
 * routed: destinations to try in order; intercepted: an intercept rule (routeType 4) took the call; unroutable: no
 * destination (unknown local user, missing line or trunk, empty group); rejected: the caller may not place it (call
 * level); loop: re-analysis came back to a number already analysed, or went on past the bound.
 */
export type Outcome = 'routed' | 'intercepted' | 'unroutable' | 'rejected' | 'loop';

export interface Resolution {
  outcome: Outcome;
  reason?: string;
  /** For unroutable: the record that is missing (a local user number, a line, a trunk, a group). */
  missing?: { object: 'localuser' | 'extline' | 'peerserver' | 'routegroup' | 'hginfo'; id: string };
  origin: { kind: 'localuser' | 'trunk' | 'extline' | 'unknown'; id: string };
  /** The dial plan the final analysis ran in. */
  dialPlan: string;
  /** Caller and called after analysis, before the per-destination refinement. */
  caller: string;
  called: string;
  destinations: Destination[];
  applied: AppliedRule[];
  /** Seconds; 0 means no limit (the smallest limit of the rule and the calling user). */
  maxDuration: number;
  callLevel: number;
  /** Set when a hunting group answers the call. */
  huntGroup?: HuntGroup;
}
