// generated from spec/ — do not edit; run `make generate`
import { done, read, asBoolean, asEnum, asInteger, asString } from '../../src/protocol/coerce.ts';
import type { ParamIssue, RawParams, Validated } from '../../src/protocol/coerce.ts';
import type {
  AnacldnbrDeleteParams,
  AnacldnbrListParams,
  AnacldnbrQueryParams,
  AnacldnbrSetParams,
  AnaclrnbrDeleteParams,
  AnaclrnbrListParams,
  AnaclrnbrQueryParams,
  AnaclrnbrSetParams,
  ExtlineDeleteParams,
  ExtlineListParams,
  ExtlineQueryParams,
  ExtlineSetParams,
  HgdectDeleteParams,
  HgdectListParams,
  HgdectQueryParams,
  HgdectSetParams,
  HginfoDeleteParams,
  HginfoListParams,
  HginfoQueryParams,
  HginfoSetParams,
  HgoperDeleteParams,
  HgoperListParams,
  HgoperSetParams,
  LocaluserDeleteParams,
  LocaluserListParams,
  LocaluserQueryParams,
  LocaluserSetParams,
  NatranDeleteParams,
  NatranListParams,
  NatranQueryParams,
  NatranSetParams,
  PeerserverDeleteParams,
  PeerserverListParams,
  PeerserverQueryParams,
  PeerserverSetParams,
  RefinecldnbrDeleteParams,
  RefinecldnbrListParams,
  RefinecldnbrQueryParams,
  RefinecldnbrSetParams,
  RefineclrnbrDeleteParams,
  RefineclrnbrListParams,
  RefineclrnbrQueryParams,
  RefineclrnbrSetParams,
  RouteAddParams,
  RouteDeleteParams,
  RouteListParams,
  RoutegroupDeleteParams,
  RoutegroupListParams,
  RoutegroupQueryParams,
  RoutegroupSetParams,
  SessionReleaseParams,
  SpeeddialDeleteParams,
  SpeeddialListParams,
  SpeeddialQueryParams,
  SpeeddialSetParams,
  SysinfoQueryParams,
  SysinfoUpdateParams,
  VersionQueryParams,
} from './types.ts';

const anacldnbrDelete_dialPlan_names = ["dialPlan"] as const;
const anacldnbrDelete_dialPlan_coerce = asString({ minLength: 1, maxLength: 32 });
const anacldnbrDelete_calledNbr_names = ["calledNbr"] as const;
const anacldnbrDelete_calledNbr_coerce = asString({ maxLength: 32 });
/** anacldnbr/delete: 2 parameter(s). */
export function validateAnacldnbrDelete(raw: RawParams): Validated<AnacldnbrDeleteParams> {
  const issues: ParamIssue[] = [];
  const params = {
    dialPlan: read(raw, anacldnbrDelete_dialPlan_names, "dialPlan", true, anacldnbrDelete_dialPlan_coerce, issues),
    calledNbr: read(raw, anacldnbrDelete_calledNbr_names, "calledNbr", true, anacldnbrDelete_calledNbr_coerce, issues),
  } as AnacldnbrDeleteParams;
  return done(params, issues);
}

const anacldnbrList_pageIndex_names = ["pageIndex"] as const;
const anacldnbrList_pageIndex_coerce = asInteger({ min: 0 });
/** anacldnbr/list: 1 parameter(s). */
export function validateAnacldnbrList(raw: RawParams): Validated<AnacldnbrListParams> {
  const issues: ParamIssue[] = [];
  const params = {
    pageIndex: read(raw, anacldnbrList_pageIndex_names, "pageIndex", false, anacldnbrList_pageIndex_coerce, issues, 0),
  } as AnacldnbrListParams;
  return done(params, issues);
}

const anacldnbrQuery_dialPlan_names = ["dialPlan"] as const;
const anacldnbrQuery_dialPlan_coerce = asString({ minLength: 1, maxLength: 32 });
const anacldnbrQuery_calledNbr_names = ["calledNbr"] as const;
const anacldnbrQuery_calledNbr_coerce = asString({ maxLength: 32 });
/** anacldnbr/query: 2 parameter(s). */
export function validateAnacldnbrQuery(raw: RawParams): Validated<AnacldnbrQueryParams> {
  const issues: ParamIssue[] = [];
  const params = {
    dialPlan: read(raw, anacldnbrQuery_dialPlan_names, "dialPlan", true, anacldnbrQuery_dialPlan_coerce, issues),
    calledNbr: read(raw, anacldnbrQuery_calledNbr_names, "calledNbr", true, anacldnbrQuery_calledNbr_coerce, issues),
  } as AnacldnbrQueryParams;
  return done(params, issues);
}

const anacldnbrSet_dialPlan_names = ["dialPlan"] as const;
const anacldnbrSet_dialPlan_coerce = asString({ minLength: 1, maxLength: 32 });
const anacldnbrSet_calledNbr_names = ["calledNbr"] as const;
const anacldnbrSet_calledNbr_coerce = asString({ maxLength: 32 });
const anacldnbrSet_description_names = ["description"] as const;
const anacldnbrSet_description_coerce = asString({ maxLength: 128 });
const anacldnbrSet_routeType_names = ["routeType"] as const;
const anacldnbrSet_routeType_coerce = asEnum([0, 1, 2, 4, 6] as const);
const anacldnbrSet_servID_names = ["servID"] as const;
const anacldnbrSet_servID_coerce = asInteger({ min: 0 });
const anacldnbrSet_extLine_names = ["extLine"] as const;
const anacldnbrSet_extLine_coerce = asString({ maxLength: 64 });
const anacldnbrSet_rtGroupID_names = ["rtGroupID"] as const;
const anacldnbrSet_rtGroupID_coerce = asInteger({ min: 0 });
const anacldnbrSet_changeInd_names = ["changeInd"] as const;
const anacldnbrSet_changeInd_coerce = asInteger({ min: 0, max: 1 });
const anacldnbrSet_tranID_names = ["tranID"] as const;
const anacldnbrSet_tranID_coerce = asInteger({ min: 0 });
const anacldnbrSet_reAnaInd_names = ["reAnaInd"] as const;
const anacldnbrSet_reAnaInd_coerce = asInteger({ min: 0, max: 1 });
const anacldnbrSet_clrRefineID_names = ["clrRefineID"] as const;
const anacldnbrSet_clrRefineID_coerce = asInteger({ min: 0 });
const anacldnbrSet_maxDuration_names = ["maxDuration"] as const;
const anacldnbrSet_maxDuration_coerce = asInteger({ min: 0 });
const anacldnbrSet_callLevel_names = ["callLevel"] as const;
const anacldnbrSet_callLevel_coerce = asInteger({ min: 0 });
/** anacldnbr/set: 13 parameter(s). */
export function validateAnacldnbrSet(raw: RawParams): Validated<AnacldnbrSetParams> {
  const issues: ParamIssue[] = [];
  const params = {
    dialPlan: read(raw, anacldnbrSet_dialPlan_names, "dialPlan", true, anacldnbrSet_dialPlan_coerce, issues),
    calledNbr: read(raw, anacldnbrSet_calledNbr_names, "calledNbr", true, anacldnbrSet_calledNbr_coerce, issues),
    description: read(
      raw,
      anacldnbrSet_description_names,
      "description",
      false,
      anacldnbrSet_description_coerce,
      issues,
    ),
    routeType: read(raw, anacldnbrSet_routeType_names, "routeType", false, anacldnbrSet_routeType_coerce, issues),
    servID: read(raw, anacldnbrSet_servID_names, "servID", false, anacldnbrSet_servID_coerce, issues),
    extLine: read(raw, anacldnbrSet_extLine_names, "extLine", false, anacldnbrSet_extLine_coerce, issues),
    rtGroupID: read(raw, anacldnbrSet_rtGroupID_names, "rtGroupID", false, anacldnbrSet_rtGroupID_coerce, issues),
    changeInd: read(raw, anacldnbrSet_changeInd_names, "changeInd", false, anacldnbrSet_changeInd_coerce, issues),
    tranID: read(raw, anacldnbrSet_tranID_names, "tranID", false, anacldnbrSet_tranID_coerce, issues),
    reAnaInd: read(raw, anacldnbrSet_reAnaInd_names, "reAnaInd", false, anacldnbrSet_reAnaInd_coerce, issues),
    clrRefineID: read(
      raw,
      anacldnbrSet_clrRefineID_names,
      "clrRefineID",
      false,
      anacldnbrSet_clrRefineID_coerce,
      issues,
    ),
    maxDuration: read(
      raw,
      anacldnbrSet_maxDuration_names,
      "maxDuration",
      false,
      anacldnbrSet_maxDuration_coerce,
      issues,
    ),
    callLevel: read(raw, anacldnbrSet_callLevel_names, "callLevel", false, anacldnbrSet_callLevel_coerce, issues),
  } as AnacldnbrSetParams;
  return done(params, issues);
}

const anaclrnbrDelete_callerNbr_names = ["callerNbr"] as const;
const anaclrnbrDelete_callerNbr_coerce = asString({ maxLength: 32 });
/** anaclrnbr/delete: 1 parameter(s). */
export function validateAnaclrnbrDelete(raw: RawParams): Validated<AnaclrnbrDeleteParams> {
  const issues: ParamIssue[] = [];
  const params = {
    callerNbr: read(raw, anaclrnbrDelete_callerNbr_names, "callerNbr", true, anaclrnbrDelete_callerNbr_coerce, issues),
  } as AnaclrnbrDeleteParams;
  return done(params, issues);
}

const anaclrnbrList_pageIndex_names = ["pageIndex"] as const;
const anaclrnbrList_pageIndex_coerce = asInteger({ min: 0 });
/** anaclrnbr/list: 1 parameter(s). */
export function validateAnaclrnbrList(raw: RawParams): Validated<AnaclrnbrListParams> {
  const issues: ParamIssue[] = [];
  const params = {
    pageIndex: read(raw, anaclrnbrList_pageIndex_names, "pageIndex", false, anaclrnbrList_pageIndex_coerce, issues, 0),
  } as AnaclrnbrListParams;
  return done(params, issues);
}

const anaclrnbrQuery_callerNbr_names = ["callerNbr"] as const;
const anaclrnbrQuery_callerNbr_coerce = asString({ maxLength: 32 });
/** anaclrnbr/query: 1 parameter(s). */
export function validateAnaclrnbrQuery(raw: RawParams): Validated<AnaclrnbrQueryParams> {
  const issues: ParamIssue[] = [];
  const params = {
    callerNbr: read(raw, anaclrnbrQuery_callerNbr_names, "callerNbr", true, anaclrnbrQuery_callerNbr_coerce, issues),
  } as AnaclrnbrQueryParams;
  return done(params, issues);
}

