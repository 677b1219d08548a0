// generated from spec/ — do not edit; run `make generate`
import { done, read, asBoolean, asEnum, asInteger, asString } from '../../src/protocol/coerce.ts';
import type { ParamIssue, RawParams, Validated } from '../../src/protocol/coerce.ts';
import type { AnacldnbrDeleteParams, AnacldnbrListParams, AnacldnbrQueryParams, AnacldnbrSetParams, AnaclrnbrDeleteParams, AnaclrnbrListParams, AnaclrnbrQueryParams, AnaclrnbrSetParams, ExtlineDeleteParams, ExtlineListParams, ExtlineQueryParams, ExtlineSetParams, HgdectDeleteParams, HgdectListParams, HgdectQueryParams, HgdectSetParams, HginfoDeleteParams, HginfoListParams, HginfoQueryParams, HginfoSetParams, HgoperDeleteParams, HgoperListParams, HgoperSetParams, LocaluserDeleteParams, LocaluserListParams, LocaluserQueryParams, LocaluserSetParams, NatranDeleteParams, NatranListParams, NatranQueryParams, NatranSetParams, PeerserverDeleteParams, PeerserverListParams, PeerserverQueryParams, PeerserverSetParams, RefinecldnbrDeleteParams, RefinecldnbrListParams, RefinecldnbrQueryParams, RefinecldnbrSetParams, RefineclrnbrDeleteParams, RefineclrnbrListParams, RefineclrnbrQueryParams, RefineclrnbrSetParams, RouteAddParams, RouteDeleteParams, RouteListParams, RoutegroupDeleteParams, RoutegroupListParams, RoutegroupQueryParams, RoutegroupSetParams, SessionReleaseParams, SpeeddialDeleteParams, SpeeddialListParams, SpeeddialQueryParams, SpeeddialSetParams, SysinfoQueryParams, SysinfoUpdateParams, VersionQueryParams } from './types.ts';
const anacldnbrDelete_0_names = ["dialPlan"] as const;
const anacldnbrDelete_0_coerce = asString({ minLength: 1, maxLength: 32 });
const anacldnbrDelete_1_names = ["calledNbr"] as const;
const anacldnbrDelete_1_coerce = asString({ maxLength: 32 });
/** anacldnbr/delete: 2 parameter(s). */
export function validateAnacldnbrDelete(raw: RawParams): Validated<AnacldnbrDeleteParams> {
  const issues: ParamIssue[] = [];
  const params = {
    dialPlan: read(raw, anacldnbrDelete_0_names, "dialPlan", true, anacldnbrDelete_0_coerce, issues),
    calledNbr: read(raw, anacldnbrDelete_1_names, "calledNbr", true, anacldnbrDelete_1_coerce, issues),
  } as AnacldnbrDeleteParams;
  return done(params, issues);
}

const anacldnbrList_0_names = ["pageIndex"] as const;
const anacldnbrList_0_coerce = asInteger({ min: 0 });
/** anacldnbr/list: 1 parameter(s). */
export function validateAnacldnbrList(raw: RawParams): Validated<AnacldnbrListParams> {
  const issues: ParamIssue[] = [];
  const params = {
    pageIndex: read(raw, anacldnbrList_0_names, "pageIndex", false, anacldnbrList_0_coerce, issues, 0),
  } as AnacldnbrListParams;
  return done(params, issues);
}

const anacldnbrQuery_0_names = ["dialPlan"] as const;
const anacldnbrQuery_0_coerce = asString({ minLength: 1, maxLength: 32 });
const anacldnbrQuery_1_names = ["calledNbr"] as const;
const anacldnbrQuery_1_coerce = asString({ maxLength: 32 });
/** anacldnbr/query: 2 parameter(s). */
export function validateAnacldnbrQuery(raw: RawParams): Validated<AnacldnbrQueryParams> {
  const issues: ParamIssue[] = [];
  const params = {
    dialPlan: read(raw, anacldnbrQuery_0_names, "dialPlan", true, anacldnbrQuery_0_coerce, issues),
    calledNbr: read(raw, anacldnbrQuery_1_names, "calledNbr", true, anacldnbrQuery_1_coerce, issues),
  } as AnacldnbrQueryParams;
  return done(params, issues);
}

const anacldnbrSet_0_names = ["dialPlan"] as const;
const anacldnbrSet_0_coerce = asString({ minLength: 1, maxLength: 32 });
const anacldnbrSet_1_names = ["calledNbr"] as const;
const anacldnbrSet_1_coerce = asString({ maxLength: 32 });
const anacldnbrSet_2_names = ["description"] as const;
const anacldnbrSet_2_coerce = asString({ maxLength: 128 });
const anacldnbrSet_3_names = ["routeType"] as const;
const anacldnbrSet_3_coerce = asEnum([0, 1, 2, 4, 6] as const);
const anacldnbrSet_4_names = ["servID"] as const;
const anacldnbrSet_4_coerce = asInteger({ min: 0 });
const anacldnbrSet_5_names = ["extLine"] as const;
const anacldnbrSet_5_coerce = asString({ maxLength: 64 });
const anacldnbrSet_6_names = ["rtGroupID"] as const;
const anacldnbrSet_6_coerce = asInteger({ min: 0 });
const anacldnbrSet_7_names = ["changeInd"] as const;
const anacldnbrSet_7_coerce = asInteger({ min: 0, max: 1 });
const anacldnbrSet_8_names = ["tranID"] as const;
const anacldnbrSet_8_coerce = asInteger({ min: 0 });
const anacldnbrSet_9_names = ["reAnaInd"] as const;
const anacldnbrSet_9_coerce = asInteger({ min: 0, max: 1 });
const anacldnbrSet_10_names = ["clrRefineID"] as const;
const anacldnbrSet_10_coerce = asInteger({ min: 0 });
const anacldnbrSet_11_names = ["maxDuration"] as const;
const anacldnbrSet_11_coerce = asInteger({ min: 0 });
const anacldnbrSet_12_names = ["callLevel"] as const;
const anacldnbrSet_12_coerce = asInteger({ min: 0 });
/** anacldnbr/set: 13 parameter(s). */
export function validateAnacldnbrSet(raw: RawParams): Validated<AnacldnbrSetParams> {
  const issues: ParamIssue[] = [];
  const params = {
    dialPlan: read(raw, anacldnbrSet_0_names, "dialPlan", true, anacldnbrSet_0_coerce, issues),
    calledNbr: read(raw, anacldnbrSet_1_names, "calledNbr", true, anacldnbrSet_1_coerce, issues),
    description: read(raw, anacldnbrSet_2_names, "description", false, anacldnbrSet_2_coerce, issues),
    routeType: read(raw, anacldnbrSet_3_names, "routeType", false, anacldnbrSet_3_coerce, issues),
    servID: read(raw, anacldnbrSet_4_names, "servID", false, anacldnbrSet_4_coerce, issues),
    extLine: read(raw, anacldnbrSet_5_names, "extLine", false, anacldnbrSet_5_coerce, issues),
    rtGroupID: read(raw, anacldnbrSet_6_names, "rtGroupID", false, anacldnbrSet_6_coerce, issues),
    changeInd: read(raw, anacldnbrSet_7_names, "changeInd", false, anacldnbrSet_7_coerce, issues),
    tranID: read(raw, anacldnbrSet_8_names, "tranID", false, anacldnbrSet_8_coerce, issues),
    reAnaInd: read(raw, anacldnbrSet_9_names, "reAnaInd", false, anacldnbrSet_9_coerce, issues),
    clrRefineID: read(raw, anacldnbrSet_10_names, "clrRefineID", false, anacldnbrSet_10_coerce, issues),
    maxDuration: read(raw, anacldnbrSet_11_names, "maxDuration", false, anacldnbrSet_11_coerce, issues),
    callLevel: read(raw, anacldnbrSet_12_names, "callLevel", false, anacldnbrSet_12_coerce, issues),
  } as AnacldnbrSetParams;
  return done(params, issues);
}

const anaclrnbrDelete_0_names = ["callerNbr"] as const;
const anaclrnbrDelete_0_coerce = asString({ maxLength: 32 });
/** anaclrnbr/delete: 1 parameter(s). */
export function validateAnaclrnbrDelete(raw: RawParams): Validated<AnaclrnbrDeleteParams> {
  const issues: ParamIssue[] = [];
  const params = {
    callerNbr: read(raw, anaclrnbrDelete_0_names, "callerNbr", true, anaclrnbrDelete_0_coerce, issues),
  } as AnaclrnbrDeleteParams;
  return done(params, issues);
}

const anaclrnbrList_0_names = ["pageIndex"] as const;
const anaclrnbrList_0_coerce = asInteger({ min: 0 });
/** anaclrnbr/list: 1 parameter(s). */
export function validateAnaclrnbrList(raw: RawParams): Validated<AnaclrnbrListParams> {
  const issues: ParamIssue[] = [];
  const params = {
    pageIndex: read(raw, anaclrnbrList_0_names, "pageIndex", false, anaclrnbrList_0_coerce, issues, 0),
  } as AnaclrnbrListParams;
  return done(params, issues);
}

const anaclrnbrQuery_0_names = ["callerNbr"] as const;
const anaclrnbrQuery_0_coerce = asString({ maxLength: 32 });
/** anaclrnbr/query: 1 parameter(s). */
export function validateAnaclrnbrQuery(raw: RawParams): Validated<AnaclrnbrQueryParams> {
  const issues: ParamIssue[] = [];
  const params = {
    callerNbr: read(raw, anaclrnbrQuery_0_names, "callerNbr", true, anaclrnbrQuery_0_coerce, issues),
  } as AnaclrnbrQueryParams;
  return done(params, issues);
}

