// generated from spec/ — do not edit; run `make generate`
import type { Decimal, FileAnswer, HandlerResult } from '../common.ts';

/** Parameters of minisip `anacldnbr/delete`: Delete an analyze-called-number record. */
export interface AnacldnbrDeleteParams {
  /** Dial plan */
  dialPlan: string;
  /** Called number prefix */
  calledNbr: string;
}

/** Request input of minisip `anacldnbr/delete`: its parameters (none has a default). */
export type AnacldnbrDeleteInput = AnacldnbrDeleteParams;

/**
 * Result of minisip `anacldnbr/delete`.
 *
 * Not specified by the seed; a bare JSON success.
 */
export interface AnacldnbrDeleteResult {
  message?: string;
}

/** Parameters of minisip `anacldnbr/list`: List summary of analyze-called-number records, 20 a page. */
export interface AnacldnbrListParams {
  /** Page number, 20 records a page; 0 (the default) is the first 20 records. */
  pageIndex: number;
}

/** Request input of minisip `anacldnbr/list`: List summary of analyze-called-number records, 20 a page. */
export interface AnacldnbrListInput {
  /** Page number, 20 records a page; 0 (the default) is the first 20 records. */
  pageIndex?: number;
}

/** One row of anacldnbr/list. */
export interface AnacldnbrListRow {
  /** Dial plan */
  dialPlan: string;
  /** Called number prefix */
  calledNbr: string;
  /** Description */
  description: string;
  /** Route type. */
  routeType: 0 | 1 | 2 | 4 | 6;
  /** SIP trunk ID. If route type is "SIP trunk", this item MUST be configured. */
  servID: number;
  /** Specific external line */
  extLine: string;
  /** Routing group ID. If route type is "Routing group", this item MUST be configured. */
  rtGroupID: number;
  /** Indicator that change called number */
  changeInd: number;
  /** Transition ID for changing called number. */
  tranID: number;
  /** Analyze called number again if it is changed. */
  reAnaInd: number;
  /** Group ID of refining caller number (0: none) */
  clrRefineID: number;
  /** Maximum call duration */
  maxDuration: number;
  /** Call level */
  callLevel: number;
}

/**
 * Result of minisip `anacldnbr/list`.
 *
 * The seed gives the row fields only (no envelope or total count).
 */
export interface AnacldnbrListResult {
  rows: AnacldnbrListRow[];
}

/** Parameters of minisip `anacldnbr/query`: Query details of one analyze-called-number record. */
export interface AnacldnbrQueryParams {
  /** Dial plan */
  dialPlan: string;
  /** Called number prefix */
  calledNbr: string;
}

/** Request input of minisip `anacldnbr/query`: its parameters (none has a default). */
export type AnacldnbrQueryInput = AnacldnbrQueryParams;

/** Result of minisip `anacldnbr/query`. */
export interface AnacldnbrQueryResult {
  /** Dial plan */
  dialPlan: string;
  /** Called number prefix */
  calledNbr: string;
  /** Description */
  description: string;
  /** Route type. */
  routeType: 0 | 1 | 2 | 4 | 6;
  /** SIP trunk ID. If route type is "SIP trunk", this item MUST be configured. */
  servID: number;
  /** Specific external line */
  extLine: string;
  /** Routing group ID. If route type is "Routing group", this item MUST be configured. */
  rtGroupID: number;
  /** Indicator that change called number */
  changeInd: number;
  /** Transition ID for changing called number. */
  tranID: number;
  /** Analyze called number again if it is changed. */
  reAnaInd: number;
  /** Group ID of refining caller number (0: none) */
  clrRefineID: number;
  /** Maximum call duration */
  maxDuration: number;
  /** Call level */
  callLevel: number;
}

/**
 * Parameters of minisip `anacldnbr/set`: Add or update an analyze-called-number record (upsert by dialPlan and
 * calledNbr; fields not sent keep their value).
 */
export interface AnacldnbrSetParams {
  /** Dial plan */
  dialPlan: string;
  /** Called number prefix */
  calledNbr: string;
  /** Description */
  description?: string;
  /** Route type. */
  routeType?: 0 | 1 | 2 | 4 | 6;
  /** SIP trunk ID. If route type is "SIP trunk", this item MUST be configured. */
  servID?: number;
  /** Specific external line */
  extLine?: string;
  /** Routing group ID. If route type is "Routing group", this item MUST be configured. */
  rtGroupID?: number;
  /** Indicator that change called number */
  changeInd?: number;
  /** Transition ID for changing called number. */
  tranID?: number;
  /** Analyze called number again if it is changed. */
  reAnaInd?: number;
  /** Group ID of refining caller number (0: none) */
  clrRefineID?: number;
  /** Maximum call duration */
  maxDuration?: number;
  /** Call level */
  callLevel?: number;
}

/** Request input of minisip `anacldnbr/set`: its parameters (none has a default). */
export type AnacldnbrSetInput = AnacldnbrSetParams;

/**
 * Result of minisip `anacldnbr/set`.
 *
 * Not specified by the seed; a bare JSON success.
 */
export interface AnacldnbrSetResult {
  message?: string;
}

/** Parameters of minisip `anaclrnbr/delete`: Delete an analyze-caller-number record. */
export interface AnaclrnbrDeleteParams {
  /** Caller number prefix */
  callerNbr: string;
}

/** Request input of minisip `anaclrnbr/delete`: its parameters (none has a default). */
export type AnaclrnbrDeleteInput = AnaclrnbrDeleteParams;

/**
 * Result of minisip `anaclrnbr/delete`.
 *
 * Not specified by the seed; a bare JSON success.
 */
export interface AnaclrnbrDeleteResult {
  message?: string;
}

/** Parameters of minisip `anaclrnbr/list`: List summary of analyze-caller-number records, 20 a page. */
export interface AnaclrnbrListParams {
  /** Page number, 20 records a page; 0 (the default) is the first 20 records. */
  pageIndex: number;
}

/** Request input of minisip `anaclrnbr/list`: List summary of analyze-caller-number records, 20 a page. */
export interface AnaclrnbrListInput {
  /** Page number, 20 records a page; 0 (the default) is the first 20 records. */
  pageIndex?: number;
}

/** One row of anaclrnbr/list. */
export interface AnaclrnbrListRow {
  /** Caller number prefix */
  callerNbr: string;
  /** Description */
  description: string;
  /** Transition ID (0: none) */
  tranID: number;
  /** New dial plan */
  dialPlan: string;
}

/**
 * Result of minisip `anaclrnbr/list`.
 *
 * The seed gives the row fields only (no envelope or total count).
 */
export interface AnaclrnbrListResult {
  rows: AnaclrnbrListRow[];
}

/** Parameters of minisip `anaclrnbr/query`: Query details of one analyze-caller-number record. */
export interface AnaclrnbrQueryParams {
  /** Caller number prefix */
  callerNbr: string;
}

/** Request input of minisip `anaclrnbr/query`: its parameters (none has a default). */
export type AnaclrnbrQueryInput = AnaclrnbrQueryParams;

/** Result of minisip `anaclrnbr/query`. */
export interface AnaclrnbrQueryResult {
  /** Caller number prefix */
  callerNbr: string;
  /** Description */
  description: string;
  /** Transition ID (0: none) */
  tranID: number;
  /** New dial plan */
  dialPlan: string;
}

/**
 * Parameters of minisip `anaclrnbr/set`: Add or update an analyze-caller-number record (upsert by callerNbr; every
 * field required).
 */
export interface AnaclrnbrSetParams {
  /** Caller number prefix */
  callerNbr: string;
  /** Description */
  description: string;
  /** Transition ID (0: none) */
  tranID: number;
  /** New dial plan (empty keeps the caller's) */
  dialPlan: string;
  /** Sent by the seed's sample request (003:L906) but not documented as a field; accepted and ignored. */
  groupID?: number;
}

/** Request input of minisip `anaclrnbr/set`: its parameters (none has a default). */
export type AnaclrnbrSetInput = AnaclrnbrSetParams;

/**
 * Result of minisip `anaclrnbr/set`.
 *
 * Not specified by the seed; a bare JSON success.
 */
export interface AnaclrnbrSetResult {
  message?: string;
}

/** Parameters of minisip `extline/delete`: Delete an external line. */
export interface ExtlineDeleteParams {
  /** External line to be deleted */
  extLine: string;
}

/** Request input of minisip `extline/delete`: its parameters (none has a default). */
export type ExtlineDeleteInput = ExtlineDeleteParams;

/**
 * Result of minisip `extline/delete`.
 *
 * Not specified by the seed; a bare JSON success.
 */
export interface ExtlineDeleteResult {
  message?: string;
}

/** Parameters of minisip `extline/list`: List summary of external lines, 20 a page. */
export interface ExtlineListParams {
  /** Page number, 20 records a page; 0 (the default) is the first 20 records. */
  pageIndex: number;
}

/** Request input of minisip `extline/list`: List summary of external lines, 20 a page. */
export interface ExtlineListInput {
  /** Page number, 20 records a page; 0 (the default) is the first 20 records. */
  pageIndex?: number;
}

/** One row of extline/list. */
export interface ExtlineListRow {
  /** External line name / number */
  extLine: string;
  /** Description of this record */
  description: string;
  /** Server address */
  host: string;
  /** Server port */
  port: number;
  /** Destination number for incoming calls. */
  localUser: string;
  /** Transport type, such as UDP, TCP. */
  transport: 0 | 1;
  /** State of this line. */
  state: 0 | 1 | 2 | 3;
}

/**
 * Result of minisip `extline/list`.
 *
 * The seed gives the row fields only (no envelope or total count).
 */
export interface ExtlineListResult {
  rows: ExtlineListRow[];
}

/** Parameters of minisip `extline/query`: Query details of one external line. */
export interface ExtlineQueryParams {
  /** Name of the external line to be queried. */
  extLine: string;
}

/** Request input of minisip `extline/query`: its parameters (none has a default). */
export type ExtlineQueryInput = ExtlineQueryParams;

/**
 * Result of minisip `extline/query`.
 *
 * Every field; password is masked.
 */