const anaclrnbrSet_callerNbr_names = ["callerNbr"] as const;
const anaclrnbrSet_callerNbr_coerce = asString({ maxLength: 32 });
const anaclrnbrSet_description_names = ["description"] as const;
const anaclrnbrSet_description_coerce = asString({ maxLength: 128 });
const anaclrnbrSet_tranID_names = ["tranID"] as const;
const anaclrnbrSet_tranID_coerce = asInteger({ min: 0 });
const anaclrnbrSet_dialPlan_names = ["dialPlan"] as const;
const anaclrnbrSet_dialPlan_coerce = asString({ maxLength: 32 });
const anaclrnbrSet_groupID_names = ["groupID"] as const;
const anaclrnbrSet_groupID_coerce = asInteger({ min: 0 });
/** anaclrnbr/set: 5 parameter(s). */
export function validateAnaclrnbrSet(raw: RawParams): Validated<AnaclrnbrSetParams> {
  const issues: ParamIssue[] = [];
  const params = {
    callerNbr: read(raw, anaclrnbrSet_callerNbr_names, "callerNbr", true, anaclrnbrSet_callerNbr_coerce, issues),
    description: read(
      raw,
      anaclrnbrSet_description_names,
      "description",
      true,
      anaclrnbrSet_description_coerce,
      issues,
      "",
    ),
    tranID: read(raw, anaclrnbrSet_tranID_names, "tranID", true, anaclrnbrSet_tranID_coerce, issues),
    dialPlan: read(raw, anaclrnbrSet_dialPlan_names, "dialPlan", true, anaclrnbrSet_dialPlan_coerce, issues, ""),
    groupID: read(raw, anaclrnbrSet_groupID_names, "groupID", false, anaclrnbrSet_groupID_coerce, issues),
  } as AnaclrnbrSetParams;
  return done(params, issues);
}

const extlineDelete_extLine_names = ["extLine"] as const;
const extlineDelete_extLine_coerce = asString({ minLength: 1, maxLength: 64 });
/** extline/delete: 1 parameter(s). */
export function validateExtlineDelete(raw: RawParams): Validated<ExtlineDeleteParams> {
  const issues: ParamIssue[] = [];
  const params = {
    extLine: read(raw, extlineDelete_extLine_names, "extLine", true, extlineDelete_extLine_coerce, issues),
  } as ExtlineDeleteParams;
  return done(params, issues);
}

const extlineList_pageIndex_names = ["pageIndex"] as const;
const extlineList_pageIndex_coerce = asInteger({ min: 0 });
/** extline/list: 1 parameter(s). */
export function validateExtlineList(raw: RawParams): Validated<ExtlineListParams> {
  const issues: ParamIssue[] = [];
  const params = {
    pageIndex: read(raw, extlineList_pageIndex_names, "pageIndex", false, extlineList_pageIndex_coerce, issues, 0),
  } as ExtlineListParams;
  return done(params, issues);
}

const extlineQuery_extLine_names = ["extLine"] as const;
const extlineQuery_extLine_coerce = asString({ minLength: 1, maxLength: 64 });
/** extline/query: 1 parameter(s). */
export function validateExtlineQuery(raw: RawParams): Validated<ExtlineQueryParams> {
  const issues: ParamIssue[] = [];
  const params = {
    extLine: read(raw, extlineQuery_extLine_names, "extLine", true, extlineQuery_extLine_coerce, issues),
  } as ExtlineQueryParams;
  return done(params, issues);
}

const extlineSet_extLine_names = ["extLine"] as const;
const extlineSet_extLine_coerce = asString({ minLength: 1, maxLength: 64 });
const extlineSet_state_names = ["state"] as const;
const extlineSet_state_coerce = asEnum([0, 1, 2, 3] as const);
const extlineSet_host_names = ["host"] as const;
const extlineSet_host_coerce = asString({ maxLength: 255 });
const extlineSet_port_names = ["port"] as const;
const extlineSet_port_coerce = asInteger({ min: 1, max: 65535 });
const extlineSet_localUser_names = ["localUser"] as const;
const extlineSet_localUser_coerce = asString({ maxLength: 32 });
const extlineSet_type_names = ["type"] as const;
const extlineSet_type_coerce = asEnum([0, 1] as const);
const extlineSet_password_names = ["password"] as const;
const extlineSet_password_coerce = asString({ maxLength: 64 });
const extlineSet_authID_names = ["authID"] as const;
const extlineSet_authID_coerce = asString({ maxLength: 64 });
const extlineSet_maxDur_names = ["maxDur"] as const;
const extlineSet_maxDur_coerce = asInteger({ min: 0 });
const extlineSet_chain_names = ["chain"] as const;
const extlineSet_chain_coerce = asString({ maxLength: 64 });
const extlineSet_transport_names = ["transport"] as const;
const extlineSet_transport_coerce = asEnum([0, 1] as const);
const extlineSet_ogGroupID_names = ["ogGroupID"] as const;
const extlineSet_ogGroupID_coerce = asInteger({ min: 0 });
const extlineSet_maxMOCalls_names = ["maxMOCalls"] as const;
const extlineSet_maxMOCalls_coerce = asInteger({ min: 0 });
const extlineSet_otcID_names = ["otcID"] as const;
const extlineSet_otcID_coerce = asInteger({ min: 0 });
const extlineSet_noAnsTimer_names = ["noAnsTimer"] as const;
const extlineSet_noAnsTimer_coerce = asInteger({ min: 0 });
const extlineSet_description_names = ["description"] as const;
const extlineSet_description_coerce = asString({ maxLength: 128 });
const extlineSet_maxCalls_names = ["maxCalls"] as const;
const extlineSet_maxCalls_coerce = asInteger({ min: 0 });
const extlineSet_aaInd_names = ["aaInd"] as const;
const extlineSet_aaInd_coerce = asInteger({ min: 0, max: 1 });
const extlineSet_outbandInd_names = ["outbandInd"] as const;
const extlineSet_outbandInd_coerce = asInteger({ min: 0, max: 1 });
const extlineSet_outbandServer_names = ["outbandServer"] as const;
const extlineSet_outbandServer_coerce = asString({ maxLength: 255 });
const extlineSet_outbandPort_names = ["outbandPort"] as const;
const extlineSet_outbandPort_coerce = asInteger({ min: 0, max: 65535 });
const extlineSet_shareInd_names = ["shareInd"] as const;
const extlineSet_shareInd_coerce = asInteger({ min: 0, max: 1 });
const extlineSet_origCallerNbr_names = ["origCallerNbr"] as const;
const extlineSet_origCallerNbr_coerce = asInteger({ min: 0, max: 1 });
const extlineSet_authidWithAddrInd_names = ["authidWithAddrInd"] as const;
const extlineSet_authidWithAddrInd_coerce = asInteger({ min: 0, max: 1 });
const extlineSet_reInviteInd_names = ["reInviteInd"] as const;
const extlineSet_reInviteInd_coerce = asInteger({ min: 0, max: 1 });
const extlineSet_donotRegInd_names = ["donotRegInd"] as const;
const extlineSet_donotRegInd_coerce = asInteger({ min: 0, max: 1 });
const extlineSet_incomingLI_names = ["incomingLI"] as const;
const extlineSet_incomingLI_coerce = asInteger({ min: 0, max: 1 });
/** extline/set: 27 parameter(s). */
export function validateExtlineSet(raw: RawParams): Validated<ExtlineSetParams> {
  const issues: ParamIssue[] = [];
  const params = {
    extLine: read(raw, extlineSet_extLine_names, "extLine", true, extlineSet_extLine_coerce, issues),
    state: read(raw, extlineSet_state_names, "state", false, extlineSet_state_coerce, issues),
    host: read(raw, extlineSet_host_names, "host", false, extlineSet_host_coerce, issues),
    port: read(raw, extlineSet_port_names, "port", false, extlineSet_port_coerce, issues),
    localUser: read(raw, extlineSet_localUser_names, "localUser", false, extlineSet_localUser_coerce, issues),
    type: read(raw, extlineSet_type_names, "type", false, extlineSet_type_coerce, issues),
    password: read(raw, extlineSet_password_names, "password", false, extlineSet_password_coerce, issues),
    authID: read(raw, extlineSet_authID_names, "authID", false, extlineSet_authID_coerce, issues),
    maxDur: read(raw, extlineSet_maxDur_names, "maxDur", false, extlineSet_maxDur_coerce, issues, 0),
    chain: read(raw, extlineSet_chain_names, "chain", false, extlineSet_chain_coerce, issues),
    transport: read(raw, extlineSet_transport_names, "transport", false, extlineSet_transport_coerce, issues),
    ogGroupID: read(raw, extlineSet_ogGroupID_names, "ogGroupID", false, extlineSet_ogGroupID_coerce, issues),
    maxMOCalls: read(raw, extlineSet_maxMOCalls_names, "maxMOCalls", false, extlineSet_maxMOCalls_coerce, issues, 20),
    otcID: read(raw, extlineSet_otcID_names, "otcID", false, extlineSet_otcID_coerce, issues),
    noAnsTimer: read(raw, extlineSet_noAnsTimer_names, "noAnsTimer", false, extlineSet_noAnsTimer_coerce, issues),
    description: read(raw, extlineSet_description_names, "description", false, extlineSet_description_coerce, issues),
    maxCalls: read(raw, extlineSet_maxCalls_names, "maxCalls", false, extlineSet_maxCalls_coerce, issues),
    aaInd: read(raw, extlineSet_aaInd_names, "aaInd", false, extlineSet_aaInd_coerce, issues),
    outbandInd: read(raw, extlineSet_outbandInd_names, "outbandInd", false, extlineSet_outbandInd_coerce, issues),
    outbandServer: read(
      raw,
      extlineSet_outbandServer_names,
      "outbandServer",
      false,
      extlineSet_outbandServer_coerce,
      issues,
    ),
    outbandPort: read(raw, extlineSet_outbandPort_names, "outbandPort", false, extlineSet_outbandPort_coerce, issues),
    shareInd: read(raw, extlineSet_shareInd_names, "shareInd", false, extlineSet_shareInd_coerce, issues),
    origCallerNbr: read(
      raw,
      extlineSet_origCallerNbr_names,
      "origCallerNbr",
      false,
      extlineSet_origCallerNbr_coerce,
      issues,
    ),
    authidWithAddrInd: read(
      raw,
      extlineSet_authidWithAddrInd_names,
      "authidWithAddrInd",
      false,
      extlineSet_authidWithAddrInd_coerce,
      issues,
    ),
    reInviteInd: read(raw, extlineSet_reInviteInd_names, "reInviteInd", false, extlineSet_reInviteInd_coerce, issues),
    donotRegInd: read(raw, extlineSet_donotRegInd_names, "donotRegInd", false, extlineSet_donotRegInd_coerce, issues),
    incomingLI: read(raw, extlineSet_incomingLI_names, "incomingLI", false, extlineSet_incomingLI_coerce, issues),
  } as ExtlineSetParams;
  return done(params, issues);
}