const anaclrnbrSet_0_names = ["callerNbr"] as const;
const anaclrnbrSet_0_coerce = asString({ maxLength: 32 });
const anaclrnbrSet_1_names = ["description"] as const;
const anaclrnbrSet_1_coerce = asString({ maxLength: 128 });
const anaclrnbrSet_2_names = ["tranID"] as const;
const anaclrnbrSet_2_coerce = asInteger({ min: 0 });
const anaclrnbrSet_3_names = ["dialPlan"] as const;
const anaclrnbrSet_3_coerce = asString({ maxLength: 32 });
const anaclrnbrSet_4_names = ["groupID"] as const;
const anaclrnbrSet_4_coerce = asInteger({ min: 0 });
/** anaclrnbr/set: 5 parameter(s). */
export function validateAnaclrnbrSet(raw: RawParams): Validated<AnaclrnbrSetParams> {
  const issues: ParamIssue[] = [];
  const params = {
    callerNbr: read(raw, anaclrnbrSet_0_names, "callerNbr", true, anaclrnbrSet_0_coerce, issues),
    description: read(raw, anaclrnbrSet_1_names, "description", true, anaclrnbrSet_1_coerce, issues, ""),
    tranID: read(raw, anaclrnbrSet_2_names, "tranID", true, anaclrnbrSet_2_coerce, issues),
    dialPlan: read(raw, anaclrnbrSet_3_names, "dialPlan", true, anaclrnbrSet_3_coerce, issues, ""),
    groupID: read(raw, anaclrnbrSet_4_names, "groupID", false, anaclrnbrSet_4_coerce, issues),
  } as AnaclrnbrSetParams;
  return done(params, issues);
}

const extlineDelete_0_names = ["extLine"] as const;
const extlineDelete_0_coerce = asString({ minLength: 1, maxLength: 64 });
/** extline/delete: 1 parameter(s). */
export function validateExtlineDelete(raw: RawParams): Validated<ExtlineDeleteParams> {
  const issues: ParamIssue[] = [];
  const params = {
    extLine: read(raw, extlineDelete_0_names, "extLine", true, extlineDelete_0_coerce, issues),
  } as ExtlineDeleteParams;
  return done(params, issues);
}

const extlineList_0_names = ["pageIndex"] as const;
const extlineList_0_coerce = asInteger({ min: 0 });
/** extline/list: 1 parameter(s). */
export function validateExtlineList(raw: RawParams): Validated<ExtlineListParams> {
  const issues: ParamIssue[] = [];
  const params = {
    pageIndex: read(raw, extlineList_0_names, "pageIndex", false, extlineList_0_coerce, issues, 0),
  } as ExtlineListParams;
  return done(params, issues);
}

const extlineQuery_0_names = ["extLine"] as const;
const extlineQuery_0_coerce = asString({ minLength: 1, maxLength: 64 });
/** extline/query: 1 parameter(s). */
export function validateExtlineQuery(raw: RawParams): Validated<ExtlineQueryParams> {
  const issues: ParamIssue[] = [];
  const params = {
    extLine: read(raw, extlineQuery_0_names, "extLine", true, extlineQuery_0_coerce, issues),
  } as ExtlineQueryParams;
  return done(params, issues);
}

const extlineSet_0_names = ["extLine"] as const;
const extlineSet_0_coerce = asString({ minLength: 1, maxLength: 64 });
const extlineSet_1_names = ["state"] as const;
const extlineSet_1_coerce = asEnum([0, 1, 2, 3] as const);
const extlineSet_2_names = ["host"] as const;
const extlineSet_2_coerce = asString({ maxLength: 255 });
const extlineSet_3_names = ["port"] as const;
const extlineSet_3_coerce = asInteger({ min: 1, max: 65535 });
const extlineSet_4_names = ["localUser"] as const;
const extlineSet_4_coerce = asString({ maxLength: 32 });
const extlineSet_5_names = ["type"] as const;
const extlineSet_5_coerce = asEnum([0, 1] as const);
const extlineSet_6_names = ["password"] as const;
const extlineSet_6_coerce = asString({ maxLength: 64 });
const extlineSet_7_names = ["authID"] as const;
const extlineSet_7_coerce = asString({ maxLength: 64 });
const extlineSet_8_names = ["maxDur"] as const;
const extlineSet_8_coerce = asInteger({ min: 0 });
const extlineSet_9_names = ["chain"] as const;
const extlineSet_9_coerce = asString({ maxLength: 64 });
const extlineSet_10_names = ["transport"] as const;
const extlineSet_10_coerce = asEnum([0, 1] as const);
const extlineSet_11_names = ["ogGroupID"] as const;
const extlineSet_11_coerce = asInteger({ min: 0 });
const extlineSet_12_names = ["maxMOCalls"] as const;
const extlineSet_12_coerce = asInteger({ min: 0 });
const extlineSet_13_names = ["otcID"] as const;
const extlineSet_13_coerce = asInteger({ min: 0 });
const extlineSet_14_names = ["noAnsTimer"] as const;
const extlineSet_14_coerce = asInteger({ min: 0 });
const extlineSet_15_names = ["description"] as const;
const extlineSet_15_coerce = asString({ maxLength: 128 });
const extlineSet_16_names = ["maxCalls"] as const;
const extlineSet_16_coerce = asInteger({ min: 0 });
const extlineSet_17_names = ["aaInd"] as const;
const extlineSet_17_coerce = asInteger({ min: 0, max: 1 });
const extlineSet_18_names = ["outbandInd"] as const;
const extlineSet_18_coerce = asInteger({ min: 0, max: 1 });
const extlineSet_19_names = ["outbandServer"] as const;
const extlineSet_19_coerce = asString({ maxLength: 255 });
const extlineSet_20_names = ["outbandPort"] as const;
const extlineSet_20_coerce = asInteger({ min: 0, max: 65535 });
const extlineSet_21_names = ["shareInd"] as const;
const extlineSet_21_coerce = asInteger({ min: 0, max: 1 });
const extlineSet_22_names = ["origCallerNbr"] as const;
const extlineSet_22_coerce = asInteger({ min: 0, max: 1 });
const extlineSet_23_names = ["authidWithAddrInd"] as const;
const extlineSet_23_coerce = asInteger({ min: 0, max: 1 });
const extlineSet_24_names = ["reInviteInd"] as const;
const extlineSet_24_coerce = asInteger({ min: 0, max: 1 });
const extlineSet_25_names = ["donotRegInd"] as const;
const extlineSet_25_coerce = asInteger({ min: 0, max: 1 });
const extlineSet_26_names = ["incomingLI"] as const;
const extlineSet_26_coerce = asInteger({ min: 0, max: 1 });
/** extline/set: 27 parameter(s). */
export function validateExtlineSet(raw: RawParams): Validated<ExtlineSetParams> {
  const issues: ParamIssue[] = [];
  const params = {
    extLine: read(raw, extlineSet_0_names, "extLine", true, extlineSet_0_coerce, issues),
    state: read(raw, extlineSet_1_names, "state", false, extlineSet_1_coerce, issues),
    host: read(raw, extlineSet_2_names, "host", false, extlineSet_2_coerce, issues),
    port: read(raw, extlineSet_3_names, "port", false, extlineSet_3_coerce, issues),
    localUser: read(raw, extlineSet_4_names, "localUser", false, extlineSet_4_coerce, issues),
    type: read(raw, extlineSet_5_names, "type", false, extlineSet_5_coerce, issues),
    password: read(raw, extlineSet_6_names, "password", false, extlineSet_6_coerce, issues),
    authID: read(raw, extlineSet_7_names, "authID", false, extlineSet_7_coerce, issues),
    maxDur: read(raw, extlineSet_8_names, "maxDur", false, extlineSet_8_coerce, issues, 0),
    chain: read(raw, extlineSet_9_names, "chain", false, extlineSet_9_coerce, issues),
    transport: read(raw, extlineSet_10_names, "transport", false, extlineSet_10_coerce, issues),
    ogGroupID: read(raw, extlineSet_11_names, "ogGroupID", false, extlineSet_11_coerce, issues),
    maxMOCalls: read(raw, extlineSet_12_names, "maxMOCalls", false, extlineSet_12_coerce, issues, 20),
    otcID: read(raw, extlineSet_13_names, "otcID", false, extlineSet_13_coerce, issues),
    noAnsTimer: read(raw, extlineSet_14_names, "noAnsTimer", false, extlineSet_14_coerce, issues),
    description: read(raw, extlineSet_15_names, "description", false, extlineSet_15_coerce, issues),
    maxCalls: read(raw, extlineSet_16_names, "maxCalls", false, extlineSet_16_coerce, issues),
    aaInd: read(raw, extlineSet_17_names, "aaInd", false, extlineSet_17_coerce, issues),
    outbandInd: read(raw, extlineSet_18_names, "outbandInd", false, extlineSet_18_coerce, issues),
    outbandServer: read(raw, extlineSet_19_names, "outbandServer", false, extlineSet_19_coerce, issues),
    outbandPort: read(raw, extlineSet_20_names, "outbandPort", false, extlineSet_20_coerce, issues),
    shareInd: read(raw, extlineSet_21_names, "shareInd", false, extlineSet_21_coerce, issues),
    origCallerNbr: read(raw, extlineSet_22_names, "origCallerNbr", false, extlineSet_22_coerce, issues),
    authidWithAddrInd: read(raw, extlineSet_23_names, "authidWithAddrInd", false, extlineSet_23_coerce, issues),
    reInviteInd: read(raw, extlineSet_24_names, "reInviteInd", false, extlineSet_24_coerce, issues),
    donotRegInd: read(raw, extlineSet_25_names, "donotRegInd", false, extlineSet_25_coerce, issues),
    incomingLI: read(raw, extlineSet_26_names, "incomingLI", false, extlineSet_26_coerce, issues),
  } as ExtlineSetParams;
  return done(params, issues);
}