export interface ExtlineQueryResult {
  /** External line name / number */
  extLine: string;
  /** State of the line. */
  state: 0 | 1 | 2 | 3;
  /** Server or gateway address */
  host: string;
  /** Server or gateway port */
  port: number;
  /** Destination number for incoming calls. */
  localUser: string;
  /** External line type. */
  type: 0 | 1;
  /** Authorization password. */
  password: string;
  /** Authorization ID. */
  authID: string;
  /** Maximum call duration. By default, "0" means no limitation. */
  maxDur: number;
  /** Chained line. If current line is failed to make outgoing calls, try its chained line. (empty: none) */
  chain: string;
  /** Transport. */
  transport: 0 | 1;
  /** Outgoing group ID. */
  ogGroupID: number;
  /** Maximum concurrent outgoing calls. Default value is 20. */
  maxMOCalls: number;
  /** Time condition ID of outgoing calls. */
  otcID: number;
  /** No answer timer. */
  noAnsTimer: number;
  /** Description of this record. */
  description: string;
  /** Maximum concurrent calls. */
  maxCalls: number;
  /** Automatic attendant indicator. */
  aaInd: number;
  /** Send calls through outband proxy. */
  outbandInd: number;
  /** Outband server or proxy address. */
  outbandServer: string;
  /** Outband server or proxy port. */
  outbandPort: number;
  /** Indicator that this line can be shared by other local users. */
  shareInd: number;
  /** Indicator that user original caller number. */
  origCallerNbr: number;
  /** Indicator that the authorization ID should include address information. */
  authidWithAddrInd: number;
  /** Indicator that the line cannot support reINVITE operation. */
  reInviteInd: number;
  /** Indicator that unnecessary to register. */
  donotRegInd: number;
  /** Indicator that record incoming calls. */
  incomingLI: number;
}

/**
 * Parameters of minisip `extline/set`: Add or update an external line (upsert by extLine; fields not sent keep their
 * value).
 */
export interface ExtlineSetParams {
  /** External line to be configured. */
  extLine: string;
  /** State of the line. */
  state?: 0 | 1 | 2 | 3;
  /** Server or gateway address */
  host?: string;
  /** Server or gateway port */
  port?: number;
  /** Destination number for incoming calls. */
  localUser?: string;
  /** External line type. */
  type?: 0 | 1;
  /** Authorization password. */
  password?: string;
  /** Authorization ID. */
  authID?: string;
  /** Maximum call duration. By default, "0" means no limitation. */
  maxDur: number;
  /** Chained line. If current line is failed to make outgoing calls, try its chained line. (empty: none) */
  chain?: string;
  /** Transport. */
  transport?: 0 | 1;
  /** Outgoing group ID. */
  ogGroupID?: number;
  /** Maximum concurrent outgoing calls. Default value is 20. */
  maxMOCalls: number;
  /** Time condition ID of outgoing calls. */
  otcID?: number;
  /** No answer timer. */
  noAnsTimer?: number;
  /** Description of this record. */
  description?: string;
  /** Maximum concurrent calls. */
  maxCalls?: number;
  /** Automatic attendant indicator. */
  aaInd?: number;
  /** Send calls through outband proxy. */
  outbandInd?: number;
  /** Outband server or proxy address. */
  outbandServer?: string;
  /** Outband server or proxy port. */
  outbandPort?: number;
  /** Indicator that this line can be shared by other local users. */
  shareInd?: number;
  /** Indicator that user original caller number. */
  origCallerNbr?: number;
  /** Indicator that the authorization ID should include address information. */
  authidWithAddrInd?: number;
  /** Indicator that the line cannot support reINVITE operation. */
  reInviteInd?: number;
  /** Indicator that unnecessary to register. */
  donotRegInd?: number;
  /** Indicator that record incoming calls. */
  incomingLI?: number;
}

/**
 * Request input of minisip `extline/set`: Add or update an external line (upsert by extLine; fields not sent keep their
 * value).
 */
export interface ExtlineSetInput {
  /** External line to be configured. */
  extLine: string;
  /** State of the line. */
  state?: 0 | 1 | 2 | 3;
  /** Server or gateway address */
  host?: string;
  /** Server or gateway port */
  port?: number;
  /** Destination number for incoming calls. */
  localUser?: string;
  /** External line type. */
  type?: 0 | 1;
  /** Authorization password. */
  password?: string;
  /** Authorization ID. */
  authID?: string;
  /** Maximum call duration. By default, "0" means no limitation. */
  maxDur?: number;
  /** Chained line. If current line is failed to make outgoing calls, try its chained line. (empty: none) */
  chain?: string;
  /** Transport. */
  transport?: 0 | 1;
  /** Outgoing group ID. */
  ogGroupID?: number;
  /** Maximum concurrent outgoing calls. Default value is 20. */
  maxMOCalls?: number;
  /** Time condition ID of outgoing calls. */
  otcID?: number;
  /** No answer timer. */
  noAnsTimer?: number;
  /** Description of this record. */
  description?: string;
  /** Maximum concurrent calls. */
  maxCalls?: number;
  /** Automatic attendant indicator. */
  aaInd?: number;
  /** Send calls through outband proxy. */
  outbandInd?: number;
  /** Outband server or proxy address. */
  outbandServer?: string;
  /** Outband server or proxy port. */
  outbandPort?: number;
  /** Indicator that this line can be shared by other local users. */
  shareInd?: number;
  /** Indicator that user original caller number. */
  origCallerNbr?: number;
  /** Indicator that the authorization ID should include address information. */
  authidWithAddrInd?: number;
  /** Indicator that the line cannot support reINVITE operation. */
  reInviteInd?: number;
  /** Indicator that unnecessary to register. */
  donotRegInd?: number;
  /** Indicator that record incoming calls. */
  incomingLI?: number;
}

/**
 * Result of minisip `extline/set`.
 *
 * Not specified by the seed; a bare JSON success.
 */
export interface ExtlineSetResult {
  message?: string;
}

/** Parameters of minisip `hgdect/delete`: Delete a hunting-group detection record. */
export interface HgdectDeleteParams {
  /** Dial plan */
  dialPlan: string;
  /** Called number */
  calledNbr: string;
}

/** Request input of minisip `hgdect/delete`: its parameters (none has a default). */
export type HgdectDeleteInput = HgdectDeleteParams;

/**
 * Result of minisip `hgdect/delete`.
 *
 * Not specified by the seed; a bare JSON success.
 */
export interface HgdectDeleteResult {
  message?: string;
}

/** Parameters of minisip `hgdect/list`: List summary of hunting-group detection records, 20 a page. */
export interface HgdectListParams {
  /** Page number, 20 records a page; 0 (the default) is the first 20 records. */
  pageIndex: number;
}

/** Request input of minisip `hgdect/list`: List summary of hunting-group detection records, 20 a page. */
export interface HgdectListInput {
  /** Page number, 20 records a page; 0 (the default) is the first 20 records. */
  pageIndex?: number;
}

/** One row of hgdect/list. */
export interface HgdectListRow {
  /** Dial plan */
  dialPlan: string;
  /** Called number */
  calledNbr: string;
  /** Group ID */
  grpID: number;
}

/**
 * Result of minisip `hgdect/list`.
 *
 * The seed gives the row fields only (no envelope or total count).
 */
export interface HgdectListResult {
  rows: HgdectListRow[];
}

/** Parameters of minisip `hgdect/query`: Query details of one hunting-group detection record. */
export interface HgdectQueryParams {
  /** Dial plan */
  dialPlan: string;
  /** Called number */
  calledNbr: string;
}

/** Request input of minisip `hgdect/query`: its parameters (none has a default). */
export type HgdectQueryInput = HgdectQueryParams;

/** Result of minisip `hgdect/query`. */
export interface HgdectQueryResult {
  /** Dial plan */
  dialPlan: string;
  /** Called number */
  calledNbr: string;
  /** Group ID */
  grpID: number;
}

/**
 * Parameters of minisip `hgdect/set`: Add or update a hunting-group detection record (upsert by dialPlan and calledNbr;
 * every field required).
 */
export interface HgdectSetParams {
  /** Dial plan */
  dialPlan: string;
  /** Called number */
  calledNbr: string;
  /** Group ID */
  grpID: number;
}

/** Request input of minisip `hgdect/set`: its parameters (none has a default). */
export type HgdectSetInput = HgdectSetParams;

/**
 * Result of minisip `hgdect/set`.
 *
 * Not specified by the seed; a bare JSON success.
 */
export interface HgdectSetResult {
  message?: string;
}

/** Parameters of minisip `hginfo/delete`: Delete a hunting group. */
export interface HginfoDeleteParams {
  /** group ID */
  grpID: number;
}

/** Request input of minisip `hginfo/delete`: its parameters (none has a default). */
export type HginfoDeleteInput = HginfoDeleteParams;

/**
 * Result of minisip `hginfo/delete`.
 *
 * Not specified by the seed; a bare JSON success.
 */
export interface HginfoDeleteResult {
  message?: string;
}

/** Parameters of minisip `hginfo/list`: List summary of hunting groups, 20 a page. */
export interface HginfoListParams {
  /** Page number, 20 records a page; 0 (the default) is the first 20 records. */
  pageIndex: number;
}

/** Request input of minisip `hginfo/list`: List summary of hunting groups, 20 a page. */
export interface HginfoListInput {
  /** Page number, 20 records a page; 0 (the default) is the first 20 records. */
  pageIndex?: number;
}

/** One row of hginfo/list. */
export interface HginfoListRow {
  /** group ID */
  grpID: number;
  /** description of record */
  desc: string;
  /** hunting-group strategy */
  strategy: 1 | 2;
  /** operator no-answer timer (seconds) */
  noAnsTmr: number;
}

/**
 * Result of minisip `hginfo/list`.
 *
 * The seed gives the row fields only (no envelope or total count).
 */
export interface HginfoListResult {
  rows: HginfoListRow[];
}

/** Parameters of minisip `hginfo/query`: Query details of one hunting group. */
export interface HginfoQueryParams {
  /** group ID */
  grpID: number;
}

/** Request input of minisip `hginfo/query`: its parameters (none has a default). */
export type HginfoQueryInput = HginfoQueryParams;

