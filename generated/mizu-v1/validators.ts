// generated from spec/ — do not edit; run `make generate`
import { done, read, asDecimal, asPhone, asString } from '../../src/protocol/coerce.ts';
import type { ParamIssue, RawParams, Validated } from '../../src/protocol/coerce.ts';
import type {
  EmptyParams,
  AddcreditParams,
  AdduserParams,
  BalanceParams,
  CbParams,
  ChargeParams,
  CliParams,
  DbParams,
  OopParams,
  P2pParams,
  RatingParams,
  SmsParams,
} from './types.ts';

const empty_anum_names = ["anum", "phone1", "from"] as const;
const empty_anum_coerce = asPhone();
const empty_bnum_names = ["bnum", "phone2", "to"] as const;
const empty_bnum_coerce = asPhone();
/** : 2 parameter(s). */
export function validateEmpty(raw: RawParams): Validated<EmptyParams> {
  const issues: ParamIssue[] = [];
  const params = {
    anum: read(raw, empty_anum_names, "anum", true, empty_anum_coerce, issues),
    bnum: read(raw, empty_bnum_names, "bnum", false, empty_bnum_coerce, issues),
  } as EmptyParams;
  return done(params, issues);
}

const addcredit_credit_names = ["credit"] as const;
const addcredit_credit_coerce = asDecimal();
/** addcredit: 1 parameter(s). */
export function validateAddcredit(raw: RawParams): Validated<AddcreditParams> {
  const issues: ParamIssue[] = [];
  const params = {
    credit: read(raw, addcredit_credit_names, "credit", true, addcredit_credit_coerce, issues),
  } as AddcreditParams;
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
const adduser_credit_coerce = asDecimal();
/** adduser: 5 parameter(s). */
export function validateAdduser(raw: RawParams): Validated<AdduserParams> {
  const issues: ParamIssue[] = [];
  const params = {
    u_username: read(raw, adduser_u_username_names, "u_username", true, adduser_u_username_coerce, issues),
    u_password: read(raw, adduser_u_password_names, "u_password", true, adduser_u_password_coerce, issues),
    u_name: read(raw, adduser_u_name_names, "u_name", false, adduser_u_name_coerce, issues),
    u_email: read(raw, adduser_u_email_names, "u_email", false, adduser_u_email_coerce, issues),
    credit: read(raw, adduser_credit_names, "credit", false, adduser_credit_coerce, issues, "0"),
  } as AdduserParams;
  return done(params, issues);
}

/** balance: 0 parameter(s). */
export function validateBalance(raw: RawParams): Validated<BalanceParams> {
  const issues: ParamIssue[] = [];
  const params: BalanceParams = {};
  return done(params, issues);
}

const cb_anum_names = ["anum", "phone1", "from"] as const;
const cb_anum_coerce = asPhone();
/** cb: 1 parameter(s). */
export function validateCb(raw: RawParams): Validated<CbParams> {
  const issues: ParamIssue[] = [];
  const params = {
    anum: read(raw, cb_anum_names, "anum", true, cb_anum_coerce, issues),
  } as CbParams;
  return done(params, issues);
}

const charge_anum_names = ["anum"] as const;
const charge_anum_coerce = asString({ minLength: 1, maxLength: 64 });
const charge_bnum_names = ["bnum", "phone2", "to"] as const;
const charge_bnum_coerce = asPhone();
/** charge: 2 parameter(s). */
export function validateCharge(raw: RawParams): Validated<ChargeParams> {
  const issues: ParamIssue[] = [];
  const params = {
    anum: read(raw, charge_anum_names, "anum", true, charge_anum_coerce, issues),
    bnum: read(raw, charge_bnum_names, "bnum", false, charge_bnum_coerce, issues),
  } as ChargeParams;
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

const db_txt_names = ["txt", "message"] as const;
const db_txt_coerce = asString({ minLength: 1, maxLength: 4096 });
/** db: 1 parameter(s). */
export function validateDb(raw: RawParams): Validated<DbParams> {
  const issues: ParamIssue[] = [];
  const params = {
    txt: read(raw, db_txt_names, "txt", true, db_txt_coerce, issues),
  } as DbParams;
  return done(params, issues);
}

const oop_txt_names = ["txt", "message"] as const;
const oop_txt_coerce = asString({ minLength: 1, maxLength: 4096 });
/** oop: 1 parameter(s). */
export function validateOop(raw: RawParams): Validated<OopParams> {
  const issues: ParamIssue[] = [];
  const params = {
    txt: read(raw, oop_txt_names, "txt", true, oop_txt_coerce, issues),
  } as OopParams;
  return done(params, issues);
}

const p2p_anum_names = ["anum", "phone1", "from"] as const;
const p2p_anum_coerce = asPhone();
const p2p_bnum_names = ["bnum", "phone2", "to"] as const;
const p2p_bnum_coerce = asPhone();
/** p2p: 2 parameter(s). */
export function validateP2p(raw: RawParams): Validated<P2pParams> {
  const issues: ParamIssue[] = [];
  const params = {
    anum: read(raw, p2p_anum_names, "anum", true, p2p_anum_coerce, issues),
    bnum: read(raw, p2p_bnum_names, "bnum", true, p2p_bnum_coerce, issues),
  } as P2pParams;
  return done(params, issues);
}

const rating_anum_names = ["anum", "phone1", "from"] as const;
const rating_anum_coerce = asPhone();
/** rating: 1 parameter(s). */
export function validateRating(raw: RawParams): Validated<RatingParams> {
  const issues: ParamIssue[] = [];
  const params = {
    anum: read(raw, rating_anum_names, "anum", true, rating_anum_coerce, issues),
  } as RatingParams;
  return done(params, issues);
}

const sms_anum_names = ["anum", "phone1", "from"] as const;
const sms_anum_coerce = asString({ pattern: /^(\+?[0-9*#]{1,20}|[A-Za-z0-9 ._-]{1,11})$/u });
const sms_bnum_names = ["bnum", "phone2", "to"] as const;
const sms_bnum_coerce = asPhone();
const sms_txt_names = ["txt", "message"] as const;
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

/** Validator of every operation, keyed by operationId. */
export const validators = {
  empty: validateEmpty,
  addcredit: validateAddcredit,
  adduser: validateAdduser,
  balance: validateBalance,
  cb: validateCb,
  charge: validateCharge,
  cli: validateCli,
  db: validateDb,
  oop: validateOop,
  p2p: validateP2p,
  rating: validateRating,
  sms: validateSms,
} as const;