const hgdectDelete_0_names = ["dialPlan"] as const;
const hgdectDelete_0_coerce = asString({ minLength: 1, maxLength: 32 });
const hgdectDelete_1_names = ["calledNbr"] as const;
const hgdectDelete_1_coerce = asString({ minLength: 1, maxLength: 32 });
/** hgdect/delete: 2 parameter(s). */
export function validateHgdectDelete(raw: RawParams): Validated<HgdectDeleteParams> {
  const issues: ParamIssue[] = [];
  const params = {
    dialPlan: read(raw, hgdectDelete_0_names, "dialPlan", true, hgdectDelete_0_coerce, issues),
    calledNbr: read(raw, hgdectDelete_1_names, "calledNbr", true, hgdectDelete_1_coerce, issues),
  } as HgdectDeleteParams;
  return done(params, issues);
}

const hgdectList_0_names = ["pageIndex"] as const;
const hgdectList_0_coerce = asInteger({ min: 0 });
/** hgdect/list: 1 parameter(s). */
export function validateHgdectList(raw: RawParams): Validated<HgdectListParams> {
  const issues: ParamIssue[] = [];
  const params = {
    pageIndex: read(raw, hgdectList_0_names, "pageIndex", false, hgdectList_0_coerce, issues, 0),
  } as HgdectListParams;
  return done(params, issues);
}

const hgdectQuery_0_names = ["dialPlan"] as const;
const hgdectQuery_0_coerce = asString({ minLength: 1, maxLength: 32 });
const hgdectQuery_1_names = ["calledNbr"] as const;
const hgdectQuery_1_coerce = asString({ minLength: 1, maxLength: 32 });
/** hgdect/query: 2 parameter(s). */
export function validateHgdectQuery(raw: RawParams): Validated<HgdectQueryParams> {
  const issues: ParamIssue[] = [];
  const params = {
    dialPlan: read(raw, hgdectQuery_0_names, "dialPlan", true, hgdectQuery_0_coerce, issues),
    calledNbr: read(raw, hgdectQuery_1_names, "calledNbr", true, hgdectQuery_1_coerce, issues),
  } as HgdectQueryParams;
  return done(params, issues);
}

const hgdectSet_0_names = ["dialPlan"] as const;
const hgdectSet_0_coerce = asString({ minLength: 1, maxLength: 32 });
const hgdectSet_1_names = ["calledNbr"] as const;
const hgdectSet_1_coerce = asString({ minLength: 1, maxLength: 32 });
const hgdectSet_2_names = ["grpID"] as const;
const hgdectSet_2_coerce = asInteger({ min: 1 });
/** hgdect/set: 3 parameter(s). */
export function validateHgdectSet(raw: RawParams): Validated<HgdectSetParams> {
  const issues: ParamIssue[] = [];
  const params = {
    dialPlan: read(raw, hgdectSet_0_names, "dialPlan", true, hgdectSet_0_coerce, issues),
    calledNbr: read(raw, hgdectSet_1_names, "calledNbr", true, hgdectSet_1_coerce, issues),
    grpID: read(raw, hgdectSet_2_names, "grpID", true, hgdectSet_2_coerce, issues),
  } as HgdectSetParams;
  return done(params, issues);
}

const hginfoDelete_0_names = ["grpID"] as const;
const hginfoDelete_0_coerce = asInteger({ min: 1 });
/** hginfo/delete: 1 parameter(s). */
export function validateHginfoDelete(raw: RawParams): Validated<HginfoDeleteParams> {
  const issues: ParamIssue[] = [];
  const params = {
    grpID: read(raw, hginfoDelete_0_names, "grpID", true, hginfoDelete_0_coerce, issues),
  } as HginfoDeleteParams;
  return done(params, issues);
}

const hginfoList_0_names = ["pageIndex"] as const;
const hginfoList_0_coerce = asInteger({ min: 0 });
/** hginfo/list: 1 parameter(s). */
export function validateHginfoList(raw: RawParams): Validated<HginfoListParams> {
  const issues: ParamIssue[] = [];
  const params = {
    pageIndex: read(raw, hginfoList_0_names, "pageIndex", false, hginfoList_0_coerce, issues, 0),
  } as HginfoListParams;
  return done(params, issues);
}

const hginfoQuery_0_names = ["grpID"] as const;
const hginfoQuery_0_coerce = asInteger({ min: 1 });
/** hginfo/query: 1 parameter(s). */
export function validateHginfoQuery(raw: RawParams): Validated<HginfoQueryParams> {
  const issues: ParamIssue[] = [];
  const params = {
    grpID: read(raw, hginfoQuery_0_names, "grpID", true, hginfoQuery_0_coerce, issues),
  } as HginfoQueryParams;
  return done(params, issues);
}

const hginfoSet_0_names = ["grpID"] as const;
const hginfoSet_0_coerce = asInteger({ min: 1 });
const hginfoSet_1_names = ["strategy"] as const;
const hginfoSet_1_coerce = asEnum([1, 2] as const);
const hginfoSet_2_names = ["desc"] as const;
const hginfoSet_2_coerce = asString({ maxLength: 128 });
const hginfoSet_3_names = ["noAnsTmr"] as const;
const hginfoSet_3_coerce = asInteger({ min: 0 });
const hginfoSet_4_names = ["queueInd"] as const;
const hginfoSet_4_coerce = asInteger({ min: 0, max: 1 });
const hginfoSet_5_names = ["maxCall"] as const;
const hginfoSet_5_coerce = asInteger({ min: 0 });
const hginfoSet_6_names = ["maxDura"] as const;
const hginfoSet_6_coerce = asInteger({ min: 0 });
/** hginfo/set: 7 parameter(s). */
export function validateHginfoSet(raw: RawParams): Validated<HginfoSetParams> {
  const issues: ParamIssue[] = [];
  const params = {
    grpID: read(raw, hginfoSet_0_names, "grpID", true, hginfoSet_0_coerce, issues),
    strategy: read(raw, hginfoSet_1_names, "strategy", true, hginfoSet_1_coerce, issues),
    desc: read(raw, hginfoSet_2_names, "desc", false, hginfoSet_2_coerce, issues),
    noAnsTmr: read(raw, hginfoSet_3_names, "noAnsTmr", false, hginfoSet_3_coerce, issues),
    queueInd: read(raw, hginfoSet_4_names, "queueInd", false, hginfoSet_4_coerce, issues),
    maxCall: read(raw, hginfoSet_5_names, "maxCall", false, hginfoSet_5_coerce, issues),
    maxDura: read(raw, hginfoSet_6_names, "maxDura", false, hginfoSet_6_coerce, issues),
  } as HginfoSetParams;
  return done(params, issues);
}

const hgoperDelete_0_names = ["oper"] as const;
const hgoperDelete_0_coerce = asString({ minLength: 1, maxLength: 32 });
/** hgoper/delete: 1 parameter(s). */
export function validateHgoperDelete(raw: RawParams): Validated<HgoperDeleteParams> {
  const issues: ParamIssue[] = [];
  const params = {
    oper: read(raw, hgoperDelete_0_names, "oper", true, hgoperDelete_0_coerce, issues),
  } as HgoperDeleteParams;
  return done(params, issues);
}

const hgoperList_0_names = ["pageIndex"] as const;
const hgoperList_0_coerce = asInteger({ min: 0 });
/** hgoper/list: 1 parameter(s). */
export function validateHgoperList(raw: RawParams): Validated<HgoperListParams> {
  const issues: ParamIssue[] = [];
  const params = {
    pageIndex: read(raw, hgoperList_0_names, "pageIndex", false, hgoperList_0_coerce, issues, 0),
  } as HgoperListParams;
  return done(params, issues);
}

const hgoperSet_0_names = ["oper"] as const;
const hgoperSet_0_coerce = asString({ minLength: 1, maxLength: 32 });
const hgoperSet_1_names = ["grpID"] as const;
const hgoperSet_1_coerce = asInteger({ min: 1 });
const hgoperSet_2_names = ["autoInd"] as const;
const hgoperSet_2_coerce = asInteger({ min: 0, max: 1 });
/** hgoper/set: 3 parameter(s). */
export function validateHgoperSet(raw: RawParams): Validated<HgoperSetParams> {
  const issues: ParamIssue[] = [];
  const params = {
    oper: read(raw, hgoperSet_0_names, "oper", true, hgoperSet_0_coerce, issues),
    grpID: read(raw, hgoperSet_1_names, "grpID", true, hgoperSet_1_coerce, issues),
    autoInd: read(raw, hgoperSet_2_names, "autoInd", true, hgoperSet_2_coerce, issues),
  } as HgoperSetParams;
  return done(params, issues);
}

const localuserDelete_0_names = ["usrname"] as const;
const localuserDelete_0_coerce = asString({ minLength: 1, maxLength: 32 });
/** localuser/delete: 1 parameter(s). */
export function validateLocaluserDelete(raw: RawParams): Validated<LocaluserDeleteParams> {
  const issues: ParamIssue[] = [];
  const params = {
    usrname: read(raw, localuserDelete_0_names, "usrname", true, localuserDelete_0_coerce, issues),
  } as LocaluserDeleteParams;
  return done(params, issues);
}

const localuserList_0_names = ["pageIndex"] as const;
const localuserList_0_coerce = asInteger({ min: 0 });
/** localuser/list: 1 parameter(s). */
export function validateLocaluserList(raw: RawParams): Validated<LocaluserListParams> {
  const issues: ParamIssue[] = [];
  const params = {
    pageIndex: read(raw, localuserList_0_names, "pageIndex", false, localuserList_0_coerce, issues, 0),
  } as LocaluserListParams;
  return done(params, issues);
}

const localuserQuery_0_names = ["usrname"] as const;
const localuserQuery_0_coerce = asString({ minLength: 1, maxLength: 32 });
/** localuser/query: 1 parameter(s). */
export function validateLocaluserQuery(raw: RawParams): Validated<LocaluserQueryParams> {
  const issues: ParamIssue[] = [];
  const params = {
    usrname: read(raw, localuserQuery_0_names, "usrname", true, localuserQuery_0_coerce, issues),
  } as LocaluserQueryParams;
  return done(params, issues);
}