const hgdectDelete_dialPlan_names = ["dialPlan"] as const;
const hgdectDelete_dialPlan_coerce = asString({ minLength: 1, maxLength: 32 });
const hgdectDelete_calledNbr_names = ["calledNbr"] as const;
const hgdectDelete_calledNbr_coerce = asString({ minLength: 1, maxLength: 32 });
/** hgdect/delete: 2 parameter(s). */
export function validateHgdectDelete(raw: RawParams): Validated<HgdectDeleteParams> {
  const issues: ParamIssue[] = [];
  const params = {
    dialPlan: read(raw, hgdectDelete_dialPlan_names, "dialPlan", true, hgdectDelete_dialPlan_coerce, issues),
    calledNbr: read(raw, hgdectDelete_calledNbr_names, "calledNbr", true, hgdectDelete_calledNbr_coerce, issues),
  } as HgdectDeleteParams;
  return done(params, issues);
}

const hgdectList_pageIndex_names = ["pageIndex"] as const;
const hgdectList_pageIndex_coerce = asInteger({ min: 0 });
/** hgdect/list: 1 parameter(s). */
export function validateHgdectList(raw: RawParams): Validated<HgdectListParams> {
  const issues: ParamIssue[] = [];
  const params = {
    pageIndex: read(raw, hgdectList_pageIndex_names, "pageIndex", false, hgdectList_pageIndex_coerce, issues, 0),
  } as HgdectListParams;
  return done(params, issues);
}

const hgdectQuery_dialPlan_names = ["dialPlan"] as const;
const hgdectQuery_dialPlan_coerce = asString({ minLength: 1, maxLength: 32 });
const hgdectQuery_calledNbr_names = ["calledNbr"] as const;
const hgdectQuery_calledNbr_coerce = asString({ minLength: 1, maxLength: 32 });
/** hgdect/query: 2 parameter(s). */
export function validateHgdectQuery(raw: RawParams): Validated<HgdectQueryParams> {
  const issues: ParamIssue[] = [];
  const params = {
    dialPlan: read(raw, hgdectQuery_dialPlan_names, "dialPlan", true, hgdectQuery_dialPlan_coerce, issues),
    calledNbr: read(raw, hgdectQuery_calledNbr_names, "calledNbr", true, hgdectQuery_calledNbr_coerce, issues),
  } as HgdectQueryParams;
  return done(params, issues);
}

const hgdectSet_dialPlan_names = ["dialPlan"] as const;
const hgdectSet_dialPlan_coerce = asString({ minLength: 1, maxLength: 32 });
const hgdectSet_calledNbr_names = ["calledNbr"] as const;
const hgdectSet_calledNbr_coerce = asString({ minLength: 1, maxLength: 32 });
const hgdectSet_grpID_names = ["grpID"] as const;
const hgdectSet_grpID_coerce = asInteger({ min: 1 });
/** hgdect/set: 3 parameter(s). */
export function validateHgdectSet(raw: RawParams): Validated<HgdectSetParams> {
  const issues: ParamIssue[] = [];
  const params = {
    dialPlan: read(raw, hgdectSet_dialPlan_names, "dialPlan", true, hgdectSet_dialPlan_coerce, issues),
    calledNbr: read(raw, hgdectSet_calledNbr_names, "calledNbr", true, hgdectSet_calledNbr_coerce, issues),
    grpID: read(raw, hgdectSet_grpID_names, "grpID", true, hgdectSet_grpID_coerce, issues),
  } as HgdectSetParams;
  return done(params, issues);
}

const hginfoDelete_grpID_names = ["grpID"] as const;
const hginfoDelete_grpID_coerce = asInteger({ min: 1 });
/** hginfo/delete: 1 parameter(s). */
export function validateHginfoDelete(raw: RawParams): Validated<HginfoDeleteParams> {
  const issues: ParamIssue[] = [];
  const params = {
    grpID: read(raw, hginfoDelete_grpID_names, "grpID", true, hginfoDelete_grpID_coerce, issues),
  } as HginfoDeleteParams;
  return done(params, issues);
}

const hginfoList_pageIndex_names = ["pageIndex"] as const;
const hginfoList_pageIndex_coerce = asInteger({ min: 0 });
/** hginfo/list: 1 parameter(s). */
export function validateHginfoList(raw: RawParams): Validated<HginfoListParams> {
  const issues: ParamIssue[] = [];
  const params = {
    pageIndex: read(raw, hginfoList_pageIndex_names, "pageIndex", false, hginfoList_pageIndex_coerce, issues, 0),
  } as HginfoListParams;
  return done(params, issues);
}

const hginfoQuery_grpID_names = ["grpID"] as const;
const hginfoQuery_grpID_coerce = asInteger({ min: 1 });
/** hginfo/query: 1 parameter(s). */
export function validateHginfoQuery(raw: RawParams): Validated<HginfoQueryParams> {
  const issues: ParamIssue[] = [];
  const params = {
    grpID: read(raw, hginfoQuery_grpID_names, "grpID", true, hginfoQuery_grpID_coerce, issues),
  } as HginfoQueryParams;
  return done(params, issues);
}

const hginfoSet_grpID_names = ["grpID"] as const;
const hginfoSet_grpID_coerce = asInteger({ min: 1 });
const hginfoSet_strategy_names = ["strategy"] as const;
const hginfoSet_strategy_coerce = asEnum([1, 2] as const);
const hginfoSet_desc_names = ["desc"] as const;
const hginfoSet_desc_coerce = asString({ maxLength: 128 });
const hginfoSet_noAnsTmr_names = ["noAnsTmr"] as const;
const hginfoSet_noAnsTmr_coerce = asInteger({ min: 0 });
const hginfoSet_queueInd_names = ["queueInd"] as const;
const hginfoSet_queueInd_coerce = asInteger({ min: 0, max: 1 });
const hginfoSet_maxCall_names = ["maxCall"] as const;
const hginfoSet_maxCall_coerce = asInteger({ min: 0 });
const hginfoSet_maxDura_names = ["maxDura"] as const;
const hginfoSet_maxDura_coerce = asInteger({ min: 0 });
/** hginfo/set: 7 parameter(s). */
export function validateHginfoSet(raw: RawParams): Validated<HginfoSetParams> {
  const issues: ParamIssue[] = [];
  const params = {
    grpID: read(raw, hginfoSet_grpID_names, "grpID", true, hginfoSet_grpID_coerce, issues),
    strategy: read(raw, hginfoSet_strategy_names, "strategy", true, hginfoSet_strategy_coerce, issues),
    desc: read(raw, hginfoSet_desc_names, "desc", false, hginfoSet_desc_coerce, issues),
    noAnsTmr: read(raw, hginfoSet_noAnsTmr_names, "noAnsTmr", false, hginfoSet_noAnsTmr_coerce, issues),
    queueInd: read(raw, hginfoSet_queueInd_names, "queueInd", false, hginfoSet_queueInd_coerce, issues),
    maxCall: read(raw, hginfoSet_maxCall_names, "maxCall", false, hginfoSet_maxCall_coerce, issues),
    maxDura: read(raw, hginfoSet_maxDura_names, "maxDura", false, hginfoSet_maxDura_coerce, issues),
  } as HginfoSetParams;
  return done(params, issues);
}

const hgoperDelete_oper_names = ["oper"] as const;
const hgoperDelete_oper_coerce = asString({ minLength: 1, maxLength: 32 });
/** hgoper/delete: 1 parameter(s). */
export function validateHgoperDelete(raw: RawParams): Validated<HgoperDeleteParams> {
  const issues: ParamIssue[] = [];
  const params = {
    oper: read(raw, hgoperDelete_oper_names, "oper", true, hgoperDelete_oper_coerce, issues),
  } as HgoperDeleteParams;
  return done(params, issues);
}

const hgoperList_pageIndex_names = ["pageIndex"] as const;
const hgoperList_pageIndex_coerce = asInteger({ min: 0 });
/** hgoper/list: 1 parameter(s). */
export function validateHgoperList(raw: RawParams): Validated<HgoperListParams> {
  const issues: ParamIssue[] = [];
  const params = {
    pageIndex: read(raw, hgoperList_pageIndex_names, "pageIndex", false, hgoperList_pageIndex_coerce, issues, 0),
  } as HgoperListParams;
  return done(params, issues);
}

const hgoperSet_oper_names = ["oper"] as const;
const hgoperSet_oper_coerce = asString({ minLength: 1, maxLength: 32 });
const hgoperSet_grpID_names = ["grpID"] as const;
const hgoperSet_grpID_coerce = asInteger({ min: 1 });
const hgoperSet_autoInd_names = ["autoInd"] as const;
const hgoperSet_autoInd_coerce = asInteger({ min: 0, max: 1 });
/** hgoper/set: 3 parameter(s). */
export function validateHgoperSet(raw: RawParams): Validated<HgoperSetParams> {
  const issues: ParamIssue[] = [];
  const params = {
    oper: read(raw, hgoperSet_oper_names, "oper", true, hgoperSet_oper_coerce, issues),
    grpID: read(raw, hgoperSet_grpID_names, "grpID", true, hgoperSet_grpID_coerce, issues),
    autoInd: read(raw, hgoperSet_autoInd_names, "autoInd", true, hgoperSet_autoInd_coerce, issues),
  } as HgoperSetParams;
  return done(params, issues);
}

const localuserDelete_usrname_names = ["usrname"] as const;
const localuserDelete_usrname_coerce = asString({ minLength: 1, maxLength: 32 });
/** localuser/delete: 1 parameter(s). */
export function validateLocaluserDelete(raw: RawParams): Validated<LocaluserDeleteParams> {
  const issues: ParamIssue[] = [];
  const params = {
    usrname: read(raw, localuserDelete_usrname_names, "usrname", true, localuserDelete_usrname_coerce, issues),
  } as LocaluserDeleteParams;
  return done(params, issues);
}

const localuserList_pageIndex_names = ["pageIndex"] as const;
const localuserList_pageIndex_coerce = asInteger({ min: 0 });
/** localuser/list: 1 parameter(s). */
export function validateLocaluserList(raw: RawParams): Validated<LocaluserListParams> {
  const issues: ParamIssue[] = [];
  const params = {
    pageIndex: read(raw, localuserList_pageIndex_names, "pageIndex", false, localuserList_pageIndex_coerce, issues, 0),
  } as LocaluserListParams;
  return done(params, issues);
}