/** Result of minisip `hginfo/query`. */
export interface HginfoQueryResult {
  /** group ID */
  grpID: number;
  /** description of record */
  desc: string;
  /** hunt-group strategy */
  strategy: 1 | 2;
  /** operator no-answer timer (seconds) */
  noAnsTmr: number;
  /** Put the call into queue if all operators are busy (0 no, 1 yes; the seed gives the type integer only). */
  queueInd: number;
  /** Maximum call counts in queue. */
  maxCall: number;
  /** Maximum waiting duration (seconds) */
  maxDura: number;
}

/**
 * Parameters of minisip `hginfo/set`: Add or update a hunting group (upsert by grpID; strategy is required, other
 * fields not sent keep their value).
 */
export interface HginfoSetParams {
  /** group ID */
  grpID: number;
  /** hunt-group strategy */
  strategy: 1 | 2;
  /** description of record */
  desc?: string;
  /** operator no-answer timer (seconds) */
  noAnsTmr?: number;
  /** Put the call into queue if all operators are busy (0 no, 1 yes; the seed gives the type integer only). */
  queueInd?: number;
  /** Maximum call counts in queue. */
  maxCall?: number;
  /** Maximum waiting duration (seconds) */
  maxDura?: number;
}

/** Request input of minisip `hginfo/set`: its parameters (none has a default). */
export type HginfoSetInput = HginfoSetParams;

/**
 * Result of minisip `hginfo/set`.
 *
 * Not specified by the seed; a bare JSON success.
 */
export interface HginfoSetResult {
  message?: string;
}

/** Parameters of minisip `hgoper/delete`: Delete a hunting-group operator record. */
export interface HgoperDeleteParams {
  /** Operator number */
  oper: string;
}

/** Request input of minisip `hgoper/delete`: its parameters (none has a default). */
export type HgoperDeleteInput = HgoperDeleteParams;

/**
 * Result of minisip `hgoper/delete`.
 *
 * Not specified by the seed; a bare JSON success.
 */
export interface HgoperDeleteResult {
  message?: string;
}

/** Parameters of minisip `hgoper/list`: List summary of hunting-group operators, 20 a page. */
export interface HgoperListParams {
  /** Page number, 20 records a page; 0 (the default) is the first 20 records. */
  pageIndex: number;
}

/** Request input of minisip `hgoper/list`: List summary of hunting-group operators, 20 a page. */
export interface HgoperListInput {
  /** Page number, 20 records a page; 0 (the default) is the first 20 records. */
  pageIndex?: number;
}

/** One row of hgoper/list. */
export interface HgoperListRow {
  /** Operator number */
  oper: string;
  /** Group ID */
  grpID: number;
  /** Login group automatically when login system (0 no, 1 yes; the seed gives the type integer only). */
  autoInd: number;
}

/**
 * Result of minisip `hgoper/list`.
 *
 * The seed gives the row fields only (no envelope or total count).
 */
export interface HgoperListResult {
  rows: HgoperListRow[];
}

/**
 * Parameters of minisip `hgoper/set`: Add or update a hunting-group operator record (upsert by oper; every field
 * required).
 */
export interface HgoperSetParams {
  /** Operator number */
  oper: string;
  /** Group ID */
  grpID: number;
  /** Login group automatically when login system (0 no, 1 yes; the seed gives the type integer only). */
  autoInd: number;
}

/** Request input of minisip `hgoper/set`: its parameters (none has a default). */
export type HgoperSetInput = HgoperSetParams;

/**
 * Result of minisip `hgoper/set`.
 *
 * Not specified by the seed; a bare JSON success.
 */
export interface HgoperSetResult {
  message?: string;
}

/** Parameters of minisip `localuser/delete`: Delete a local user. */
export interface LocaluserDeleteParams {
  /** local user name to be deleted */
  usrname: string;
}

/** Request input of minisip `localuser/delete`: its parameters (none has a default). */
export type LocaluserDeleteInput = LocaluserDeleteParams;

/**
 * Result of minisip `localuser/delete`.
 *
 * Not specified by the seed; a bare JSON success.
 */
export interface LocaluserDeleteResult {
  message?: string;
}

/** Parameters of minisip `localuser/list`: List summary of local users, 20 a page. */
export interface LocaluserListParams {
  /** Page number, 20 records a page; 0 (the default) is the first 20 records. */
  pageIndex: number;
}

/** Request input of minisip `localuser/list`: List summary of local users, 20 a page. */
export interface LocaluserListInput {
  /** Page number, 20 records a page; 0 (the default) is the first 20 records. */
  pageIndex?: number;
}

/** One row of localuser/list. */
export interface LocaluserListRow {
  /** local user name (the user's number) */
  usrname: string;
  /** description of current local user */
  description: string;
  /** display name */
  dispname: string;
  /** Current user's address */
  addr: string;
  /**
   * Registration state: 1 while the user is registered with the SIP registrar, 0 while not (clients show 0 as
   * inactive).
   */
  state: number;
  /** The registered device's user agent (its newest contact's); empty while not registered. */
  userAgent: string;
}

/**
 * Result of minisip `localuser/list`.
 *
 * The seed gives the row fields only (no envelope or total count); real clients read the answer as a bare JSON array of
 * rows and read state and userAgent from each row too (see wire), so the answer is that array.
 *
 */
export interface LocaluserListResult {
  rows: LocaluserListRow[];
}

/** Parameters of minisip `localuser/query`: Query details of one local user. */
export interface LocaluserQueryParams {
  /** local user name to be queried */
  usrname: string;
}

/** Request input of minisip `localuser/query`: its parameters (none has a default). */
export type LocaluserQueryInput = LocaluserQueryParams;

/**
 * Result of minisip `localuser/query`.
 *
 * Every field; usrpwd is masked (***). While the user is registered with the SIP registrar, addr and port are its
 * newest contact's source address and port, state is 1 and userAgent its device's User-Agent; otherwise the stored
 * addr, port and state, and an empty userAgent.
 *
 */
export interface LocaluserQueryResult {
  /** local user name (the user's number) */
  usrname: string;
  /** local user's password */
  usrpwd: string;
  /** description of current local user */
  description: string;
  /** IP address authorization indicator */
  right_ipauth: number;
  /** IP address of current user */
  addr: string;
  /** Port of current user */
  port: number;
  /** local user's state (reported by the server; the seed lists no values). */
  state: number;
  /** auto-attendant service right */
  right_aa: number;
  /** ring group service right */
  right_rg: number;
  /** "suppress ring group if receives incoming call directly" service right */
  right_sup_rg: number;
  /** ring group ID */
  ringgrpid: number;
  /** "pick up" service right */
  right_pickup: number;
  /** "pick up" group ID */
  pickupgrpid: number;
  /** "call park" service right */
  right_park: number;
  /** "call retrieve" service right */
  right_retrieve: number;
  /** "call waiting" service right */
  right_cw: number;
  /** Follow-me strategy (the seed lists no values). */
  fmtype: number;
  /** interval timer in follow-me service */
  fminterval: number;
  /** destination A of follow-me service */
  fmdesta: string;
  /** destination B of follow-me service */
  fmdestb: string;
  /** destination C of follow-me service */
  fmdestc: string;
  /** End date (an integer; the seed does not give its format). */
  enddate: number;
  /** dial plan */
  dialPlan: string;
  /** display name */
  dispname: string;
  /** Specific external line for out-group calls (empty: none). */
  specextline: string;
  /** maximum duration */
  maxdura: number;
  /** maximum concurrent calls */
  maxcall: number;
  /** maximum concurrent outgoing calls */
  momaxcall: number;
  /** call level */
  calllevel: number;
  /** "call forward unconditional (CFU)" service right */
  right_cfu: number;
  /** CFU number */
  cfunbr: string;
  /** "call forward on not connected/unreachable (CFNC)" service right */
  right_cfnc: number;
  /** CFNC number */
  cfncnbr: string;
  /** "call forward on busy (CFB)" service right */
  right_cfb: number;
  /** CFB number */
  cfbnbr: string;
  /** "call forward on no-answer (CFNA)" service right */
  right_cfna: number;
  /** CFNA number */
  cfnanbr: string;
  /** No-answer timer value */
  cfnatmr: number;
  /** "voice mail" service right */
  right_vms: number;
  /** voice mail announcement ID */
  vmannid: number;
  /** e-mail address (empty: none) */
  email: string;
  /** "caller prepaid" service right */
  right_prepaid: number;
  /** "presence of dialog presence" service right */
  right_subpre: number;
  /** presence group ID */
  presgrpid: number;
  /** "caller-id with name" service right */
  right_clrid: number;
  /** "music on hold" service right */
  right_moh: number;
  /** "relay media stream" service right */
  right_relay: number;
  /** record outgoing calls */
  right_oli: number;
  /** record incoming calls */
  right_tli: number;
  /** Time condition ID. */
  tcID: number;
  /** The registered device's user agent; empty while not registered. */
  userAgent: string;
}

/**
 * Parameters of minisip `localuser/set`: Add or update a local user (upsert by usrname; fields not sent keep their
 * value).
 */