const localuserSet_0_names = ["usrname"] as const;
const localuserSet_0_coerce = asString({ minLength: 1, maxLength: 32 });
const localuserSet_1_names = ["usrpwd"] as const;
const localuserSet_1_coerce = asString({ maxLength: 64 });
const localuserSet_2_names = ["description"] as const;
const localuserSet_2_coerce = asString({ maxLength: 128 });
const localuserSet_3_names = ["right_ipauth"] as const;
const localuserSet_3_coerce = asInteger({ min: 0, max: 1 });
const localuserSet_4_names = ["addr"] as const;
const localuserSet_4_coerce = asString({ maxLength: 64 });
const localuserSet_5_names = ["port"] as const;
const localuserSet_5_coerce = asInteger({ min: 0, max: 65535 });
const localuserSet_6_names = ["state"] as const;
const localuserSet_6_coerce = asInteger({ min: 0 });
const localuserSet_7_names = ["right_aa"] as const;
const localuserSet_7_coerce = asInteger({ min: 0, max: 1 });
const localuserSet_8_names = ["right_rg"] as const;
const localuserSet_8_coerce = asInteger({ min: 0, max: 1 });
const localuserSet_9_names = ["right_sup_rg"] as const;
const localuserSet_9_coerce = asInteger({ min: 0, max: 1 });
const localuserSet_10_names = ["ringgrpid"] as const;
const localuserSet_10_coerce = asInteger({ min: 0 });
const localuserSet_11_names = ["right_pickup"] as const;
const localuserSet_11_coerce = asInteger({ min: 0, max: 1 });
const localuserSet_12_names = ["pickupgrpid"] as const;
const localuserSet_12_coerce = asInteger({ min: 0 });
const localuserSet_13_names = ["right_park"] as const;
const localuserSet_13_coerce = asInteger({ min: 0, max: 1 });
const localuserSet_14_names = ["right_retrieve"] as const;
const localuserSet_14_coerce = asInteger({ min: 0, max: 1 });
const localuserSet_15_names = ["right_cw"] as const;
const localuserSet_15_coerce = asInteger({ min: 0, max: 1 });
const localuserSet_16_names = ["fmtype"] as const;
const localuserSet_16_coerce = asInteger({ min: 0 });
const localuserSet_17_names = ["fminterval"] as const;
const localuserSet_17_coerce = asInteger({ min: 0 });
const localuserSet_18_names = ["fmdesta"] as const;
const localuserSet_18_coerce = asString({ maxLength: 32 });
const localuserSet_19_names = ["fmdestb"] as const;
const localuserSet_19_coerce = asString({ maxLength: 32 });
const localuserSet_20_names = ["fmdestc"] as const;
const localuserSet_20_coerce = asString({ maxLength: 32 });
const localuserSet_21_names = ["enddate"] as const;
const localuserSet_21_coerce = asInteger({ min: 0 });
const localuserSet_22_names = ["dialPlan"] as const;
const localuserSet_22_coerce = asString({ maxLength: 32 });
const localuserSet_23_names = ["dispname"] as const;
const localuserSet_23_coerce = asString({ maxLength: 64 });
const localuserSet_24_names = ["specextline"] as const;
const localuserSet_24_coerce = asString({ maxLength: 64 });
const localuserSet_25_names = ["maxdura"] as const;
const localuserSet_25_coerce = asInteger({ min: 0 });
const localuserSet_26_names = ["maxcall"] as const;
const localuserSet_26_coerce = asInteger({ min: 0 });
const localuserSet_27_names = ["momaxcall"] as const;
const localuserSet_27_coerce = asInteger({ min: 0 });
const localuserSet_28_names = ["calllevel"] as const;
const localuserSet_28_coerce = asInteger({ min: 0 });
const localuserSet_29_names = ["right_cfu"] as const;
const localuserSet_29_coerce = asInteger({ min: 0, max: 1 });
const localuserSet_30_names = ["cfunbr"] as const;
const localuserSet_30_coerce = asString({ maxLength: 32 });
const localuserSet_31_names = ["right_cfnc"] as const;
const localuserSet_31_coerce = asInteger({ min: 0, max: 1 });
const localuserSet_32_names = ["cfncnbr"] as const;
const localuserSet_32_coerce = asString({ maxLength: 32 });
const localuserSet_33_names = ["right_cfb"] as const;
const localuserSet_33_coerce = asInteger({ min: 0, max: 1 });
const localuserSet_34_names = ["cfbnbr"] as const;
const localuserSet_34_coerce = asString({ maxLength: 32 });
const localuserSet_35_names = ["right_cfna"] as const;
const localuserSet_35_coerce = asInteger({ min: 0, max: 1 });
const localuserSet_36_names = ["cfnanbr"] as const;
const localuserSet_36_coerce = asString({ maxLength: 32 });
const localuserSet_37_names = ["cfnatmr"] as const;
const localuserSet_37_coerce = asInteger({ min: 0 });
const localuserSet_38_names = ["right_vms"] as const;
const localuserSet_38_coerce = asInteger({ min: 0, max: 1 });
const localuserSet_39_names = ["vmannid"] as const;
const localuserSet_39_coerce = asInteger({ min: 0 });
const localuserSet_40_names = ["email"] as const;
const localuserSet_40_coerce = asString({ maxLength: 254, pattern: /^$|^[^@\s]+@[^@\s]+$/u });
const localuserSet_41_names = ["right_prepaid"] as const;
const localuserSet_41_coerce = asInteger({ min: 0, max: 1 });
const localuserSet_42_names = ["right_subpre"] as const;
const localuserSet_42_coerce = asInteger({ min: 0, max: 1 });
const localuserSet_43_names = ["presgrpid"] as const;
const localuserSet_43_coerce = asInteger({ min: 0 });
const localuserSet_44_names = ["right_clrid"] as const;
const localuserSet_44_coerce = asInteger({ min: 0, max: 1 });
const localuserSet_45_names = ["right_moh"] as const;
const localuserSet_45_coerce = asInteger({ min: 0, max: 1 });
const localuserSet_46_names = ["right_relay"] as const;
const localuserSet_46_coerce = asInteger({ min: 0, max: 1 });
const localuserSet_47_names = ["right_oli"] as const;
const localuserSet_47_coerce = asInteger({ min: 0, max: 1 });
const localuserSet_48_names = ["right_tli"] as const;
const localuserSet_48_coerce = asInteger({ min: 0, max: 1 });
const localuserSet_49_names = ["tcID"] as const;
const localuserSet_49_coerce = asInteger({ min: 0 });
/** localuser/set: 50 parameter(s). */
export function validateLocaluserSet(raw: RawParams): Validated<LocaluserSetParams> {
  const issues: ParamIssue[] = [];
  const params = {
    usrname: read(raw, localuserSet_0_names, "usrname", true, localuserSet_0_coerce, issues),
    usrpwd: read(raw, localuserSet_1_names, "usrpwd", false, localuserSet_1_coerce, issues),
    description: read(raw, localuserSet_2_names, "description", false, localuserSet_2_coerce, issues),
    right_ipauth: read(raw, localuserSet_3_names, "right_ipauth", false, localuserSet_3_coerce, issues),
    addr: read(raw, localuserSet_4_names, "addr", false, localuserSet_4_coerce, issues),
    port: read(raw, localuserSet_5_names, "port", false, localuserSet_5_coerce, issues),
    state: read(raw, localuserSet_6_names, "state", false, localuserSet_6_coerce, issues),
    right_aa: read(raw, localuserSet_7_names, "right_aa", false, localuserSet_7_coerce, issues),
    right_rg: read(raw, localuserSet_8_names, "right_rg", false, localuserSet_8_coerce, issues),
    right_sup_rg: read(raw, localuserSet_9_names, "right_sup_rg", false, localuserSet_9_coerce, issues),
    ringgrpid: read(raw, localuserSet_10_names, "ringgrpid", false, localuserSet_10_coerce, issues),
    right_pickup: read(raw, localuserSet_11_names, "right_pickup", false, localuserSet_11_coerce, issues),
    pickupgrpid: read(raw, localuserSet_12_names, "pickupgrpid", false, localuserSet_12_coerce, issues),
    right_park: read(raw, localuserSet_13_names, "right_park", false, localuserSet_13_coerce, issues),
    right_retrieve: read(raw, localuserSet_14_names, "right_retrieve", false, localuserSet_14_coerce, issues),
    right_cw: read(raw, localuserSet_15_names, "right_cw", false, localuserSet_15_coerce, issues),
    fmtype: read(raw, localuserSet_16_names, "fmtype", false, localuserSet_16_coerce, issues),
    fminterval: read(raw, localuserSet_17_names, "fminterval", false, localuserSet_17_coerce, issues),
    fmdesta: read(raw, localuserSet_18_names, "fmdesta", false, localuserSet_18_coerce, issues),
    fmdestb: read(raw, localuserSet_19_names, "fmdestb", false, localuserSet_19_coerce, issues),
    fmdestc: read(raw, localuserSet_20_names, "fmdestc", false, localuserSet_20_coerce, issues),
    enddate: read(raw, localuserSet_21_names, "enddate", false, localuserSet_21_coerce, issues),
    dialPlan: read(raw, localuserSet_22_names, "dialPlan", false, localuserSet_22_coerce, issues),
    dispname: read(raw, localuserSet_23_names, "dispname", false, localuserSet_23_coerce, issues),
    specextline: read(raw, localuserSet_24_names, "specextline", false, localuserSet_24_coerce, issues),
    maxdura: read(raw, localuserSet_25_names, "maxdura", false, localuserSet_25_coerce, issues),
    maxcall: read(raw, localuserSet_26_names, "maxcall", false, localuserSet_26_coerce, issues),
    momaxcall: read(raw, localuserSet_27_names, "momaxcall", false, localuserSet_27_coerce, issues),
    calllevel: read(raw, localuserSet_28_names, "calllevel", false, localuserSet_28_coerce, issues),
    right_cfu: read(raw, localuserSet_29_names, "right_cfu", false, localuserSet_29_coerce, issues),
    cfunbr: read(raw, localuserSet_30_names, "cfunbr", false, localuserSet_30_coerce, issues),
    right_cfnc: read(raw, localuserSet_31_names, "right_cfnc", false, localuserSet_31_coerce, issues),
    cfncnbr: read(raw, localuserSet_32_names, "cfncnbr", false, localuserSet_32_coerce, issues),
    right_cfb: read(raw, localuserSet_33_names, "right_cfb", false, localuserSet_33_coerce, issues),
    cfbnbr: read(raw, localuserSet_34_names, "cfbnbr", false, localuserSet_34_coerce, issues),
    right_cfna: read(raw, localuserSet_35_names, "right_cfna", false, localuserSet_35_coerce, issues),
    cfnanbr: read(raw, localuserSet_36_names, "cfnanbr", false, localuserSet_36_coerce, issues),
    cfnatmr: read(raw, localuserSet_37_names, "cfnatmr", false, localuserSet_37_coerce, issues),
    right_vms: read(raw, localuserSet_38_names, "right_vms", false, localuserSet_38_coerce, issues),
    vmannid: read(raw, localuserSet_39_names, "vmannid", false, localuserSet_39_coerce, issues),
    email: read(raw, localuserSet_40_names, "email", false, localuserSet_40_coerce, issues),
    right_prepaid: read(raw, localuserSet_41_names, "right_prepaid", false, localuserSet_41_coerce, issues),
    right_subpre: read(raw, localuserSet_42_names, "right_subpre", false, localuserSet_42_coerce, issues),
    presgrpid: read(raw, localuserSet_43_names, "presgrpid", false, localuserSet_43_coerce, issues),
    right_clrid: read(raw, localuserSet_44_names, "right_clrid", false, localuserSet_44_coerce, issues),
    right_moh: read(raw, localuserSet_45_names, "right_moh", false, localuserSet_45_coerce, issues),
    right_relay: read(raw, localuserSet_46_names, "right_relay", false, localuserSet_46_coerce, issues),
    right_oli: read(raw, localuserSet_47_names, "right_oli", false, localuserSet_47_coerce, issues),
    right_tli: read(raw, localuserSet_48_names, "right_tli", false, localuserSet_48_coerce, issues),
    tcID: read(raw, localuserSet_49_names, "tcID", false, localuserSet_49_coerce, issues),
  } as LocaluserSetParams;
  return done(params, issues);
}

