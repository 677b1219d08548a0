// generated from spec/ — do not edit; run `make generate`
import {
  done,
  read,
  asBoolean,
  asDatetime,
  asDecimal,
  asEnum,
  asInteger,
  asList,
  asPhone,
  asString,
  readIndexed,
} from '../../src/protocol/coerce.ts';
import type { ParamIssue, RawParams, Validated } from '../../src/protocol/coerce.ts';
import type {
  AddcallbacknumberParams,
  AddcreditParams,
  AddserverParams,
  AdduserParams,
  ApireloadParams,
  ApitestParams,
  AsendemailParams,
  AsendsmsParams,
  AsendsmssyncParams,
  AtParams,
  BackupParams,
  BackupdbParams,
  BalanceParams,
  BannedlistParams,
  CalcnccacheParams,
  CallParams,
  CallbackParams,
  CallbackaccessnumberParams,
  CallforwardParams,
  CallratingParams,
  CapcheckParams,
  CcchargeParams,
  CdrParams,
  ChangepwdParams,
  ChargeParams,
  CheckcreditsParams,
  CheckmailsParams,
  CheckpinsParams,
  CheckscannerParams,
  ClearnccacheParams,
  CliParams,
  ClientParams,
  CloseParams,
  CmdParams,
  CreatecdrinfoParams,
  DailymaintParams,
  DailyreportParams,
  DbParams,
  DbbackupParams,
  DbfailoverParams,
  DbresetParams,
  DbrestoreParams,
  DbrsttgsParams,
  DelbannedParams,
  DelobjParams,
  DeluserParams,
  DeviceidParams,
  DiscallParams,
  EndpointsParams,
  EpregParams,
  FastregusersParams,
  FastusersParams,
  FileParams,
  FinetuneParams,
  ForgotpasswordanswerParams,
  ForgotpasswordquestionParams,
  FsParams,
  FtpstParams,
  GencdrParams,
  GetconfroomParams,
  GetdetailsParams,
  GetfieldParams,
  GetfileParams,
  GetiniParams,
  GetphonenumberParams,
  GkParams,
  GwrstParams,
  HeartbeatParams,
  HelpParams,
  HourlymaintParams,
  InfoParams,
  JppgetParams,
  KeepaliveParams,
  ListsParams,
  ListusersParams,
  LoadinifilesParams,
  LockphonenumberParams,
  LocksParams,
  LogParams,
  LoginParams,
  LogrenameParams,
  LogsearchParams,
  MantresetParams,
  MonthlymaintParams,
  NewuserParams,
  NewusereventParams,
  NewuseriParams,
  NewuserseventParams,
  NewuseruParams,
  NormalizechkParams,
  P2pParams,
  ParsegsmcdrParams,
  PcrstParams,
  PgetfileParams,
  PputfileParams,
  PreauthParams,
  PredectivetParams,
  PresenceGetParams,
  PresenceSetParams,
  PutfileParams,
  QuerylistParams,
  QuickstatParams,
  RatingParams,
  RebillParams,
  RegstatParams,
  ReguserParams,
  ReindexncacheParams,
  ReloadParams,
  ReloadapikeysParams,
  ReloaddialplanParams,
  ReloadnumdircacheParams,
  ReportsParams,
  ResetpParams,
  RestartParams,
  RoutingtestParams,
  RulesreloadParams,
  SaveinifilesParams,
  SavesettingsParams,
  SearchParams,
  SendamsgParams,
  SendccinfoParams,
  SendfaxParams,
  SendimParams,
  SendmailParams,
  SendsmsParams,
  SendsmssyncParams,
  SendsmsunicodeParams,
  SendsmsunicodesyncParams,
  ServicerstParams,
  SetfastregpwdParams,
  SetfieldParams,
  SetiniParams,
  SetipParams,
  ShortinfoParams,
  ShowcfgParams,
  ShowlogParams,
  SipresetParams,
  SmsParams,
  SmsreceiveParams,
  StatusParams,
  StopscannerParams,
  SyncmediaParams,
  SyncusersParams,
  TbackupParams,
  ThreadlistParams,
  ThreadsParams,
  Threads2Params,
  TimezonesetParams,
  ToclientParams,
  ToipParams,
  TowgwParams,
  TransfercreditParams,
  TunnelinfoParams,
  TunnelinfoexParams,
  TunnellistParams,
  UnittestParams,
  UnregParams,
  UpdcdrdirParams,
  UpgradeallParams,
  VerifyuserParams,
  VersionParams,
  VoicehereParams,
  Voicehere2Params,
  VoicerecdownloadParams,
  VsiprstParams,
  WebrstParams,
  WeeklymaintParams,
  WillstopParams,
  WsuserParams,
} from './types.ts';

const addcallbacknumber_anum_names = ["anum", "phone1", "from"] as const;
const addcallbacknumber_anum_coerce = asPhone();
/** addcallbacknumber: 1 parameter(s). */
export function validateAddcallbacknumber(raw: RawParams): Validated<AddcallbacknumberParams> {
  const issues: ParamIssue[] = [];
  const params = {
    anum: read(raw, addcallbacknumber_anum_names, "anum", false, addcallbacknumber_anum_coerce, issues),
  } as AddcallbacknumberParams;
  return done(params, issues);
}

const addcredit_pin_names = ["pin", "param5"] as const;
const addcredit_pin_coerce = asString({ minLength: 1, maxLength: 64 });
const addcredit_credit_names = ["credit"] as const;
const addcredit_credit_coerce = asDecimal();
/** addcredit: 2 parameter(s). */
export function validateAddcredit(raw: RawParams): Validated<AddcreditParams> {
  const issues: ParamIssue[] = [];
  const params = {
    pin: read(raw, addcredit_pin_names, "pin", true, addcredit_pin_coerce, issues),
    credit: read(raw, addcredit_credit_names, "credit", true, addcredit_credit_coerce, issues),
  } as AddcreditParams;
  return done(params, issues);
}

const addserver_u_type_names = ["u_type", "param5"] as const;
const addserver_u_type_coerce = asEnum([0, 5, 9] as const);
const addserver_u_name_names = ["u_name", "param6"] as const;
const addserver_u_name_coerce = asString({ maxLength: 128 });
const addserver_u_username_names = ["u_username", "param7"] as const;
const addserver_u_username_coerce = asString({ maxLength: 64 });
const addserver_u_password_names = ["u_password", "param8"] as const;
const addserver_u_password_coerce = asString({ maxLength: 64 });
const addserver_u_domain_names = ["u_domain", "param9"] as const;
const addserver_u_domain_coerce = asString({
  maxLength: 253,
  pattern: /^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]{1,5})?$/u,
});
const addserver_u_ip_names = ["u_ip", "param10"] as const;
const addserver_u_ip_coerce = asString({ maxLength: 53, pattern: /^[0-9A-Fa-f.:\[\]]+$/u });
const addserver_u_port_names = ["u_port", "param11"] as const;
const addserver_u_port_coerce = asInteger({ min: 1, max: 65535 });
const addserver_u_proxy_names = ["u_proxy", "param12"] as const;
const addserver_u_proxy_coerce = asString({ maxLength: 253 });
const addserver_u_transport_names = ["u_transport", "param13"] as const;
const addserver_u_transport_coerce = asEnum(["udp", "tcp", "tls"] as const);
const addserver_u_auth_names = ["u_auth", "param14"] as const;
const addserver_u_auth_coerce = asInteger();
const addserver_u_email_names = ["u_email", "param15"] as const;
const addserver_u_email_coerce = asString({ maxLength: 254, pattern: /^[^@\s]+@[^@\s]+$/u });
const addserver_u_country_names = ["u_country", "param16"] as const;
const addserver_u_country_coerce = asString({ maxLength: 64 });
const addserver_u_currency_names = ["u_currency", "param17"] as const;
const addserver_u_currency_coerce = asString({ pattern: /^[A-Za-z]{3}$/u });
const addserver_u_credit_names = ["u_credit", "param18"] as const;
const addserver_u_credit_coerce = asDecimal();
const addserver_u_routing_names = ["u_routing", "param19"] as const;
const addserver_u_routing_coerce = asString({ maxLength: 128 });
const addserver_u_routingpriority_names = ["u_routingpriority", "param20"] as const;
const addserver_u_routingpriority_coerce = asInteger();
const addserver_fieldname_stem = "fieldname";
const addserver_fieldname_coerce = asString({ maxLength: 64, pattern: /^[A-Za-z_][A-Za-z0-9_]*$/u });
const addserver_fieldval_stem = "fieldval";
const addserver_fieldval_coerce = asString({ maxLength: 4096 });
/** addserver: 18 parameter(s). */
export function validateAddserver(raw: RawParams): Validated<AddserverParams> {
  const issues: ParamIssue[] = [];
  const params = {
    u_type: read(raw, addserver_u_type_names, "u_type", false, addserver_u_type_coerce, issues),
    u_name: read(raw, addserver_u_name_names, "u_name", false, addserver_u_name_coerce, issues),
    u_username: read(raw, addserver_u_username_names, "u_username", false, addserver_u_username_coerce, issues),
    u_password: read(raw, addserver_u_password_names, "u_password", false, addserver_u_password_coerce, issues),
    u_domain: read(raw, addserver_u_domain_names, "u_domain", false, addserver_u_domain_coerce, issues),
    u_ip: read(raw, addserver_u_ip_names, "u_ip", false, addserver_u_ip_coerce, issues),
    u_port: read(raw, addserver_u_port_names, "u_port", false, addserver_u_port_coerce, issues, 5060),
    u_proxy: read(raw, addserver_u_proxy_names, "u_proxy", false, addserver_u_proxy_coerce, issues),
    u_transport: read(
      raw,
      addserver_u_transport_names,
      "u_transport",
      false,
      addserver_u_transport_coerce,
      issues,
      "udp",
    ),
    u_auth: read(raw, addserver_u_auth_names, "u_auth", false, addserver_u_auth_coerce, issues, 1),
    u_email: read(raw, addserver_u_email_names, "u_email", false, addserver_u_email_coerce, issues),
    u_country: read(raw, addserver_u_country_names, "u_country", false, addserver_u_country_coerce, issues),
    u_currency: read(raw, addserver_u_currency_names, "u_currency", false, addserver_u_currency_coerce, issues),
    u_credit: read(raw, addserver_u_credit_names, "u_credit", false, addserver_u_credit_coerce, issues),
    u_routing: read(raw, addserver_u_routing_names, "u_routing", false, addserver_u_routing_coerce, issues),
    u_routingpriority: read(
      raw,
      addserver_u_routingpriority_names,
      "u_routingpriority",
      false,
      addserver_u_routingpriority_coerce,
      issues,
    ),
    fieldname: readIndexed(raw, addserver_fieldname_stem, 0, 99, "fieldname", addserver_fieldname_coerce, issues),
    fieldval: readIndexed(raw, addserver_fieldval_stem, 0, 99, "fieldval", addserver_fieldval_coerce, issues),
  } as AddserverParams;
  return done(params, issues);
}

const adduser_u_username_names = ["u_username"] as const;
const adduser_u_username_coerce = asString({ minLength: 1, maxLength: 64 });
const adduser_u_password_names = ["u_password"] as const;
const adduser_u_password_coerce = asString({ minLength: 1, maxLength: 64 });
const adduser_u_name_names = ["u_name"] as const;
const adduser_u_name_coerce = asString({ maxLength: 128 });
const adduser_u_email_names = ["u_email"] as const;
const adduser_u_email_coerce = asString({ maxLength: 254, pattern: /^[^@\s]+@[^@\s]+$/u });
const adduser_credit_names = ["credit"] as const;
const adduser_credit_coerce = asDecimal({ min: 0 });
/** adduser: 5 parameter(s). */
export function validateAdduser(raw: RawParams): Validated<AdduserParams> {
  const issues: ParamIssue[] = [];
  const params = {
    u_username: read(raw, adduser_u_username_names, "u_username", true, adduser_u_username_coerce, issues),
    u_password: read(raw, adduser_u_password_names, "u_password", true, adduser_u_password_coerce, issues),
    u_name: read(raw, adduser_u_name_names, "u_name", false, adduser_u_name_coerce, issues),
    u_email: read(raw, adduser_u_email_names, "u_email", false, adduser_u_email_coerce, issues),
    credit: read(raw, adduser_credit_names, "credit", false, adduser_credit_coerce, issues),
  } as AdduserParams;
  return done(params, issues);
}

/** apireload: 0 parameter(s). */
export function validateApireload(raw: RawParams): Validated<ApireloadParams> {
  const issues: ParamIssue[] = [];
  const params: ApireloadParams = {};
  return done(params, issues);
}

/** apitest: 0 parameter(s). */
export function validateApitest(raw: RawParams): Validated<ApitestParams> {
  const issues: ParamIssue[] = [];
  const params: ApitestParams = {};
  return done(params, issues);
}

const asendemail_from_names = ["from", "anum", "phone1", "param5"] as const;
const asendemail_from_coerce = asString({ maxLength: 254, pattern: /^([^@\s]+@[^@\s]+)?$/u });
const asendemail_to_names = ["to", "bnum", "phone2", "param6"] as const;
const asendemail_to_coerce = asString({ maxLength: 254, pattern: /^[^@\s]+@[^@\s]+$/u });
const asendemail_subject_names = ["subject", "param7"] as const;
const asendemail_subject_coerce = asString({ maxLength: 255 });
const asendemail_txt_names = ["txt", "message", "param8"] as const;
const asendemail_txt_coerce = asString({ maxLength: 4096 });
/** asendemail: 4 parameter(s). */
export function validateAsendemail(raw: RawParams): Validated<AsendemailParams> {
  const issues: ParamIssue[] = [];
  const params = {
    from: read(raw, asendemail_from_names, "from", false, asendemail_from_coerce, issues),
    to: read(raw, asendemail_to_names, "to", true, asendemail_to_coerce, issues),
    subject: read(raw, asendemail_subject_names, "subject", false, asendemail_subject_coerce, issues),
    txt: read(raw, asendemail_txt_names, "txt", true, asendemail_txt_coerce, issues),
  } as AsendemailParams;
  return done(params, issues);
}