export interface LocaluserSetParams {
  /** local user name to be configured */
  usrname: string;
  /** local user's password */
  usrpwd?: string;
  /** description of current local user */
  description?: string;
  /** IP address authorization indicator */
  right_ipauth?: number;
  /** IP address of current user */
  addr?: string;
  /** Port of current user */
  port?: number;
  /** local user's state (reported by the server; the seed lists no values). */
  state?: number;
  /** auto-attendant service right */
  right_aa?: number;
  /** ring group service right */
  right_rg?: number;
  /** "suppress ring group if receives incoming call directly" service right */
  right_sup_rg?: number;
  /** ring group ID */
  ringgrpid?: number;
  /** "pick up" service right */
  right_pickup?: number;
  /** "pick up" group ID */
  pickupgrpid?: number;
  /** "call park" service right */
  right_park?: number;
  /** "call retrieve" service right */
  right_retrieve?: number;
  /** "call waiting" service right */
  right_cw?: number;
  /** Follow-me strategy (the seed lists no values). */
  fmtype?: number;
  /** interval timer in follow-me service */
  fminterval?: number;
  /** destination A of follow-me service */
  fmdesta?: string;
  /** destination B of follow-me service */
  fmdestb?: string;
  /** destination C of follow-me service */
  fmdestc?: string;
  /** End date (an integer; the seed does not give its format). */
  enddate?: number;
  /** dial plan */
  dialPlan?: string;
  /** display name */
  dispname?: string;
  /** Specific external line for out-group calls (empty: none). */
  specextline?: string;
  /** maximum duration */
  maxdura?: number;
  /** maximum concurrent calls */
  maxcall?: number;
  /** maximum concurrent outgoing calls */
  momaxcall?: number;
  /** call level */
  calllevel?: number;
  /** "call forward unconditional (CFU)" service right */
  right_cfu?: number;
  /** CFU number */
  cfunbr?: string;
  /** "call forward on not connected/unreachable (CFNC)" service right */
  right_cfnc?: number;
  /** CFNC number */
  cfncnbr?: string;
  /** "call forward on busy (CFB)" service right */
  right_cfb?: number;
  /** CFB number */
  cfbnbr?: string;
  /** "call forward on no-answer (CFNA)" service right */
  right_cfna?: number;
  /** CFNA number */
  cfnanbr?: string;
  /** No-answer timer value */
  cfnatmr?: number;
  /** "voice mail" service right */
  right_vms?: number;
  /** voice mail announcement ID */
  vmannid?: number;
  /** e-mail address (empty: none) */
  email?: string;
  /** "caller prepaid" service right */
  right_prepaid?: number;
  /** "presence of dialog presence" service right */
  right_subpre?: number;
  /** presence group ID */
  presgrpid?: number;
  /** "caller-id with name" service right */
  right_clrid?: number;
  /** "music on hold" service right */
  right_moh?: number;
  /** "relay media stream" service right */
  right_relay?: number;
  /** record outgoing calls */
  right_oli?: number;
  /** record incoming calls */
  right_tli?: number;
  /** Time condition ID. */
  tcID?: number;
}

/** Request input of minisip `localuser/set`: its parameters (none has a default). */
export type LocaluserSetInput = LocaluserSetParams;

/**
 * Result of minisip `localuser/set`.
 *
 * Not specified by the seed; a bare JSON success.
 */
export interface LocaluserSetResult {
  message?: string;
}

/** Parameters of minisip `natran/delete`: Delete a transition record. */
export interface NatranDeleteParams {
  /** Transition ID */
  tranID: number;
}

/** Request input of minisip `natran/delete`: its parameters (none has a default). */
export type NatranDeleteInput = NatranDeleteParams;

/**
 * Result of minisip `natran/delete`.
 *
 * Not specified by the seed; a bare JSON success.
 */
export interface NatranDeleteResult {
  message?: string;
}

/** Parameters of minisip `natran/list`: List summary of transition records, 20 a page. */
export interface NatranListParams {
  /** Page number, 20 records a page; 0 (the default) is the first 20 records. */
  pageIndex: number;
}

/** Request input of minisip `natran/list`: List summary of transition records, 20 a page. */
export interface NatranListInput {
  /** Page number, 20 records a page; 0 (the default) is the first 20 records. */
  pageIndex?: number;
}

/** One row of natran/list. */
export interface NatranListRow {
  /** Transition ID */
  tranID: number;
  /** Transition type. */
  type: 1 | 2 | 3;
  /** Start position. */
  tranStart: number;
  /** Length */
  tranLen: number;
  /** Prefix or replace string */
  prefix: string;
  /** Description */
  description: string;
}

/**
 * Result of minisip `natran/list`.
 *
 * The seed gives the row fields only (no envelope or total count).
 */
export interface NatranListResult {
  rows: NatranListRow[];
}

/** Parameters of minisip `natran/query`: Query details of one transition record. */
export interface NatranQueryParams {
  /** Transition ID */
  tranID: number;
}

/** Request input of minisip `natran/query`: its parameters (none has a default). */
export type NatranQueryInput = NatranQueryParams;

/** Result of minisip `natran/query`. */
export interface NatranQueryResult {
  /** Transition ID */
  tranID: number;
  /** Transition type. */
  type: 1 | 2 | 3;
  /** Start position. */
  tranStart: number;
  /** Length */
  tranLen: number;
  /** Prefix or replace string */
  prefix: string;
  /** Description */
  description: string;
}

/** Parameters of minisip `natran/set`: Add or update a transition record (upsert by tranID; every field required). */
export interface NatranSetParams {
  /** Transition ID */
  tranID: number;
  /** Transition type. */
  type: 1 | 2 | 3;
  /** Start position. */
  tranStart: number;
  /** Length */
  tranLen: number;
  /** Prefix or replace string (may be empty: a delete transition needs none) */
  prefix: string;
  /** Description */
  description: string;
}

/** Request input of minisip `natran/set`: its parameters (none has a default). */
export type NatranSetInput = NatranSetParams;

/**
 * Result of minisip `natran/set`.
 *
 * Not specified by the seed; a bare JSON success.
 */
export interface NatranSetResult {
  message?: string;
}

/** Parameters of minisip `peerserver/delete`: Delete a SIP trunk. */
export interface PeerserverDeleteParams {
  /** ID of the SIP trunk to be deleted. */
  servID: number;
}

/** Request input of minisip `peerserver/delete`: its parameters (none has a default). */
export type PeerserverDeleteInput = PeerserverDeleteParams;

/**
 * Result of minisip `peerserver/delete`.
 *
 * Not specified by the seed; a bare JSON success.
 */
export interface PeerserverDeleteResult {
  message?: string;
}

/** Parameters of minisip `peerserver/list`: List summary of SIP trunks, 20 a page. */
export interface PeerserverListParams {
  /** Page number, 20 records a page; 0 (the default) is the first 20 records. */
  pageIndex: number;
}

/** Request input of minisip `peerserver/list`: List summary of SIP trunks, 20 a page. */
export interface PeerserverListInput {
  /** Page number, 20 records a page; 0 (the default) is the first 20 records. */
  pageIndex?: number;
}

/** One row of peerserver/list. */
export interface PeerserverListRow {
  /** SIP trunk ID */
  servID: number;
  /** Description */
  desc: string;
  /** Server address */
  servAddr: string;
  /** Server port */
  servPort: number;
  /** IP transport, it is UDP or TCP. */
  transport: 0 | 1;
}

/**
 * Result of minisip `peerserver/list`.
 *
 * The seed gives the row fields only (no envelope or total count).
 */
export interface PeerserverListResult {
  rows: PeerserverListRow[];
}

/** Parameters of minisip `peerserver/query`: Query details of one SIP trunk. */
export interface PeerserverQueryParams {
  /** SIP trunk ID of the SIP trunk to be queried. */
  servID: number;
}

/** Request input of minisip `peerserver/query`: its parameters (none has a default). */
export type PeerserverQueryInput = PeerserverQueryParams;

/** Result of minisip `peerserver/query`. */
export interface PeerserverQueryResult {
  /** SIP trunk ID */
  servID: number;
  /** Description */
  desc: string;
  /** Server address */
  servAddr: string;
  /** Server port */
  servPort: number;
  /** Caller ID in outgoing calls. */
  callerID: string;
  /** Dial plan for incoming calls. */
  dialPlan: string;
  /** IP transport. */
  transport: 0 | 1;
  /** Outgoing group ID */
  ogGroupID: number;
  /** Time condition ID for outgoing calls. */
  otcID: number;
  /** Maximum concurrent outgoing calls. */
  oMaxCalls: number;
  /** Maximum concurrent incoming calls. */
  iMaxCalls: number;
  /** Indicator that relaying media stream for outgoing calls (0 off, 1 on; the seed gives the type integer only). */
  orelayMediaInd: number;
  /** Next trunk ID if currnet trunk is failed to make outgoing calls. (0: none) */
  chainTrunkID: number;
}

/**
 * Parameters of minisip `peerserver/set`: Add or update a SIP trunk (upsert by servID; fields not sent keep their
 * value).
 */
export interface PeerserverSetParams {
  /** ID of the SIP trunk to be configured. */
  servID: number;
  /** Description */
  desc?: string;
  /** Server address */
  servAddr?: string;
  /** Server port */
  servPort?: number;
  /** Caller ID in outgoing calls. */
  callerID?: string;
  /** Dial plan for incoming calls. */
  dialPlan?: string;
  /** IP transport. */
  transport?: 0 | 1;
  /** Outgoing group ID */
  ogGroupID?: number;
  /** Time condition ID for outgoing calls. */
  otcID?: number;
  /** Maximum concurrent outgoing calls. */
  oMaxCalls?: number;
  /** Maximum concurrent incoming calls. */
  iMaxCalls?: number;
  /** Indicator that relaying media stream for outgoing calls (0 off, 1 on; the seed gives the type integer only). */
  orelayMediaInd?: number;
  /** Next trunk ID if currnet trunk is failed to make outgoing calls. (0: none) */
  chainTrunkID?: number;
}

/** Request input of minisip `peerserver/set`: its parameters (none has a default). */
export type PeerserverSetInput = PeerserverSetParams;

/**
 * Result of minisip `peerserver/set`.
 *
 * Not specified by the seed; a bare JSON success.
 */
export interface PeerserverSetResult {
  message?: string;
}

/** Parameters of minisip `refinecldnbr/delete`: Delete a refine-called-number record. */
export interface RefinecldnbrDeleteParams {
  /** Group ID */
  groupID: number;
  /** Called number prefix */
  calledPrefix: string;
}

/** Request input of minisip `refinecldnbr/delete`: its parameters (none has a default). */
export type RefinecldnbrDeleteInput = RefinecldnbrDeleteParams;

/**
 * Result of minisip `refinecldnbr/delete`.
 *
 * Not specified by the seed; a bare JSON success.
 */
export interface RefinecldnbrDeleteResult {
  message?: string;
}

/** Parameters of minisip `refinecldnbr/list`: List summary of refine-called-number records, 20 a page. */
export interface RefinecldnbrListParams {
  /** Page number, 20 records a page; 0 (the default) is the first 20 records. */
  pageIndex: number;
}

/** Request input of minisip `refinecldnbr/list`: List summary of refine-called-number records, 20 a page. */
export interface RefinecldnbrListInput {
  /** Page number, 20 records a page; 0 (the default) is the first 20 records. */
  pageIndex?: number;
}

/** One row of refinecldnbr/list. */
export interface RefinecldnbrListRow {
  /** Group ID */
  groupID: number;
  /** Called number prefix */
  calledPrefix: string;
  /** Transition ID */
  transID: number;
  /** Description */
  description: string;
}

/**
 * Result of minisip `refinecldnbr/list`.
 *
 * The seed gives the row fields only (no envelope or total count).
 */