const natranDelete_0_names = ["tranID"] as const;
const natranDelete_0_coerce = asInteger({ min: 1 });
/** natran/delete: 1 parameter(s). */
export function validateNatranDelete(raw: RawParams): Validated<NatranDeleteParams> {
  const issues: ParamIssue[] = [];
  const params = {
    tranID: read(raw, natranDelete_0_names, "tranID", true, natranDelete_0_coerce, issues),
  } as NatranDeleteParams;
  return done(params, issues);
}

const natranList_0_names = ["pageIndex"] as const;
const natranList_0_coerce = asInteger({ min: 0 });
/** natran/list: 1 parameter(s). */
export function validateNatranList(raw: RawParams): Validated<NatranListParams> {
  const issues: ParamIssue[] = [];
  const params = {
    pageIndex: read(raw, natranList_0_names, "pageIndex", false, natranList_0_coerce, issues, 0),
  } as NatranListParams;
  return done(params, issues);
}

const natranQuery_0_names = ["tranID"] as const;
const natranQuery_0_coerce = asInteger({ min: 1 });
/** natran/query: 1 parameter(s). */
export function validateNatranQuery(raw: RawParams): Validated<NatranQueryParams> {
  const issues: ParamIssue[] = [];
  const params = {
    tranID: read(raw, natranQuery_0_names, "tranID", true, natranQuery_0_coerce, issues),
  } as NatranQueryParams;
  return done(params, issues);
}

const natranSet_0_names = ["tranID"] as const;
const natranSet_0_coerce = asInteger({ min: 1 });
const natranSet_1_names = ["type"] as const;
const natranSet_1_coerce = asEnum([1, 2, 3] as const);
const natranSet_2_names = ["tranStart"] as const;
const natranSet_2_coerce = asInteger({ min: 0 });
const natranSet_3_names = ["tranLen"] as const;
const natranSet_3_coerce = asInteger({ min: 0 });
const natranSet_4_names = ["prefix"] as const;
const natranSet_4_coerce = asString({ maxLength: 32 });
const natranSet_5_names = ["description"] as const;
const natranSet_5_coerce = asString({ maxLength: 128 });
/** natran/set: 6 parameter(s). */
export function validateNatranSet(raw: RawParams): Validated<NatranSetParams> {
  const issues: ParamIssue[] = [];
  const params = {
    tranID: read(raw, natranSet_0_names, "tranID", true, natranSet_0_coerce, issues),
    type: read(raw, natranSet_1_names, "type", true, natranSet_1_coerce, issues),
    tranStart: read(raw, natranSet_2_names, "tranStart", true, natranSet_2_coerce, issues),
    tranLen: read(raw, natranSet_3_names, "tranLen", true, natranSet_3_coerce, issues),
    prefix: read(raw, natranSet_4_names, "prefix", true, natranSet_4_coerce, issues, ""),
    description: read(raw, natranSet_5_names, "description", true, natranSet_5_coerce, issues, ""),
  } as NatranSetParams;
  return done(params, issues);
}

const peerserverDelete_0_names = ["servID"] as const;
const peerserverDelete_0_coerce = asInteger({ min: 1 });
/** peerserver/delete: 1 parameter(s). */
export function validatePeerserverDelete(raw: RawParams): Validated<PeerserverDeleteParams> {
  const issues: ParamIssue[] = [];
  const params = {
    servID: read(raw, peerserverDelete_0_names, "servID", true, peerserverDelete_0_coerce, issues),
  } as PeerserverDeleteParams;
  return done(params, issues);
}

const peerserverList_0_names = ["pageIndex"] as const;
const peerserverList_0_coerce = asInteger({ min: 0 });
/** peerserver/list: 1 parameter(s). */
export function validatePeerserverList(raw: RawParams): Validated<PeerserverListParams> {
  const issues: ParamIssue[] = [];
  const params = {
    pageIndex: read(raw, peerserverList_0_names, "pageIndex", false, peerserverList_0_coerce, issues, 0),
  } as PeerserverListParams;
  return done(params, issues);
}

const peerserverQuery_0_names = ["servID"] as const;
const peerserverQuery_0_coerce = asInteger({ min: 1 });
/** peerserver/query: 1 parameter(s). */
export function validatePeerserverQuery(raw: RawParams): Validated<PeerserverQueryParams> {
  const issues: ParamIssue[] = [];
  const params = {
    servID: read(raw, peerserverQuery_0_names, "servID", true, peerserverQuery_0_coerce, issues),
  } as PeerserverQueryParams;
  return done(params, issues);
}

const peerserverSet_0_names = ["servID"] as const;
const peerserverSet_0_coerce = asInteger({ min: 1 });
const peerserverSet_1_names = ["desc"] as const;
const peerserverSet_1_coerce = asString({ maxLength: 128 });
const peerserverSet_2_names = ["servAddr"] as const;
const peerserverSet_2_coerce = asString({ maxLength: 255 });
const peerserverSet_3_names = ["servPort"] as const;
const peerserverSet_3_coerce = asInteger({ min: 1, max: 65535 });
const peerserverSet_4_names = ["callerID"] as const;
const peerserverSet_4_coerce = asString({ maxLength: 32 });
const peerserverSet_5_names = ["dialPlan"] as const;
const peerserverSet_5_coerce = asString({ maxLength: 32 });
const peerserverSet_6_names = ["transport"] as const;
const peerserverSet_6_coerce = asEnum([0, 1] as const);
const peerserverSet_7_names = ["ogGroupID"] as const;
const peerserverSet_7_coerce = asInteger({ min: 0 });
const peerserverSet_8_names = ["otcID"] as const;
const peerserverSet_8_coerce = asInteger({ min: 0 });
const peerserverSet_9_names = ["oMaxCalls"] as const;
const peerserverSet_9_coerce = asInteger({ min: 0 });
const peerserverSet_10_names = ["iMaxCalls"] as const;
const peerserverSet_10_coerce = asInteger({ min: 0 });
const peerserverSet_11_names = ["orelayMediaInd"] as const;
const peerserverSet_11_coerce = asInteger({ min: 0, max: 1 });
const peerserverSet_12_names = ["chainTrunkID"] as const;
const peerserverSet_12_coerce = asInteger({ min: 0 });
/** peerserver/set: 13 parameter(s). */
export function validatePeerserverSet(raw: RawParams): Validated<PeerserverSetParams> {
  const issues: ParamIssue[] = [];
  const params = {
    servID: read(raw, peerserverSet_0_names, "servID", true, peerserverSet_0_coerce, issues),
    desc: read(raw, peerserverSet_1_names, "desc", false, peerserverSet_1_coerce, issues),
    servAddr: read(raw, peerserverSet_2_names, "servAddr", false, peerserverSet_2_coerce, issues),
    servPort: read(raw, peerserverSet_3_names, "servPort", false, peerserverSet_3_coerce, issues),
    callerID: read(raw, peerserverSet_4_names, "callerID", false, peerserverSet_4_coerce, issues),
    dialPlan: read(raw, peerserverSet_5_names, "dialPlan", false, peerserverSet_5_coerce, issues),
    transport: read(raw, peerserverSet_6_names, "transport", false, peerserverSet_6_coerce, issues),
    ogGroupID: read(raw, peerserverSet_7_names, "ogGroupID", false, peerserverSet_7_coerce, issues),
    otcID: read(raw, peerserverSet_8_names, "otcID", false, peerserverSet_8_coerce, issues),
    oMaxCalls: read(raw, peerserverSet_9_names, "oMaxCalls", false, peerserverSet_9_coerce, issues),
    iMaxCalls: read(raw, peerserverSet_10_names, "iMaxCalls", false, peerserverSet_10_coerce, issues),
    orelayMediaInd: read(raw, peerserverSet_11_names, "orelayMediaInd", false, peerserverSet_11_coerce, issues),
    chainTrunkID: read(raw, peerserverSet_12_names, "chainTrunkID", false, peerserverSet_12_coerce, issues),
  } as PeerserverSetParams;
  return done(params, issues);
}

