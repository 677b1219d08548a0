// generated from spec/ — do not edit; run `make generate`
import { done, read, asDecimal, asPhone, asString } from '../../src/protocol/coerce.ts';
import type { ParamIssue, RawParams, Validated } from '../../src/protocol/coerce.ts';
import type { EmptyParams, AddcreditParams, AdduserParams, BalanceParams, CbParams, ChargeParams, CliParams, DbParams, OopParams, P2pParams, RatingParams, SmsParams } from './types.ts';
const empty_0_names = ["anum", "phone1", "from"] as const;
const empty_0_coerce = asPhone();
const empty_1_names = ["bnum", "phone2", "to"] as const;
const empty_1_coerce = asPhone();
/** : 2 parameter(s). */
export function validateEmpty(raw: RawParams): Validated<EmptyParams> {
  const issues: ParamIssue[] = [];
  const params = {
    anum: read(raw, empty_0_names, "anum", true, empty_0_coerce, issues),
    bnum: read(raw, empty_1_names, "bnum", false, empty_1_coerce, issues),
  } as EmptyParams;
  return done(params, issues);
}

const addcredit_0_names = ["credit"] as const;
const addcredit_0_coerce = asDecimal();
/** addcredit: 1 parameter(s). */
export function validateAddcredit(raw: RawParams): Validated<AddcreditParams> {
  const issues: ParamIssue[] = [];
  const params = {
    credit: read(raw, addcredit_0_names, "credit", true, addcredit_0_coerce, issues),
  } as AddcreditParams;
  return done(params, issues);
}

const adduser_0_names = ["u_username"] as const;
const adduser_0_coerce = asString({ minLength: 1, maxLength: 64 });
const adduser_1_names = ["u_password"] as const;
const adduser_1_coerce = asString({ minLength: 1, maxLength: 64 });
const adduser_2_names = ["u_name"] as const;
const adduser_2_coerce = asString({ maxLength: 128 });
const adduser_3_names = ["u_email"] as const;
const adduser_3_coerce = asString({ maxLength: 254, pattern: /^[^@\s]+@[^@\s]+$/u });
const adduser_4_names = ["credit"] as const;
const adduser_4_coerce = asDecimal();
/** adduser: 5 parameter(s). */
export function validateAdduser(raw: RawParams): Validated<AdduserParams> {
  const issues: ParamIssue[] = [];
  const params = {
    u_username: read(raw, adduser_0_names, "u_username", true, adduser_0_coerce, issues),
    u_password: read(raw, adduser_1_names, "u_password", true, adduser_1_coerce, issues),
    u_name: read(raw, adduser_2_names, "u_name", false, adduser_2_coerce, issues),
    u_email: read(raw, adduser_3_names, "u_email", false, adduser_3_coerce, issues),
    credit: read(raw, adduser_4_names, "credit", false, adduser_4_coerce, issues, "0"),
  } as AdduserParams;
  return done(params, issues);
}

/** balance: 0 parameter(s). */
export function validateBalance(raw: RawParams): Validated<BalanceParams> {
  const issues: ParamIssue[] = [];
  const params: BalanceParams = {};
  return done(params, issues);
}

const cb_0_names = ["anum", "phone1", "from"] as const;
const cb_0_coerce = asPhone();
/** cb: 1 parameter(s). */
export function validateCb(raw: RawParams): Validated<CbParams> {
  const issues: ParamIssue[] = [];
  const params = {
    anum: read(raw, cb_0_names, "anum", true, cb_0_coerce, issues),
  } as CbParams;
  return done(params, issues);
}

const charge_0_names = ["anum"] as const;
const charge_0_coerce = asString({ minLength: 1, maxLength: 64 });
const charge_1_names = ["bnum", "phone2", "to"] as const;
const charge_1_coerce = asPhone();
/** charge: 2 parameter(s). */
export function validateCharge(raw: RawParams): Validated<ChargeParams> {
  const issues: ParamIssue[] = [];
  const params = {
    anum: read(raw, charge_0_names, "anum", true, charge_0_coerce, issues),
    bnum: read(raw, charge_1_names, "bnum", false, charge_1_coerce, issues),
  } as ChargeParams;
  return done(params, issues);
}

const cli_0_names = ["anum", "phone1", "from"] as const;
const cli_0_coerce = asPhone();
/** cli: 1 parameter(s). */
export function validateCli(raw: RawParams): Validated<CliParams> {
  const issues: ParamIssue[] = [];
  const params = {
    anum: read(raw, cli_0_names, "anum", true, cli_0_coerce, issues),
  } as CliParams;
  return done(params, issues);
}

const db_0_names = ["txt", "message"] as const;
const db_0_coerce = asString({ minLength: 1, maxLength: 4096 });
/** db: 1 parameter(s). */
export function validateDb(raw: RawParams): Validated<DbParams> {
  const issues: ParamIssue[] = [];
  const params = {
    txt: read(raw, db_0_names, "txt", true, db_0_coerce, issues),
  } as DbParams;
  return done(params, issues);
}

const oop_0_names = ["txt", "message"] as const;
const oop_0_coerce = asString({ minLength: 1, maxLength: 4096 });
/** oop: 1 parameter(s). */
export function validateOop(raw: RawParams): Validated<OopParams> {
  const issues: ParamIssue[] = [];
  const params = {
    txt: read(raw, oop_0_names, "txt", true, oop_0_coerce, issues),
  } as OopParams;
  return done(params, issues);
}

const p2p_0_names = ["anum", "phone1", "from"] as const;
const p2p_0_coerce = asPhone();
const p2p_1_names = ["bnum", "phone2", "to"] as const;
const p2p_1_coerce = asPhone();
/** p2p: 2 parameter(s). */
export function validateP2p(raw: RawParams): Validated<P2pParams> {
  const issues: ParamIssue[] = [];
  const params = {
    anum: read(raw, p2p_0_names, "anum", true, p2p_0_coerce, issues),
    bnum: read(raw, p2p_1_names, "bnum", true, p2p_1_coerce, issues),
  } as P2pParams;
  return done(params, issues);
}

const rating_0_names = ["anum", "phone1", "from"] as const;
const rating_0_coerce = asPhone();
/** rating: 1 parameter(s). */
export function validateRating(raw: RawParams): Validated<RatingParams> {
  const issues: ParamIssue[] = [];
  const params = {
    anum: read(raw, rating_0_names, "anum", true, rating_0_coerce, issues),
  } as RatingParams;
  return done(params, issues);
}

const sms_0_names = ["anum", "phone1", "from"] as const;
const sms_0_coerce = asPhone();
const sms_1_names = ["bnum", "phone2", "to"] as const;
const sms_1_coerce = asPhone();
const sms_2_names = ["txt", "message"] as const;
const sms_2_coerce = asString({ minLength: 1, maxLength: 4096 });
/** sms: 3 parameter(s). */
export function validateSms(raw: RawParams): Validated<SmsParams> {
  const issues: ParamIssue[] = [];
  const params = {
    anum: read(raw, sms_0_names, "anum", false, sms_0_coerce, issues),
    bnum: read(raw, sms_1_names, "bnum", true, sms_1_coerce, issues),
    txt: read(raw, sms_2_names, "txt", true, sms_2_coerce, issues),
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