export interface RefinecldnbrListResult {
  rows: RefinecldnbrListRow[];
}

/** Parameters of minisip `refinecldnbr/query`: Query details of one refine-called-number record. */
export interface RefinecldnbrQueryParams {
  /** Group ID */
  groupID: number;
  /** Called number prefix */
  calledPrefix: string;
}

/** Request input of minisip `refinecldnbr/query`: its parameters (none has a default). */
export type RefinecldnbrQueryInput = RefinecldnbrQueryParams;

/** Result of minisip `refinecldnbr/query`. */
export interface RefinecldnbrQueryResult {
  /** Group ID */
  groupID: number;
  /** Called number prefix */
  calledPrefix: string;
  /** Transition ID */
  transID: number;
  /** Description */
  description: string;
}

/**
 * Parameters of minisip `refinecldnbr/set`: Add or update a refine-called-number record (upsert by groupID and
 * calledPrefix; every field required).
 */
export interface RefinecldnbrSetParams {
  /** Group ID */
  groupID: number;
  /** Called number prefix */
  calledPrefix: string;
  /**
   * Transition ID
   *
   * Aliases: tranID.
   */
  transID: number;
  /** Description */
  description: string;
}

/** Request input of minisip `refinecldnbr/set`: its parameters (none has a default). */
export type RefinecldnbrSetInput = RefinecldnbrSetParams;

/**
 * Result of minisip `refinecldnbr/set`.
 *
 * Not specified by the seed; a bare JSON success.
 */
export interface RefinecldnbrSetResult {
  message?: string;
}

/** Parameters of minisip `refineclrnbr/delete`: Delete a refine-caller-number record. */
export interface RefineclrnbrDeleteParams {
  /** Group ID */
  grpID: number;
  /** Caller number prefix */
  callerNbr: string;
}

/** Request input of minisip `refineclrnbr/delete`: its parameters (none has a default). */
export type RefineclrnbrDeleteInput = RefineclrnbrDeleteParams;

/**
 * Result of minisip `refineclrnbr/delete`.
 *
 * Not specified by the seed; a bare JSON success.
 */
export interface RefineclrnbrDeleteResult {
  message?: string;
}

/** Parameters of minisip `refineclrnbr/list`: List summary of refine-caller-number records, 20 a page. */
export interface RefineclrnbrListParams {
  /** Page number, 20 records a page; 0 (the default) is the first 20 records. */
  pageIndex: number;
}

/** Request input of minisip `refineclrnbr/list`: List summary of refine-caller-number records, 20 a page. */
export interface RefineclrnbrListInput {
  /** Page number, 20 records a page; 0 (the default) is the first 20 records. */
  pageIndex?: number;
}

/** One row of refineclrnbr/list. */
export interface RefineclrnbrListRow {
  /** Group ID */
  grpID: number;
  /** Caller number prefix */
  callerNbr: string;
  /** Transition ID */
  tranID: number;
  /** Description */
  description: string;
}

/**
 * Result of minisip `refineclrnbr/list`.
 *
 * The seed gives the row fields only (no envelope or total count).
 */
export interface RefineclrnbrListResult {
  rows: RefineclrnbrListRow[];
}

/** Parameters of minisip `refineclrnbr/query`: Query details of one refine-caller-number record. */
export interface RefineclrnbrQueryParams {
  /** Group ID */
  grpID: number;
  /** Caller number prefix */
  callerNbr: string;
}

/** Request input of minisip `refineclrnbr/query`: its parameters (none has a default). */
export type RefineclrnbrQueryInput = RefineclrnbrQueryParams;

/** Result of minisip `refineclrnbr/query`. */
export interface RefineclrnbrQueryResult {
  /** Group ID */
  grpID: number;
  /** Caller number prefix */
  callerNbr: string;
  /** Transition ID */
  tranID: number;
  /** Description */
  description: string;
}

/**
 * Parameters of minisip `refineclrnbr/set`: Add or update a refine-caller-number record (upsert by grpID and callerNbr;
 * every field required).
 */
export interface RefineclrnbrSetParams {
  /** Group ID */
  grpID: number;
  /** Caller number prefix */
  callerNbr: string;
  /** Transition ID */
  tranID: number;
  /** Description */
  description: string;
}

/** Request input of minisip `refineclrnbr/set`: its parameters (none has a default). */
export type RefineclrnbrSetInput = RefineclrnbrSetParams;

/**
 * Result of minisip `refineclrnbr/set`.
 *
 * Not specified by the seed; a bare JSON success.
 */
export interface RefineclrnbrSetResult {
  message?: string;
}

/** Parameters of minisip `route/add`: Add an external line or SIP trunk to a routing group. */
export interface RouteAddParams {
  /** Routing group ID */
  groupID: number;
  /** Routing type. */
  routeType: 1 | 2;
  /** SIP trunk ID (0 for an external line) */
  sipTrunkID: number;
  /** External line (empty for a SIP trunk) */
  extLine: string;
}

/** Request input of minisip `route/add`: its parameters (none has a default). */
export type RouteAddInput = RouteAddParams;

/**
 * Result of minisip `route/add`.
 *
 * Not specified by the seed; a bare JSON success.
 */
export interface RouteAddResult {
  message?: string;
}

/** Parameters of minisip `route/delete`: Remove an external line or SIP trunk from a routing group. */
export interface RouteDeleteParams {
  /** Routing group ID */
  groupID: number;
  /** Routing type. */
  routeType: 1 | 2;
  /** SIP trunk ID (0 for an external line) */
  sipTrunkID: number;
  /** External line (empty for a SIP trunk) */
  extLine: string;
}

/** Request input of minisip `route/delete`: its parameters (none has a default). */
export type RouteDeleteInput = RouteDeleteParams;

/**
 * Result of minisip `route/delete`.
 *
 * Not specified by the seed; a bare JSON success.
 */
export interface RouteDeleteResult {
  message?: string;
}

/** Parameters of minisip `route/list`: List summary of routing-group members, 20 a page. */
export interface RouteListParams {
  /** Page number, 20 records a page; 0 (the default) is the first 20 records. */
  pageIndex: number;
}

/** Request input of minisip `route/list`: List summary of routing-group members, 20 a page. */
export interface RouteListInput {
  /** Page number, 20 records a page; 0 (the default) is the first 20 records. */
  pageIndex?: number;
}

/** One row of route/list. */
export interface RouteListRow {
  /** Routing group ID */
  groupID: number;
  /** Routing type. */
  routeType: 1 | 2;
  /** SIP trunk ID if routeType is "SIP trunk" (0 otherwise). */
  sipTrunkID: number;
  /** External line if routeType is "external line" (empty otherwise). */
  extLine: string;
}

/**
 * Result of minisip `route/list`.
 *
 * The seed gives the row fields only (no envelope or total count).
 */
export interface RouteListResult {
  rows: RouteListRow[];
}

/** Parameters of minisip `routegroup/delete`: Delete a routing group. */
export interface RoutegroupDeleteParams {
  /** Group ID */
  groupID: number;
}

/** Request input of minisip `routegroup/delete`: its parameters (none has a default). */
export type RoutegroupDeleteInput = RoutegroupDeleteParams;

/**
 * Result of minisip `routegroup/delete`.
 *
 * Not specified by the seed; a bare JSON success.
 */
export interface RoutegroupDeleteResult {
  message?: string;
}

/** Parameters of minisip `routegroup/list`: List summary of routing groups, 20 a page. */
export interface RoutegroupListParams {
  /** Page number, 20 records a page; 0 (the default) is the first 20 records. */
  pageIndex: number;
}

/** Request input of minisip `routegroup/list`: List summary of routing groups, 20 a page. */
export interface RoutegroupListInput {
  /** Page number, 20 records a page; 0 (the default) is the first 20 records. */
  pageIndex?: number;
}

/** One row of routegroup/list. */
export interface RoutegroupListRow {
  /** Group ID */
  groupID: number;
  /** Description of the record */
  description: string;
}

/**
 * Result of minisip `routegroup/list`.
 *
 * The seed gives the row fields only (no envelope or total count).
 */
export interface RoutegroupListResult {
  rows: RoutegroupListRow[];
}

/** Parameters of minisip `routegroup/query`: Query details of one routing group. */
export interface RoutegroupQueryParams {
  /** Group ID */
  groupID: number;
}

/** Request input of minisip `routegroup/query`: its parameters (none has a default). */
export type RoutegroupQueryInput = RoutegroupQueryParams;

/** Result of minisip `routegroup/query`. */
export interface RoutegroupQueryResult {
  /** Group ID */
  groupID: number;
  /** Description of the record */
  description: string;
}

/**
 * Parameters of minisip `routegroup/set`: Add or update a routing group (upsert by groupID; fields not sent keep their
 * value).
 */
export interface RoutegroupSetParams {
  /** Group ID */
  groupID: number;
  /** Description of the record */
  description?: string;
}

/** Request input of minisip `routegroup/set`: its parameters (none has a default). */
export type RoutegroupSetInput = RoutegroupSetParams;

/**
 * Result of minisip `routegroup/set`.
 *
 * Not specified by the seed; a bare JSON success.
 */
export interface RoutegroupSetResult {
  message?: string;
}

/** Parameters of minisip `session/release`: Drop the call in progress of a local user number or outside number. */
export interface SessionReleaseParams {
  /** local user number or outside number. miniSIPServer will drop a call according to this number. */
  number: string;
}

/** Request input of minisip `session/release`: its parameters (none has a default). */
export type SessionReleaseInput = SessionReleaseParams;

/**
 * Result of minisip `session/release`.
 *
 * Not specified by the seed; a bare JSON success.
 */
export interface SessionReleaseResult {
  message?: string;
}

/** Parameters of minisip `speeddial/delete`: Delete a speed-dial record. */
export interface SpeeddialDeleteParams {
  /** caller number */
  callerNbr: string;
  /** dialed number */
  dialedNbr: string;
}

/** Request input of minisip `speeddial/delete`: its parameters (none has a default). */
export type SpeeddialDeleteInput = SpeeddialDeleteParams;

/**
 * Result of minisip `speeddial/delete`.
 *
 * Not specified by the seed; a bare JSON success.
 */
export interface SpeeddialDeleteResult {
  message?: string;
}