const refinecldnbrDelete_0_names = ["groupID"] as const;
const refinecldnbrDelete_0_coerce = asInteger({ min: 1 });
const refinecldnbrDelete_1_names = ["calledPrefix"] as const;
const refinecldnbrDelete_1_coerce = asString({ maxLength: 32 });
/** refinecldnbr/delete: 2 parameter(s). */
export function validateRefinecldnbrDelete(raw: RawParams): Validated<RefinecldnbrDeleteParams> {
  const issues: ParamIssue[] = [];
  const params = {
    groupID: read(raw, refinecldnbrDelete_0_names, "groupID", true, refinecldnbrDelete_0_coerce, issues),
    calledPrefix: read(raw, refinecldnbrDelete_1_names, "calledPrefix", true, refinecldnbrDelete_1_coerce, issues),
  } as RefinecldnbrDeleteParams;
  return done(params, issues);
}

const refinecldnbrList_0_names = ["pageIndex"] as const;
const refinecldnbrList_0_coerce = asInteger({ min: 0 });
/** refinecldnbr/list: 1 parameter(s). */
export function validateRefinecldnbrList(raw: RawParams): Validated<RefinecldnbrListParams> {
  const issues: ParamIssue[] = [];
  const params = {
    pageIndex: read(raw, refinecldnbrList_0_names, "pageIndex", false, refinecldnbrList_0_coerce, issues, 0),
  } as RefinecldnbrListParams;
  return done(params, issues);
}

const refinecldnbrQuery_0_names = ["groupID"] as const;
const refinecldnbrQuery_0_coerce = asInteger({ min: 1 });
const refinecldnbrQuery_1_names = ["calledPrefix"] as const;
const refinecldnbrQuery_1_coerce = asString({ maxLength: 32 });
/** refinecldnbr/query: 2 parameter(s). */
export function validateRefinecldnbrQuery(raw: RawParams): Validated<RefinecldnbrQueryParams> {
  const issues: ParamIssue[] = [];
  const params = {
    groupID: read(raw, refinecldnbrQuery_0_names, "groupID", true, refinecldnbrQuery_0_coerce, issues),
    calledPrefix: read(raw, refinecldnbrQuery_1_names, "calledPrefix", true, refinecldnbrQuery_1_coerce, issues),
  } as RefinecldnbrQueryParams;
  return done(params, issues);
}

const refinecldnbrSet_0_names = ["groupID"] as const;
const refinecldnbrSet_0_coerce = asInteger({ min: 1 });
const refinecldnbrSet_1_names = ["calledPrefix"] as const;
const refinecldnbrSet_1_coerce = asString({ maxLength: 32 });
const refinecldnbrSet_2_names = ["transID", "tranID"] as const;
const refinecldnbrSet_2_coerce = asInteger({ min: 1 });
const refinecldnbrSet_3_names = ["description"] as const;
const refinecldnbrSet_3_coerce = asString({ maxLength: 128 });
/** refinecldnbr/set: 4 parameter(s). */
export function validateRefinecldnbrSet(raw: RawParams): Validated<RefinecldnbrSetParams> {
  const issues: ParamIssue[] = [];
  const params = {
    groupID: read(raw, refinecldnbrSet_0_names, "groupID", true, refinecldnbrSet_0_coerce, issues),
    calledPrefix: read(raw, refinecldnbrSet_1_names, "calledPrefix", true, refinecldnbrSet_1_coerce, issues),
    transID: read(raw, refinecldnbrSet_2_names, "transID", true, refinecldnbrSet_2_coerce, issues),
    description: read(raw, refinecldnbrSet_3_names, "description", true, refinecldnbrSet_3_coerce, issues, ""),
  } as RefinecldnbrSetParams;
  return done(params, issues);
}

const refineclrnbrDelete_0_names = ["grpID"] as const;
const refineclrnbrDelete_0_coerce = asInteger({ min: 1 });
const refineclrnbrDelete_1_names = ["callerNbr"] as const;
const refineclrnbrDelete_1_coerce = asString({ maxLength: 32 });
/** refineclrnbr/delete: 2 parameter(s). */
export function validateRefineclrnbrDelete(raw: RawParams): Validated<RefineclrnbrDeleteParams> {
  const issues: ParamIssue[] = [];
  const params = {
    grpID: read(raw, refineclrnbrDelete_0_names, "grpID", true, refineclrnbrDelete_0_coerce, issues),
    callerNbr: read(raw, refineclrnbrDelete_1_names, "callerNbr", true, refineclrnbrDelete_1_coerce, issues),
  } as RefineclrnbrDeleteParams;
  return done(params, issues);
}

const refineclrnbrList_0_names = ["pageIndex"] as const;
const refineclrnbrList_0_coerce = asInteger({ min: 0 });
/** refineclrnbr/list: 1 parameter(s). */
export function validateRefineclrnbrList(raw: RawParams): Validated<RefineclrnbrListParams> {
  const issues: ParamIssue[] = [];
  const params = {
    pageIndex: read(raw, refineclrnbrList_0_names, "pageIndex", false, refineclrnbrList_0_coerce, issues, 0),
  } as RefineclrnbrListParams;
  return done(params, issues);
}

const refineclrnbrQuery_0_names = ["grpID"] as const;
const refineclrnbrQuery_0_coerce = asInteger({ min: 1 });
const refineclrnbrQuery_1_names = ["callerNbr"] as const;
const refineclrnbrQuery_1_coerce = asString({ maxLength: 32 });
/** refineclrnbr/query: 2 parameter(s). */
export function validateRefineclrnbrQuery(raw: RawParams): Validated<RefineclrnbrQueryParams> {
  const issues: ParamIssue[] = [];
  const params = {
    grpID: read(raw, refineclrnbrQuery_0_names, "grpID", true, refineclrnbrQuery_0_coerce, issues),
    callerNbr: read(raw, refineclrnbrQuery_1_names, "callerNbr", true, refineclrnbrQuery_1_coerce, issues),
  } as RefineclrnbrQueryParams;
  return done(params, issues);
}

const refineclrnbrSet_0_names = ["grpID"] as const;
const refineclrnbrSet_0_coerce = asInteger({ min: 1 });
const refineclrnbrSet_1_names = ["callerNbr"] as const;
const refineclrnbrSet_1_coerce = asString({ maxLength: 32 });
const refineclrnbrSet_2_names = ["tranID"] as const;
const refineclrnbrSet_2_coerce = asInteger({ min: 1 });
const refineclrnbrSet_3_names = ["description"] as const;
const refineclrnbrSet_3_coerce = asString({ maxLength: 128 });
/** refineclrnbr/set: 4 parameter(s). */
export function validateRefineclrnbrSet(raw: RawParams): Validated<RefineclrnbrSetParams> {
  const issues: ParamIssue[] = [];
  const params = {
    grpID: read(raw, refineclrnbrSet_0_names, "grpID", true, refineclrnbrSet_0_coerce, issues),
    callerNbr: read(raw, refineclrnbrSet_1_names, "callerNbr", true, refineclrnbrSet_1_coerce, issues),
    tranID: read(raw, refineclrnbrSet_2_names, "tranID", true, refineclrnbrSet_2_coerce, issues),
    description: read(raw, refineclrnbrSet_3_names, "description", true, refineclrnbrSet_3_coerce, issues, ""),
  } as RefineclrnbrSetParams;
  return done(params, issues);
}

const routeAdd_0_names = ["groupID"] as const;
const routeAdd_0_coerce = asInteger({ min: 1 });
const routeAdd_1_names = ["routeType"] as const;
const routeAdd_1_coerce = asEnum([1, 2] as const);
const routeAdd_2_names = ["sipTrunkID"] as const;
const routeAdd_2_coerce = asInteger({ min: 0 });
const routeAdd_3_names = ["extLine"] as const;
const routeAdd_3_coerce = asString({ maxLength: 64 });
/** route/add: 4 parameter(s). */
export function validateRouteAdd(raw: RawParams): Validated<RouteAddParams> {
  const issues: ParamIssue[] = [];
  const params = {
    groupID: read(raw, routeAdd_0_names, "groupID", true, routeAdd_0_coerce, issues),
    routeType: read(raw, routeAdd_1_names, "routeType", true, routeAdd_1_coerce, issues),
    sipTrunkID: read(raw, routeAdd_2_names, "sipTrunkID", true, routeAdd_2_coerce, issues, 0),
    extLine: read(raw, routeAdd_3_names, "extLine", true, routeAdd_3_coerce, issues, ""),
  } as RouteAddParams;
  return done(params, issues);
}

const routeDelete_0_names = ["groupID"] as const;
const routeDelete_0_coerce = asInteger({ min: 1 });
const routeDelete_1_names = ["routeType"] as const;
const routeDelete_1_coerce = asEnum([1, 2] as const);
const routeDelete_2_names = ["sipTrunkID"] as const;
const routeDelete_2_coerce = asInteger({ min: 0 });
const routeDelete_3_names = ["extLine"] as const;
const routeDelete_3_coerce = asString({ maxLength: 64 });
/** route/delete: 4 parameter(s). */
export function validateRouteDelete(raw: RawParams): Validated<RouteDeleteParams> {
  const issues: ParamIssue[] = [];
  const params = {
    groupID: read(raw, routeDelete_0_names, "groupID", true, routeDelete_0_coerce, issues),
    routeType: read(raw, routeDelete_1_names, "routeType", true, routeDelete_1_coerce, issues),
    sipTrunkID: read(raw, routeDelete_2_names, "sipTrunkID", true, routeDelete_2_coerce, issues, 0),
    extLine: read(raw, routeDelete_3_names, "extLine", true, routeDelete_3_coerce, issues, ""),
  } as RouteDeleteParams;
  return done(params, issues);
}