const asendsms_anum_names = ["anum", "phone1", "from", "param5"] as const;
const asendsms_anum_coerce = asString({ pattern: /^(\+?[0-9*#]{1,20}|[A-Za-z0-9 ._-]{1,11})$/u });
const asendsms_bnum_names = ["bnum", "phone2", "to", "telnumber", "param6"] as const;
const asendsms_bnum_coerce = asPhone();
const asendsms_txt_names = ["txt", "message", "param7"] as const;
const asendsms_txt_coerce = asString({ maxLength: 4096 });
/** asendsms: 3 parameter(s). */
export function validateAsendsms(raw: RawParams): Validated<AsendsmsParams> {
  const issues: ParamIssue[] = [];
  const params = {
    anum: read(raw, asendsms_anum_names, "anum", false, asendsms_anum_coerce, issues),
    bnum: read(raw, asendsms_bnum_names, "bnum", true, asendsms_bnum_coerce, issues),
    txt: read(raw, asendsms_txt_names, "txt", true, asendsms_txt_coerce, issues),
  } as AsendsmsParams;
  return done(params, issues);
}

const asendsmssync_anum_names = ["anum", "phone1", "from", "param5"] as const;
const asendsmssync_anum_coerce = asString({ pattern: /^(\+?[0-9*#]{1,20}|[A-Za-z0-9 ._-]{1,11})$/u });
const asendsmssync_bnum_names = ["bnum", "phone2", "to", "param6"] as const;
const asendsmssync_bnum_coerce = asPhone();
const asendsmssync_txt_names = ["txt", "message", "param7"] as const;
const asendsmssync_txt_coerce = asString({ maxLength: 4096 });
/** asendsmssync: 3 parameter(s). */
export function validateAsendsmssync(raw: RawParams): Validated<AsendsmssyncParams> {
  const issues: ParamIssue[] = [];
  const params = {
    anum: read(raw, asendsmssync_anum_names, "anum", false, asendsmssync_anum_coerce, issues),
    bnum: read(raw, asendsmssync_bnum_names, "bnum", true, asendsmssync_bnum_coerce, issues),
    txt: read(raw, asendsmssync_txt_names, "txt", true, asendsmssync_txt_coerce, issues),
  } as AsendsmssyncParams;
  return done(params, issues);
}

const at_gwname_names = ["gwname", "param5"] as const;
const at_gwname_coerce = asString({ maxLength: 64 });
const at_line_names = ["line", "param6"] as const;
const at_line_coerce = asInteger({ min: 0 });
const at_ATcommand_names = ["atcommand", "param7"] as const;
const at_ATcommand_coerce = asString({ maxLength: 512 });
/** at: 3 parameter(s). */
export function validateAt(raw: RawParams): Validated<AtParams> {
  const issues: ParamIssue[] = [];
  const params = {
    gwname: read(raw, at_gwname_names, "gwname", true, at_gwname_coerce, issues),
    line: read(raw, at_line_names, "line", true, at_line_coerce, issues),
    ATcommand: read(raw, at_ATcommand_names, "ATcommand", true, at_ATcommand_coerce, issues),
  } as AtParams;
  return done(params, issues);
}

/** backup: 0 parameter(s). */
export function validateBackup(raw: RawParams): Validated<BackupParams> {
  const issues: ParamIssue[] = [];
  const params: BackupParams = {};
  return done(params, issues);
}

/** backupdb: 0 parameter(s). */
export function validateBackupdb(raw: RawParams): Validated<BackupdbParams> {
  const issues: ParamIssue[] = [];
  const params: BackupdbParams = {};
  return done(params, issues);
}

/** balance: 0 parameter(s). */
export function validateBalance(raw: RawParams): Validated<BalanceParams> {
  const issues: ParamIssue[] = [];
  const params: BalanceParams = {};
  return done(params, issues);
}

/** bannedlist: 0 parameter(s). */
export function validateBannedlist(raw: RawParams): Validated<BannedlistParams> {
  const issues: ParamIssue[] = [];
  const params: BannedlistParams = {};
  return done(params, issues);
}

/** calcnccache: 0 parameter(s). */
export function validateCalcnccache(raw: RawParams): Validated<CalcnccacheParams> {
  const issues: ParamIssue[] = [];
  const params: CalcnccacheParams = {};
  return done(params, issues);
}

const call_origsimid_names = ["origsimid", "param5"] as const;
const call_origsimid_coerce = asInteger({ min: 0 });
const call_telnum_names = ["telnum", "param6"] as const;
const call_telnum_coerce = asPhone();
const call_duration_names = ["duration", "param7"] as const;
const call_duration_coerce = asInteger({ min: 1 });
/** call: 3 parameter(s). */
export function validateCall(raw: RawParams): Validated<CallParams> {
  const issues: ParamIssue[] = [];
  const params = {
    origsimid: read(raw, call_origsimid_names, "origsimid", true, call_origsimid_coerce, issues),
    telnum: read(raw, call_telnum_names, "telnum", true, call_telnum_coerce, issues),
    duration: read(raw, call_duration_names, "duration", false, call_duration_coerce, issues),
  } as CallParams;
  return done(params, issues);
}

const callback_num_names = ["num", "anum", "phone1", "from", "param5"] as const;
const callback_num_coerce = asPhone({ maxLength: 32 });
const callback_ivr_names = ["ivr"] as const;
const callback_ivr_coerce = asInteger({ min: -1 });
/** callback: 2 parameter(s). */
export function validateCallback(raw: RawParams): Validated<CallbackParams> {
  const issues: ParamIssue[] = [];
  const params = {
    num: read(raw, callback_num_names, "num", true, callback_num_coerce, issues),
    ivr: read(raw, callback_ivr_names, "ivr", false, callback_ivr_coerce, issues),
  } as CallbackParams;
  return done(params, issues);
}

/** callbackaccessnumber: 0 parameter(s). */
export function validateCallbackaccessnumber(raw: RawParams): Validated<CallbackaccessnumberParams> {
  const issues: ParamIssue[] = [];
  const params: CallbackaccessnumberParams = {};
  return done(params, issues);
}

const callforward_anum_names = ["anum", "phone1", "from", "param5"] as const;
const callforward_anum_coerce = asPhone();
const callforward_bnum_names = ["bnum", "phone2", "to", "param6"] as const;
const callforward_bnum_coerce = asPhone();
const callforward_cnum_names = ["cnum", "phone3", "param7"] as const;
const callforward_cnum_coerce = asPhone();
const callforward_callforwardonbusy_names = ["callforwardonbusy"] as const;
const callforward_callforwardonbusy_coerce = asString({ maxLength: 40, pattern: /^(null|\+?[0-9*#]*)$/u });
const callforward_callforwardonnoanswer_names = ["callforwardonnoanswer"] as const;
const callforward_callforwardonnoanswer_coerce = asString({ maxLength: 40, pattern: /^(null|\+?[0-9*#]*)$/u });
const callforward_callforwardalways_names = ["callforwardalways"] as const;
const callforward_callforwardalways_coerce = asString({ maxLength: 40, pattern: /^(null|\+?[0-9*#]*)$/u });
const callforward_callforwardonnoanswertimeout_names = ["callforwardonnoanswertimeout"] as const;
const callforward_callforwardonnoanswertimeout_coerce = asInteger({ min: 0, max: 600 });
/** callforward: 7 parameter(s). */
export function validateCallforward(raw: RawParams): Validated<CallforwardParams> {
  const issues: ParamIssue[] = [];
  const params = {
    anum: read(raw, callforward_anum_names, "anum", false, callforward_anum_coerce, issues),
    bnum: read(raw, callforward_bnum_names, "bnum", false, callforward_bnum_coerce, issues),
    cnum: read(raw, callforward_cnum_names, "cnum", false, callforward_cnum_coerce, issues),
    callforwardonbusy: read(
      raw,
      callforward_callforwardonbusy_names,
      "callforwardonbusy",
      false,
      callforward_callforwardonbusy_coerce,
      issues,
    ),
    callforwardonnoanswer: read(
      raw,
      callforward_callforwardonnoanswer_names,
      "callforwardonnoanswer",
      false,
      callforward_callforwardonnoanswer_coerce,
      issues,
    ),
    callforwardalways: read(
      raw,
      callforward_callforwardalways_names,
      "callforwardalways",
      false,
      callforward_callforwardalways_coerce,
      issues,
    ),
    callforwardonnoanswertimeout: read(
      raw,
      callforward_callforwardonnoanswertimeout_names,
      "callforwardonnoanswertimeout",
      false,
      callforward_callforwardonnoanswertimeout_coerce,
      issues,
    ),
  } as CallforwardParams;
  return done(params, issues);
}

const callrating_username_names = ["username", "param5"] as const;
const callrating_username_coerce = asString({ minLength: 1, maxLength: 64 });
const callrating_callid_names = ["callid", "param6"] as const;
const callrating_callid_coerce = asString({ minLength: 1, maxLength: 255 });
/** callrating: 2 parameter(s). */
export function validateCallrating(raw: RawParams): Validated<CallratingParams> {
  const issues: ParamIssue[] = [];
  const params = {
    username: read(raw, callrating_username_names, "username", false, callrating_username_coerce, issues),
    callid: read(raw, callrating_callid_names, "callid", true, callrating_callid_coerce, issues),
  } as CallratingParams;
  return done(params, issues);
}

const capcheck_direction_names = ["direction", "param5"] as const;
const capcheck_direction_coerce = asString({ maxLength: 64 });
/** capcheck: 1 parameter(s). */
export function validateCapcheck(raw: RawParams): Validated<CapcheckParams> {
  const issues: ParamIssue[] = [];
  const params = {
    direction: read(raw, capcheck_direction_names, "direction", true, capcheck_direction_coerce, issues),
  } as CapcheckParams;
  return done(params, issues);
}

const cccharge_cardnum_names = ["cardnum", "param5"] as const;
const cccharge_cardnum_coerce = asString({ pattern: /^[0-9]{12,19}$/u });
const cccharge_expireyear_names = ["expireyear", "param6"] as const;
const cccharge_expireyear_coerce = asInteger({ min: 0, max: 9999 });
const cccharge_expmonth_names = ["expmonth", "param7"] as const;
const cccharge_expmonth_coerce = asInteger({ min: 1, max: 12 });
const cccharge_ccv2_names = ["ccv2", "param8"] as const;
const cccharge_ccv2_coerce = asString({ pattern: /^[0-9]{3,4}$/u });
const cccharge_ammount_names = ["ammount", "amount", "param9"] as const;
const cccharge_ammount_coerce = asDecimal({ min: 0 });
/** cccharge: 5 parameter(s). */
export function validateCccharge(raw: RawParams): Validated<CcchargeParams> {
  const issues: ParamIssue[] = [];
  const params = {
    cardnum: read(raw, cccharge_cardnum_names, "cardnum", true, cccharge_cardnum_coerce, issues),
    expireyear: read(raw, cccharge_expireyear_names, "expireyear", true, cccharge_expireyear_coerce, issues),
    expmonth: read(raw, cccharge_expmonth_names, "expmonth", true, cccharge_expmonth_coerce, issues),
    ccv2: read(raw, cccharge_ccv2_names, "ccv2", true, cccharge_ccv2_coerce, issues),
    ammount: read(raw, cccharge_ammount_names, "ammount", true, cccharge_ammount_coerce, issues),
  } as CcchargeParams;
  return done(params, issues);
}

const cdr_caller_names = ["caller", "param5"] as const;
const cdr_caller_coerce = asString({ maxLength: 64 });
const cdr_called_names = ["called", "param6"] as const;
const cdr_called_coerce = asString({ maxLength: 64 });
const cdr_maxcount_names = ["maxcount", "param7"] as const;
const cdr_maxcount_coerce = asInteger({ min: 1, max: 100000 });
const cdr_days_names = ["days", "param8"] as const;
const cdr_days_coerce = asString({ pattern: /^(today|yesterday|lastweek|lastmonth|thismonth|[0-9]{1,4})$/u });
const cdr_dir_names = ["dir", "param9"] as const;
const cdr_dir_coerce = asEnum(["all", "in", "out"] as const);
const cdr_type_names = ["type", "param10"] as const;
const cdr_type_coerce = asEnum(["all", "connected", "notconnected"] as const);
const cdr_prefix_names = ["prefix", "param11"] as const;
const cdr_prefix_coerce = asPhone({ maxLength: 32 });
const cdr_fields_names = ["fields", "param12"] as const;
const cdr_fields_coerce = asEnum(["min", "normal", "all"] as const);
const cdr_summary_names = ["summary", "param13"] as const;
const cdr_summary_coerce = asBoolean();
const cdr_by_names = ["by", "param14"] as const;
const cdr_by_coerce = asEnum(["all", "day", "caller", "called"] as const);
const cdr_order_names = ["order", "param15"] as const;
const cdr_order_coerce = asEnum(["date", "caller", "called", "user"] as const);
/** cdr: 11 parameter(s). */
export function validateCdr(raw: RawParams): Validated<CdrParams> {
  const issues: ParamIssue[] = [];
  const params = {
    caller: read(raw, cdr_caller_names, "caller", false, cdr_caller_coerce, issues),
    called: read(raw, cdr_called_names, "called", false, cdr_called_coerce, issues),
    maxcount: read(raw, cdr_maxcount_names, "maxcount", false, cdr_maxcount_coerce, issues, 1000),
    days: read(raw, cdr_days_names, "days", false, cdr_days_coerce, issues),
    dir: read(raw, cdr_dir_names, "dir", false, cdr_dir_coerce, issues, "all"),
    type: read(raw, cdr_type_names, "type", false, cdr_type_coerce, issues, "all"),
    prefix: read(raw, cdr_prefix_names, "prefix", false, cdr_prefix_coerce, issues),
    fields: read(raw, cdr_fields_names, "fields", false, cdr_fields_coerce, issues, "normal"),
    summary: read(raw, cdr_summary_names, "summary", false, cdr_summary_coerce, issues, false),
    by: read(raw, cdr_by_names, "by", false, cdr_by_coerce, issues),
    order: read(raw, cdr_order_names, "order", false, cdr_order_coerce, issues, "date"),
  } as CdrParams;
  return done(params, issues);
}

const changepwd_newpassword_names = ["newpassword", "param5"] as const;
const changepwd_newpassword_coerce = asString({ minLength: 1, maxLength: 64 });
const changepwd_oldpassword_names = ["oldpassword", "param6"] as const;
const changepwd_oldpassword_coerce = asString({ minLength: 1, maxLength: 64 });
/** changepwd: 2 parameter(s). */
export function validateChangepwd(raw: RawParams): Validated<ChangepwdParams> {
  const issues: ParamIssue[] = [];
  const params = {
    newpassword: read(raw, changepwd_newpassword_names, "newpassword", true, changepwd_newpassword_coerce, issues),
    oldpassword: read(raw, changepwd_oldpassword_names, "oldpassword", true, changepwd_oldpassword_coerce, issues),
  } as ChangepwdParams;
  return done(params, issues);
}

const charge_pin_names = ["pin", "anum", "param5"] as const;
const charge_pin_coerce = asString({ minLength: 1, maxLength: 64 });
/** charge: 1 parameter(s). */
export function validateCharge(raw: RawParams): Validated<ChargeParams> {
  const issues: ParamIssue[] = [];
  const params = {
    pin: read(raw, charge_pin_names, "pin", true, charge_pin_coerce, issues),
  } as ChargeParams;
  return done(params, issues);
}

/** checkcredits: 0 parameter(s). */
export function validateCheckcredits(raw: RawParams): Validated<CheckcreditsParams> {
  const issues: ParamIssue[] = [];
  const params: CheckcreditsParams = {};
  return done(params, issues);
}

/** checkmails: 0 parameter(s). */
export function validateCheckmails(raw: RawParams): Validated<CheckmailsParams> {
  const issues: ParamIssue[] = [];
  const params: CheckmailsParams = {};
  return done(params, issues);
}

/** checkpins: 0 parameter(s). */
export function validateCheckpins(raw: RawParams): Validated<CheckpinsParams> {
  const issues: ParamIssue[] = [];
  const params: CheckpinsParams = {};
  return done(params, issues);
}

/** checkscanner: 0 parameter(s). */
export function validateCheckscanner(raw: RawParams): Validated<CheckscannerParams> {
  const issues: ParamIssue[] = [];
  const params: CheckscannerParams = {};
  return done(params, issues);
}

const clearnccache_operatorid_names = ["operatorid", "param5"] as const;
const clearnccache_operatorid_coerce = asInteger({ min: 1 });
/** clearnccache: 1 parameter(s). */
export function validateClearnccache(raw: RawParams): Validated<ClearnccacheParams> {
  const issues: ParamIssue[] = [];
  const params = {
    operatorid: read(raw, clearnccache_operatorid_names, "operatorid", false, clearnccache_operatorid_coerce, issues),
  } as ClearnccacheParams;
  return done(params, issues);
}

const cli_anum_names = ["anum", "phone1", "from"] as const;
const cli_anum_coerce = asPhone();
/** cli: 1 parameter(s). */
export function validateCli(raw: RawParams): Validated<CliParams> {
  const issues: ParamIssue[] = [];
  const params = {
    anum: read(raw, cli_anum_names, "anum", true, cli_anum_coerce, issues),
  } as CliParams;
  return done(params, issues);
}

/** client: 0 parameter(s). */
export function validateClient(raw: RawParams): Validated<ClientParams> {
  const issues: ParamIssue[] = [];
  const params: ClientParams = {};
  return done(params, issues);
}

/** close: 0 parameter(s). */
export function validateClose(raw: RawParams): Validated<CloseParams> {
  const issues: ParamIssue[] = [];
  const params: CloseParams = {};
  return done(params, issues);
}

/** cmd: 0 parameter(s). */
export function validateCmd(raw: RawParams): Validated<CmdParams> {
  const issues: ParamIssue[] = [];
  const params: CmdParams = {};
  return done(params, issues);
}

/** createcdrinfo: 0 parameter(s). */
export function validateCreatecdrinfo(raw: RawParams): Validated<CreatecdrinfoParams> {
  const issues: ParamIssue[] = [];
  const params: CreatecdrinfoParams = {};
  return done(params, issues);
}

/** dailymaint: 0 parameter(s). */
export function validateDailymaint(raw: RawParams): Validated<DailymaintParams> {
  const issues: ParamIssue[] = [];
  const params: DailymaintParams = {};
  return done(params, issues);
}

/** dailyreport: 0 parameter(s). */
export function validateDailyreport(raw: RawParams): Validated<DailyreportParams> {
  const issues: ParamIssue[] = [];
  const params: DailyreportParams = {};
  return done(params, issues);
}

const db_txt_names = ["txt", "message", "param5"] as const;
const db_txt_coerce = asString({ maxLength: 4096 });
/** db: 1 parameter(s). */
export function validateDb(raw: RawParams): Validated<DbParams> {
  const issues: ParamIssue[] = [];
  const params = {
    txt: read(raw, db_txt_names, "txt", true, db_txt_coerce, issues),
  } as DbParams;
  return done(params, issues);
}

const dbbackup_reserved_names = ["reserved", "reseverd", "param5"] as const;
const dbbackup_reserved_coerce = asString();
const dbbackup_path_names = ["path", "param6"] as const;
const dbbackup_path_coerce = asString({ maxLength: 1024 });
const dbbackup_ival_names = ["ival", "param7"] as const;
const dbbackup_ival_coerce = asInteger({ min: 0 });
const dbbackup_type_names = ["type", "param8"] as const;
const dbbackup_type_coerce = asString({ maxLength: 32 });
/** dbbackup: 4 parameter(s). */
export function validateDbbackup(raw: RawParams): Validated<DbbackupParams> {
  const issues: ParamIssue[] = [];
  const params = {
    reserved: read(raw, dbbackup_reserved_names, "reserved", false, dbbackup_reserved_coerce, issues),
    path: read(raw, dbbackup_path_names, "path", false, dbbackup_path_coerce, issues),
    ival: read(raw, dbbackup_ival_names, "ival", false, dbbackup_ival_coerce, issues),
    type: read(raw, dbbackup_type_names, "type", false, dbbackup_type_coerce, issues),
  } as DbbackupParams;
  return done(params, issues);
}

const dbfailover_reserved_names = ["reserved", "param5"] as const;
const dbfailover_reserved_coerce = asString();
const dbfailover_forcedbnum_names = ["forcedbnum", "param6"] as const;
const dbfailover_forcedbnum_coerce = asInteger({ min: 0 });
const dbfailover_checkonly_names = ["checkonly", "param7"] as const;
const dbfailover_checkonly_coerce = asBoolean();
const dbfailover_withrestore_names = ["withrestore", "param8"] as const;
const dbfailover_withrestore_coerce = asBoolean();
const dbfailover_needrestart_names = ["needrestart", "param9"] as const;
const dbfailover_needrestart_coerce = asBoolean();
/** dbfailover: 5 parameter(s). */
export function validateDbfailover(raw: RawParams): Validated<DbfailoverParams> {
  const issues: ParamIssue[] = [];
  const params = {
    reserved: read(raw, dbfailover_reserved_names, "reserved", false, dbfailover_reserved_coerce, issues),
    forcedbnum: read(raw, dbfailover_forcedbnum_names, "forcedbnum", false, dbfailover_forcedbnum_coerce, issues),
    checkonly: read(raw, dbfailover_checkonly_names, "checkonly", false, dbfailover_checkonly_coerce, issues, false),
    withrestore: read(
      raw,
      dbfailover_withrestore_names,
      "withrestore",
      false,
      dbfailover_withrestore_coerce,
      issues,
      false,
    ),
    needrestart: read(
      raw,
      dbfailover_needrestart_names,
      "needrestart",
      false,
      dbfailover_needrestart_coerce,
      issues,
      false,
    ),
  } as DbfailoverParams;
  return done(params, issues);
}

/** dbreset: 0 parameter(s). */
export function validateDbreset(raw: RawParams): Validated<DbresetParams> {
  const issues: ParamIssue[] = [];
  const params: DbresetParams = {};
  return done(params, issues);
}

const dbrestore_reserved_names = ["reserved", "param5"] as const;
const dbrestore_reserved_coerce = asString();
const dbrestore_path_names = ["path", "param6"] as const;
const dbrestore_path_coerce = asString({ maxLength: 1024 });
/** dbrestore: 2 parameter(s). */
export function validateDbrestore(raw: RawParams): Validated<DbrestoreParams> {
  const issues: ParamIssue[] = [];
  const params = {
    reserved: read(raw, dbrestore_reserved_names, "reserved", false, dbrestore_reserved_coerce, issues),
    path: read(raw, dbrestore_path_names, "path", true, dbrestore_path_coerce, issues),
  } as DbrestoreParams;
  return done(params, issues);
}

/** dbrsttgs: 0 parameter(s). */
export function validateDbrsttgs(raw: RawParams): Validated<DbrsttgsParams> {
  const issues: ParamIssue[] = [];
  const params: DbrsttgsParams = {};
  return done(params, issues);
}

const delbanned_ip_names = ["ip", "all", "param5"] as const;
const delbanned_ip_coerce = asString({ maxLength: 45, pattern: /^([Aa][Ll][Ll]|[0-9A-Fa-f.:]+)$/u });
/** delbanned: 1 parameter(s). */
export function validateDelbanned(raw: RawParams): Validated<DelbannedParams> {
  const issues: ParamIssue[] = [];
  const params = {
    ip: read(raw, delbanned_ip_names, "ip", true, delbanned_ip_coerce, issues),
  } as DelbannedParams;
  return done(params, issues);
}

const delobj_obj_names = ["obj", "param5"] as const;
const delobj_obj_coerce = asEnum([
  "ep",
  "logic",
  "sqlupd",
  "router",
  "pred",
  "check",
  "simall",
  "maint",
  "logger",
  "dbobj",
  "all",
] as const);
/** delobj: 1 parameter(s). */
export function validateDelobj(raw: RawParams): Validated<DelobjParams> {
  const issues: ParamIssue[] = [];
  const params = {
    obj: read(raw, delobj_obj_names, "obj", true, delobj_obj_coerce, issues),
  } as DelobjParams;
  return done(params, issues);
}

const deluser_u_id_names = ["u_id"] as const;
const deluser_u_id_coerce = asInteger({ min: 1 });
const deluser_u_username_names = ["u_username"] as const;
const deluser_u_username_coerce = asString({ minLength: 1, maxLength: 64 });
/** deluser: 2 parameter(s). */
export function validateDeluser(raw: RawParams): Validated<DeluserParams> {
  const issues: ParamIssue[] = [];
  const params = {
    u_id: read(raw, deluser_u_id_names, "u_id", false, deluser_u_id_coerce, issues),
    u_username: read(raw, deluser_u_username_names, "u_username", false, deluser_u_username_coerce, issues),
  } as DeluserParams;
  return done(params, issues);
}

/** deviceid: 0 parameter(s). */
export function validateDeviceid(raw: RawParams): Validated<DeviceidParams> {
  const issues: ParamIssue[] = [];
  const params: DeviceidParams = {};
  return done(params, issues);
}

const discall_dbcallid_names = ["dbcallid", "param5"] as const;
const discall_dbcallid_coerce = asInteger({ min: 1 });
/** discall: 1 parameter(s). */
export function validateDiscall(raw: RawParams): Validated<DiscallParams> {
  const issues: ParamIssue[] = [];
  const params = {
    dbcallid: read(raw, discall_dbcallid_names, "dbcallid", true, discall_dbcallid_coerce, issues),
  } as DiscallParams;
  return done(params, issues);
}

/** endpoints: 0 parameter(s). */
export function validateEndpoints(raw: RawParams): Validated<EndpointsParams> {
  const issues: ParamIssue[] = [];
  const params: EndpointsParams = {};
  return done(params, issues);
}

const epreg_regtype_names = ["regtype", "param5"] as const;
const epreg_regtype_coerce = asString({ maxLength: 32 });
const epreg_regstate_names = ["regstate", "param6"] as const;
const epreg_regstate_coerce = asString({ maxLength: 32 });
/** epreg: 2 parameter(s). */
export function validateEpreg(raw: RawParams): Validated<EpregParams> {
  const issues: ParamIssue[] = [];
  const params = {
    regtype: read(raw, epreg_regtype_names, "regtype", false, epreg_regtype_coerce, issues),
    regstate: read(raw, epreg_regstate_names, "regstate", false, epreg_regstate_coerce, issues),
  } as EpregParams;
  return done(params, issues);
}

const fastregusers_filter_names = ["filter", "param5"] as const;
const fastregusers_filter_coerce = asEnum(["succ", "all"] as const);
/** fastregusers: 1 parameter(s). */
export function validateFastregusers(raw: RawParams): Validated<FastregusersParams> {
  const issues: ParamIssue[] = [];
  const params = {
    filter: read(raw, fastregusers_filter_names, "filter", false, fastregusers_filter_coerce, issues, "all"),
  } as FastregusersParams;
  return done(params, issues);
}

/** fastusers: 0 parameter(s). */
export function validateFastusers(raw: RawParams): Validated<FastusersParams> {
  const issues: ParamIssue[] = [];
  const params: FastusersParams = {};
  return done(params, issues);
}

const file_filename_names = ["filename", "param5"] as const;
const file_filename_coerce = asString({
  minLength: 1,
  maxLength: 255,
  pattern: /^(?!.*\.\.)[A-Za-z0-9_][A-Za-z0-9._\/ -]*$/u,
});
/** file: 1 parameter(s). */
export function validateFile(raw: RawParams): Validated<FileParams> {
  const issues: ParamIssue[] = [];
  const params = {
    filename: read(raw, file_filename_names, "filename", false, file_filename_coerce, issues),
  } as FileParams;
  return done(params, issues);
}

/** finetune: 0 parameter(s). */
export function validateFinetune(raw: RawParams): Validated<FinetuneParams> {
  const issues: ParamIssue[] = [];
  const params: FinetuneParams = {};
  return done(params, issues);
}

const forgotpasswordanswer_email_names = ["email", "param5"] as const;
const forgotpasswordanswer_email_coerce = asString({ maxLength: 254, pattern: /^[^@\s]+@[^@\s]+$/u });
const forgotpasswordanswer_forgotpasswordanswer_names = ["forgotpasswordanswer", "param6"] as const;
const forgotpasswordanswer_forgotpasswordanswer_coerce = asString({ minLength: 1, maxLength: 255 });
/** forgotpasswordanswer: 2 parameter(s). */
export function validateForgotpasswordanswer(raw: RawParams): Validated<ForgotpasswordanswerParams> {
  const issues: ParamIssue[] = [];
  const params = {
    email: read(raw, forgotpasswordanswer_email_names, "email", true, forgotpasswordanswer_email_coerce, issues),
    forgotpasswordanswer: read(
      raw,
      forgotpasswordanswer_forgotpasswordanswer_names,
      "forgotpasswordanswer",
      true,
      forgotpasswordanswer_forgotpasswordanswer_coerce,
      issues,
    ),
  } as ForgotpasswordanswerParams;
  return done(params, issues);
}

const forgotpasswordquestion_email_names = ["email", "param5"] as const;
const forgotpasswordquestion_email_coerce = asString({ maxLength: 254, pattern: /^[^@\s]+@[^@\s]+$/u });
/** forgotpasswordquestion: 1 parameter(s). */
export function validateForgotpasswordquestion(raw: RawParams): Validated<ForgotpasswordquestionParams> {
  const issues: ParamIssue[] = [];
  const params = {
    email: read(raw, forgotpasswordquestion_email_names, "email", true, forgotpasswordquestion_email_coerce, issues),
  } as ForgotpasswordquestionParams;
  return done(params, issues);
}

/** fs: 0 parameter(s). */
export function validateFs(raw: RawParams): Validated<FsParams> {
  const issues: ParamIssue[] = [];
  const params: FsParams = {};
  return done(params, issues);
}

/** ftpst: 0 parameter(s). */
export function validateFtpst(raw: RawParams): Validated<FtpstParams> {
  const issues: ParamIssue[] = [];
  const params: FtpstParams = {};
  return done(params, issues);
}

const gencdr_count_names = ["count", "param5"] as const;
const gencdr_count_coerce = asInteger({ min: 1, max: 100000 });
const gencdr_days_names = ["days", "param6"] as const;
const gencdr_days_coerce = asInteger({ min: 1, max: 3650 });
const gencdr_user_names = ["user", "param7"] as const;
const gencdr_user_coerce = asString({ maxLength: 64 });
const gencdr_dir_names = ["dir", "param8"] as const;
const gencdr_dir_coerce = asEnum(["out", "in", "all"] as const);
const gencdr_connected_names = ["connected", "param9"] as const;
const gencdr_connected_coerce = asInteger({ min: 0, max: 100 });
const gencdr_maxduration_names = ["maxduration", "param10"] as const;
const gencdr_maxduration_coerce = asInteger({ min: 1, max: 86400 });
const gencdr_seed_names = ["seed", "param11"] as const;
const gencdr_seed_coerce = asInteger({ min: 0, max: 2147483647 });
/** gencdr: 7 parameter(s). */
export function validateGencdr(raw: RawParams): Validated<GencdrParams> {
  const issues: ParamIssue[] = [];
  const params = {
    count: read(raw, gencdr_count_names, "count", false, gencdr_count_coerce, issues, 10),
    days: read(raw, gencdr_days_names, "days", false, gencdr_days_coerce, issues, 1),
    user: read(raw, gencdr_user_names, "user", false, gencdr_user_coerce, issues),
    dir: read(raw, gencdr_dir_names, "dir", false, gencdr_dir_coerce, issues, "out"),
    connected: read(raw, gencdr_connected_names, "connected", false, gencdr_connected_coerce, issues, 80),
    maxduration: read(raw, gencdr_maxduration_names, "maxduration", false, gencdr_maxduration_coerce, issues, 600),
    seed: read(raw, gencdr_seed_names, "seed", false, gencdr_seed_coerce, issues),
  } as GencdrParams;
  return done(params, issues);
}

/** getconfroom: 0 parameter(s). */
export function validateGetconfroom(raw: RawParams): Validated<GetconfroomParams> {
  const issues: ParamIssue[] = [];
  const params: GetconfroomParams = {};
  return done(params, issues);
}

const getdetails_mode_names = ["mode", "param5"] as const;
const getdetails_mode_coerce = asEnum(["min", "normal", "max"] as const);
/** getdetails: 1 parameter(s). */
export function validateGetdetails(raw: RawParams): Validated<GetdetailsParams> {
  const issues: ParamIssue[] = [];
  const params = {
    mode: read(raw, getdetails_mode_names, "mode", false, getdetails_mode_coerce, issues, "normal"),
  } as GetdetailsParams;
  return done(params, issues);
}

const getfield_table_names = ["table", "param5"] as const;
const getfield_table_coerce = asString({ maxLength: 128, pattern: /^[A-Za-z_][A-Za-z0-9_]*$/u });
const getfield_retfieldname_names = ["retfieldname", "param6"] as const;
const getfield_retfieldname_coerce = asString({ maxLength: 128, pattern: /^[A-Za-z_][A-Za-z0-9_]*$/u });
const getfield_filterfieldtype_names = ["filterfieldtype", "param7"] as const;
const getfield_filterfieldtype_coerce = asEnum(["string", "int", "float"] as const);
const getfield_filterfieldname_names = ["filterfieldname", "param8"] as const;
const getfield_filterfieldname_coerce = asString({ maxLength: 128, pattern: /^[A-Za-z_][A-Za-z0-9_]*$/u });
const getfield_filterfieldvalue_names = ["filterfieldvalue", "param9"] as const;
const getfield_filterfieldvalue_coerce = asString({ maxLength: 4096 });
/** getfield: 5 parameter(s). */
export function validateGetfield(raw: RawParams): Validated<GetfieldParams> {
  const issues: ParamIssue[] = [];
  const params = {
    table: read(raw, getfield_table_names, "table", false, getfield_table_coerce, issues, "tb_users"),
    retfieldname: read(
      raw,
      getfield_retfieldname_names,
      "retfieldname",
      false,
      getfield_retfieldname_coerce,
      issues,
      "id",
    ),
    filterfieldtype: read(
      raw,
      getfield_filterfieldtype_names,
      "filterfieldtype",
      false,
      getfield_filterfieldtype_coerce,
      issues,
    ),
    filterfieldname: read(
      raw,
      getfield_filterfieldname_names,
      "filterfieldname",
      false,
      getfield_filterfieldname_coerce,
      issues,
    ),
    filterfieldvalue: read(
      raw,
      getfield_filterfieldvalue_names,
      "filterfieldvalue",
      true,
      getfield_filterfieldvalue_coerce,
      issues,
    ),
  } as GetfieldParams;
  return done(params, issues);
}

const getfile_filename_names = ["filename", "param5"] as const;
const getfile_filename_coerce = asString({
  minLength: 1,
  maxLength: 255,
  pattern: /^(?!.*\.\.)[A-Za-z0-9_][A-Za-z0-9._\/ -]*$/u,
});
/** getfile: 1 parameter(s). */
export function validateGetfile(raw: RawParams): Validated<GetfileParams> {
  const issues: ParamIssue[] = [];
  const params = {
    filename: read(raw, getfile_filename_names, "filename", true, getfile_filename_coerce, issues),
  } as GetfileParams;
  return done(params, issues);
}

const getini_section_names = ["section", "param5"] as const;
const getini_section_coerce = asString({ maxLength: 128 });
const getini_key_names = ["key", "param6"] as const;
const getini_key_coerce = asString({ minLength: 1, maxLength: 128, pattern: /^[^=\[\]\r\n]+$/u });
const getini_file_names = ["file", "param7"] as const;
const getini_file_coerce = asString({ maxLength: 255 });
/** getini: 3 parameter(s). */
export function validateGetini(raw: RawParams): Validated<GetiniParams> {
  const issues: ParamIssue[] = [];
  const params = {
    section: read(raw, getini_section_names, "section", false, getini_section_coerce, issues),
    key: read(raw, getini_key_names, "key", true, getini_key_coerce, issues),
    file: read(raw, getini_file_names, "file", false, getini_file_coerce, issues),
  } as GetiniParams;
  return done(params, issues);
}

const getphonenumber_count_names = ["count"] as const;
const getphonenumber_count_coerce = asInteger({ min: 1, max: 100 });
/** getphonenumber: 1 parameter(s). */
export function validateGetphonenumber(raw: RawParams): Validated<GetphonenumberParams> {
  const issues: ParamIssue[] = [];
  const params = {
    count: read(raw, getphonenumber_count_names, "count", false, getphonenumber_count_coerce, issues, 1),
  } as GetphonenumberParams;
  return done(params, issues);
}

/** gk: 0 parameter(s). */
export function validateGk(raw: RawParams): Validated<GkParams> {
  const issues: ParamIssue[] = [];
  const params: GkParams = {};
  return done(params, issues);
}

/** gwrst: 0 parameter(s). */
export function validateGwrst(raw: RawParams): Validated<GwrstParams> {
  const issues: ParamIssue[] = [];
  const params: GwrstParams = {};
  return done(params, issues);
}

const heartbeat_mode_names = ["mode", "param5"] as const;
const heartbeat_mode_coerce = asEnum(["quick", "full"] as const);
/** heartbeat: 1 parameter(s). */
export function validateHeartbeat(raw: RawParams): Validated<HeartbeatParams> {
  const issues: ParamIssue[] = [];
  const params = {
    mode: read(raw, heartbeat_mode_names, "mode", false, heartbeat_mode_coerce, issues, "quick"),
  } as HeartbeatParams;
  return done(params, issues);
}

/** help: 0 parameter(s). */
export function validateHelp(raw: RawParams): Validated<HelpParams> {
  const issues: ParamIssue[] = [];
  const params: HelpParams = {};
  return done(params, issues);
}

/** hourlymaint: 0 parameter(s). */
export function validateHourlymaint(raw: RawParams): Validated<HourlymaintParams> {
  const issues: ParamIssue[] = [];
  const params: HourlymaintParams = {};
  return done(params, issues);
}

/** info: 0 parameter(s). */
export function validateInfo(raw: RawParams): Validated<InfoParams> {
  const issues: ParamIssue[] = [];
  const params: InfoParams = {};
  return done(params, issues);
}

const jppget_url_names = ["url"] as const;
const jppget_url_coerce = asString({ minLength: 1, maxLength: 2048, pattern: /^(https?:\/\/|\/mvapireq\/)/u });
/** jppget: 1 parameter(s). */
export function validateJppget(raw: RawParams): Validated<JppgetParams> {
  const issues: ParamIssue[] = [];
  const params = {
    url: read(raw, jppget_url_names, "url", true, jppget_url_coerce, issues),
  } as JppgetParams;
  return done(params, issues);
}

/** keepalive: 0 parameter(s). */
export function validateKeepalive(raw: RawParams): Validated<KeepaliveParams> {
  const issues: ParamIssue[] = [];
  const params: KeepaliveParams = {};
  return done(params, issues);
}

/** lists: 0 parameter(s). */
export function validateLists(raw: RawParams): Validated<ListsParams> {
  const issues: ParamIssue[] = [];
  const params: ListsParams = {};
  return done(params, issues);
}

const listusers_u_type_names = ["u_type", "param5"] as const;
const listusers_u_type_coerce = asEnum([
  "enduser",
  "reseller",
  "admin",
  "srvadmin",
  "support",
  "sipserver",
  "trunk",
  0,
  5,
  9,
] as const);
const listusers_u_maxcount_names = ["u_maxcount", "param6"] as const;
const listusers_u_maxcount_coerce = asInteger({ min: 1, max: 100000 });
const listusers_u_extended_names = ["u_extended", "param7"] as const;
const listusers_u_extended_coerce = asBoolean();
const listusers_u_order_names = ["u_order", "param8"] as const;
const listusers_u_order_coerce = asString({
  maxLength: 64,
  pattern: /^[A-Za-z_][A-Za-z0-9_]*( (asc|desc|ASC|DESC))?$/u,
});
/** listusers: 4 parameter(s). */
export function validateListusers(raw: RawParams): Validated<ListusersParams> {
  const issues: ParamIssue[] = [];
  const params = {
    u_type: read(raw, listusers_u_type_names, "u_type", false, listusers_u_type_coerce, issues),
    u_maxcount: read(raw, listusers_u_maxcount_names, "u_maxcount", false, listusers_u_maxcount_coerce, issues, 1000),
    u_extended: read(raw, listusers_u_extended_names, "u_extended", false, listusers_u_extended_coerce, issues, false),
    u_order: read(raw, listusers_u_order_names, "u_order", false, listusers_u_order_coerce, issues, "id"),
  } as ListusersParams;
  return done(params, issues);
}

const loadinifiles_module_names = ["module", "param5"] as const;
const loadinifiles_module_coerce = asString({ maxLength: 64 });
const loadinifiles_file_names = ["file", "param6"] as const;
const loadinifiles_file_coerce = asString({ maxLength: 255 });
/** loadinifiles: 2 parameter(s). */
export function validateLoadinifiles(raw: RawParams): Validated<LoadinifilesParams> {
  const issues: ParamIssue[] = [];
  const params = {
    module: read(raw, loadinifiles_module_names, "module", false, loadinifiles_module_coerce, issues),
    file: read(raw, loadinifiles_file_names, "file", false, loadinifiles_file_coerce, issues),
  } as LoadinifilesParams;
  return done(params, issues);
}

const lockphonenumber_num_names = ["num"] as const;
const lockphonenumber_num_coerce = asPhone({ minLength: 1, maxLength: 32 });
/** lockphonenumber: 1 parameter(s). */
export function validateLockphonenumber(raw: RawParams): Validated<LockphonenumberParams> {
  const issues: ParamIssue[] = [];
  const params = {
    num: read(raw, lockphonenumber_num_names, "num", true, lockphonenumber_num_coerce, issues),
  } as LockphonenumberParams;
  return done(params, issues);
}

/** locks: 0 parameter(s). */
export function validateLocks(raw: RawParams): Validated<LocksParams> {
  const issues: ParamIssue[] = [];
  const params: LocksParams = {};
  return done(params, issues);
}

/** log: 0 parameter(s). */
export function validateLog(raw: RawParams): Validated<LogParams> {
  const issues: ParamIssue[] = [];
  const params: LogParams = {};
  return done(params, issues);
}

/** login: 0 parameter(s). */
export function validateLogin(raw: RawParams): Validated<LoginParams> {
  const issues: ParamIssue[] = [];
  const params: LoginParams = {};
  return done(params, issues);
}

/** logrename: 0 parameter(s). */
export function validateLogrename(raw: RawParams): Validated<LogrenameParams> {
  const issues: ParamIssue[] = [];
  const params: LogrenameParams = {};
  return done(params, issues);
}

const logsearch_txt_names = ["txt", "message", "param5"] as const;
const logsearch_txt_coerce = asString({ maxLength: 4096 });
const logsearch_lines_names = ["lines", "param6"] as const;
const logsearch_lines_coerce = asInteger({ min: 1, max: 10000 });
/** logsearch: 2 parameter(s). */
export function validateLogsearch(raw: RawParams): Validated<LogsearchParams> {
  const issues: ParamIssue[] = [];
  const params = {
    txt: read(raw, logsearch_txt_names, "txt", false, logsearch_txt_coerce, issues),
    lines: read(raw, logsearch_lines_names, "lines", false, logsearch_lines_coerce, issues, 100),
  } as LogsearchParams;
  return done(params, issues);
}

/** mantreset: 0 parameter(s). */
export function validateMantreset(raw: RawParams): Validated<MantresetParams> {
  const issues: ParamIssue[] = [];
  const params: MantresetParams = {};
  return done(params, issues);
}

/** monthlymaint: 0 parameter(s). */
export function validateMonthlymaint(raw: RawParams): Validated<MonthlymaintParams> {
  const issues: ParamIssue[] = [];
  const params: MonthlymaintParams = {};
  return done(params, issues);
}

const newuser_u_username_names = ["u_username"] as const;
const newuser_u_username_coerce = asString({ minLength: 1, maxLength: 64 });
const newuser_u_password_names = ["u_password"] as const;
const newuser_u_password_coerce = asString({ minLength: 1, maxLength: 64 });
const newuser_u_name_names = ["u_name"] as const;
const newuser_u_name_coerce = asString({ maxLength: 128 });
const newuser_u_email_names = ["u_email"] as const;
const newuser_u_email_coerce = asString({ maxLength: 254, pattern: /^[^@\s]+@[^@\s]+$/u });
const newuser_u_phone_names = ["u_phone"] as const;
const newuser_u_phone_coerce = asPhone({ maxLength: 32 });
const newuser_u_currency_names = ["u_currency"] as const;
const newuser_u_currency_coerce = asString({ pattern: /^[A-Za-z]{3}$/u });
const newuser_u_country_names = ["u_country"] as const;
const newuser_u_country_coerce = asString({ maxLength: 64 });
const newuser_u_address_names = ["u_address"] as const;
const newuser_u_address_coerce = asString({ maxLength: 255 });
const newuser_credit_names = ["credit"] as const;
const newuser_credit_coerce = asDecimal({ min: 0 });
/** newuser: 9 parameter(s). */
export function validateNewuser(raw: RawParams): Validated<NewuserParams> {
  const issues: ParamIssue[] = [];
  const params = {
    u_username: read(raw, newuser_u_username_names, "u_username", true, newuser_u_username_coerce, issues),
    u_password: read(raw, newuser_u_password_names, "u_password", true, newuser_u_password_coerce, issues),
    u_name: read(raw, newuser_u_name_names, "u_name", false, newuser_u_name_coerce, issues),
    u_email: read(raw, newuser_u_email_names, "u_email", false, newuser_u_email_coerce, issues),
    u_phone: read(raw, newuser_u_phone_names, "u_phone", false, newuser_u_phone_coerce, issues),
    u_currency: read(raw, newuser_u_currency_names, "u_currency", false, newuser_u_currency_coerce, issues),
    u_country: read(raw, newuser_u_country_names, "u_country", false, newuser_u_country_coerce, issues),
    u_address: read(raw, newuser_u_address_names, "u_address", false, newuser_u_address_coerce, issues),
    credit: read(raw, newuser_credit_names, "credit", false, newuser_credit_coerce, issues),
  } as NewuserParams;
  return done(params, issues);
}

/** newuserevent: 0 parameter(s). */
export function validateNewuserevent(raw: RawParams): Validated<NewusereventParams> {
  const issues: ParamIssue[] = [];
  const params: NewusereventParams = {};
  return done(params, issues);
}

const newuseri_u_username_names = ["u_username", "param5"] as const;
const newuseri_u_username_coerce = asString({ minLength: 1, maxLength: 64 });
const newuseri_u_password_names = ["u_password", "param6"] as const;
const newuseri_u_password_coerce = asString({ minLength: 1, maxLength: 64 });
const newuseri_u_name_names = ["u_name", "param7"] as const;
const newuseri_u_name_coerce = asString({ maxLength: 128 });
const newuseri_u_email_names = ["u_email", "param8"] as const;
const newuseri_u_email_coerce = asString({ maxLength: 254, pattern: /^[^@\s]+@[^@\s]+$/u });
const newuseri_u_phone_names = ["u_phone", "param9"] as const;
const newuseri_u_phone_coerce = asPhone({ maxLength: 32 });
const newuseri_u_currency_names = ["u_currency", "param10"] as const;
const newuseri_u_currency_coerce = asString({ pattern: /^[A-Za-z]{3}$/u });
const newuseri_u_country_names = ["u_country", "param11"] as const;
const newuseri_u_country_coerce = asString({ maxLength: 64 });
const newuseri_u_address_names = ["u_address", "param12"] as const;
const newuseri_u_address_coerce = asString({ maxLength: 255 });
const newuseri_credit_names = ["credit"] as const;
const newuseri_credit_coerce = asDecimal({ min: 0 });
/** newuseri: 9 parameter(s). */
export function validateNewuseri(raw: RawParams): Validated<NewuseriParams> {
  const issues: ParamIssue[] = [];
  const params = {
    u_username: read(raw, newuseri_u_username_names, "u_username", true, newuseri_u_username_coerce, issues),
    u_password: read(raw, newuseri_u_password_names, "u_password", true, newuseri_u_password_coerce, issues),
    u_name: read(raw, newuseri_u_name_names, "u_name", false, newuseri_u_name_coerce, issues),
    u_email: read(raw, newuseri_u_email_names, "u_email", false, newuseri_u_email_coerce, issues),
    u_phone: read(raw, newuseri_u_phone_names, "u_phone", false, newuseri_u_phone_coerce, issues),
    u_currency: read(raw, newuseri_u_currency_names, "u_currency", false, newuseri_u_currency_coerce, issues),
    u_country: read(raw, newuseri_u_country_names, "u_country", false, newuseri_u_country_coerce, issues),
    u_address: read(raw, newuseri_u_address_names, "u_address", false, newuseri_u_address_coerce, issues),
    credit: read(raw, newuseri_credit_names, "credit", false, newuseri_credit_coerce, issues),
  } as NewuseriParams;
  return done(params, issues);
}

/** newusersevent: 0 parameter(s). */
export function validateNewusersevent(raw: RawParams): Validated<NewuserseventParams> {
  const issues: ParamIssue[] = [];
  const params: NewuserseventParams = {};
  return done(params, issues);
}

const newuseru_u_username_names = ["u_username", "param5"] as const;
const newuseru_u_username_coerce = asString({ minLength: 1, maxLength: 64 });
const newuseru_u_password_names = ["u_password", "param6"] as const;
const newuseru_u_password_coerce = asString({ minLength: 1, maxLength: 64 });
const newuseru_u_name_names = ["u_name", "param7"] as const;
const newuseru_u_name_coerce = asString({ maxLength: 128 });
const newuseru_u_email_names = ["u_email", "param8"] as const;
const newuseru_u_email_coerce = asString({ maxLength: 254, pattern: /^[^@\s]+@[^@\s]+$/u });
const newuseru_u_phone_names = ["u_phone", "param9"] as const;
const newuseru_u_phone_coerce = asPhone({ maxLength: 32 });
const newuseru_u_currency_names = ["u_currency", "param10"] as const;
const newuseru_u_currency_coerce = asString({ pattern: /^[A-Za-z]{3}$/u });
const newuseru_u_country_names = ["u_country", "param11"] as const;
const newuseru_u_country_coerce = asString({ maxLength: 64 });
const newuseru_u_address_names = ["u_address", "param12"] as const;
const newuseru_u_address_coerce = asString({ maxLength: 256 });
const newuseru_deviceid_names = ["deviceid"] as const;
const newuseru_deviceid_coerce = asString({ maxLength: 128 });
/** newuseru: 9 parameter(s). */
export function validateNewuseru(raw: RawParams): Validated<NewuseruParams> {
  const issues: ParamIssue[] = [];
  const params = {
    u_username: read(raw, newuseru_u_username_names, "u_username", true, newuseru_u_username_coerce, issues),
    u_password: read(raw, newuseru_u_password_names, "u_password", true, newuseru_u_password_coerce, issues),
    u_name: read(raw, newuseru_u_name_names, "u_name", false, newuseru_u_name_coerce, issues),
    u_email: read(raw, newuseru_u_email_names, "u_email", false, newuseru_u_email_coerce, issues),
    u_phone: read(raw, newuseru_u_phone_names, "u_phone", false, newuseru_u_phone_coerce, issues),
    u_currency: read(raw, newuseru_u_currency_names, "u_currency", false, newuseru_u_currency_coerce, issues),
    u_country: read(raw, newuseru_u_country_names, "u_country", false, newuseru_u_country_coerce, issues),
    u_address: read(raw, newuseru_u_address_names, "u_address", false, newuseru_u_address_coerce, issues),
    deviceid: read(raw, newuseru_deviceid_names, "deviceid", false, newuseru_deviceid_coerce, issues),
  } as NewuseruParams;
  return done(params, issues);
}

const normalizechk_called_names = ["called", "param5"] as const;
const normalizechk_called_coerce = asPhone();
const normalizechk_caller_names = ["caller", "param6"] as const;
const normalizechk_caller_coerce = asPhone();
const normalizechk_country_names = ["country", "param7"] as const;
const normalizechk_country_coerce = asString({ pattern: /^([A-Za-z]{2,3}|[0-9]{1,4})$/u });
/** normalizechk: 3 parameter(s). */
export function validateNormalizechk(raw: RawParams): Validated<NormalizechkParams> {
  const issues: ParamIssue[] = [];
  const params = {
    called: read(raw, normalizechk_called_names, "called", true, normalizechk_called_coerce, issues),
    caller: read(raw, normalizechk_caller_names, "caller", false, normalizechk_caller_coerce, issues),
    country: read(raw, normalizechk_country_names, "country", false, normalizechk_country_coerce, issues),
  } as NormalizechkParams;
  return done(params, issues);
}

const p2p_anum_names = ["anum", "phone1", "from"] as const;
const p2p_anum_coerce = asPhone();
const p2p_bnum_names = ["bnum", "phone2", "to", "param5"] as const;
const p2p_bnum_coerce = asPhone();
const p2p_cnum_names = ["cnum", "phone3", "param6"] as const;
const p2p_cnum_coerce = asPhone();
const p2p_waitfor_names = ["waitfor", "param7"] as const;
const p2p_waitfor_coerce = asEnum([0, 1, 2] as const);
/** p2p: 4 parameter(s). */
export function validateP2p(raw: RawParams): Validated<P2pParams> {
  const issues: ParamIssue[] = [];
  const params = {
    anum: read(raw, p2p_anum_names, "anum", false, p2p_anum_coerce, issues),
    bnum: read(raw, p2p_bnum_names, "bnum", false, p2p_bnum_coerce, issues),
    cnum: read(raw, p2p_cnum_names, "cnum", false, p2p_cnum_coerce, issues),
    waitfor: read(raw, p2p_waitfor_names, "waitfor", false, p2p_waitfor_coerce, issues, 0),
  } as P2pParams;
  return done(params, issues);
}

const parsegsmcdr_logfile_names = ["logfile", "param5"] as const;
const parsegsmcdr_logfile_coerce = asString({ maxLength: 255 });
/** parsegsmcdr: 1 parameter(s). */
export function validateParsegsmcdr(raw: RawParams): Validated<ParsegsmcdrParams> {
  const issues: ParamIssue[] = [];
  const params = {
    logfile: read(raw, parsegsmcdr_logfile_names, "logfile", true, parsegsmcdr_logfile_coerce, issues),
  } as ParsegsmcdrParams;
  return done(params, issues);
}

/** pcrst: 0 parameter(s). */
export function validatePcrst(raw: RawParams): Validated<PcrstParams> {
  const issues: ParamIssue[] = [];
  const params: PcrstParams = {};
  return done(params, issues);
}

const pgetfile_filename_names = ["filename", "param5"] as const;
const pgetfile_filename_coerce = asString({
  minLength: 1,
  maxLength: 255,
  pattern: /^(?!.*\.\.)[A-Za-z0-9_][A-Za-z0-9_.\-\/]*$/u,
});
/** pgetfile: 1 parameter(s). */
export function validatePgetfile(raw: RawParams): Validated<PgetfileParams> {
  const issues: ParamIssue[] = [];
  const params = {
    filename: read(raw, pgetfile_filename_names, "filename", true, pgetfile_filename_coerce, issues),
  } as PgetfileParams;
  return done(params, issues);
}

const pputfile_filename_names = ["filename", "param5"] as const;
const pputfile_filename_coerce = asString({
  minLength: 1,
  maxLength: 255,
  pattern: /^(?!.*\.\.)[A-Za-z0-9_][A-Za-z0-9_.\-\/]*$/u,
});
const pputfile_filedata_names = ["filedata", "param6"] as const;
const pputfile_filedata_coerce = asString({ pattern: /^[A-Za-z0-9+\/\-_.]*={0,2}$/u });
/** pputfile: 2 parameter(s). */
export function validatePputfile(raw: RawParams): Validated<PputfileParams> {
  const issues: ParamIssue[] = [];
  const params = {
    filename: read(raw, pputfile_filename_names, "filename", true, pputfile_filename_coerce, issues),
    filedata: read(raw, pputfile_filedata_names, "filedata", true, pputfile_filedata_coerce, issues),
  } as PputfileParams;
  return done(params, issues);
}

/** preauth: 0 parameter(s). */
export function validatePreauth(raw: RawParams): Validated<PreauthParams> {
  const issues: ParamIssue[] = [];
  const params: PreauthParams = {};
  return done(params, issues);
}

const predectivet_action_names = ["action", "param5"] as const;
const predectivet_action_coerce = asEnum(["start", "stop", "restart"] as const);
/** predectivet: 1 parameter(s). */
export function validatePredectivet(raw: RawParams): Validated<PredectivetParams> {
  const issues: ParamIssue[] = [];
  const params = {
    action: read(raw, predectivet_action_names, "action", true, predectivet_action_coerce, issues),
  } as PredectivetParams;
  return done(params, issues);
}

const presenceGet_userusername_names = ["userusername", "param5"] as const;
const presenceGet_userusername_coerce = asString({ maxLength: 64 });
const presenceGet_userlist_names = ["userlist"] as const;
const presenceGet_userlist_coerce = asList();
const presenceGet_ptype_names = ["ptype", "param6"] as const;
const presenceGet_ptype_coerce = asEnum([0, 1] as const);
const presenceGet_domain_names = ["domain", "param7"] as const;
const presenceGet_domain_coerce = asString({ maxLength: 255 });
/** presence_get: 4 parameter(s). */
export function validatePresenceGet(raw: RawParams): Validated<PresenceGetParams> {
  const issues: ParamIssue[] = [];
  const params = {
    userusername: read(
      raw,
      presenceGet_userusername_names,
      "userusername",
      false,
      presenceGet_userusername_coerce,
      issues,
    ),
    userlist: read(raw, presenceGet_userlist_names, "userlist", false, presenceGet_userlist_coerce, issues),
    ptype: read(raw, presenceGet_ptype_names, "ptype", false, presenceGet_ptype_coerce, issues),
    domain: read(raw, presenceGet_domain_names, "domain", false, presenceGet_domain_coerce, issues),
  } as PresenceGetParams;
  return done(params, issues);
}

const presenceSet_pstatus_names = ["pstatus", "param5"] as const;
const presenceSet_pstatus_coerce = asString({ maxLength: 255 });
const presenceSet_ptype_names = ["ptype", "param6"] as const;
const presenceSet_ptype_coerce = asEnum([0, 1] as const);
/** presence_set: 2 parameter(s). */
export function validatePresenceSet(raw: RawParams): Validated<PresenceSetParams> {
  const issues: ParamIssue[] = [];
  const params = {
    pstatus: read(raw, presenceSet_pstatus_names, "pstatus", true, presenceSet_pstatus_coerce, issues),
    ptype: read(raw, presenceSet_ptype_names, "ptype", false, presenceSet_ptype_coerce, issues),
  } as PresenceSetParams;
  return done(params, issues);
}

const putfile_filename_names = ["filename", "param5"] as const;
const putfile_filename_coerce = asString({
  minLength: 1,
  maxLength: 255,
  pattern: /^(?!.*\.\.)[A-Za-z0-9_][A-Za-z0-9._\/ -]*$/u,
});
const putfile_filedata_names = ["filedata", "param6"] as const;
const putfile_filedata_coerce = asString({ pattern: /^[A-Za-z0-9+\/_.=-]*$/u });
/** putfile: 2 parameter(s). */
export function validatePutfile(raw: RawParams): Validated<PutfileParams> {
  const issues: ParamIssue[] = [];
  const params = {
    filename: read(raw, putfile_filename_names, "filename", true, putfile_filename_coerce, issues),
    filedata: read(raw, putfile_filedata_names, "filedata", true, putfile_filedata_coerce, issues),
  } as PutfileParams;
  return done(params, issues);
}

/** querylist: 0 parameter(s). */
export function validateQuerylist(raw: RawParams): Validated<QuerylistParams> {
  const issues: ParamIssue[] = [];
  const params: QuerylistParams = {};
  return done(params, issues);
}

/** quickstat: 0 parameter(s). */
export function validateQuickstat(raw: RawParams): Validated<QuickstatParams> {
  const issues: ParamIssue[] = [];
  const params: QuickstatParams = {};
  return done(params, issues);
}

const rating_bnum_names = ["bnum", "phone2", "to", "anum", "param5"] as const;
const rating_bnum_coerce = asPhone();
/** rating: 1 parameter(s). */
export function validateRating(raw: RawParams): Validated<RatingParams> {
  const issues: ParamIssue[] = [];
  const params = {
    bnum: read(raw, rating_bnum_names, "bnum", true, rating_bnum_coerce, issues),
  } as RatingParams;
  return done(params, issues);
}

const rebill_days_names = ["days", "param5"] as const;
const rebill_days_coerce = asString({ pattern: /^(today|yesterday|lastweek|lastmonth|thismonth|[0-9]{1,4})$/u });
const rebill_user_names = ["user", "param6"] as const;
const rebill_user_coerce = asString({ maxLength: 64 });
const rebill_dryrun_names = ["dryrun", "param7"] as const;
const rebill_dryrun_coerce = asBoolean();
/** rebill: 3 parameter(s). */
export function validateRebill(raw: RawParams): Validated<RebillParams> {
  const issues: ParamIssue[] = [];
  const params = {
    days: read(raw, rebill_days_names, "days", false, rebill_days_coerce, issues),
    user: read(raw, rebill_user_names, "user", false, rebill_user_coerce, issues),
    dryrun: read(raw, rebill_dryrun_names, "dryrun", false, rebill_dryrun_coerce, issues, false),
  } as RebillParams;
  return done(params, issues);
}

/** regstat: 0 parameter(s). */
export function validateRegstat(raw: RawParams): Validated<RegstatParams> {
  const issues: ParamIssue[] = [];
  const params: RegstatParams = {};
  return done(params, issues);
}

const reguser_usr_names = ["usr", "param5"] as const;
const reguser_usr_coerce = asString({ maxLength: 64 });
/** reguser: 1 parameter(s). */
export function validateReguser(raw: RawParams): Validated<ReguserParams> {
  const issues: ParamIssue[] = [];
  const params = {
    usr: read(raw, reguser_usr_names, "usr", false, reguser_usr_coerce, issues),
  } as ReguserParams;
  return done(params, issues);
}

/** reindexncache: 0 parameter(s). */
export function validateReindexncache(raw: RawParams): Validated<ReindexncacheParams> {
  const issues: ParamIssue[] = [];
  const params: ReindexncacheParams = {};
  return done(params, issues);
}

/** reload: 0 parameter(s). */
export function validateReload(raw: RawParams): Validated<ReloadParams> {
  const issues: ParamIssue[] = [];
  const params: ReloadParams = {};
  return done(params, issues);
}

/** reloadapikeys: 0 parameter(s). */
export function validateReloadapikeys(raw: RawParams): Validated<ReloadapikeysParams> {
  const issues: ParamIssue[] = [];
  const params: ReloadapikeysParams = {};
  return done(params, issues);
}

/** reloaddialplan: 0 parameter(s). */
export function validateReloaddialplan(raw: RawParams): Validated<ReloaddialplanParams> {
  const issues: ParamIssue[] = [];
  const params: ReloaddialplanParams = {};
  return done(params, issues);
}

/** reloadnumdircache: 0 parameter(s). */
export function validateReloadnumdircache(raw: RawParams): Validated<ReloadnumdircacheParams> {
  const issues: ParamIssue[] = [];
  const params: ReloadnumdircacheParams = {};
  return done(params, issues);
}

/** reports: 0 parameter(s). */
export function validateReports(raw: RawParams): Validated<ReportsParams> {
  const issues: ParamIssue[] = [];
  const params: ReportsParams = {};
  return done(params, issues);
}

/** resetp: 0 parameter(s). */
export function validateResetp(raw: RawParams): Validated<ResetpParams> {
  const issues: ParamIssue[] = [];
  const params: ResetpParams = {};
  return done(params, issues);
}

const restart_what_names = ["what", "param5"] as const;
const restart_what_coerce = asEnum(["service", "server", "database", "force"] as const);
/** restart: 1 parameter(s). */
export function validateRestart(raw: RawParams): Validated<RestartParams> {
  const issues: ParamIssue[] = [];
  const params = {
    what: read(raw, restart_what_names, "what", false, restart_what_coerce, issues, "service"),
  } as RestartParams;
  return done(params, issues);
}

const routingtest_ip_names = ["ip", "param5"] as const;
const routingtest_ip_coerce = asString({ maxLength: 45, pattern: /^[0-9A-Fa-f.:]+$/u });
const routingtest_caller_names = ["caller", "param6"] as const;
const routingtest_caller_coerce = asPhone({ maxLength: 64 });
const routingtest_called_names = ["called", "param7"] as const;
const routingtest_called_coerce = asPhone({ maxLength: 64 });
/** routingtest: 3 parameter(s). */
export function validateRoutingtest(raw: RawParams): Validated<RoutingtestParams> {
  const issues: ParamIssue[] = [];
  const params = {
    ip: read(raw, routingtest_ip_names, "ip", false, routingtest_ip_coerce, issues),
    caller: read(raw, routingtest_caller_names, "caller", false, routingtest_caller_coerce, issues),
    called: read(raw, routingtest_called_names, "called", true, routingtest_called_coerce, issues),
  } as RoutingtestParams;
  return done(params, issues);
}

/** rulesreload: 0 parameter(s). */
export function validateRulesreload(raw: RawParams): Validated<RulesreloadParams> {
  const issues: ParamIssue[] = [];
  const params: RulesreloadParams = {};
  return done(params, issues);
}

const saveinifiles_module_names = ["module", "param5"] as const;
const saveinifiles_module_coerce = asString({ maxLength: 64 });
const saveinifiles_file_names = ["file", "param6"] as const;
const saveinifiles_file_coerce = asString({ maxLength: 255 });
const saveinifiles_notsaved_names = ["notsaved", "param7"] as const;
const saveinifiles_notsaved_coerce = asBoolean();
/** saveinifiles: 3 parameter(s). */
export function validateSaveinifiles(raw: RawParams): Validated<SaveinifilesParams> {
  const issues: ParamIssue[] = [];
  const params = {
    module: read(raw, saveinifiles_module_names, "module", false, saveinifiles_module_coerce, issues),
    file: read(raw, saveinifiles_file_names, "file", false, saveinifiles_file_coerce, issues),
    notsaved: read(raw, saveinifiles_notsaved_names, "notsaved", false, saveinifiles_notsaved_coerce, issues),
  } as SaveinifilesParams;
  return done(params, issues);
}

/** savesettings: 0 parameter(s). */
export function validateSavesettings(raw: RawParams): Validated<SavesettingsParams> {
  const issues: ParamIssue[] = [];
  const params: SavesettingsParams = {};
  return done(params, issues);
}

const search_txt_names = ["txt", "message"] as const;
const search_txt_coerce = asString({ maxLength: 128 });
const search_maxcount_names = ["maxcount"] as const;
const search_maxcount_coerce = asInteger({ min: 1, max: 100000 });
/** search: 2 parameter(s). */
export function validateSearch(raw: RawParams): Validated<SearchParams> {
  const issues: ParamIssue[] = [];
  const params = {
    txt: read(raw, search_txt_names, "txt", false, search_txt_coerce, issues),
    maxcount: read(raw, search_maxcount_names, "maxcount", false, search_maxcount_coerce, issues, 100),
  } as SearchParams;
  return done(params, issues);
}

const sendamsg_agentid_names = ["agentid", "param5"] as const;
const sendamsg_agentid_coerce = asString({ pattern: /^([0-9]+|all)$/u });
const sendamsg_txt_names = ["txt", "message", "param6"] as const;
const sendamsg_txt_coerce = asString({ maxLength: 4096 });
/** sendamsg: 2 parameter(s). */
export function validateSendamsg(raw: RawParams): Validated<SendamsgParams> {
  const issues: ParamIssue[] = [];
  const params = {
    agentid: read(raw, sendamsg_agentid_names, "agentid", true, sendamsg_agentid_coerce, issues),
    txt: read(raw, sendamsg_txt_names, "txt", true, sendamsg_txt_coerce, issues),
  } as SendamsgParams;
  return done(params, issues);
}

/** sendccinfo: 0 parameter(s). */
export function validateSendccinfo(raw: RawParams): Validated<SendccinfoParams> {
  const issues: ParamIssue[] = [];
  const params: SendccinfoParams = {};
  return done(params, issues);
}

const sendfax_anum_names = ["anum", "phone1", "from", "param5"] as const;
const sendfax_anum_coerce = asPhone();
const sendfax_bnum_names = ["bnum", "phone2", "to", "param6"] as const;
const sendfax_bnum_coerce = asPhone();
const sendfax_filename_names = ["filename", "param7"] as const;
const sendfax_filename_coerce = asString({ minLength: 1, maxLength: 255, pattern: /^[^\/\\]+$/u });
/** sendfax: 3 parameter(s). */
export function validateSendfax(raw: RawParams): Validated<SendfaxParams> {
  const issues: ParamIssue[] = [];
  const params = {
    anum: read(raw, sendfax_anum_names, "anum", false, sendfax_anum_coerce, issues),
    bnum: read(raw, sendfax_bnum_names, "bnum", true, sendfax_bnum_coerce, issues),
    filename: read(raw, sendfax_filename_names, "filename", true, sendfax_filename_coerce, issues),
  } as SendfaxParams;
  return done(params, issues);
}

const sendim_bnum_names = ["bnum", "phone2", "to", "param5"] as const;
const sendim_bnum_coerce = asString({ maxLength: 64 });
const sendim_buserlist_names = ["buserlist"] as const;
const sendim_buserlist_coerce = asList();
const sendim_txt_names = ["txt", "message", "param6"] as const;
const sendim_txt_coerce = asString({ minLength: 1, maxLength: 4096 });
/** sendim: 3 parameter(s). */
export function validateSendim(raw: RawParams): Validated<SendimParams> {
  const issues: ParamIssue[] = [];
  const params = {
    bnum: read(raw, sendim_bnum_names, "bnum", false, sendim_bnum_coerce, issues),
    buserlist: read(raw, sendim_buserlist_names, "buserlist", false, sendim_buserlist_coerce, issues),
    txt: read(raw, sendim_txt_names, "txt", true, sendim_txt_coerce, issues),
  } as SendimParams;
  return done(params, issues);
}

const sendmail_from_names = ["from", "param5"] as const;
const sendmail_from_coerce = asString({ maxLength: 254, pattern: /^$|^[^@\s]+@[^@\s]+$/u });
const sendmail_to_names = ["to", "param6"] as const;
const sendmail_to_coerce = asString({ maxLength: 254, pattern: /^[^@\s]+@[^@\s]+$/u });
const sendmail_subject_names = ["subject", "param7"] as const;
const sendmail_subject_coerce = asString({ maxLength: 998 });
const sendmail_txt_names = ["txt", "message", "param8"] as const;
const sendmail_txt_coerce = asString({ maxLength: 4096 });
/** sendmail: 4 parameter(s). */
export function validateSendmail(raw: RawParams): Validated<SendmailParams> {
  const issues: ParamIssue[] = [];
  const params = {
    from: read(raw, sendmail_from_names, "from", false, sendmail_from_coerce, issues),
    to: read(raw, sendmail_to_names, "to", true, sendmail_to_coerce, issues),
    subject: read(raw, sendmail_subject_names, "subject", false, sendmail_subject_coerce, issues),
    txt: read(raw, sendmail_txt_names, "txt", true, sendmail_txt_coerce, issues),
  } as SendmailParams;
  return done(params, issues);
}

const sendsms_anum_names = ["anum", "phone1", "from", "param5"] as const;
const sendsms_anum_coerce = asString({ pattern: /^(\+?[0-9*#]{1,20}|[A-Za-z0-9 ._-]{1,11})$/u });
const sendsms_bnum_names = ["bnum", "phone2", "to", "telnumber", "param6"] as const;
const sendsms_bnum_coerce = asPhone();
const sendsms_txt_names = ["txt", "message", "param7"] as const;
const sendsms_txt_coerce = asString({ minLength: 1, maxLength: 4096 });
/** sendsms: 3 parameter(s). */
export function validateSendsms(raw: RawParams): Validated<SendsmsParams> {
  const issues: ParamIssue[] = [];
  const params = {
    anum: read(raw, sendsms_anum_names, "anum", false, sendsms_anum_coerce, issues),
    bnum: read(raw, sendsms_bnum_names, "bnum", true, sendsms_bnum_coerce, issues),
    txt: read(raw, sendsms_txt_names, "txt", true, sendsms_txt_coerce, issues),
  } as SendsmsParams;
  return done(params, issues);
}

const sendsmssync_anum_names = ["anum", "phone1", "from", "param5"] as const;
const sendsmssync_anum_coerce = asString({ pattern: /^(\+?[0-9*#]{1,20}|[A-Za-z0-9 ._-]{1,11})$/u });
const sendsmssync_bnum_names = ["bnum", "phone2", "to", "param6"] as const;
const sendsmssync_bnum_coerce = asPhone();
const sendsmssync_txt_names = ["txt", "message", "param7"] as const;
const sendsmssync_txt_coerce = asString({ minLength: 1, maxLength: 4096 });
/** sendsmssync: 3 parameter(s). */
export function validateSendsmssync(raw: RawParams): Validated<SendsmssyncParams> {
  const issues: ParamIssue[] = [];
  const params = {
    anum: read(raw, sendsmssync_anum_names, "anum", false, sendsmssync_anum_coerce, issues),
    bnum: read(raw, sendsmssync_bnum_names, "bnum", true, sendsmssync_bnum_coerce, issues),
    txt: read(raw, sendsmssync_txt_names, "txt", true, sendsmssync_txt_coerce, issues),
  } as SendsmssyncParams;
  return done(params, issues);
}

const sendsmsunicode_anum_names = ["anum", "phone1", "from", "param5"] as const;
const sendsmsunicode_anum_coerce = asString({ pattern: /^(\+?[0-9*#]{1,20}|[A-Za-z0-9 ._-]{1,11})$/u });
const sendsmsunicode_bnum_names = ["bnum", "phone2", "to", "telnumber", "param6"] as const;
const sendsmsunicode_bnum_coerce = asPhone();
const sendsmsunicode_txt_names = ["txt", "message", "param7"] as const;
const sendsmsunicode_txt_coerce = asString({ minLength: 1, maxLength: 4096 });
/** sendsmsunicode: 3 parameter(s). */
export function validateSendsmsunicode(raw: RawParams): Validated<SendsmsunicodeParams> {
  const issues: ParamIssue[] = [];
  const params = {
    anum: read(raw, sendsmsunicode_anum_names, "anum", false, sendsmsunicode_anum_coerce, issues),
    bnum: read(raw, sendsmsunicode_bnum_names, "bnum", true, sendsmsunicode_bnum_coerce, issues),
    txt: read(raw, sendsmsunicode_txt_names, "txt", true, sendsmsunicode_txt_coerce, issues),
  } as SendsmsunicodeParams;
  return done(params, issues);
}

const sendsmsunicodesync_anum_names = ["anum", "phone1", "from", "param5"] as const;
const sendsmsunicodesync_anum_coerce = asString({ pattern: /^(\+?[0-9*#]{1,20}|[A-Za-z0-9 ._-]{1,11})$/u });
const sendsmsunicodesync_bnum_names = ["bnum", "phone2", "to", "param6"] as const;
const sendsmsunicodesync_bnum_coerce = asPhone();
const sendsmsunicodesync_txt_names = ["txt", "message", "param7"] as const;
const sendsmsunicodesync_txt_coerce = asString({ minLength: 1, maxLength: 4096 });
/** sendsmsunicodesync: 3 parameter(s). */
export function validateSendsmsunicodesync(raw: RawParams): Validated<SendsmsunicodesyncParams> {
  const issues: ParamIssue[] = [];
  const params = {
    anum: read(raw, sendsmsunicodesync_anum_names, "anum", false, sendsmsunicodesync_anum_coerce, issues),
    bnum: read(raw, sendsmsunicodesync_bnum_names, "bnum", true, sendsmsunicodesync_bnum_coerce, issues),
    txt: read(raw, sendsmsunicodesync_txt_names, "txt", true, sendsmsunicodesync_txt_coerce, issues),
  } as SendsmsunicodesyncParams;
  return done(params, issues);
}

/** servicerst: 0 parameter(s). */
export function validateServicerst(raw: RawParams): Validated<ServicerstParams> {
  const issues: ParamIssue[] = [];
  const params: ServicerstParams = {};
  return done(params, issues);
}

/** setfastregpwd: 0 parameter(s). */
export function validateSetfastregpwd(raw: RawParams): Validated<SetfastregpwdParams> {
  const issues: ParamIssue[] = [];
  const params: SetfastregpwdParams = {};
  return done(params, issues);
}

const setfield_table_names = ["table"] as const;
const setfield_table_coerce = asString({ maxLength: 128, pattern: /^[A-Za-z_][A-Za-z0-9_]*$/u });
const setfield_fieldtype_names = ["fieldtype", "param5"] as const;
const setfield_fieldtype_coerce = asEnum(["string", "int", "float"] as const);
const setfield_fieldname_names = ["fieldname", "param6"] as const;
const setfield_fieldname_coerce = asString({ maxLength: 128, pattern: /^[A-Za-z_][A-Za-z0-9_]*$/u });
const setfield_fieldvalue_names = ["fieldvalue", "param7"] as const;
const setfield_fieldvalue_coerce = asString({ maxLength: 4096 });
const setfield_rowid_names = ["rowid", "param8"] as const;
const setfield_rowid_coerce = asInteger({ min: 1 });
const setfield_sync_names = ["sync", "param9"] as const;
const setfield_sync_coerce = asBoolean();
/** setfield: 6 parameter(s). */
export function validateSetfield(raw: RawParams): Validated<SetfieldParams> {
  const issues: ParamIssue[] = [];
  const params = {
    table: read(raw, setfield_table_names, "table", false, setfield_table_coerce, issues, "tb_users"),
    fieldtype: read(raw, setfield_fieldtype_names, "fieldtype", false, setfield_fieldtype_coerce, issues, "string"),
    fieldname: read(raw, setfield_fieldname_names, "fieldname", true, setfield_fieldname_coerce, issues),
    fieldvalue: read(raw, setfield_fieldvalue_names, "fieldvalue", false, setfield_fieldvalue_coerce, issues),
    rowid: read(raw, setfield_rowid_names, "rowid", false, setfield_rowid_coerce, issues),
    sync: read(raw, setfield_sync_names, "sync", false, setfield_sync_coerce, issues, false),
  } as SetfieldParams;
  return done(params, issues);
}

const setini_section_names = ["section", "param5"] as const;
const setini_section_coerce = asString({ maxLength: 128 });
const setini_key_names = ["key", "param6"] as const;
const setini_key_coerce = asString({ minLength: 1, maxLength: 128, pattern: /^[^=\[\]\r\n]+$/u });
const setini_value_names = ["value", "param7"] as const;
const setini_value_coerce = asString({ maxLength: 4096 });
const setini_file_names = ["file", "param8"] as const;
const setini_file_coerce = asString({ maxLength: 255 });
/** setini: 4 parameter(s). */
export function validateSetini(raw: RawParams): Validated<SetiniParams> {
  const issues: ParamIssue[] = [];
  const params = {
    section: read(raw, setini_section_names, "section", false, setini_section_coerce, issues),
    key: read(raw, setini_key_names, "key", true, setini_key_coerce, issues),
    value: read(raw, setini_value_names, "value", false, setini_value_coerce, issues),
    file: read(raw, setini_file_names, "file", false, setini_file_coerce, issues),
  } as SetiniParams;
  return done(params, issues);
}

const setip_cardname_names = ["cardname", "param5"] as const;
const setip_cardname_coerce = asString({ maxLength: 256 });
const setip_ip_names = ["ip", "param6"] as const;
const setip_ip_coerce = asString({ maxLength: 45, pattern: /^[0-9A-Fa-f.:]+$/u });
const setip_mask_names = ["mask", "param7"] as const;
const setip_mask_coerce = asString({ maxLength: 45, pattern: /^[0-9A-Fa-f.:]+$/u });
const setip_gateway_names = ["gateway", "param8"] as const;
const setip_gateway_coerce = asString({ maxLength: 45, pattern: /^[0-9A-Fa-f.:]+$/u });
const setip_gwmetric_names = ["gwmetric", "param9"] as const;
const setip_gwmetric_coerce = asInteger({ min: 0 });
/** setip: 5 parameter(s). */
export function validateSetip(raw: RawParams): Validated<SetipParams> {
  const issues: ParamIssue[] = [];
  const params = {
    cardname: read(raw, setip_cardname_names, "cardname", false, setip_cardname_coerce, issues),
    ip: read(raw, setip_ip_names, "ip", false, setip_ip_coerce, issues),
    mask: read(raw, setip_mask_names, "mask", false, setip_mask_coerce, issues),
    gateway: read(raw, setip_gateway_names, "gateway", false, setip_gateway_coerce, issues),
    gwmetric: read(raw, setip_gwmetric_names, "gwmetric", false, setip_gwmetric_coerce, issues),
  } as SetipParams;
  return done(params, issues);
}

/** shortinfo: 0 parameter(s). */
export function validateShortinfo(raw: RawParams): Validated<ShortinfoParams> {
  const issues: ParamIssue[] = [];
  const params: ShortinfoParams = {};
  return done(params, issues);
}

/** showcfg: 0 parameter(s). */
export function validateShowcfg(raw: RawParams): Validated<ShowcfgParams> {
  const issues: ParamIssue[] = [];
  const params: ShowcfgParams = {};
  return done(params, issues);
}

const showlog_log_names = ["log", "param5"] as const;
const showlog_log_coerce = asEnum(["main", "sip", "gk", "sh", "tcp"] as const);
const showlog_lines_names = ["lines", "param6"] as const;
const showlog_lines_coerce = asInteger({ min: 1, max: 10000 });
/** showlog: 2 parameter(s). */
export function validateShowlog(raw: RawParams): Validated<ShowlogParams> {
  const issues: ParamIssue[] = [];
  const params = {
    log: read(raw, showlog_log_names, "log", false, showlog_log_coerce, issues, "main"),
    lines: read(raw, showlog_lines_names, "lines", false, showlog_lines_coerce, issues, 100),
  } as ShowlogParams;
  return done(params, issues);
}

/** sipreset: 0 parameter(s). */
export function validateSipreset(raw: RawParams): Validated<SipresetParams> {
  const issues: ParamIssue[] = [];
  const params: SipresetParams = {};
  return done(params, issues);
}

const sms_anum_names = ["anum", "phone1", "from", "param5"] as const;
const sms_anum_coerce = asString({ pattern: /^(\+?[0-9*#]{1,20}|[A-Za-z0-9 ._-]{1,11})$/u });
const sms_bnum_names = ["bnum", "phone2", "to", "param6"] as const;
const sms_bnum_coerce = asPhone();
const sms_txt_names = ["txt", "message", "param7"] as const;
const sms_txt_coerce = asString({ minLength: 1, maxLength: 4096 });
/** sms: 3 parameter(s). */
export function validateSms(raw: RawParams): Validated<SmsParams> {
  const issues: ParamIssue[] = [];
  const params = {
    anum: read(raw, sms_anum_names, "anum", false, sms_anum_coerce, issues),
    bnum: read(raw, sms_bnum_names, "bnum", true, sms_bnum_coerce, issues),
    txt: read(raw, sms_txt_names, "txt", true, sms_txt_coerce, issues),
  } as SmsParams;
  return done(params, issues);
}

const smsreceive_anum_names = ["anum", "phone1", "from"] as const;
const smsreceive_anum_coerce = asPhone();
const smsreceive_bnum_names = ["bnum", "phone2", "to"] as const;
const smsreceive_bnum_coerce = asPhone();
const smsreceive_txt_names = ["txt", "message"] as const;
const smsreceive_txt_coerce = asString({ maxLength: 4096 });
/** smsreceive: 3 parameter(s). */
export function validateSmsreceive(raw: RawParams): Validated<SmsreceiveParams> {
  const issues: ParamIssue[] = [];
  const params = {
    anum: read(raw, smsreceive_anum_names, "anum", true, smsreceive_anum_coerce, issues),
    bnum: read(raw, smsreceive_bnum_names, "bnum", true, smsreceive_bnum_coerce, issues),
    txt: read(raw, smsreceive_txt_names, "txt", false, smsreceive_txt_coerce, issues),
  } as SmsreceiveParams;
  return done(params, issues);
}

/** status: 0 parameter(s). */
export function validateStatus(raw: RawParams): Validated<StatusParams> {
  const issues: ParamIssue[] = [];
  const params: StatusParams = {};
  return done(params, issues);
}

/** stopscanner: 0 parameter(s). */
export function validateStopscanner(raw: RawParams): Validated<StopscannerParams> {
  const issues: ParamIssue[] = [];
  const params: StopscannerParams = {};
  return done(params, issues);
}

/** syncmedia: 0 parameter(s). */
export function validateSyncmedia(raw: RawParams): Validated<SyncmediaParams> {
  const issues: ParamIssue[] = [];
  const params: SyncmediaParams = {};
  return done(params, issues);
}

const syncusers_oop_names = ["oop", "param5"] as const;
const syncusers_oop_coerce = asString({ maxLength: 64 });
/** syncusers: 1 parameter(s). */
export function validateSyncusers(raw: RawParams): Validated<SyncusersParams> {
  const issues: ParamIssue[] = [];
  const params = {
    oop: read(raw, syncusers_oop_names, "oop", false, syncusers_oop_coerce, issues),
  } as SyncusersParams;
  return done(params, issues);
}

/** tbackup: 0 parameter(s). */
export function validateTbackup(raw: RawParams): Validated<TbackupParams> {
  const issues: ParamIssue[] = [];
  const params: TbackupParams = {};
  return done(params, issues);
}

/** threadlist: 0 parameter(s). */
export function validateThreadlist(raw: RawParams): Validated<ThreadlistParams> {
  const issues: ParamIssue[] = [];
  const params: ThreadlistParams = {};
  return done(params, issues);
}

/** threads: 0 parameter(s). */
export function validateThreads(raw: RawParams): Validated<ThreadsParams> {
  const issues: ParamIssue[] = [];
  const params: ThreadsParams = {};
  return done(params, issues);
}

/** threads2: 0 parameter(s). */
export function validateThreads2(raw: RawParams): Validated<Threads2Params> {
  const issues: ParamIssue[] = [];
  const params: Threads2Params = {};
  return done(params, issues);
}

/** timezoneset: 0 parameter(s). */
export function validateTimezoneset(raw: RawParams): Validated<TimezonesetParams> {
  const issues: ParamIssue[] = [];
  const params: TimezonesetParams = {};
  return done(params, issues);
}

const toclient_clientip_names = ["clientip", "username", "param5"] as const;
const toclient_clientip_coerce = asString({ maxLength: 64 });
const toclient_txt_names = ["txt", "message", "param6"] as const;
const toclient_txt_coerce = asString({ maxLength: 4096 });
/** toclient: 2 parameter(s). */
export function validateToclient(raw: RawParams): Validated<ToclientParams> {
  const issues: ParamIssue[] = [];
  const params = {
    clientip: read(raw, toclient_clientip_names, "clientip", true, toclient_clientip_coerce, issues),
    txt: read(raw, toclient_txt_names, "txt", true, toclient_txt_coerce, issues),
  } as ToclientParams;
  return done(params, issues);
}

const toip_sims_names = ["sims", "param5"] as const;
const toip_sims_coerce = asString({ maxLength: 64 });
const toip_simid_names = ["simid", "param6"] as const;
const toip_simid_coerce = asInteger({ min: 0 });
const toip_credit_names = ["credit", "param7"] as const;
const toip_credit_coerce = asDecimal();
const toip_callnum_names = ["callnum", "param8"] as const;
const toip_callnum_coerce = asString({ maxLength: 32 });
const toip_dialnum_names = ["dialnum", "param9"] as const;
const toip_dialnum_coerce = asPhone();
/** toip: 5 parameter(s). */
export function validateToip(raw: RawParams): Validated<ToipParams> {
  const issues: ParamIssue[] = [];
  const params = {
    sims: read(raw, toip_sims_names, "sims", false, toip_sims_coerce, issues),
    simid: read(raw, toip_simid_names, "simid", false, toip_simid_coerce, issues),
    credit: read(raw, toip_credit_names, "credit", false, toip_credit_coerce, issues),
    callnum: read(raw, toip_callnum_names, "callnum", false, toip_callnum_coerce, issues),
    dialnum: read(raw, toip_dialnum_names, "dialnum", false, toip_dialnum_coerce, issues),
  } as ToipParams;
  return done(params, issues);
}

const towgw_clientip_names = ["clientip", "username", "param5"] as const;
const towgw_clientip_coerce = asString({ maxLength: 64 });
const towgw_txt_names = ["txt", "message", "param6"] as const;
const towgw_txt_coerce = asString({ maxLength: 4096 });
/** towgw: 2 parameter(s). */
export function validateTowgw(raw: RawParams): Validated<TowgwParams> {
  const issues: ParamIssue[] = [];
  const params = {
    clientip: read(raw, towgw_clientip_names, "clientip", true, towgw_clientip_coerce, issues),
    txt: read(raw, towgw_txt_names, "txt", true, towgw_txt_coerce, issues),
  } as TowgwParams;
  return done(params, issues);
}

const transfercredit_username_names = ["username", "param5"] as const;
const transfercredit_username_coerce = asString({ minLength: 1, maxLength: 64 });
const transfercredit_credit_names = ["credit", "param6"] as const;
const transfercredit_credit_coerce = asDecimal({ min: 0 });
/** transfercredit: 2 parameter(s). */
export function validateTransfercredit(raw: RawParams): Validated<TransfercreditParams> {
  const issues: ParamIssue[] = [];
  const params = {
    username: read(raw, transfercredit_username_names, "username", true, transfercredit_username_coerce, issues),
    credit: read(raw, transfercredit_credit_names, "credit", true, transfercredit_credit_coerce, issues),
  } as TransfercreditParams;
  return done(params, issues);
}

/** tunnelinfo: 0 parameter(s). */
export function validateTunnelinfo(raw: RawParams): Validated<TunnelinfoParams> {
  const issues: ParamIssue[] = [];
  const params: TunnelinfoParams = {};
  return done(params, issues);
}

/** tunnelinfoex: 0 parameter(s). */
export function validateTunnelinfoex(raw: RawParams): Validated<TunnelinfoexParams> {
  const issues: ParamIssue[] = [];
  const params: TunnelinfoexParams = {};
  return done(params, issues);
}

/** tunnellist: 0 parameter(s). */
export function validateTunnellist(raw: RawParams): Validated<TunnellistParams> {
  const issues: ParamIssue[] = [];
  const params: TunnellistParams = {};
  return done(params, issues);
}

const unittest_testtype_names = ["testtype", "param5"] as const;
const unittest_testtype_coerce = asString({ maxLength: 64 });
const unittest_threads_names = ["threads", "param6"] as const;
const unittest_threads_coerce = asInteger({ min: 1, max: 64 });
const unittest_testtime_names = ["testtime", "param7"] as const;
const unittest_testtime_coerce = asInteger({ min: 1, max: 60 });
const unittest_parameter_names = ["parameter", "param8"] as const;
const unittest_parameter_coerce = asString({ maxLength: 1024 });
/** unittest: 4 parameter(s). */
export function validateUnittest(raw: RawParams): Validated<UnittestParams> {
  const issues: ParamIssue[] = [];
  const params = {
    testtype: read(raw, unittest_testtype_names, "testtype", false, unittest_testtype_coerce, issues, "all"),
    threads: read(raw, unittest_threads_names, "threads", false, unittest_threads_coerce, issues, 1),
    testtime: read(raw, unittest_testtime_names, "testtime", false, unittest_testtime_coerce, issues),
    parameter: read(raw, unittest_parameter_names, "parameter", false, unittest_parameter_coerce, issues),
  } as UnittestParams;
  return done(params, issues);
}

const unreg_username_names = ["username", "param5"] as const;
const unreg_username_coerce = asString({ minLength: 1, maxLength: 64 });
const unreg_ip_names = ["ip", "param6"] as const;
const unreg_ip_coerce = asString({ maxLength: 45, pattern: /^[0-9A-Fa-f.:]+$/u });
const unreg_mode_names = ["mode", "param7"] as const;
const unreg_mode_coerce = asEnum([0, 1] as const);
/** unreg: 3 parameter(s). */
export function validateUnreg(raw: RawParams): Validated<UnregParams> {
  const issues: ParamIssue[] = [];
  const params = {
    username: read(raw, unreg_username_names, "username", true, unreg_username_coerce, issues),
    ip: read(raw, unreg_ip_names, "ip", false, unreg_ip_coerce, issues),
    mode: read(raw, unreg_mode_names, "mode", false, unreg_mode_coerce, issues, 0),
  } as UnregParams;
  return done(params, issues);
}

/** updcdrdir: 0 parameter(s). */
export function validateUpdcdrdir(raw: RawParams): Validated<UpdcdrdirParams> {
  const issues: ParamIssue[] = [];
  const params: UpdcdrdirParams = {};
  return done(params, issues);
}

const upgradeall_clients_names = ["clients", "param5"] as const;
const upgradeall_clients_coerce = asEnum([0, 1, 2] as const);
/** upgradeall: 1 parameter(s). */
export function validateUpgradeall(raw: RawParams): Validated<UpgradeallParams> {
  const issues: ParamIssue[] = [];
  const params = {
    clients: read(raw, upgradeall_clients_names, "clients", false, upgradeall_clients_coerce, issues),
  } as UpgradeallParams;
  return done(params, issues);
}

const verifyuser_userusername_names = ["userusername", "param5"] as const;
const verifyuser_userusername_coerce = asString({ minLength: 1, maxLength: 64 });
/** verifyuser: 1 parameter(s). */
export function validateVerifyuser(raw: RawParams): Validated<VerifyuserParams> {
  const issues: ParamIssue[] = [];
  const params = {
    userusername: read(
      raw,
      verifyuser_userusername_names,
      "userusername",
      true,
      verifyuser_userusername_coerce,
      issues,
    ),
  } as VerifyuserParams;
  return done(params, issues);
}

/** version: 0 parameter(s). */
export function validateVersion(raw: RawParams): Validated<VersionParams> {
  const issues: ParamIssue[] = [];
  const params: VersionParams = {};
  return done(params, issues);
}

const voicehere_dbcallid_names = ["dbcallid", "param5"] as const;
const voicehere_dbcallid_coerce = asInteger({ min: 1 });
/** voicehere: 1 parameter(s). */
export function validateVoicehere(raw: RawParams): Validated<VoicehereParams> {
  const issues: ParamIssue[] = [];
  const params = {
    dbcallid: read(raw, voicehere_dbcallid_names, "dbcallid", true, voicehere_dbcallid_coerce, issues),
  } as VoicehereParams;
  return done(params, issues);
}

const voicehere2_username_names = ["username", "param5"] as const;
const voicehere2_username_coerce = asString({ minLength: 1, maxLength: 64 });
/** voicehere2: 1 parameter(s). */
export function validateVoicehere2(raw: RawParams): Validated<Voicehere2Params> {
  const issues: ParamIssue[] = [];
  const params = {
    username: read(raw, voicehere2_username_names, "username", true, voicehere2_username_coerce, issues),
  } as Voicehere2Params;
  return done(params, issues);
}

const voicerecdownload_cdrid_names = ["cdrid", "param5"] as const;
const voicerecdownload_cdrid_coerce = asInteger({ min: 1 });
const voicerecdownload_callid_names = ["callid", "param6"] as const;
const voicerecdownload_callid_coerce = asString({ maxLength: 255 });
const voicerecdownload_userid_names = ["userid", "param7"] as const;
const voicerecdownload_userid_coerce = asInteger({ min: 1 });
const voicerecdownload_parentuserid_names = ["parentuserid", "param8"] as const;
const voicerecdownload_parentuserid_coerce = asInteger({ min: 1 });
const voicerecdownload_maxrecords_names = ["maxrecords", "param9"] as const;
const voicerecdownload_maxrecords_coerce = asInteger({ min: 1, max: 1000 });
const voicerecdownload_days_names = ["days", "param10"] as const;
const voicerecdownload_days_coerce = asString({
  pattern: /^(today|yesterday|lastweek|lastmonth|thismonth|[0-9]{1,4})$/u,
});
const voicerecdownload_format_names = ["format", "param11"] as const;
const voicerecdownload_format_coerce = asEnum([1, 2, 3, 4] as const);
const voicerecdownload_fromdt_names = ["fromdt", "param12"] as const;
const voicerecdownload_fromdt_coerce = asDatetime();
const voicerecdownload_todt_names = ["todt", "param13"] as const;
const voicerecdownload_todt_coerce = asDatetime();
const voicerecdownload_caller_names = ["caller", "param14"] as const;
const voicerecdownload_caller_coerce = asString({ maxLength: 64 });
const voicerecdownload_called_names = ["called", "param15"] as const;
const voicerecdownload_called_coerce = asString({ maxLength: 64 });
/** voicerecdownload: 11 parameter(s). */
export function validateVoicerecdownload(raw: RawParams): Validated<VoicerecdownloadParams> {
  const issues: ParamIssue[] = [];
  const params = {
    cdrid: read(raw, voicerecdownload_cdrid_names, "cdrid", false, voicerecdownload_cdrid_coerce, issues),
    callid: read(raw, voicerecdownload_callid_names, "callid", false, voicerecdownload_callid_coerce, issues),
    userid: read(raw, voicerecdownload_userid_names, "userid", false, voicerecdownload_userid_coerce, issues),
    parentuserid: read(
      raw,
      voicerecdownload_parentuserid_names,
      "parentuserid",
      false,
      voicerecdownload_parentuserid_coerce,
      issues,
    ),
    maxrecords: read(
      raw,
      voicerecdownload_maxrecords_names,
      "maxrecords",
      false,
      voicerecdownload_maxrecords_coerce,
      issues,
    ),
    days: read(raw, voicerecdownload_days_names, "days", false, voicerecdownload_days_coerce, issues),
    format: read(raw, voicerecdownload_format_names, "format", false, voicerecdownload_format_coerce, issues),
    fromdt: read(raw, voicerecdownload_fromdt_names, "fromdt", false, voicerecdownload_fromdt_coerce, issues),
    todt: read(raw, voicerecdownload_todt_names, "todt", false, voicerecdownload_todt_coerce, issues),
    caller: read(raw, voicerecdownload_caller_names, "caller", false, voicerecdownload_caller_coerce, issues),
    called: read(raw, voicerecdownload_called_names, "called", false, voicerecdownload_called_coerce, issues),
  } as VoicerecdownloadParams;
  return done(params, issues);
}

/** vsiprst: 0 parameter(s). */
export function validateVsiprst(raw: RawParams): Validated<VsiprstParams> {
  const issues: ParamIssue[] = [];
  const params: VsiprstParams = {};
  return done(params, issues);
}

/** webrst: 0 parameter(s). */
export function validateWebrst(raw: RawParams): Validated<WebrstParams> {
  const issues: ParamIssue[] = [];
  const params: WebrstParams = {};
  return done(params, issues);
}

/** weeklymaint: 0 parameter(s). */
export function validateWeeklymaint(raw: RawParams): Validated<WeeklymaintParams> {
  const issues: ParamIssue[] = [];
  const params: WeeklymaintParams = {};
  return done(params, issues);
}

/** willstop: 0 parameter(s). */
export function validateWillstop(raw: RawParams): Validated<WillstopParams> {
  const issues: ParamIssue[] = [];
  const params: WillstopParams = {};
  return done(params, issues);
}

const wsuser_brandname_names = ["brandname"] as const;
const wsuser_brandname_coerce = asString({ maxLength: 128 });
const wsuser_companyname_names = ["companyname", "companyame"] as const;
const wsuser_companyname_coerce = asString({ maxLength: 128 });
const wsuser_upperserver_names = ["upperserver"] as const;
const wsuser_upperserver_coerce = asString({ maxLength: 255 });
const wsuser_upperserverdomain_names = ["upperserverdomain"] as const;
const wsuser_upperserverdomain_coerce = asString({ maxLength: 255 });
/** wsuser: 4 parameter(s). */
export function validateWsuser(raw: RawParams): Validated<WsuserParams> {
  const issues: ParamIssue[] = [];
  const params = {
    brandname: read(raw, wsuser_brandname_names, "brandname", false, wsuser_brandname_coerce, issues),
    companyname: read(raw, wsuser_companyname_names, "companyname", false, wsuser_companyname_coerce, issues),
    upperserver: read(raw, wsuser_upperserver_names, "upperserver", false, wsuser_upperserver_coerce, issues),
    upperserverdomain: read(
      raw,
      wsuser_upperserverdomain_names,
      "upperserverdomain",
      false,
      wsuser_upperserverdomain_coerce,
      issues,
    ),
  } as WsuserParams;
  return done(params, issues);
}

/** Validator of every operation, keyed by operationId. */
export const validators = {
  addcallbacknumber: validateAddcallbacknumber,
  addcredit: validateAddcredit,
  addserver: validateAddserver,
  adduser: validateAdduser,
  apireload: validateApireload,
  apitest: validateApitest,
  asendemail: validateAsendemail,
  asendsms: validateAsendsms,
  asendsmssync: validateAsendsmssync,
  at: validateAt,
  backup: validateBackup,
  backupdb: validateBackupdb,
  balance: validateBalance,
  bannedlist: validateBannedlist,
  calcnccache: validateCalcnccache,
  call: validateCall,
  callback: validateCallback,
  callbackaccessnumber: validateCallbackaccessnumber,
  callforward: validateCallforward,
  callrating: validateCallrating,
  capcheck: validateCapcheck,
  cccharge: validateCccharge,
  cdr: validateCdr,
  changepwd: validateChangepwd,
  charge: validateCharge,
  checkcredits: validateCheckcredits,
  checkmails: validateCheckmails,
  checkpins: validateCheckpins,
  checkscanner: validateCheckscanner,
  clearnccache: validateClearnccache,
  cli: validateCli,
  client: validateClient,
  close: validateClose,
  cmd: validateCmd,
  createcdrinfo: validateCreatecdrinfo,
  dailymaint: validateDailymaint,
  dailyreport: validateDailyreport,
  db: validateDb,
  dbbackup: validateDbbackup,
  dbfailover: validateDbfailover,
  dbreset: validateDbreset,
  dbrestore: validateDbrestore,
  dbrsttgs: validateDbrsttgs,
  delbanned: validateDelbanned,
  delobj: validateDelobj,
  deluser: validateDeluser,
  deviceid: validateDeviceid,
  discall: validateDiscall,
  endpoints: validateEndpoints,
  epreg: validateEpreg,
  fastregusers: validateFastregusers,
  fastusers: validateFastusers,
  file: validateFile,
  finetune: validateFinetune,
  forgotpasswordanswer: validateForgotpasswordanswer,
  forgotpasswordquestion: validateForgotpasswordquestion,
  fs: validateFs,
  ftpst: validateFtpst,
  gencdr: validateGencdr,
  getconfroom: validateGetconfroom,
  getdetails: validateGetdetails,
  getfield: validateGetfield,
  getfile: validateGetfile,
  getini: validateGetini,
  getphonenumber: validateGetphonenumber,
  gk: validateGk,
  gwrst: validateGwrst,
  heartbeat: validateHeartbeat,
  help: validateHelp,
  hourlymaint: validateHourlymaint,
  info: validateInfo,
  jppget: validateJppget,
  keepalive: validateKeepalive,
  lists: validateLists,
  listusers: validateListusers,
  loadinifiles: validateLoadinifiles,
  lockphonenumber: validateLockphonenumber,
  locks: validateLocks,
  log: validateLog,
  login: validateLogin,
  logrename: validateLogrename,
  logsearch: validateLogsearch,
  mantreset: validateMantreset,
  monthlymaint: validateMonthlymaint,
  newuser: validateNewuser,
  newuserevent: validateNewuserevent,
  newuseri: validateNewuseri,
  newusersevent: validateNewusersevent,
  newuseru: validateNewuseru,
  normalizechk: validateNormalizechk,
  p2p: validateP2p,
  parsegsmcdr: validateParsegsmcdr,
  pcrst: validatePcrst,
  pgetfile: validatePgetfile,
  pputfile: validatePputfile,
  preauth: validatePreauth,
  predectivet: validatePredectivet,
  presenceGet: validatePresenceGet,
  presenceSet: validatePresenceSet,
  putfile: validatePutfile,
  querylist: validateQuerylist,
  quickstat: validateQuickstat,
  rating: validateRating,
  rebill: validateRebill,
  regstat: validateRegstat,
  reguser: validateReguser,
  reindexncache: validateReindexncache,
  reload: validateReload,
  reloadapikeys: validateReloadapikeys,
  reloaddialplan: validateReloaddialplan,
  reloadnumdircache: validateReloadnumdircache,
  reports: validateReports,
  resetp: validateResetp,
  restart: validateRestart,
  routingtest: validateRoutingtest,
  rulesreload: validateRulesreload,
  saveinifiles: validateSaveinifiles,
  savesettings: validateSavesettings,
  search: validateSearch,
  sendamsg: validateSendamsg,
  sendccinfo: validateSendccinfo,
  sendfax: validateSendfax,
  sendim: validateSendim,
  sendmail: validateSendmail,
  sendsms: validateSendsms,
  sendsmssync: validateSendsmssync,
  sendsmsunicode: validateSendsmsunicode,
  sendsmsunicodesync: validateSendsmsunicodesync,
  servicerst: validateServicerst,
  setfastregpwd: validateSetfastregpwd,
  setfield: validateSetfield,
  setini: validateSetini,
  setip: validateSetip,
  shortinfo: validateShortinfo,
  showcfg: validateShowcfg,
  showlog: validateShowlog,
  sipreset: validateSipreset,
  sms: validateSms,
  smsreceive: validateSmsreceive,
  status: validateStatus,
  stopscanner: validateStopscanner,
  syncmedia: validateSyncmedia,
  syncusers: validateSyncusers,
  tbackup: validateTbackup,
  threadlist: validateThreadlist,
  threads: validateThreads,
  threads2: validateThreads2,
  timezoneset: validateTimezoneset,
  toclient: validateToclient,
  toip: validateToip,
  towgw: validateTowgw,
  transfercredit: validateTransfercredit,
  tunnelinfo: validateTunnelinfo,
  tunnelinfoex: validateTunnelinfoex,
  tunnellist: validateTunnellist,
  unittest: validateUnittest,
  unreg: validateUnreg,
  updcdrdir: validateUpdcdrdir,
  upgradeall: validateUpgradeall,
  verifyuser: validateVerifyuser,
  version: validateVersion,
  voicehere: validateVoicehere,
  voicehere2: validateVoicehere2,
  voicerecdownload: validateVoicerecdownload,
  vsiprst: validateVsiprst,
  webrst: validateWebrst,
  weeklymaint: validateWeeklymaint,
  willstop: validateWillstop,
  wsuser: validateWsuser,
} as const;