const localuserQuery_usrname_names = ["usrname"] as const;
const localuserQuery_usrname_coerce = asString({ minLength: 1, maxLength: 32 });
/** localuser/query: 1 parameter(s). */
export function validateLocaluserQuery(raw: RawParams): Validated<LocaluserQueryParams> {
  const issues: ParamIssue[] = [];
  const params = {
    usrname: read(raw, localuserQuery_usrname_names, "usrname", true, localuserQuery_usrname_coerce, issues),
  } as LocaluserQueryParams;
  return done(params, issues);
}

const localuserSet_usrname_names = ["usrname"] as const;
const localuserSet_usrname_coerce = asString({ minLength: 1, maxLength: 32 });
const localuserSet_usrpwd_names = ["usrpwd"] as const;
const localuserSet_usrpwd_coerce = asString({ maxLength: 64 });
const localuserSet_description_names = ["description"] as const;
const localuserSet_description_coerce = asString({ maxLength: 128 });
const localuserSet_right_ipauth_names = ["right_ipauth"] as const;
const localuserSet_right_ipauth_coerce = asInteger({ min: 0, max: 1 });
const localuserSet_addr_names = ["addr"] as const;
const localuserSet_addr_coerce = asString({ maxLength: 64 });
const localuserSet_port_names = ["port"] as const;
const localuserSet_port_coerce = asInteger({ min: 0, max: 65535 });
const localuserSet_state_names = ["state"] as const;
const localuserSet_state_coerce = asInteger({ min: 0 });
const localuserSet_right_aa_names = ["right_aa"] as const;
const localuserSet_right_aa_coerce = asInteger({ min: 0, max: 1 });
const localuserSet_right_rg_names = ["right_rg"] as const;
const localuserSet_right_rg_coerce = asInteger({ min: 0, max: 1 });
const localuserSet_right_sup_rg_names = ["right_sup_rg"] as const;
const localuserSet_right_sup_rg_coerce = asInteger({ min: 0, max: 1 });
const localuserSet_ringgrpid_names = ["ringgrpid"] as const;
const localuserSet_ringgrpid_coerce = asInteger({ min: 0 });
const localuserSet_right_pickup_names = ["right_pickup"] as const;
const localuserSet_right_pickup_coerce = asInteger({ min: 0, max: 1 });
const localuserSet_pickupgrpid_names = ["pickupgrpid"] as const;
const localuserSet_pickupgrpid_coerce = asInteger({ min: 0 });
const localuserSet_right_park_names = ["right_park"] as const;
const localuserSet_right_park_coerce = asInteger({ min: 0, max: 1 });
const localuserSet_right_retrieve_names = ["right_retrieve"] as const;
const localuserSet_right_retrieve_coerce = asInteger({ min: 0, max: 1 });
const localuserSet_right_cw_names = ["right_cw"] as const;
const localuserSet_right_cw_coerce = asInteger({ min: 0, max: 1 });
const localuserSet_fmtype_names = ["fmtype"] as const;
const localuserSet_fmtype_coerce = asInteger({ min: 0 });
const localuserSet_fminterval_names = ["fminterval"] as const;
const localuserSet_fminterval_coerce = asInteger({ min: 0 });
const localuserSet_fmdesta_names = ["fmdesta"] as const;
const localuserSet_fmdesta_coerce = asString({ maxLength: 32 });
const localuserSet_fmdestb_names = ["fmdestb"] as const;
const localuserSet_fmdestb_coerce = asString({ maxLength: 32 });
const localuserSet_fmdestc_names = ["fmdestc"] as const;
const localuserSet_fmdestc_coerce = asString({ maxLength: 32 });
const localuserSet_enddate_names = ["enddate"] as const;
const localuserSet_enddate_coerce = asInteger({ min: 0 });
const localuserSet_dialPlan_names = ["dialPlan"] as const;
const localuserSet_dialPlan_coerce = asString({ maxLength: 32 });
const localuserSet_dispname_names = ["dispname"] as const;
const localuserSet_dispname_coerce = asString({ maxLength: 64 });
const localuserSet_specextline_names = ["specextline"] as const;
const localuserSet_specextline_coerce = asString({ maxLength: 64 });
const localuserSet_maxdura_names = ["maxdura"] as const;
const localuserSet_maxdura_coerce = asInteger({ min: 0 });
const localuserSet_maxcall_names = ["maxcall"] as const;
const localuserSet_maxcall_coerce = asInteger({ min: 0 });
const localuserSet_momaxcall_names = ["momaxcall"] as const;
const localuserSet_momaxcall_coerce = asInteger({ min: 0 });
const localuserSet_calllevel_names = ["calllevel"] as const;
const localuserSet_calllevel_coerce = asInteger({ min: 0 });
const localuserSet_right_cfu_names = ["right_cfu"] as const;
const localuserSet_right_cfu_coerce = asInteger({ min: 0, max: 1 });
const localuserSet_cfunbr_names = ["cfunbr"] as const;
const localuserSet_cfunbr_coerce = asString({ maxLength: 32 });
const localuserSet_right_cfnc_names = ["right_cfnc"] as const;
const localuserSet_right_cfnc_coerce = asInteger({ min: 0, max: 1 });
const localuserSet_cfncnbr_names = ["cfncnbr"] as const;
const localuserSet_cfncnbr_coerce = asString({ maxLength: 32 });
const localuserSet_right_cfb_names = ["right_cfb"] as const;
const localuserSet_right_cfb_coerce = asInteger({ min: 0, max: 1 });
const localuserSet_cfbnbr_names = ["cfbnbr"] as const;
const localuserSet_cfbnbr_coerce = asString({ maxLength: 32 });
const localuserSet_right_cfna_names = ["right_cfna"] as const;
const localuserSet_right_cfna_coerce = asInteger({ min: 0, max: 1 });
const localuserSet_cfnanbr_names = ["cfnanbr"] as const;
const localuserSet_cfnanbr_coerce = asString({ maxLength: 32 });
const localuserSet_cfnatmr_names = ["cfnatmr"] as const;
const localuserSet_cfnatmr_coerce = asInteger({ min: 0 });
const localuserSet_right_vms_names = ["right_vms"] as const;
const localuserSet_right_vms_coerce = asInteger({ min: 0, max: 1 });
const localuserSet_vmannid_names = ["vmannid"] as const;
const localuserSet_vmannid_coerce = asInteger({ min: 0 });
const localuserSet_email_names = ["email"] as const;
const localuserSet_email_coerce = asString({ maxLength: 254, pattern: /^$|^[^@\s]+@[^@\s]+$/u });
const localuserSet_right_prepaid_names = ["right_prepaid"] as const;
const localuserSet_right_prepaid_coerce = asInteger({ min: 0, max: 1 });
const localuserSet_right_subpre_names = ["right_subpre"] as const;
const localuserSet_right_subpre_coerce = asInteger({ min: 0, max: 1 });
const localuserSet_presgrpid_names = ["presgrpid"] as const;
const localuserSet_presgrpid_coerce = asInteger({ min: 0 });
const localuserSet_right_clrid_names = ["right_clrid"] as const;
const localuserSet_right_clrid_coerce = asInteger({ min: 0, max: 1 });
const localuserSet_right_moh_names = ["right_moh"] as const;
const localuserSet_right_moh_coerce = asInteger({ min: 0, max: 1 });
const localuserSet_right_relay_names = ["right_relay"] as const;
const localuserSet_right_relay_coerce = asInteger({ min: 0, max: 1 });
const localuserSet_right_oli_names = ["right_oli"] as const;
const localuserSet_right_oli_coerce = asInteger({ min: 0, max: 1 });
const localuserSet_right_tli_names = ["right_tli"] as const;
const localuserSet_right_tli_coerce = asInteger({ min: 0, max: 1 });
const localuserSet_tcID_names = ["tcID"] as const;
const localuserSet_tcID_coerce = asInteger({ min: 0 });
/** localuser/set: 50 parameter(s). */
export function validateLocaluserSet(raw: RawParams): Validated<LocaluserSetParams> {
  const issues: ParamIssue[] = [];
  const params = {
    usrname: read(raw, localuserSet_usrname_names, "usrname", true, localuserSet_usrname_coerce, issues),
    usrpwd: read(raw, localuserSet_usrpwd_names, "usrpwd", false, localuserSet_usrpwd_coerce, issues),
    description: read(
      raw,
      localuserSet_description_names,
      "description",
      false,
      localuserSet_description_coerce,
      issues,
    ),
    right_ipauth: read(
      raw,
      localuserSet_right_ipauth_names,
      "right_ipauth",
      false,
      localuserSet_right_ipauth_coerce,
      issues,
    ),
    addr: read(raw, localuserSet_addr_names, "addr", false, localuserSet_addr_coerce, issues),
    port: read(raw, localuserSet_port_names, "port", false, localuserSet_port_coerce, issues),
    state: read(raw, localuserSet_state_names, "state", false, localuserSet_state_coerce, issues),
    right_aa: read(raw, localuserSet_right_aa_names, "right_aa", false, localuserSet_right_aa_coerce, issues),
    right_rg: read(raw, localuserSet_right_rg_names, "right_rg", false, localuserSet_right_rg_coerce, issues),
    right_sup_rg: read(
      raw,
      localuserSet_right_sup_rg_names,
      "right_sup_rg",
      false,
      localuserSet_right_sup_rg_coerce,
      issues,
    ),
    ringgrpid: read(raw, localuserSet_ringgrpid_names, "ringgrpid", false, localuserSet_ringgrpid_coerce, issues),
    right_pickup: read(
      raw,
      localuserSet_right_pickup_names,
      "right_pickup",
      false,
      localuserSet_right_pickup_coerce,
      issues,
    ),
    pickupgrpid: read(
      raw,
      localuserSet_pickupgrpid_names,
      "pickupgrpid",
      false,
      localuserSet_pickupgrpid_coerce,
      issues,
    ),
    right_park: read(raw, localuserSet_right_park_names, "right_park", false, localuserSet_right_park_coerce, issues),
    right_retrieve: read(
      raw,
      localuserSet_right_retrieve_names,
      "right_retrieve",
      false,
      localuserSet_right_retrieve_coerce,
      issues,
    ),
    right_cw: read(raw, localuserSet_right_cw_names, "right_cw", false, localuserSet_right_cw_coerce, issues),
    fmtype: read(raw, localuserSet_fmtype_names, "fmtype", false, localuserSet_fmtype_coerce, issues),
    fminterval: read(raw, localuserSet_fminterval_names, "fminterval", false, localuserSet_fminterval_coerce, issues),
    fmdesta: read(raw, localuserSet_fmdesta_names, "fmdesta", false, localuserSet_fmdesta_coerce, issues),
    fmdestb: read(raw, localuserSet_fmdestb_names, "fmdestb", false, localuserSet_fmdestb_coerce, issues),
    fmdestc: read(raw, localuserSet_fmdestc_names, "fmdestc", false, localuserSet_fmdestc_coerce, issues),
    enddate: read(raw, localuserSet_enddate_names, "enddate", false, localuserSet_enddate_coerce, issues),
    dialPlan: read(raw, localuserSet_dialPlan_names, "dialPlan", false, localuserSet_dialPlan_coerce, issues),
    dispname: read(raw, localuserSet_dispname_names, "dispname", false, localuserSet_dispname_coerce, issues),
    specextline: read(
      raw,
      localuserSet_specextline_names,
      "specextline",
      false,
      localuserSet_specextline_coerce,
      issues,
    ),
    maxdura: read(raw, localuserSet_maxdura_names, "maxdura", false, localuserSet_maxdura_coerce, issues),
    maxcall: read(raw, localuserSet_maxcall_names, "maxcall", false, localuserSet_maxcall_coerce, issues),
    momaxcall: read(raw, localuserSet_momaxcall_names, "momaxcall", false, localuserSet_momaxcall_coerce, issues),
    calllevel: read(raw, localuserSet_calllevel_names, "calllevel", false, localuserSet_calllevel_coerce, issues),
    right_cfu: read(raw, localuserSet_right_cfu_names, "right_cfu", false, localuserSet_right_cfu_coerce, issues),
    cfunbr: read(raw, localuserSet_cfunbr_names, "cfunbr", false, localuserSet_cfunbr_coerce, issues),
    right_cfnc: read(raw, localuserSet_right_cfnc_names, "right_cfnc", false, localuserSet_right_cfnc_coerce, issues),
    cfncnbr: read(raw, localuserSet_cfncnbr_names, "cfncnbr", false, localuserSet_cfncnbr_coerce, issues),
    right_cfb: read(raw, localuserSet_right_cfb_names, "right_cfb", false, localuserSet_right_cfb_coerce, issues),
    cfbnbr: read(raw, localuserSet_cfbnbr_names, "cfbnbr", false, localuserSet_cfbnbr_coerce, issues),
    right_cfna: read(raw, localuserSet_right_cfna_names, "right_cfna", false, localuserSet_right_cfna_coerce, issues),
    cfnanbr: read(raw, localuserSet_cfnanbr_names, "cfnanbr", false, localuserSet_cfnanbr_coerce, issues),
    cfnatmr: read(raw, localuserSet_cfnatmr_names, "cfnatmr", false, localuserSet_cfnatmr_coerce, issues),
    right_vms: read(raw, localuserSet_right_vms_names, "right_vms", false, localuserSet_right_vms_coerce, issues),
    vmannid: read(raw, localuserSet_vmannid_names, "vmannid", false, localuserSet_vmannid_coerce, issues),
    email: read(raw, localuserSet_email_names, "email", false, localuserSet_email_coerce, issues),
    right_prepaid: read(
      raw,
      localuserSet_right_prepaid_names,
      "right_prepaid",
      false,
      localuserSet_right_prepaid_coerce,
      issues,
    ),
    right_subpre: read(
      raw,
      localuserSet_right_subpre_names,
      "right_subpre",
      false,
      localuserSet_right_subpre_coerce,
      issues,
    ),
    presgrpid: read(raw, localuserSet_presgrpid_names, "presgrpid", false, localuserSet_presgrpid_coerce, issues),
    right_clrid: read(
      raw,
      localuserSet_right_clrid_names,
      "right_clrid",
      false,
      localuserSet_right_clrid_coerce,
      issues,
    ),
    right_moh: read(raw, localuserSet_right_moh_names, "right_moh", false, localuserSet_right_moh_coerce, issues),
    right_relay: read(
      raw,
      localuserSet_right_relay_names,
      "right_relay",
      false,
      localuserSet_right_relay_coerce,
      issues,
    ),
    right_oli: read(raw, localuserSet_right_oli_names, "right_oli", false, localuserSet_right_oli_coerce, issues),
    right_tli: read(raw, localuserSet_right_tli_names, "right_tli", false, localuserSet_right_tli_coerce, issues),
    tcID: read(raw, localuserSet_tcID_names, "tcID", false, localuserSet_tcID_coerce, issues),
  } as LocaluserSetParams;
  return done(params, issues);
}