const routeList_0_names = ["pageIndex"] as const;
const routeList_0_coerce = asInteger({ min: 0 });
/** route/list: 1 parameter(s). */
export function validateRouteList(raw: RawParams): Validated<RouteListParams> {
  const issues: ParamIssue[] = [];
  const params = {
    pageIndex: read(raw, routeList_0_names, "pageIndex", false, routeList_0_coerce, issues, 0),
  } as RouteListParams;
  return done(params, issues);
}

const routegroupDelete_0_names = ["groupID"] as const;
const routegroupDelete_0_coerce = asInteger({ min: 1 });
/** routegroup/delete: 1 parameter(s). */
export function validateRoutegroupDelete(raw: RawParams): Validated<RoutegroupDeleteParams> {
  const issues: ParamIssue[] = [];
  const params = {
    groupID: read(raw, routegroupDelete_0_names, "groupID", true, routegroupDelete_0_coerce, issues),
  } as RoutegroupDeleteParams;
  return done(params, issues);
}

const routegroupList_0_names = ["pageIndex"] as const;
const routegroupList_0_coerce = asInteger({ min: 0 });
/** routegroup/list: 1 parameter(s). */
export function validateRoutegroupList(raw: RawParams): Validated<RoutegroupListParams> {
  const issues: ParamIssue[] = [];
  const params = {
    pageIndex: read(raw, routegroupList_0_names, "pageIndex", false, routegroupList_0_coerce, issues, 0),
  } as RoutegroupListParams;
  return done(params, issues);
}

const routegroupQuery_0_names = ["groupID"] as const;
const routegroupQuery_0_coerce = asInteger({ min: 1 });
/** routegroup/query: 1 parameter(s). */
export function validateRoutegroupQuery(raw: RawParams): Validated<RoutegroupQueryParams> {
  const issues: ParamIssue[] = [];
  const params = {
    groupID: read(raw, routegroupQuery_0_names, "groupID", true, routegroupQuery_0_coerce, issues),
  } as RoutegroupQueryParams;
  return done(params, issues);
}

const routegroupSet_0_names = ["groupID"] as const;
const routegroupSet_0_coerce = asInteger({ min: 1 });
const routegroupSet_1_names = ["description"] as const;
const routegroupSet_1_coerce = asString({ maxLength: 128 });
/** routegroup/set: 2 parameter(s). */
export function validateRoutegroupSet(raw: RawParams): Validated<RoutegroupSetParams> {
  const issues: ParamIssue[] = [];
  const params = {
    groupID: read(raw, routegroupSet_0_names, "groupID", true, routegroupSet_0_coerce, issues),
    description: read(raw, routegroupSet_1_names, "description", false, routegroupSet_1_coerce, issues),
  } as RoutegroupSetParams;
  return done(params, issues);
}

const sessionRelease_0_names = ["number"] as const;
const sessionRelease_0_coerce = asString({ minLength: 1, maxLength: 32 });
/** session/release: 1 parameter(s). */
export function validateSessionRelease(raw: RawParams): Validated<SessionReleaseParams> {
  const issues: ParamIssue[] = [];
  const params = {
    number: read(raw, sessionRelease_0_names, "number", true, sessionRelease_0_coerce, issues),
  } as SessionReleaseParams;
  return done(params, issues);
}

const speeddialDelete_0_names = ["callerNbr"] as const;
const speeddialDelete_0_coerce = asString({ maxLength: 32 });
const speeddialDelete_1_names = ["dialedNbr"] as const;
const speeddialDelete_1_coerce = asString({ maxLength: 32 });
/** speeddial/delete: 2 parameter(s). */
export function validateSpeeddialDelete(raw: RawParams): Validated<SpeeddialDeleteParams> {
  const issues: ParamIssue[] = [];
  const params = {
    callerNbr: read(raw, speeddialDelete_0_names, "callerNbr", true, speeddialDelete_0_coerce, issues),
    dialedNbr: read(raw, speeddialDelete_1_names, "dialedNbr", true, speeddialDelete_1_coerce, issues),
  } as SpeeddialDeleteParams;
  return done(params, issues);
}

const speeddialList_0_names = ["pageIndex"] as const;
const speeddialList_0_coerce = asInteger({ min: 0 });
/** speeddial/list: 1 parameter(s). */
export function validateSpeeddialList(raw: RawParams): Validated<SpeeddialListParams> {
  const issues: ParamIssue[] = [];
  const params = {
    pageIndex: read(raw, speeddialList_0_names, "pageIndex", false, speeddialList_0_coerce, issues, 0),
  } as SpeeddialListParams;
  return done(params, issues);
}

const speeddialQuery_0_names = ["callerNbr"] as const;
const speeddialQuery_0_coerce = asString({ maxLength: 32 });
const speeddialQuery_1_names = ["dialedNbr"] as const;
const speeddialQuery_1_coerce = asString({ maxLength: 32 });
/** speeddial/query: 2 parameter(s). */
export function validateSpeeddialQuery(raw: RawParams): Validated<SpeeddialQueryParams> {
  const issues: ParamIssue[] = [];
  const params = {
    callerNbr: read(raw, speeddialQuery_0_names, "callerNbr", true, speeddialQuery_0_coerce, issues),
    dialedNbr: read(raw, speeddialQuery_1_names, "dialedNbr", true, speeddialQuery_1_coerce, issues),
  } as SpeeddialQueryParams;
  return done(params, issues);
}

const speeddialSet_0_names = ["callerNbr"] as const;
const speeddialSet_0_coerce = asString({ maxLength: 32 });
const speeddialSet_1_names = ["dialedNbr"] as const;
const speeddialSet_1_coerce = asString({ maxLength: 32 });
const speeddialSet_2_names = ["desc"] as const;
const speeddialSet_2_coerce = asString({ maxLength: 128 });
const speeddialSet_3_names = ["destNbr"] as const;
const speeddialSet_3_coerce = asString({ maxLength: 32 });
/** speeddial/set: 4 parameter(s). */
export function validateSpeeddialSet(raw: RawParams): Validated<SpeeddialSetParams> {
  const issues: ParamIssue[] = [];
  const params = {
    callerNbr: read(raw, speeddialSet_0_names, "callerNbr", true, speeddialSet_0_coerce, issues),
    dialedNbr: read(raw, speeddialSet_1_names, "dialedNbr", true, speeddialSet_1_coerce, issues),
    desc: read(raw, speeddialSet_2_names, "desc", false, speeddialSet_2_coerce, issues),
    destNbr: read(raw, speeddialSet_3_names, "destNbr", false, speeddialSet_3_coerce, issues),
  } as SpeeddialSetParams;
  return done(params, issues);
}

/** sysinfo/query: 0 parameter(s). */
export function validateSysinfoQuery(raw: RawParams): Validated<SysinfoQueryParams> {
  const issues: ParamIssue[] = [];
  const params: SysinfoQueryParams = {};
  return done(params, issues);
}