/** Parameters of minisip `speeddial/list`: List summary of speed-dial records, 20 a page. */
export interface SpeeddialListParams {
  /** Page number, 20 records a page; 0 (the default) is the first 20 records. */
  pageIndex: number;
}

/** Request input of minisip `speeddial/list`: List summary of speed-dial records, 20 a page. */
export interface SpeeddialListInput {
  /** Page number, 20 records a page; 0 (the default) is the first 20 records. */
  pageIndex?: number;
}

/** One row of speeddial/list. */
export interface SpeeddialListRow {
  /** caller number */
  callerNbr: string;
  /** dialed number */
  dialedNbr: string;
  /** description of record */
  desc: string;
  /** Final destination number */
  destNbr: string;
}

/**
 * Result of minisip `speeddial/list`.
 *
 * The seed gives the row fields only (no envelope or total count).
 */
export interface SpeeddialListResult {
  rows: SpeeddialListRow[];
}

/** Parameters of minisip `speeddial/query`: Query details of one speed-dial record. */
export interface SpeeddialQueryParams {
  /** caller number */
  callerNbr: string;
  /** dialed number */
  dialedNbr: string;
}

/** Request input of minisip `speeddial/query`: its parameters (none has a default). */
export type SpeeddialQueryInput = SpeeddialQueryParams;

/** Result of minisip `speeddial/query`. */
export interface SpeeddialQueryResult {
  /** caller number */
  callerNbr: string;
  /** dialed number */
  dialedNbr: string;
  /** description of record */
  desc: string;
  /** Final destination number */
  destNbr: string;
}

/**
 * Parameters of minisip `speeddial/set`: Add or update a speed-dial record (upsert by callerNbr and dialedNbr; fields
 * not sent keep their value).
 */
export interface SpeeddialSetParams {
  /** caller number */
  callerNbr: string;
  /** dialed number */
  dialedNbr: string;
  /** description of record */
  desc?: string;
  /** Final destination number */
  destNbr?: string;
}

/** Request input of minisip `speeddial/set`: its parameters (none has a default). */
export type SpeeddialSetInput = SpeeddialSetParams;

/**
 * Result of minisip `speeddial/set`.
 *
 * Not specified by the seed; a bare JSON success.
 */
export interface SpeeddialSetResult {
  message?: string;
}

/** Parameters of minisip `sysinfo/query`: Query the system information. */
export interface SysinfoQueryParams {}

/** Request input of minisip `sysinfo/query`: its parameters (none has a default). */
export type SysinfoQueryInput = SysinfoQueryParams;

/** Result of minisip `sysinfo/query`. */
export interface SysinfoQueryResult {
  /** System administrator password (the syskey of every request). */
  admpwd: string;
  /** Outgroup call prefix */
  ogpfx: string;
  /** RTP start port */
  rtpport: number;
  /** HTTP server port */
  httpport: number;
  /** Event channel port */
  evtChannelPort: number;
  /** Voice languages (the seed gives no list of values). */
  srfannlang: number;
  /** SIP server local address(IPv4) */
  sipaddr: string;
  /** SIP server local address(IPv6) */
  sipaddr6: string;
  /** SIP server public address, it could be a domain name. */
  publicaddr: string;
  /** SIP server UDP port (Switchboard: sip.port; 0 when the SIP edge is off) */
  sipport: number;
  /** SIP server TCP port */
  tcpport: number;
  /** SIP server TLS port */
  tlsport: number;
  /** SIP domain realm */
  realm: string;
  /** MySQL server address */
  dbaddr: string;
  /** MySQL server visit port */
  dbport: number;
  /** Database name in MySQL server */
  dbname: string;
  /** User name to visit MySQL database */
  dbusr: string;
  /** User's password to visit MySQL database */
  dbpwd: string;
  /** SMTP server */
  smtpserv: string;
  /** User name to visit SMTP server */
  smtpusr: string;
  /** User's password to visit SMTP server */
  smtppwd: string;
  /** The SMTP server is required TLS connection or not */
  smtptls: boolean;
  /** Caller user CDR */
  cdrcallerusr: boolean;
  /** Callee user CDR */
  cdrcalledusr: boolean;
  /** Caller external line CDR */
  cdrcallerextline: boolean;
  /** Callee external line CDR */
  cdrcalledextline: boolean;
  /** Generate fail calls' CDR */
  cdrfailcall: boolean;
  /** Show real-time CDR records */
  cdrshow: boolean;
  /** Save CDR records into local files */
  cdroutput: boolean;
  /** Primary STUN server address */
  stunaddr1: string;
  /** Primary STUN server port */
  stunport1: number;
  /** Second STUN server address */
  stunaddr2: string;
  /** Second STUN server port */
  stunport2: number;
}

/**
 * Parameters of minisip `sysinfo/update`: Update the system information fields sent; fields not sent keep their value.
 */
export interface SysinfoUpdateParams {
  /** System administrator password (the syskey of every request). */
  admpwd?: string;
  /** Outgroup call prefix */
  ogpfx?: string;
  /** RTP start port */
  rtpport?: number;
  /** HTTP server port */
  httpport?: number;
  /** Event channel port */
  evtChannelPort?: number;
  /** Voice languages (the seed gives no list of values). */
  srfannlang?: number;
  /** SIP server local address(IPv4) */
  sipaddr?: string;
  /** SIP server local address(IPv6) */
  sipaddr6?: string;
  /** SIP server public address, it could be a domain name. */
  publicaddr?: string;
  /** SIP server UDP port (Switchboard: sip.port; 0 when the SIP edge is off) */
  sipport?: number;
  /** SIP server TCP port */
  tcpport?: number;
  /** SIP server TLS port */
  tlsport?: number;
  /** SIP domain realm */
  realm?: string;
  /** MySQL server address */
  dbaddr?: string;
  /** MySQL server visit port */
  dbport?: number;
  /** Database name in MySQL server */
  dbname?: string;
  /** User name to visit MySQL database */
  dbusr?: string;
  /** User's password to visit MySQL database */
  dbpwd?: string;
  /** SMTP server */
  smtpserv?: string;
  /** User name to visit SMTP server */
  smtpusr?: string;
  /** User's password to visit SMTP server */
  smtppwd?: string;
  /** The SMTP server is required TLS connection or not */
  smtptls?: boolean;
  /** Caller user CDR */
  cdrcallerusr?: boolean;
  /** Callee user CDR */
  cdrcalledusr?: boolean;
  /** Caller external line CDR */
  cdrcallerextline?: boolean;
  /** Callee external line CDR */
  cdrcalledextline?: boolean;
  /** Generate fail calls' CDR */
  cdrfailcall?: boolean;
  /** Show real-time CDR records */
  cdrshow?: boolean;
  /** Save CDR records into local files */
  cdroutput?: boolean;
  /** Primary STUN server address */
  stunaddr1?: string;
  /** Primary STUN server port */
  stunport1?: number;
  /** Second STUN server address */
  stunaddr2?: string;
  /** Second STUN server port */
  stunport2?: number;
}

/** Request input of minisip `sysinfo/update`: its parameters (none has a default). */
export type SysinfoUpdateInput = SysinfoUpdateParams;

/**
 * Result of minisip `sysinfo/update`.
 *
 * Not specified by the seed; a bare JSON success.
 */
export interface SysinfoUpdateResult {
  message?: string;
}

/** Parameters of minisip `version/query`: Answer the server's version information. */
export interface VersionQueryParams {}

/** Request input of minisip `version/query`: its parameters (none has a default). */
export type VersionQueryInput = VersionQueryParams;

/**
 * Result of minisip `version/query`.
 *
 * A JSON object with the one documented field.
 */
export interface VersionQueryResult {
  /** miniSIPServer version information. */
  verInfo: string;
}

/** Every operation's parameters, keyed by operationId (the handler name). */
export interface MinisipParamsByOperation {
  anacldnbrDelete: AnacldnbrDeleteParams;
  anacldnbrList: AnacldnbrListParams;
  anacldnbrQuery: AnacldnbrQueryParams;
  anacldnbrSet: AnacldnbrSetParams;
  anaclrnbrDelete: AnaclrnbrDeleteParams;
  anaclrnbrList: AnaclrnbrListParams;
  anaclrnbrQuery: AnaclrnbrQueryParams;
  anaclrnbrSet: AnaclrnbrSetParams;
  extlineDelete: ExtlineDeleteParams;
  extlineList: ExtlineListParams;
  extlineQuery: ExtlineQueryParams;
  extlineSet: ExtlineSetParams;
  hgdectDelete: HgdectDeleteParams;
  hgdectList: HgdectListParams;
  hgdectQuery: HgdectQueryParams;
  hgdectSet: HgdectSetParams;
  hginfoDelete: HginfoDeleteParams;
  hginfoList: HginfoListParams;
  hginfoQuery: HginfoQueryParams;
  hginfoSet: HginfoSetParams;
  hgoperDelete: HgoperDeleteParams;
  hgoperList: HgoperListParams;
  hgoperSet: HgoperSetParams;
  localuserDelete: LocaluserDeleteParams;
  localuserList: LocaluserListParams;
  localuserQuery: LocaluserQueryParams;
  localuserSet: LocaluserSetParams;
  natranDelete: NatranDeleteParams;
  natranList: NatranListParams;
  natranQuery: NatranQueryParams;
  natranSet: NatranSetParams;
  peerserverDelete: PeerserverDeleteParams;
  peerserverList: PeerserverListParams;
  peerserverQuery: PeerserverQueryParams;
  peerserverSet: PeerserverSetParams;
  refinecldnbrDelete: RefinecldnbrDeleteParams;
  refinecldnbrList: RefinecldnbrListParams;
  refinecldnbrQuery: RefinecldnbrQueryParams;
  refinecldnbrSet: RefinecldnbrSetParams;
  refineclrnbrDelete: RefineclrnbrDeleteParams;
  refineclrnbrList: RefineclrnbrListParams;
  refineclrnbrQuery: RefineclrnbrQueryParams;
  refineclrnbrSet: RefineclrnbrSetParams;
  routeAdd: RouteAddParams;
  routeDelete: RouteDeleteParams;
  routeList: RouteListParams;
  routegroupDelete: RoutegroupDeleteParams;
  routegroupList: RoutegroupListParams;
  routegroupQuery: RoutegroupQueryParams;
  routegroupSet: RoutegroupSetParams;
  sessionRelease: SessionReleaseParams;
  speeddialDelete: SpeeddialDeleteParams;
  speeddialList: SpeeddialListParams;
  speeddialQuery: SpeeddialQueryParams;
  speeddialSet: SpeeddialSetParams;
  sysinfoQuery: SysinfoQueryParams;
  sysinfoUpdate: SysinfoUpdateParams;
  versionQuery: VersionQueryParams;
}