const natranDelete_tranID_names = ["tranID"] as const;
const natranDelete_tranID_coerce = asInteger({ min: 1 });
/** natran/delete: 1 parameter(s). */
export function validateNatranDelete(raw: RawParams): Validated<NatranDeleteParams> {
  const issues: ParamIssue[] = [];
  const params = {
    tranID: read(raw, natranDelete_tranID_names, "tranID", true, natranDelete_tranID_coerce, issues),
  } as NatranDeleteParams;
  return done(params, issues);
}

const natranList_pageIndex_names = ["pageIndex"] as const;
const natranList_pageIndex_coerce = asInteger({ min: 0 });
/** natran/list: 1 parameter(s). */
export function validateNatranList(raw: RawParams): Validated<NatranListParams> {
  const issues: ParamIssue[] = [];
  const params = {
    pageIndex: read(raw, natranList_pageIndex_names, "pageIndex", false, natranList_pageIndex_coerce, issues, 0),
  } as NatranListParams;
  return done(params, issues);
}

const natranQuery_tranID_names = ["tranID"] as const;
const natranQuery_tranID_coerce = asInteger({ min: 1 });
/** natran/query: 1 parameter(s). */
export function validateNatranQuery(raw: RawParams): Validated<NatranQueryParams> {
  const issues: ParamIssue[] = [];
  const params = {
    tranID: read(raw, natranQuery_tranID_names, "tranID", true, natranQuery_tranID_coerce, issues),
  } as NatranQueryParams;
  return done(params, issues);
}

const natranSet_tranID_names = ["tranID"] as const;
const natranSet_tranID_coerce = asInteger({ min: 1 });
const natranSet_type_names = ["type"] as const;
const natranSet_type_coerce = asEnum([1, 2, 3] as const);
const natranSet_tranStart_names = ["tranStart"] as const;
const natranSet_tranStart_coerce = asInteger({ min: 0 });
const natranSet_tranLen_names = ["tranLen"] as const;
const natranSet_tranLen_coerce = asInteger({ min: 0 });
const natranSet_prefix_names = ["prefix"] as const;
const natranSet_prefix_coerce = asString({ maxLength: 32 });
const natranSet_description_names = ["description"] as const;
const natranSet_description_coerce = asString({ maxLength: 128 });
/** natran/set: 6 parameter(s). */
export function validateNatranSet(raw: RawParams): Validated<NatranSetParams> {
  const issues: ParamIssue[] = [];
  const params = {
    tranID: read(raw, natranSet_tranID_names, "tranID", true, natranSet_tranID_coerce, issues),
    type: read(raw, natranSet_type_names, "type", true, natranSet_type_coerce, issues),
    tranStart: read(raw, natranSet_tranStart_names, "tranStart", true, natranSet_tranStart_coerce, issues),
    tranLen: read(raw, natranSet_tranLen_names, "tranLen", true, natranSet_tranLen_coerce, issues),
    prefix: read(raw, natranSet_prefix_names, "prefix", true, natranSet_prefix_coerce, issues, ""),
    description: read(raw, natranSet_description_names, "description", true, natranSet_description_coerce, issues, ""),
  } as NatranSetParams;
  return done(params, issues);
}

const peerserverDelete_servID_names = ["servID"] as const;
const peerserverDelete_servID_coerce = asInteger({ min: 1 });
/** peerserver/delete: 1 parameter(s). */
export function validatePeerserverDelete(raw: RawParams): Validated<PeerserverDeleteParams> {
  const issues: ParamIssue[] = [];
  const params = {
    servID: read(raw, peerserverDelete_servID_names, "servID", true, peerserverDelete_servID_coerce, issues),
  } as PeerserverDeleteParams;
  return done(params, issues);
}

const peerserverList_pageIndex_names = ["pageIndex"] as const;
const peerserverList_pageIndex_coerce = asInteger({ min: 0 });
/** peerserver/list: 1 parameter(s). */
export function validatePeerserverList(raw: RawParams): Validated<PeerserverListParams> {
  const issues: ParamIssue[] = [];
  const params = {
    pageIndex: read(
      raw,
      peerserverList_pageIndex_names,
      "pageIndex",
      false,
      peerserverList_pageIndex_coerce,
      issues,
      0,
    ),
  } as PeerserverListParams;
  return done(params, issues);
}

const peerserverQuery_servID_names = ["servID"] as const;
const peerserverQuery_servID_coerce = asInteger({ min: 1 });
/** peerserver/query: 1 parameter(s). */
export function validatePeerserverQuery(raw: RawParams): Validated<PeerserverQueryParams> {
  const issues: ParamIssue[] = [];
  const params = {
    servID: read(raw, peerserverQuery_servID_names, "servID", true, peerserverQuery_servID_coerce, issues),
  } as PeerserverQueryParams;
  return done(params, issues);
}