const sysinfoUpdate_0_names = ["admpwd"] as const;
const sysinfoUpdate_0_coerce = asString({ minLength: 1, maxLength: 64 });
const sysinfoUpdate_1_names = ["ogpfx"] as const;
const sysinfoUpdate_1_coerce = asString({ maxLength: 16 });
const sysinfoUpdate_2_names = ["rtpport"] as const;
const sysinfoUpdate_2_coerce = asInteger({ min: 1, max: 65535 });
const sysinfoUpdate_3_names = ["httpport"] as const;
const sysinfoUpdate_3_coerce = asInteger({ min: 1, max: 65535 });
const sysinfoUpdate_4_names = ["evtChannelPort"] as const;
const sysinfoUpdate_4_coerce = asInteger({ min: 0, max: 65535 });
const sysinfoUpdate_5_names = ["srfannlang"] as const;
const sysinfoUpdate_5_coerce = asInteger({ min: 0 });
const sysinfoUpdate_6_names = ["sipaddr"] as const;
const sysinfoUpdate_6_coerce = asString({ maxLength: 15, pattern: /^$|^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$/u });
const sysinfoUpdate_7_names = ["sipaddr6"] as const;
const sysinfoUpdate_7_coerce = asString({ maxLength: 45, pattern: /^$|^[0-9A-Fa-f:.]+$/u });
const sysinfoUpdate_8_names = ["publicaddr"] as const;
const sysinfoUpdate_8_coerce = asString({ maxLength: 255 });
const sysinfoUpdate_9_names = ["sipport"] as const;
const sysinfoUpdate_9_coerce = asInteger({ min: 1, max: 65535 });
const sysinfoUpdate_10_names = ["tcpport"] as const;
const sysinfoUpdate_10_coerce = asInteger({ min: 0, max: 65535 });
const sysinfoUpdate_11_names = ["tlsport"] as const;
const sysinfoUpdate_11_coerce = asInteger({ min: 0, max: 65535 });
const sysinfoUpdate_12_names = ["realm"] as const;
const sysinfoUpdate_12_coerce = asString({ maxLength: 255 });
const sysinfoUpdate_13_names = ["dbaddr"] as const;
const sysinfoUpdate_13_coerce = asString({ maxLength: 255 });
const sysinfoUpdate_14_names = ["dbport"] as const;
const sysinfoUpdate_14_coerce = asInteger({ min: 0, max: 65535 });
const sysinfoUpdate_15_names = ["dbname"] as const;
const sysinfoUpdate_15_coerce = asString({ maxLength: 64 });
const sysinfoUpdate_16_names = ["dbusr"] as const;
const sysinfoUpdate_16_coerce = asString({ maxLength: 64 });
const sysinfoUpdate_17_names = ["dbpwd"] as const;
const sysinfoUpdate_17_coerce = asString({ maxLength: 64 });
const sysinfoUpdate_18_names = ["smtpserv"] as const;
const sysinfoUpdate_18_coerce = asString({ maxLength: 255 });
const sysinfoUpdate_19_names = ["smtpusr"] as const;
const sysinfoUpdate_19_coerce = asString({ maxLength: 254 });
const sysinfoUpdate_20_names = ["smtppwd"] as const;
const sysinfoUpdate_20_coerce = asString({ maxLength: 128 });
const sysinfoUpdate_21_names = ["smtptls"] as const;
const sysinfoUpdate_21_coerce = asBoolean();
const sysinfoUpdate_22_names = ["cdrcallerusr"] as const;
const sysinfoUpdate_22_coerce = asBoolean();
const sysinfoUpdate_23_names = ["cdrcalledusr"] as const;
const sysinfoUpdate_23_coerce = asBoolean();
const sysinfoUpdate_24_names = ["cdrcallerextline"] as const;
const sysinfoUpdate_24_coerce = asBoolean();
const sysinfoUpdate_25_names = ["cdrcalledextline"] as const;
const sysinfoUpdate_25_coerce = asBoolean();
const sysinfoUpdate_26_names = ["cdrfailcall"] as const;
const sysinfoUpdate_26_coerce = asBoolean();
const sysinfoUpdate_27_names = ["cdrshow"] as const;
const sysinfoUpdate_27_coerce = asBoolean();
const sysinfoUpdate_28_names = ["cdroutput"] as const;
const sysinfoUpdate_28_coerce = asBoolean();
const sysinfoUpdate_29_names = ["stunaddr1"] as const;
const sysinfoUpdate_29_coerce = asString({ maxLength: 255 });
const sysinfoUpdate_30_names = ["stunport1"] as const;
const sysinfoUpdate_30_coerce = asInteger({ min: 0, max: 65535 });
const sysinfoUpdate_31_names = ["stunaddr2"] as const;
const sysinfoUpdate_31_coerce = asString({ maxLength: 255 });
const sysinfoUpdate_32_names = ["stunport2"] as const;
const sysinfoUpdate_32_coerce = asInteger({ min: 0, max: 65535 });
/** sysinfo/update: 33 parameter(s). */
export function validateSysinfoUpdate(raw: RawParams): Validated<SysinfoUpdateParams> {
  const issues: ParamIssue[] = [];
  const params = {
    admpwd: read(raw, sysinfoUpdate_0_names, "admpwd", false, sysinfoUpdate_0_coerce, issues),
    ogpfx: read(raw, sysinfoUpdate_1_names, "ogpfx", false, sysinfoUpdate_1_coerce, issues),
    rtpport: read(raw, sysinfoUpdate_2_names, "rtpport", false, sysinfoUpdate_2_coerce, issues),
    httpport: read(raw, sysinfoUpdate_3_names, "httpport", false, sysinfoUpdate_3_coerce, issues),
    evtChannelPort: read(raw, sysinfoUpdate_4_names, "evtChannelPort", false, sysinfoUpdate_4_coerce, issues),
    srfannlang: read(raw, sysinfoUpdate_5_names, "srfannlang", false, sysinfoUpdate_5_coerce, issues),
    sipaddr: read(raw, sysinfoUpdate_6_names, "sipaddr", false, sysinfoUpdate_6_coerce, issues),
    sipaddr6: read(raw, sysinfoUpdate_7_names, "sipaddr6", false, sysinfoUpdate_7_coerce, issues),
    publicaddr: read(raw, sysinfoUpdate_8_names, "publicaddr", false, sysinfoUpdate_8_coerce, issues),
    sipport: read(raw, sysinfoUpdate_9_names, "sipport", false, sysinfoUpdate_9_coerce, issues),
    tcpport: read(raw, sysinfoUpdate_10_names, "tcpport", false, sysinfoUpdate_10_coerce, issues),
    tlsport: read(raw, sysinfoUpdate_11_names, "tlsport", false, sysinfoUpdate_11_coerce, issues),
    realm: read(raw, sysinfoUpdate_12_names, "realm", false, sysinfoUpdate_12_coerce, issues),
    dbaddr: read(raw, sysinfoUpdate_13_names, "dbaddr", false, sysinfoUpdate_13_coerce, issues),
    dbport: read(raw, sysinfoUpdate_14_names, "dbport", false, sysinfoUpdate_14_coerce, issues),
    dbname: read(raw, sysinfoUpdate_15_names, "dbname", false, sysinfoUpdate_15_coerce, issues),
    dbusr: read(raw, sysinfoUpdate_16_names, "dbusr", false, sysinfoUpdate_16_coerce, issues),
    dbpwd: read(raw, sysinfoUpdate_17_names, "dbpwd", false, sysinfoUpdate_17_coerce, issues),
    smtpserv: read(raw, sysinfoUpdate_18_names, "smtpserv", false, sysinfoUpdate_18_coerce, issues),
    smtpusr: read(raw, sysinfoUpdate_19_names, "smtpusr", false, sysinfoUpdate_19_coerce, issues),
    smtppwd: read(raw, sysinfoUpdate_20_names, "smtppwd", false, sysinfoUpdate_20_coerce, issues),
    smtptls: read(raw, sysinfoUpdate_21_names, "smtptls", false, sysinfoUpdate_21_coerce, issues),
    cdrcallerusr: read(raw, sysinfoUpdate_22_names, "cdrcallerusr", false, sysinfoUpdate_22_coerce, issues),
    cdrcalledusr: read(raw, sysinfoUpdate_23_names, "cdrcalledusr", false, sysinfoUpdate_23_coerce, issues),
    cdrcallerextline: read(raw, sysinfoUpdate_24_names, "cdrcallerextline", false, sysinfoUpdate_24_coerce, issues),
    cdrcalledextline: read(raw, sysinfoUpdate_25_names, "cdrcalledextline", false, sysinfoUpdate_25_coerce, issues),
    cdrfailcall: read(raw, sysinfoUpdate_26_names, "cdrfailcall", false, sysinfoUpdate_26_coerce, issues),
    cdrshow: read(raw, sysinfoUpdate_27_names, "cdrshow", false, sysinfoUpdate_27_coerce, issues),
    cdroutput: read(raw, sysinfoUpdate_28_names, "cdroutput", false, sysinfoUpdate_28_coerce, issues),
    stunaddr1: read(raw, sysinfoUpdate_29_names, "stunaddr1", false, sysinfoUpdate_29_coerce, issues),
    stunport1: read(raw, sysinfoUpdate_30_names, "stunport1", false, sysinfoUpdate_30_coerce, issues),
    stunaddr2: read(raw, sysinfoUpdate_31_names, "stunaddr2", false, sysinfoUpdate_31_coerce, issues),
    stunport2: read(raw, sysinfoUpdate_32_names, "stunport2", false, sysinfoUpdate_32_coerce, issues),
  } as SysinfoUpdateParams;
  return done(params, issues);
}

/** version/query: 0 parameter(s). */
export function validateVersionQuery(raw: RawParams): Validated<VersionQueryParams> {
  const issues: ParamIssue[] = [];
  const params: VersionQueryParams = {};
  return done(params, issues);
}

/** Validator of every operation, keyed by operationId. */
export const validators = {
  anacldnbrDelete: validateAnacldnbrDelete,
  anacldnbrList: validateAnacldnbrList,
  anacldnbrQuery: validateAnacldnbrQuery,
  anacldnbrSet: validateAnacldnbrSet,
  anaclrnbrDelete: validateAnaclrnbrDelete,
  anaclrnbrList: validateAnaclrnbrList,
  anaclrnbrQuery: validateAnaclrnbrQuery,
  anaclrnbrSet: validateAnaclrnbrSet,
  extlineDelete: validateExtlineDelete,
  extlineList: validateExtlineList,
  extlineQuery: validateExtlineQuery,
  extlineSet: validateExtlineSet,
  hgdectDelete: validateHgdectDelete,
  hgdectList: validateHgdectList,
  hgdectQuery: validateHgdectQuery,
  hgdectSet: validateHgdectSet,
  hginfoDelete: validateHginfoDelete,
  hginfoList: validateHginfoList,
  hginfoQuery: validateHginfoQuery,
  hginfoSet: validateHginfoSet,
  hgoperDelete: validateHgoperDelete,
  hgoperList: validateHgoperList,
  hgoperSet: validateHgoperSet,
  localuserDelete: validateLocaluserDelete,
  localuserList: validateLocaluserList,
  localuserQuery: validateLocaluserQuery,
  localuserSet: validateLocaluserSet,
  natranDelete: validateNatranDelete,
  natranList: validateNatranList,
  natranQuery: validateNatranQuery,
  natranSet: validateNatranSet,
  peerserverDelete: validatePeerserverDelete,
  peerserverList: validatePeerserverList,
  peerserverQuery: validatePeerserverQuery,
  peerserverSet: validatePeerserverSet,
  refinecldnbrDelete: validateRefinecldnbrDelete,
  refinecldnbrList: validateRefinecldnbrList,
  refinecldnbrQuery: validateRefinecldnbrQuery,
  refinecldnbrSet: validateRefinecldnbrSet,
  refineclrnbrDelete: validateRefineclrnbrDelete,
  refineclrnbrList: validateRefineclrnbrList,
  refineclrnbrQuery: validateRefineclrnbrQuery,
  refineclrnbrSet: validateRefineclrnbrSet,
  routeAdd: validateRouteAdd,
  routeDelete: validateRouteDelete,
  routeList: validateRouteList,
  routegroupDelete: validateRoutegroupDelete,
  routegroupList: validateRoutegroupList,
  routegroupQuery: validateRoutegroupQuery,
  routegroupSet: validateRoutegroupSet,
  sessionRelease: validateSessionRelease,
  speeddialDelete: validateSpeeddialDelete,
  speeddialList: validateSpeeddialList,
  speeddialQuery: validateSpeeddialQuery,
  speeddialSet: validateSpeeddialSet,
  sysinfoQuery: validateSysinfoQuery,
  sysinfoUpdate: validateSysinfoUpdate,
  versionQuery: validateVersionQuery,
} as const;