/** Every operation's request input, keyed by operationId. */
export interface MinisipInputByOperation {
  anacldnbrDelete: AnacldnbrDeleteInput;
  anacldnbrList: AnacldnbrListInput;
  anacldnbrQuery: AnacldnbrQueryInput;
  anacldnbrSet: AnacldnbrSetInput;
  anaclrnbrDelete: AnaclrnbrDeleteInput;
  anaclrnbrList: AnaclrnbrListInput;
  anaclrnbrQuery: AnaclrnbrQueryInput;
  anaclrnbrSet: AnaclrnbrSetInput;
  extlineDelete: ExtlineDeleteInput;
  extlineList: ExtlineListInput;
  extlineQuery: ExtlineQueryInput;
  extlineSet: ExtlineSetInput;
  hgdectDelete: HgdectDeleteInput;
  hgdectList: HgdectListInput;
  hgdectQuery: HgdectQueryInput;
  hgdectSet: HgdectSetInput;
  hginfoDelete: HginfoDeleteInput;
  hginfoList: HginfoListInput;
  hginfoQuery: HginfoQueryInput;
  hginfoSet: HginfoSetInput;
  hgoperDelete: HgoperDeleteInput;
  hgoperList: HgoperListInput;
  hgoperSet: HgoperSetInput;
  localuserDelete: LocaluserDeleteInput;
  localuserList: LocaluserListInput;
  localuserQuery: LocaluserQueryInput;
  localuserSet: LocaluserSetInput;
  natranDelete: NatranDeleteInput;
  natranList: NatranListInput;
  natranQuery: NatranQueryInput;
  natranSet: NatranSetInput;
  peerserverDelete: PeerserverDeleteInput;
  peerserverList: PeerserverListInput;
  peerserverQuery: PeerserverQueryInput;
  peerserverSet: PeerserverSetInput;
  refinecldnbrDelete: RefinecldnbrDeleteInput;
  refinecldnbrList: RefinecldnbrListInput;
  refinecldnbrQuery: RefinecldnbrQueryInput;
  refinecldnbrSet: RefinecldnbrSetInput;
  refineclrnbrDelete: RefineclrnbrDeleteInput;
  refineclrnbrList: RefineclrnbrListInput;
  refineclrnbrQuery: RefineclrnbrQueryInput;
  refineclrnbrSet: RefineclrnbrSetInput;
  routeAdd: RouteAddInput;
  routeDelete: RouteDeleteInput;
  routeList: RouteListInput;
  routegroupDelete: RoutegroupDeleteInput;
  routegroupList: RoutegroupListInput;
  routegroupQuery: RoutegroupQueryInput;
  routegroupSet: RoutegroupSetInput;
  sessionRelease: SessionReleaseInput;
  speeddialDelete: SpeeddialDeleteInput;
  speeddialList: SpeeddialListInput;
  speeddialQuery: SpeeddialQueryInput;
  speeddialSet: SpeeddialSetInput;
  sysinfoQuery: SysinfoQueryInput;
  sysinfoUpdate: SysinfoUpdateInput;
  versionQuery: VersionQueryInput;
}

/** Every operation's result, keyed by operationId (the handler name). */
export interface MinisipResultByOperation {
  anacldnbrDelete: AnacldnbrDeleteResult;
  anacldnbrList: AnacldnbrListResult;
  anacldnbrQuery: AnacldnbrQueryResult;
  anacldnbrSet: AnacldnbrSetResult;
  anaclrnbrDelete: AnaclrnbrDeleteResult;
  anaclrnbrList: AnaclrnbrListResult;
  anaclrnbrQuery: AnaclrnbrQueryResult;
  anaclrnbrSet: AnaclrnbrSetResult;
  extlineDelete: ExtlineDeleteResult;
  extlineList: ExtlineListResult;
  extlineQuery: ExtlineQueryResult;
  extlineSet: ExtlineSetResult;
  hgdectDelete: HgdectDeleteResult;
  hgdectList: HgdectListResult;
  hgdectQuery: HgdectQueryResult;
  hgdectSet: HgdectSetResult;
  hginfoDelete: HginfoDeleteResult;
  hginfoList: HginfoListResult;
  hginfoQuery: HginfoQueryResult;
  hginfoSet: HginfoSetResult;
  hgoperDelete: HgoperDeleteResult;
  hgoperList: HgoperListResult;
  hgoperSet: HgoperSetResult;
  localuserDelete: LocaluserDeleteResult;
  localuserList: LocaluserListResult;
  localuserQuery: LocaluserQueryResult;
  localuserSet: LocaluserSetResult;
  natranDelete: NatranDeleteResult;
  natranList: NatranListResult;
  natranQuery: NatranQueryResult;
  natranSet: NatranSetResult;
  peerserverDelete: PeerserverDeleteResult;
  peerserverList: PeerserverListResult;
  peerserverQuery: PeerserverQueryResult;
  peerserverSet: PeerserverSetResult;
  refinecldnbrDelete: RefinecldnbrDeleteResult;
  refinecldnbrList: RefinecldnbrListResult;
  refinecldnbrQuery: RefinecldnbrQueryResult;
  refinecldnbrSet: RefinecldnbrSetResult;
  refineclrnbrDelete: RefineclrnbrDeleteResult;
  refineclrnbrList: RefineclrnbrListResult;
  refineclrnbrQuery: RefineclrnbrQueryResult;
  refineclrnbrSet: RefineclrnbrSetResult;
  routeAdd: RouteAddResult;
  routeDelete: RouteDeleteResult;
  routeList: RouteListResult;
  routegroupDelete: RoutegroupDeleteResult;
  routegroupList: RoutegroupListResult;
  routegroupQuery: RoutegroupQueryResult;
  routegroupSet: RoutegroupSetResult;
  sessionRelease: SessionReleaseResult;
  speeddialDelete: SpeeddialDeleteResult;
  speeddialList: SpeeddialListResult;
  speeddialQuery: SpeeddialQueryResult;
  speeddialSet: SpeeddialSetResult;
  sysinfoQuery: SysinfoQueryResult;
  sysinfoUpdate: SysinfoUpdateResult;
  versionQuery: VersionQueryResult;
}

/**
 * The numbered parameter families of each operation (fieldname0..fieldname99): OpenAPI cannot list them as parameters.
 */
export interface MinisipIndexedParamsByOperation {
  anacldnbrDelete: never;
  anacldnbrList: never;
  anacldnbrQuery: never;
  anacldnbrSet: never;
  anaclrnbrDelete: never;
  anaclrnbrList: never;
  anaclrnbrQuery: never;
  anaclrnbrSet: never;
  extlineDelete: never;
  extlineList: never;
  extlineQuery: never;
  extlineSet: never;
  hgdectDelete: never;
  hgdectList: never;
  hgdectQuery: never;
  hgdectSet: never;
  hginfoDelete: never;
  hginfoList: never;
  hginfoQuery: never;
  hginfoSet: never;
  hgoperDelete: never;
  hgoperList: never;
  hgoperSet: never;
  localuserDelete: never;
  localuserList: never;
  localuserQuery: never;
  localuserSet: never;
  natranDelete: never;
  natranList: never;
  natranQuery: never;
  natranSet: never;
  peerserverDelete: never;
  peerserverList: never;
  peerserverQuery: never;
  peerserverSet: never;
  refinecldnbrDelete: never;
  refinecldnbrList: never;
  refinecldnbrQuery: never;
  refinecldnbrSet: never;
  refineclrnbrDelete: never;
  refineclrnbrList: never;
  refineclrnbrQuery: never;
  refineclrnbrSet: never;
  routeAdd: never;
  routeDelete: never;
  routeList: never;
  routegroupDelete: never;
  routegroupList: never;
  routegroupQuery: never;
  routegroupSet: never;
  sessionRelease: never;
  speeddialDelete: never;
  speeddialList: never;
  speeddialQuery: never;
  speeddialSet: never;
  sysinfoQuery: never;
  sysinfoUpdate: never;
  versionQuery: never;
}

/**
 * The implemented operations (status: implemented). src/ declares its handlers with `satisfies`, so a missing or
 * mistyped one fails the build.
 */