const peerserverSet_servID_names = ["servID"] as const;
const peerserverSet_servID_coerce = asInteger({ min: 1 });
const peerserverSet_desc_names = ["desc"] as const;
const peerserverSet_desc_coerce = asString({ maxLength: 128 });
const peerserverSet_servAddr_names = ["servAddr"] as const;
const peerserverSet_servAddr_coerce = asString({ maxLength: 255 });
const peerserverSet_servPort_names = ["servPort"] as const;
const peerserverSet_servPort_coerce = asInteger({ min: 1, max: 65535 });
const peerserverSet_callerID_names = ["callerID"] as const;
const peerserverSet_callerID_coerce = asString({ maxLength: 32 });
const peerserverSet_dialPlan_names = ["dialPlan"] as const;
const peerserverSet_dialPlan_coerce = asString({ maxLength: 32 });
const peerserverSet_transport_names = ["transport"] as const;
const peerserverSet_transport_coerce = asEnum([0, 1] as const);
const peerserverSet_ogGroupID_names = ["ogGroupID"] as const;
const peerserverSet_ogGroupID_coerce = asInteger({ min: 0 });
const peerserverSet_otcID_names = ["otcID"] as const;
const peerserverSet_otcID_coerce = asInteger({ min: 0 });
const peerserverSet_oMaxCalls_names = ["oMaxCalls"] as const;
const peerserverSet_oMaxCalls_coerce = asInteger({ min: 0 });
const peerserverSet_iMaxCalls_names = ["iMaxCalls"] as const;
const peerserverSet_iMaxCalls_coerce = asInteger({ min: 0 });
const peerserverSet_orelayMediaInd_names = ["orelayMediaInd"] as const;
const peerserverSet_orelayMediaInd_coerce = asInteger({ min: 0, max: 1 });
const peerserverSet_chainTrunkID_names = ["chainTrunkID"] as const;
const peerserverSet_chainTrunkID_coerce = asInteger({ min: 0 });
/** peerserver/set: 13 parameter(s). */
export function validatePeerserverSet(raw: RawParams): Validated<PeerserverSetParams> {
  const issues: ParamIssue[] = [];
  const params = {
    servID: read(raw, peerserverSet_servID_names, "servID", true, peerserverSet_servID_coerce, issues),
    desc: read(raw, peerserverSet_desc_names, "desc", false, peerserverSet_desc_coerce, issues),
    servAddr: read(raw, peerserverSet_servAddr_names, "servAddr", false, peerserverSet_servAddr_coerce, issues),
    servPort: read(raw, peerserverSet_servPort_names, "servPort", false, peerserverSet_servPort_coerce, issues),
    callerID: read(raw, peerserverSet_callerID_names, "callerID", false, peerserverSet_callerID_coerce, issues),
    dialPlan: read(raw, peerserverSet_dialPlan_names, "dialPlan", false, peerserverSet_dialPlan_coerce, issues),
    transport: read(raw, peerserverSet_transport_names, "transport", false, peerserverSet_transport_coerce, issues),
    ogGroupID: read(raw, peerserverSet_ogGroupID_names, "ogGroupID", false, peerserverSet_ogGroupID_coerce, issues),
    otcID: read(raw, peerserverSet_otcID_names, "otcID", false, peerserverSet_otcID_coerce, issues),
    oMaxCalls: read(raw, peerserverSet_oMaxCalls_names, "oMaxCalls", false, peerserverSet_oMaxCalls_coerce, issues),
    iMaxCalls: read(raw, peerserverSet_iMaxCalls_names, "iMaxCalls", false, peerserverSet_iMaxCalls_coerce, issues),
    orelayMediaInd: read(
      raw,
      peerserverSet_orelayMediaInd_names,
      "orelayMediaInd",
      false,
      peerserverSet_orelayMediaInd_coerce,
      issues,
    ),
    chainTrunkID: read(
      raw,
      peerserverSet_chainTrunkID_names,
      "chainTrunkID",
      false,
      peerserverSet_chainTrunkID_coerce,
      issues,
    ),
  } as PeerserverSetParams;
  return done(params, issues);
}

const refinecldnbrDelete_groupID_names = ["groupID"] as const;
const refinecldnbrDelete_groupID_coerce = asInteger({ min: 1 });
const refinecldnbrDelete_calledPrefix_names = ["calledPrefix"] as const;
const refinecldnbrDelete_calledPrefix_coerce = asString({ maxLength: 32 });
/** refinecldnbr/delete: 2 parameter(s). */
export function validateRefinecldnbrDelete(raw: RawParams): Validated<RefinecldnbrDeleteParams> {
  const issues: ParamIssue[] = [];
  const params = {
    groupID: read(raw, refinecldnbrDelete_groupID_names, "groupID", true, refinecldnbrDelete_groupID_coerce, issues),
    calledPrefix: read(
      raw,
      refinecldnbrDelete_calledPrefix_names,
      "calledPrefix",
      true,
      refinecldnbrDelete_calledPrefix_coerce,
      issues,
    ),
  } as RefinecldnbrDeleteParams;
  return done(params, issues);
}

const refinecldnbrList_pageIndex_names = ["pageIndex"] as const;
const refinecldnbrList_pageIndex_coerce = asInteger({ min: 0 });
/** refinecldnbr/list: 1 parameter(s). */
export function validateRefinecldnbrList(raw: RawParams): Validated<RefinecldnbrListParams> {
  const issues: ParamIssue[] = [];
  const params = {
    pageIndex: read(
      raw,
      refinecldnbrList_pageIndex_names,
      "pageIndex",
      false,
      refinecldnbrList_pageIndex_coerce,
      issues,
      0,
    ),
  } as RefinecldnbrListParams;
  return done(params, issues);
}

const refinecldnbrQuery_groupID_names = ["groupID"] as const;
const refinecldnbrQuery_groupID_coerce = asInteger({ min: 1 });
const refinecldnbrQuery_calledPrefix_names = ["calledPrefix"] as const;
const refinecldnbrQuery_calledPrefix_coerce = asString({ maxLength: 32 });
/** refinecldnbr/query: 2 parameter(s). */
export function validateRefinecldnbrQuery(raw: RawParams): Validated<RefinecldnbrQueryParams> {
  const issues: ParamIssue[] = [];
  const params = {
    groupID: read(raw, refinecldnbrQuery_groupID_names, "groupID", true, refinecldnbrQuery_groupID_coerce, issues),
    calledPrefix: read(
      raw,
      refinecldnbrQuery_calledPrefix_names,
      "calledPrefix",
      true,
      refinecldnbrQuery_calledPrefix_coerce,
      issues,
    ),
  } as RefinecldnbrQueryParams;
  return done(params, issues);
}

const refinecldnbrSet_groupID_names = ["groupID"] as const;
const refinecldnbrSet_groupID_coerce = asInteger({ min: 1 });
const refinecldnbrSet_calledPrefix_names = ["calledPrefix"] as const;
const refinecldnbrSet_calledPrefix_coerce = asString({ maxLength: 32 });
const refinecldnbrSet_transID_names = ["transID", "tranID"] as const;
const refinecldnbrSet_transID_coerce = asInteger({ min: 1 });
const refinecldnbrSet_description_names = ["description"] as const;
const refinecldnbrSet_description_coerce = asString({ maxLength: 128 });
/** refinecldnbr/set: 4 parameter(s). */
export function validateRefinecldnbrSet(raw: RawParams): Validated<RefinecldnbrSetParams> {
  const issues: ParamIssue[] = [];
  const params = {
    groupID: read(raw, refinecldnbrSet_groupID_names, "groupID", true, refinecldnbrSet_groupID_coerce, issues),
    calledPrefix: read(
      raw,
      refinecldnbrSet_calledPrefix_names,
      "calledPrefix",
      true,
      refinecldnbrSet_calledPrefix_coerce,
      issues,
    ),
    transID: read(raw, refinecldnbrSet_transID_names, "transID", true, refinecldnbrSet_transID_coerce, issues),
    description: read(
      raw,
      refinecldnbrSet_description_names,
      "description",
      true,
      refinecldnbrSet_description_coerce,
      issues,
      "",
    ),
  } as RefinecldnbrSetParams;
  return done(params, issues);
}

const refineclrnbrDelete_grpID_names = ["grpID"] as const;
const refineclrnbrDelete_grpID_coerce = asInteger({ min: 1 });
const refineclrnbrDelete_callerNbr_names = ["callerNbr"] as const;
const refineclrnbrDelete_callerNbr_coerce = asString({ maxLength: 32 });
/** refineclrnbr/delete: 2 parameter(s). */
export function validateRefineclrnbrDelete(raw: RawParams): Validated<RefineclrnbrDeleteParams> {
  const issues: ParamIssue[] = [];
  const params = {
    grpID: read(raw, refineclrnbrDelete_grpID_names, "grpID", true, refineclrnbrDelete_grpID_coerce, issues),
    callerNbr: read(
      raw,
      refineclrnbrDelete_callerNbr_names,
      "callerNbr",
      true,
      refineclrnbrDelete_callerNbr_coerce,
      issues,
    ),
  } as RefineclrnbrDeleteParams;
  return done(params, issues);
}

const refineclrnbrList_pageIndex_names = ["pageIndex"] as const;
const refineclrnbrList_pageIndex_coerce = asInteger({ min: 0 });
/** refineclrnbr/list: 1 parameter(s). */
export function validateRefineclrnbrList(raw: RawParams): Validated<RefineclrnbrListParams> {
  const issues: ParamIssue[] = [];
  const params = {
    pageIndex: read(
      raw,
      refineclrnbrList_pageIndex_names,
      "pageIndex",
      false,
      refineclrnbrList_pageIndex_coerce,
      issues,
      0,
    ),
  } as RefineclrnbrListParams;
  return done(params, issues);
}

const refineclrnbrQuery_grpID_names = ["grpID"] as const;
const refineclrnbrQuery_grpID_coerce = asInteger({ min: 1 });
const refineclrnbrQuery_callerNbr_names = ["callerNbr"] as const;
const refineclrnbrQuery_callerNbr_coerce = asString({ maxLength: 32 });
/** refineclrnbr/query: 2 parameter(s). */
export function validateRefineclrnbrQuery(raw: RawParams): Validated<RefineclrnbrQueryParams> {
  const issues: ParamIssue[] = [];
  const params = {
    grpID: read(raw, refineclrnbrQuery_grpID_names, "grpID", true, refineclrnbrQuery_grpID_coerce, issues),
    callerNbr: read(
      raw,
      refineclrnbrQuery_callerNbr_names,
      "callerNbr",
      true,
      refineclrnbrQuery_callerNbr_coerce,
      issues,
    ),
  } as RefineclrnbrQueryParams;
  return done(params, issues);
}

const refineclrnbrSet_grpID_names = ["grpID"] as const;
const refineclrnbrSet_grpID_coerce = asInteger({ min: 1 });
const refineclrnbrSet_callerNbr_names = ["callerNbr"] as const;
const refineclrnbrSet_callerNbr_coerce = asString({ maxLength: 32 });
const refineclrnbrSet_tranID_names = ["tranID"] as const;
const refineclrnbrSet_tranID_coerce = asInteger({ min: 1 });
const refineclrnbrSet_description_names = ["description"] as const;
const refineclrnbrSet_description_coerce = asString({ maxLength: 128 });
/** refineclrnbr/set: 4 parameter(s). */
export function validateRefineclrnbrSet(raw: RawParams): Validated<RefineclrnbrSetParams> {
  const issues: ParamIssue[] = [];
  const params = {
    grpID: read(raw, refineclrnbrSet_grpID_names, "grpID", true, refineclrnbrSet_grpID_coerce, issues),
    callerNbr: read(raw, refineclrnbrSet_callerNbr_names, "callerNbr", true, refineclrnbrSet_callerNbr_coerce, issues),
    tranID: read(raw, refineclrnbrSet_tranID_names, "tranID", true, refineclrnbrSet_tranID_coerce, issues),
    description: read(
      raw,
      refineclrnbrSet_description_names,
      "description",
      true,
      refineclrnbrSet_description_coerce,
      issues,
      "",
    ),
  } as RefineclrnbrSetParams;
  return done(params, issues);
}

const routeAdd_groupID_names = ["groupID"] as const;
const routeAdd_groupID_coerce = asInteger({ min: 1 });
const routeAdd_routeType_names = ["routeType"] as const;
const routeAdd_routeType_coerce = asEnum([1, 2] as const);
const routeAdd_sipTrunkID_names = ["sipTrunkID"] as const;
const routeAdd_sipTrunkID_coerce = asInteger({ min: 0 });
const routeAdd_extLine_names = ["extLine"] as const;
const routeAdd_extLine_coerce = asString({ maxLength: 64 });
/** route/add: 4 parameter(s). */
export function validateRouteAdd(raw: RawParams): Validated<RouteAddParams> {
  const issues: ParamIssue[] = [];
  const params = {
    groupID: read(raw, routeAdd_groupID_names, "groupID", true, routeAdd_groupID_coerce, issues),
    routeType: read(raw, routeAdd_routeType_names, "routeType", true, routeAdd_routeType_coerce, issues),
    sipTrunkID: read(raw, routeAdd_sipTrunkID_names, "sipTrunkID", true, routeAdd_sipTrunkID_coerce, issues, 0),
    extLine: read(raw, routeAdd_extLine_names, "extLine", true, routeAdd_extLine_coerce, issues, ""),
  } as RouteAddParams;
  return done(params, issues);
}

const routeDelete_groupID_names = ["groupID"] as const;
const routeDelete_groupID_coerce = asInteger({ min: 1 });
const routeDelete_routeType_names = ["routeType"] as const;
const routeDelete_routeType_coerce = asEnum([1, 2] as const);
const routeDelete_sipTrunkID_names = ["sipTrunkID"] as const;
const routeDelete_sipTrunkID_coerce = asInteger({ min: 0 });
const routeDelete_extLine_names = ["extLine"] as const;
const routeDelete_extLine_coerce = asString({ maxLength: 64 });
/** route/delete: 4 parameter(s). */
export function validateRouteDelete(raw: RawParams): Validated<RouteDeleteParams> {
  const issues: ParamIssue[] = [];
  const params = {
    groupID: read(raw, routeDelete_groupID_names, "groupID", true, routeDelete_groupID_coerce, issues),
    routeType: read(raw, routeDelete_routeType_names, "routeType", true, routeDelete_routeType_coerce, issues),
    sipTrunkID: read(raw, routeDelete_sipTrunkID_names, "sipTrunkID", true, routeDelete_sipTrunkID_coerce, issues, 0),
    extLine: read(raw, routeDelete_extLine_names, "extLine", true, routeDelete_extLine_coerce, issues, ""),
  } as RouteDeleteParams;
  return done(params, issues);
}

const routeList_pageIndex_names = ["pageIndex"] as const;
const routeList_pageIndex_coerce = asInteger({ min: 0 });
/** route/list: 1 parameter(s). */
export function validateRouteList(raw: RawParams): Validated<RouteListParams> {
  const issues: ParamIssue[] = [];
  const params = {
    pageIndex: read(raw, routeList_pageIndex_names, "pageIndex", false, routeList_pageIndex_coerce, issues, 0),
  } as RouteListParams;
  return done(params, issues);
}

const routegroupDelete_groupID_names = ["groupID"] as const;
const routegroupDelete_groupID_coerce = asInteger({ min: 1 });
/** routegroup/delete: 1 parameter(s). */
export function validateRoutegroupDelete(raw: RawParams): Validated<RoutegroupDeleteParams> {
  const issues: ParamIssue[] = [];
  const params = {
    groupID: read(raw, routegroupDelete_groupID_names, "groupID", true, routegroupDelete_groupID_coerce, issues),
  } as RoutegroupDeleteParams;
  return done(params, issues);
}

const routegroupList_pageIndex_names = ["pageIndex"] as const;
const routegroupList_pageIndex_coerce = asInteger({ min: 0 });
/** routegroup/list: 1 parameter(s). */
export function validateRoutegroupList(raw: RawParams): Validated<RoutegroupListParams> {
  const issues: ParamIssue[] = [];
  const params = {
    pageIndex: read(
      raw,
      routegroupList_pageIndex_names,
      "pageIndex",
      false,
      routegroupList_pageIndex_coerce,
      issues,
      0,
    ),
  } as RoutegroupListParams;
  return done(params, issues);
}

const routegroupQuery_groupID_names = ["groupID"] as const;
const routegroupQuery_groupID_coerce = asInteger({ min: 1 });
/** routegroup/query: 1 parameter(s). */
export function validateRoutegroupQuery(raw: RawParams): Validated<RoutegroupQueryParams> {
  const issues: ParamIssue[] = [];
  const params = {
    groupID: read(raw, routegroupQuery_groupID_names, "groupID", true, routegroupQuery_groupID_coerce, issues),
  } as RoutegroupQueryParams;
  return done(params, issues);
}

const routegroupSet_groupID_names = ["groupID"] as const;
const routegroupSet_groupID_coerce = asInteger({ min: 1 });
const routegroupSet_description_names = ["description"] as const;
const routegroupSet_description_coerce = asString({ maxLength: 128 });
/** routegroup/set: 2 parameter(s). */
export function validateRoutegroupSet(raw: RawParams): Validated<RoutegroupSetParams> {
  const issues: ParamIssue[] = [];
  const params = {
    groupID: read(raw, routegroupSet_groupID_names, "groupID", true, routegroupSet_groupID_coerce, issues),
    description: read(
      raw,
      routegroupSet_description_names,
      "description",
      false,
      routegroupSet_description_coerce,
      issues,
    ),
  } as RoutegroupSetParams;
  return done(params, issues);
}

const sessionRelease_number_names = ["number"] as const;
const sessionRelease_number_coerce = asString({ minLength: 1, maxLength: 32 });
/** session/release: 1 parameter(s). */
export function validateSessionRelease(raw: RawParams): Validated<SessionReleaseParams> {
  const issues: ParamIssue[] = [];
  const params = {
    number: read(raw, sessionRelease_number_names, "number", true, sessionRelease_number_coerce, issues),
  } as SessionReleaseParams;
  return done(params, issues);
}

const speeddialDelete_callerNbr_names = ["callerNbr"] as const;
const speeddialDelete_callerNbr_coerce = asString({ maxLength: 32 });
const speeddialDelete_dialedNbr_names = ["dialedNbr"] as const;
const speeddialDelete_dialedNbr_coerce = asString({ maxLength: 32 });
/** speeddial/delete: 2 parameter(s). */
export function validateSpeeddialDelete(raw: RawParams): Validated<SpeeddialDeleteParams> {
  const issues: ParamIssue[] = [];
  const params = {
    callerNbr: read(raw, speeddialDelete_callerNbr_names, "callerNbr", true, speeddialDelete_callerNbr_coerce, issues),
    dialedNbr: read(raw, speeddialDelete_dialedNbr_names, "dialedNbr", true, speeddialDelete_dialedNbr_coerce, issues),
  } as SpeeddialDeleteParams;
  return done(params, issues);
}

const speeddialList_pageIndex_names = ["pageIndex"] as const;
const speeddialList_pageIndex_coerce = asInteger({ min: 0 });
/** speeddial/list: 1 parameter(s). */
export function validateSpeeddialList(raw: RawParams): Validated<SpeeddialListParams> {
  const issues: ParamIssue[] = [];
  const params = {
    pageIndex: read(raw, speeddialList_pageIndex_names, "pageIndex", false, speeddialList_pageIndex_coerce, issues, 0),
  } as SpeeddialListParams;
  return done(params, issues);
}

const speeddialQuery_callerNbr_names = ["callerNbr"] as const;
const speeddialQuery_callerNbr_coerce = asString({ maxLength: 32 });
const speeddialQuery_dialedNbr_names = ["dialedNbr"] as const;
const speeddialQuery_dialedNbr_coerce = asString({ maxLength: 32 });
/** speeddial/query: 2 parameter(s). */
export function validateSpeeddialQuery(raw: RawParams): Validated<SpeeddialQueryParams> {
  const issues: ParamIssue[] = [];
  const params = {
    callerNbr: read(raw, speeddialQuery_callerNbr_names, "callerNbr", true, speeddialQuery_callerNbr_coerce, issues),
    dialedNbr: read(raw, speeddialQuery_dialedNbr_names, "dialedNbr", true, speeddialQuery_dialedNbr_coerce, issues),
  } as SpeeddialQueryParams;
  return done(params, issues);
}

const speeddialSet_callerNbr_names = ["callerNbr"] as const;
const speeddialSet_callerNbr_coerce = asString({ maxLength: 32 });
const speeddialSet_dialedNbr_names = ["dialedNbr"] as const;
const speeddialSet_dialedNbr_coerce = asString({ maxLength: 32 });
const speeddialSet_desc_names = ["desc"] as const;
const speeddialSet_desc_coerce = asString({ maxLength: 128 });
const speeddialSet_destNbr_names = ["destNbr"] as const;
const speeddialSet_destNbr_coerce = asString({ maxLength: 32 });
/** speeddial/set: 4 parameter(s). */
export function validateSpeeddialSet(raw: RawParams): Validated<SpeeddialSetParams> {
  const issues: ParamIssue[] = [];
  const params = {
    callerNbr: read(raw, speeddialSet_callerNbr_names, "callerNbr", true, speeddialSet_callerNbr_coerce, issues),
    dialedNbr: read(raw, speeddialSet_dialedNbr_names, "dialedNbr", true, speeddialSet_dialedNbr_coerce, issues),
    desc: read(raw, speeddialSet_desc_names, "desc", false, speeddialSet_desc_coerce, issues),
    destNbr: read(raw, speeddialSet_destNbr_names, "destNbr", false, speeddialSet_destNbr_coerce, issues),
  } as SpeeddialSetParams;
  return done(params, issues);
}

/** sysinfo/query: 0 parameter(s). */
export function validateSysinfoQuery(raw: RawParams): Validated<SysinfoQueryParams> {
  const issues: ParamIssue[] = [];
  const params: SysinfoQueryParams = {};
  return done(params, issues);
}