export interface MinisipHandlers<Ctx> {
  /** anacldnbr/delete: Delete an analyze-called-number record. */
  anacldnbrDelete: (params: AnacldnbrDeleteParams, ctx: Ctx) => HandlerResult<AnacldnbrDeleteResult>;
  /** anacldnbr/list: List summary of analyze-called-number records, 20 a page. */
  anacldnbrList: (params: AnacldnbrListParams, ctx: Ctx) => HandlerResult<AnacldnbrListResult>;
  /** anacldnbr/query: Query details of one analyze-called-number record. */
  anacldnbrQuery: (params: AnacldnbrQueryParams, ctx: Ctx) => HandlerResult<AnacldnbrQueryResult>;
  /**
   * anacldnbr/set: Add or update an analyze-called-number record (upsert by dialPlan and calledNbr; fields not sent
   * keep their value).
   */
  anacldnbrSet: (params: AnacldnbrSetParams, ctx: Ctx) => HandlerResult<AnacldnbrSetResult>;
  /** anaclrnbr/delete: Delete an analyze-caller-number record. */
  anaclrnbrDelete: (params: AnaclrnbrDeleteParams, ctx: Ctx) => HandlerResult<AnaclrnbrDeleteResult>;
  /** anaclrnbr/list: List summary of analyze-caller-number records, 20 a page. */
  anaclrnbrList: (params: AnaclrnbrListParams, ctx: Ctx) => HandlerResult<AnaclrnbrListResult>;
  /** anaclrnbr/query: Query details of one analyze-caller-number record. */
  anaclrnbrQuery: (params: AnaclrnbrQueryParams, ctx: Ctx) => HandlerResult<AnaclrnbrQueryResult>;
  /** anaclrnbr/set: Add or update an analyze-caller-number record (upsert by callerNbr; every field required). */
  anaclrnbrSet: (params: AnaclrnbrSetParams, ctx: Ctx) => HandlerResult<AnaclrnbrSetResult>;
  /** extline/delete: Delete an external line. */
  extlineDelete: (params: ExtlineDeleteParams, ctx: Ctx) => HandlerResult<ExtlineDeleteResult>;
  /** extline/list: List summary of external lines, 20 a page. */
  extlineList: (params: ExtlineListParams, ctx: Ctx) => HandlerResult<ExtlineListResult>;
  /** extline/query: Query details of one external line. */
  extlineQuery: (params: ExtlineQueryParams, ctx: Ctx) => HandlerResult<ExtlineQueryResult>;
  /** extline/set: Add or update an external line (upsert by extLine; fields not sent keep their value). */
  extlineSet: (params: ExtlineSetParams, ctx: Ctx) => HandlerResult<ExtlineSetResult>;
  /** hgdect/delete: Delete a hunting-group detection record. */
  hgdectDelete: (params: HgdectDeleteParams, ctx: Ctx) => HandlerResult<HgdectDeleteResult>;
  /** hgdect/list: List summary of hunting-group detection records, 20 a page. */
  hgdectList: (params: HgdectListParams, ctx: Ctx) => HandlerResult<HgdectListResult>;
  /** hgdect/query: Query details of one hunting-group detection record. */
  hgdectQuery: (params: HgdectQueryParams, ctx: Ctx) => HandlerResult<HgdectQueryResult>;
  /**
   * hgdect/set: Add or update a hunting-group detection record (upsert by dialPlan and calledNbr; every field
   * required).
   */
  hgdectSet: (params: HgdectSetParams, ctx: Ctx) => HandlerResult<HgdectSetResult>;
  /** hginfo/delete: Delete a hunting group. */
  hginfoDelete: (params: HginfoDeleteParams, ctx: Ctx) => HandlerResult<HginfoDeleteResult>;
  /** hginfo/list: List summary of hunting groups, 20 a page. */
  hginfoList: (params: HginfoListParams, ctx: Ctx) => HandlerResult<HginfoListResult>;
  /** hginfo/query: Query details of one hunting group. */
  hginfoQuery: (params: HginfoQueryParams, ctx: Ctx) => HandlerResult<HginfoQueryResult>;
  /**
   * hginfo/set: Add or update a hunting group (upsert by grpID; strategy is required, other fields not sent keep their
   * value).
   */
  hginfoSet: (params: HginfoSetParams, ctx: Ctx) => HandlerResult<HginfoSetResult>;
  /** hgoper/delete: Delete a hunting-group operator record. */
  hgoperDelete: (params: HgoperDeleteParams, ctx: Ctx) => HandlerResult<HgoperDeleteResult>;
  /** hgoper/list: List summary of hunting-group operators, 20 a page. */
  hgoperList: (params: HgoperListParams, ctx: Ctx) => HandlerResult<HgoperListResult>;
  /** hgoper/set: Add or update a hunting-group operator record (upsert by oper; every field required). */
  hgoperSet: (params: HgoperSetParams, ctx: Ctx) => HandlerResult<HgoperSetResult>;
  /** localuser/delete: Delete a local user. */
  localuserDelete: (params: LocaluserDeleteParams, ctx: Ctx) => HandlerResult<LocaluserDeleteResult>;
  /** localuser/list: List summary of local users, 20 a page. */
  localuserList: (params: LocaluserListParams, ctx: Ctx) => HandlerResult<LocaluserListResult>;
  /** localuser/query: Query details of one local user. */
  localuserQuery: (params: LocaluserQueryParams, ctx: Ctx) => HandlerResult<LocaluserQueryResult>;
  /** localuser/set: Add or update a local user (upsert by usrname; fields not sent keep their value). */
  localuserSet: (params: LocaluserSetParams, ctx: Ctx) => HandlerResult<LocaluserSetResult>;
  /** natran/delete: Delete a transition record. */
  natranDelete: (params: NatranDeleteParams, ctx: Ctx) => HandlerResult<NatranDeleteResult>;
  /** natran/list: List summary of transition records, 20 a page. */
  natranList: (params: NatranListParams, ctx: Ctx) => HandlerResult<NatranListResult>;
  /** natran/query: Query details of one transition record. */
  natranQuery: (params: NatranQueryParams, ctx: Ctx) => HandlerResult<NatranQueryResult>;
  /** natran/set: Add or update a transition record (upsert by tranID; every field required). */
  natranSet: (params: NatranSetParams, ctx: Ctx) => HandlerResult<NatranSetResult>;
  /** peerserver/delete: Delete a SIP trunk. */
  peerserverDelete: (params: PeerserverDeleteParams, ctx: Ctx) => HandlerResult<PeerserverDeleteResult>;
  /** peerserver/list: List summary of SIP trunks, 20 a page. */
  peerserverList: (params: PeerserverListParams, ctx: Ctx) => HandlerResult<PeerserverListResult>;
  /** peerserver/query: Query details of one SIP trunk. */
  peerserverQuery: (params: PeerserverQueryParams, ctx: Ctx) => HandlerResult<PeerserverQueryResult>;
  /** peerserver/set: Add or update a SIP trunk (upsert by servID; fields not sent keep their value). */
  peerserverSet: (params: PeerserverSetParams, ctx: Ctx) => HandlerResult<PeerserverSetResult>;
  /** refinecldnbr/delete: Delete a refine-called-number record. */
  refinecldnbrDelete: (params: RefinecldnbrDeleteParams, ctx: Ctx) => HandlerResult<RefinecldnbrDeleteResult>;
  /** refinecldnbr/list: List summary of refine-called-number records, 20 a page. */
  refinecldnbrList: (params: RefinecldnbrListParams, ctx: Ctx) => HandlerResult<RefinecldnbrListResult>;
  /** refinecldnbr/query: Query details of one refine-called-number record. */
  refinecldnbrQuery: (params: RefinecldnbrQueryParams, ctx: Ctx) => HandlerResult<RefinecldnbrQueryResult>;
  /**
   * refinecldnbr/set: Add or update a refine-called-number record (upsert by groupID and calledPrefix; every field
   * required).
   */
  refinecldnbrSet: (params: RefinecldnbrSetParams, ctx: Ctx) => HandlerResult<RefinecldnbrSetResult>;
  /** refineclrnbr/delete: Delete a refine-caller-number record. */
  refineclrnbrDelete: (params: RefineclrnbrDeleteParams, ctx: Ctx) => HandlerResult<RefineclrnbrDeleteResult>;
  /** refineclrnbr/list: List summary of refine-caller-number records, 20 a page. */
  refineclrnbrList: (params: RefineclrnbrListParams, ctx: Ctx) => HandlerResult<RefineclrnbrListResult>;
  /** refineclrnbr/query: Query details of one refine-caller-number record. */
  refineclrnbrQuery: (params: RefineclrnbrQueryParams, ctx: Ctx) => HandlerResult<RefineclrnbrQueryResult>;
  /**
   * refineclrnbr/set: Add or update a refine-caller-number record (upsert by grpID and callerNbr; every field
   * required).
   */
  refineclrnbrSet: (params: RefineclrnbrSetParams, ctx: Ctx) => HandlerResult<RefineclrnbrSetResult>;
  /** route/add: Add an external line or SIP trunk to a routing group. */
  routeAdd: (params: RouteAddParams, ctx: Ctx) => HandlerResult<RouteAddResult>;
  /** route/delete: Remove an external line or SIP trunk from a routing group. */
  routeDelete: (params: RouteDeleteParams, ctx: Ctx) => HandlerResult<RouteDeleteResult>;
  /** route/list: List summary of routing-group members, 20 a page. */
  routeList: (params: RouteListParams, ctx: Ctx) => HandlerResult<RouteListResult>;
  /** routegroup/delete: Delete a routing group. */
  routegroupDelete: (params: RoutegroupDeleteParams, ctx: Ctx) => HandlerResult<RoutegroupDeleteResult>;
  /** routegroup/list: List summary of routing groups, 20 a page. */
  routegroupList: (params: RoutegroupListParams, ctx: Ctx) => HandlerResult<RoutegroupListResult>;
  /** routegroup/query: Query details of one routing group. */
  routegroupQuery: (params: RoutegroupQueryParams, ctx: Ctx) => HandlerResult<RoutegroupQueryResult>;
  /** routegroup/set: Add or update a routing group (upsert by groupID; fields not sent keep their value). */
  routegroupSet: (params: RoutegroupSetParams, ctx: Ctx) => HandlerResult<RoutegroupSetResult>;
  /** session/release: Drop the call in progress of a local user number or outside number. */
  sessionRelease: (params: SessionReleaseParams, ctx: Ctx) => HandlerResult<SessionReleaseResult>;
  /** speeddial/delete: Delete a speed-dial record. */
  speeddialDelete: (params: SpeeddialDeleteParams, ctx: Ctx) => HandlerResult<SpeeddialDeleteResult>;
  /** speeddial/list: List summary of speed-dial records, 20 a page. */
  speeddialList: (params: SpeeddialListParams, ctx: Ctx) => HandlerResult<SpeeddialListResult>;
  /** speeddial/query: Query details of one speed-dial record. */
  speeddialQuery: (params: SpeeddialQueryParams, ctx: Ctx) => HandlerResult<SpeeddialQueryResult>;
  /**
   * speeddial/set: Add or update a speed-dial record (upsert by callerNbr and dialedNbr; fields not sent keep their
   * value).
   */
  speeddialSet: (params: SpeeddialSetParams, ctx: Ctx) => HandlerResult<SpeeddialSetResult>;
  /** sysinfo/query: Query the system information. */
  sysinfoQuery: (params: SysinfoQueryParams, ctx: Ctx) => HandlerResult<SysinfoQueryResult>;
  /** sysinfo/update: Update the system information fields sent; fields not sent keep their value. */
  sysinfoUpdate: (params: SysinfoUpdateParams, ctx: Ctx) => HandlerResult<SysinfoUpdateResult>;
  /** version/query: Answer the server's version information. */
  versionQuery: (params: VersionQueryParams, ctx: Ctx) => HandlerResult<VersionQueryResult>;
}