const sysinfoUpdate_admpwd_names = ["admpwd"] as const;
const sysinfoUpdate_admpwd_coerce = asString({ minLength: 1, maxLength: 64 });
const sysinfoUpdate_ogpfx_names = ["ogpfx"] as const;
const sysinfoUpdate_ogpfx_coerce = asString({ maxLength: 16 });
const sysinfoUpdate_rtpport_names = ["rtpport"] as const;
const sysinfoUpdate_rtpport_coerce = asInteger({ min: 1, max: 65535 });
const sysinfoUpdate_httpport_names = ["httpport"] as const;
const sysinfoUpdate_httpport_coerce = asInteger({ min: 1, max: 65535 });
const sysinfoUpdate_evtChannelPort_names = ["evtChannelPort"] as const;
const sysinfoUpdate_evtChannelPort_coerce = asInteger({ min: 0, max: 65535 });
const sysinfoUpdate_srfannlang_names = ["srfannlang"] as const;
const sysinfoUpdate_srfannlang_coerce = asInteger({ min: 0 });
const sysinfoUpdate_sipaddr_names = ["sipaddr"] as const;
const sysinfoUpdate_sipaddr_coerce = asString({
  maxLength: 15,
  pattern: /^$|^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$/u,
});
const sysinfoUpdate_sipaddr6_names = ["sipaddr6"] as const;
const sysinfoUpdate_sipaddr6_coerce = asString({ maxLength: 45, pattern: /^$|^[0-9A-Fa-f:.]+$/u });
const sysinfoUpdate_publicaddr_names = ["publicaddr"] as const;
const sysinfoUpdate_publicaddr_coerce = asString({ maxLength: 255 });
const sysinfoUpdate_sipport_names = ["sipport"] as const;
const sysinfoUpdate_sipport_coerce = asInteger({ min: 0, max: 65535 });
const sysinfoUpdate_tcpport_names = ["tcpport"] as const;
const sysinfoUpdate_tcpport_coerce = asInteger({ min: 0, max: 65535 });
const sysinfoUpdate_tlsport_names = ["tlsport"] as const;
const sysinfoUpdate_tlsport_coerce = asInteger({ min: 0, max: 65535 });
const sysinfoUpdate_realm_names = ["realm"] as const;
const sysinfoUpdate_realm_coerce = asString({ maxLength: 255 });
const sysinfoUpdate_dbaddr_names = ["dbaddr"] as const;
const sysinfoUpdate_dbaddr_coerce = asString({ maxLength: 255 });
const sysinfoUpdate_dbport_names = ["dbport"] as const;
const sysinfoUpdate_dbport_coerce = asInteger({ min: 0, max: 65535 });
const sysinfoUpdate_dbname_names = ["dbname"] as const;
const sysinfoUpdate_dbname_coerce = asString({ maxLength: 64 });
const sysinfoUpdate_dbusr_names = ["dbusr"] as const;
const sysinfoUpdate_dbusr_coerce = asString({ maxLength: 64 });
const sysinfoUpdate_dbpwd_names = ["dbpwd"] as const;
const sysinfoUpdate_dbpwd_coerce = asString({ maxLength: 64 });
const sysinfoUpdate_smtpserv_names = ["smtpserv"] as const;
const sysinfoUpdate_smtpserv_coerce = asString({ maxLength: 255 });
const sysinfoUpdate_smtpusr_names = ["smtpusr"] as const;
const sysinfoUpdate_smtpusr_coerce = asString({ maxLength: 254 });
const sysinfoUpdate_smtppwd_names = ["smtppwd"] as const;
const sysinfoUpdate_smtppwd_coerce = asString({ maxLength: 128 });
const sysinfoUpdate_smtptls_names = ["smtptls"] as const;
const sysinfoUpdate_smtptls_coerce = asBoolean();
const sysinfoUpdate_cdrcallerusr_names = ["cdrcallerusr"] as const;
const sysinfoUpdate_cdrcallerusr_coerce = asBoolean();
const sysinfoUpdate_cdrcalledusr_names = ["cdrcalledusr"] as const;
const sysinfoUpdate_cdrcalledusr_coerce = asBoolean();
const sysinfoUpdate_cdrcallerextline_names = ["cdrcallerextline"] as const;
const sysinfoUpdate_cdrcallerextline_coerce = asBoolean();
const sysinfoUpdate_cdrcalledextline_names = ["cdrcalledextline"] as const;
const sysinfoUpdate_cdrcalledextline_coerce = asBoolean();
const sysinfoUpdate_cdrfailcall_names = ["cdrfailcall"] as const;
const sysinfoUpdate_cdrfailcall_coerce = asBoolean();
const sysinfoUpdate_cdrshow_names = ["cdrshow"] as const;
const sysinfoUpdate_cdrshow_coerce = asBoolean();
const sysinfoUpdate_cdroutput_names = ["cdroutput"] as const;
const sysinfoUpdate_cdroutput_coerce = asBoolean();
const sysinfoUpdate_stunaddr1_names = ["stunaddr1"] as const;
const sysinfoUpdate_stunaddr1_coerce = asString({ maxLength: 255 });
const sysinfoUpdate_stunport1_names = ["stunport1"] as const;
const sysinfoUpdate_stunport1_coerce = asInteger({ min: 0, max: 65535 });
const sysinfoUpdate_stunaddr2_names = ["stunaddr2"] as const;
const sysinfoUpdate_stunaddr2_coerce = asString({ maxLength: 255 });
const sysinfoUpdate_stunport2_names = ["stunport2"] as const;
const sysinfoUpdate_stunport2_coerce = asInteger({ min: 0, max: 65535 });
/** sysinfo/update: 33 parameter(s). */
export function validateSysinfoUpdate(raw: RawParams): Validated<SysinfoUpdateParams> {
  const issues: ParamIssue[] = [];
  const params = {
    admpwd: read(raw, sysinfoUpdate_admpwd_names, "admpwd", false, sysinfoUpdate_admpwd_coerce, issues),
    ogpfx: read(raw, sysinfoUpdate_ogpfx_names, "ogpfx", false, sysinfoUpdate_ogpfx_coerce, issues),
    rtpport: read(raw, sysinfoUpdate_rtpport_names, "rtpport", false, sysinfoUpdate_rtpport_coerce, issues),
    httpport: read(raw, sysinfoUpdate_httpport_names, "httpport", false, sysinfoUpdate_httpport_coerce, issues),
    evtChannelPort: read(
      raw,
      sysinfoUpdate_evtChannelPort_names,
      "evtChannelPort",
      false,
      sysinfoUpdate_evtChannelPort_coerce,
      issues,
    ),
    srfannlang: read(raw, sysinfoUpdate_srfannlang_names, "srfannlang", false, sysinfoUpdate_srfannlang_coerce, issues),
    sipaddr: read(raw, sysinfoUpdate_sipaddr_names, "sipaddr", false, sysinfoUpdate_sipaddr_coerce, issues),
    sipaddr6: read(raw, sysinfoUpdate_sipaddr6_names, "sipaddr6", false, sysinfoUpdate_sipaddr6_coerce, issues),
    publicaddr: read(raw, sysinfoUpdate_publicaddr_names, "publicaddr", false, sysinfoUpdate_publicaddr_coerce, issues),
    sipport: read(raw, sysinfoUpdate_sipport_names, "sipport", false, sysinfoUpdate_sipport_coerce, issues),
    tcpport: read(raw, sysinfoUpdate_tcpport_names, "tcpport", false, sysinfoUpdate_tcpport_coerce, issues),
    tlsport: read(raw, sysinfoUpdate_tlsport_names, "tlsport", false, sysinfoUpdate_tlsport_coerce, issues),
    realm: read(raw, sysinfoUpdate_realm_names, "realm", false, sysinfoUpdate_realm_coerce, issues),
    dbaddr: read(raw, sysinfoUpdate_dbaddr_names, "dbaddr", false, sysinfoUpdate_dbaddr_coerce, issues),
    dbport: read(raw, sysinfoUpdate_dbport_names, "dbport", false, sysinfoUpdate_dbport_coerce, issues),
    dbname: read(raw, sysinfoUpdate_dbname_names, "dbname", false, sysinfoUpdate_dbname_coerce, issues),
    dbusr: read(raw, sysinfoUpdate_dbusr_names, "dbusr", false, sysinfoUpdate_dbusr_coerce, issues),
    dbpwd: read(raw, sysinfoUpdate_dbpwd_names, "dbpwd", false, sysinfoUpdate_dbpwd_coerce, issues),
    smtpserv: read(raw, sysinfoUpdate_smtpserv_names, "smtpserv", false, sysinfoUpdate_smtpserv_coerce, issues),
    smtpusr: read(raw, sysinfoUpdate_smtpusr_names, "smtpusr", false, sysinfoUpdate_smtpusr_coerce, issues),
    smtppwd: read(raw, sysinfoUpdate_smtppwd_names, "smtppwd", false, sysinfoUpdate_smtppwd_coerce, issues),
    smtptls: read(raw, sysinfoUpdate_smtptls_names, "smtptls", false, sysinfoUpdate_smtptls_coerce, issues),
    cdrcallerusr: read(
      raw,
      sysinfoUpdate_cdrcallerusr_names,
      "cdrcallerusr",
      false,
      sysinfoUpdate_cdrcallerusr_coerce,
      issues,
    ),
    cdrcalledusr: read(
      raw,
      sysinfoUpdate_cdrcalledusr_names,
      "cdrcalledusr",
      false,
      sysinfoUpdate_cdrcalledusr_coerce,
      issues,
    ),
    cdrcallerextline: read(
      raw,
      sysinfoUpdate_cdrcallerextline_names,
      "cdrcallerextline",
      false,
      sysinfoUpdate_cdrcallerextline_coerce,
      issues,
    ),
    cdrcalledextline: read(
      raw,
      sysinfoUpdate_cdrcalledextline_names,
      "cdrcalledextline",
      false,
      sysinfoUpdate_cdrcalledextline_coerce,
      issues,
    ),
    cdrfailcall: read(
      raw,
      sysinfoUpdate_cdrfailcall_names,
      "cdrfailcall",
      false,
      sysinfoUpdate_cdrfailcall_coerce,
      issues,
    ),
    cdrshow: read(raw, sysinfoUpdate_cdrshow_names, "cdrshow", false, sysinfoUpdate_cdrshow_coerce, issues),
    cdroutput: read(raw, sysinfoUpdate_cdroutput_names, "cdroutput", false, sysinfoUpdate_cdroutput_coerce, issues),
    stunaddr1: read(raw, sysinfoUpdate_stunaddr1_names, "stunaddr1", false, sysinfoUpdate_stunaddr1_coerce, issues),
    stunport1: read(raw, sysinfoUpdate_stunport1_names, "stunport1", false, sysinfoUpdate_stunport1_coerce, issues),
    stunaddr2: read(raw, sysinfoUpdate_stunaddr2_names, "stunaddr2", false, sysinfoUpdate_stunaddr2_coerce, issues),
    stunport2: read(raw, sysinfoUpdate_stunport2_names, "stunport2", false, sysinfoUpdate_stunport2_coerce, issues),
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
