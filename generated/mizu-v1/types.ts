// generated from spec/ — do not edit; run `make generate`
import type { Decimal, FileAnswer, HandlerResult } from '../common.ts';

/**
 * Parameters of mizu-v1 ``: Empty COMMAND; the action is guessed from the parameters (two numbers a p2p call, one
 * number a callback).
 */
export interface EmptyParams {
  /**
   * number1: the only number (callback to it) or the first number of a p2p call.
   *
   * Aliases: phone1, from.
   */
  anum: string;
  /**
   * number2: when present, a p2p call connects number1 to number2.
   *
   * Aliases: phone2, to.
   */
  bnum?: string;
}

/** Request input of mizu-v1 ``: its parameters (none has a default). */
export type EmptyInput = EmptyParams;

/**
 * Result of mizu-v1 ``.
 *
 * OK once the guessed call (p2p or callback) is initiated, or ERROR:reason.
 */
export interface EmptyResult {
  message?: string;
}

/** Parameters of mizu-v1 `addcredit`: Add credit to a user (only from the trusted IP set by httpapiallowedip2). */
export interface AddcreditParams {
  /** The amount (AMMOUNT) added to the user's credit, in the account currency; a negative amount deducts. */
  credit: Decimal;
}

/** Request input of mizu-v1 `addcredit`: its parameters (none has a default). */
export type AddcreditInput = AddcreditParams;

/**
 * Result of mizu-v1 `addcredit`.
 *
 * OK once the credit is added, or ERROR:reason.
 */
export interface AddcreditResult {
  message?: string;
}

/** Parameters of mizu-v1 `adduser`: Add a new prepaid enduser (only from the trusted IP set by httpapiallowedip2). */
export interface AdduserParams {
  /** Username (SIP username) of the new user. */
  u_username: string;
  /** Password of the new user. */
  u_password: string;
  /** Full name of the new user (optional). */
  u_name?: string;
  /** Email address of the new user (optional). */
  u_email?: string;
  /** Initial credit of the new prepaid user, in the account currency. */
  credit: Decimal;
}

/**
 * Request input of mizu-v1 `adduser`: Add a new prepaid enduser (only from the trusted IP set by httpapiallowedip2).
 */
export interface AdduserInput {
  /** Username (SIP username) of the new user. */
  u_username: string;
  /** Password of the new user. */
  u_password: string;
  /** Full name of the new user (optional). */
  u_name?: string;
  /** Email address of the new user (optional). */
  u_email?: string;
  /** Initial credit of the new prepaid user, in the account currency. */
  credit?: Decimal;
}

/**
 * Result of mizu-v1 `adduser`.
 *
 * OK once the user is created, or ERROR:reason (for example when the username is taken).
 */
export interface AdduserResult {
  message?: string;
}

/** Parameters of mizu-v1 `balance`: Credit request: the authenticated user's credit balance. */
export interface BalanceParams {}

/** Request input of mizu-v1 `balance`: its parameters (none has a default). */
export type BalanceInput = BalanceParams;

/**
 * Result of mizu-v1 `balance`.
 *
 * The user's current credit in the account currency (the seed does not specify the format).
 */
export interface BalanceResult {
  value: Decimal;
}

/** Parameters of mizu-v1 `cb`: Initiate a callback call to a number. */
export interface CbParams {
  /**
   * The number to be called back; when it answers, the defcallbackivr campaign runs.
   *
   * Aliases: phone1, from.
   */
  anum: string;
}

/** Request input of mizu-v1 `cb`: its parameters (none has a default). */
export type CbInput = CbParams;

/**
 * Result of mizu-v1 `cb`.
 *
 * OK once the callback is initiated, or ERROR:reason.
 */
export interface CbResult {
  message?: string;
}

/** Parameters of mizu-v1 `charge`: Recharge the user's credit using a recharge PIN. */
export interface ChargeParams {
  /** The recharge PIN (rechargecode, PINCODE) to redeem. */
  anum: string;
  /**
   * number2 of the positional form: the number of the account to recharge; the authenticated user when absent.
   *
   * Aliases: phone2, to.
   */
  bnum?: string;
}

/** Request input of mizu-v1 `charge`: its parameters (none has a default). */
export type ChargeInput = ChargeParams;

/**
 * Result of mizu-v1 `charge`.
 *
 * OK once the voucher value is added to the credit, or ERROR:reason.
 */
export interface ChargeResult {
  message?: string;
}

/** Parameters of mizu-v1 `cli`: Add a PIN-less number (ANI) to the user for A-number based authentication. */
export interface CliParams {
  /**
   * The caller number (ANI) to assign to the user.
   *
   * Aliases: phone1, from.
   */
  anum: string;
}

/** Request input of mizu-v1 `cli`: its parameters (none has a default). */
export type CliInput = CliParams;

/**
 * Result of mizu-v1 `cli`.
 *
 * OK once the number is assigned, or ERROR:reason (for example when the number belongs to another user).
 */
export interface CliResult {
  message?: string;
}

/**
 * Parameters of mizu-v1 `db`: Run any database query (select, update, etc.); only if the authenticated user is an
 * admin.
 */
export interface DbParams {
  /**
   * The SQL statement to run.
   *
   * Aliases: message.
   */
  txt: string;
}

/** Request input of mizu-v1 `db`: its parameters (none has a default). */
export type DbInput = DbParams;

/**
 * Result of mizu-v1 `db`.
 *
 * Not specified by the seed: the selected rows as text, or OK and the number of affected rows.
 */
export interface DbResult {
  text: string;
}

/** Parameters of mizu-v1 `oop`: Run any operation defined on the console API, passed in txt. */
export interface OopParams {
  /**
   * The console command line to execute.
   *
   * Aliases: message.
   */
  txt: string;
}

/** Request input of mizu-v1 `oop`: its parameters (none has a default). */
export type OopInput = OopParams;

/**
 * Result of mizu-v1 `oop`.
 *
 * The answer of the console command, as the console prints it (not specified by the seed).
 */
export interface OopResult {
  text: string;
}

/** Parameters of mizu-v1 `p2p`: Phone to phone call request: call the first number and connect it to the second. */
export interface P2pParams {
  /**
   * A number (number 1): the first phone called.
   *
   * Aliases: phone1, from.
   */
  anum: string;
  /**
   * B number (number 2): the phone the first one is connected to.
   *
   * Aliases: phone2, to.
   */
  bnum: string;
}

/** Request input of mizu-v1 `p2p`: its parameters (none has a default). */
export type P2pInput = P2pParams;

/**
 * Result of mizu-v1 `p2p`.
 *
 * OK once the call is initiated, or ERROR:reason.
 */
export interface P2pResult {
  message?: string;
}

/** Parameters of mizu-v1 `rating`: Rate request: the user's tariff rate to a destination number or prefix. */
export interface RatingParams {
  /**
   * The destination number or prefix to rate (PREFIX_OR_NUMBER).
   *
   * Aliases: phone1, from.
   */
  anum: string;
}

/** Request input of mizu-v1 `rating`: its parameters (none has a default). */
export type RatingInput = RatingParams;

/**
 * Result of mizu-v1 `rating`.
 *
 * The seed's bare value after OK (000:L68), carrying the real server's rate line (the Mizu v2 rating answer, see
 * spec/mizu-v2/rating.yaml wire): the price per minute and currency of the longest matching prefix of the user's
 * tariff, then the destination's name (its prefix when the tariff names none).
 *
 */
export interface RatingResult {
  value: string;
}

/** Parameters of mizu-v1 `sms`: Send an SMS message. */
export interface SmsParams {
  /**
   * The sender shown to the recipient (from): a number, or an alphanumeric sender id of at most 11 characters (as the
   * PHP client sends it); the SMS account's sourceAddr when absent.
   *
   * Aliases: phone1, from.
   */
  anum?: string;
  /**
   * B number (number 2): the destination mobile number.
   *
   * Aliases: phone2, to.
   */
  bnum: string;
  /**
   * The SMS text.
   *
   * Aliases: message.
   */
  txt: string;
}

/** Request input of mizu-v1 `sms`: its parameters (none has a default). */
export type SmsInput = SmsParams;

/**
 * Result of mizu-v1 `sms`.
 *
 * OK once the message is accepted for sending, or ERROR:reason.
 */
export interface SmsResult {
  message?: string;
}

/** Every operation's parameters, keyed by operationId (the handler name). */
export interface MizuV1ParamsByOperation {
  empty: EmptyParams;
  addcredit: AddcreditParams;
  adduser: AdduserParams;
  balance: BalanceParams;
  cb: CbParams;
  charge: ChargeParams;
  cli: CliParams;
  db: DbParams;
  oop: OopParams;
  p2p: P2pParams;
  rating: RatingParams;
  sms: SmsParams;
}

/** Every operation's request input, keyed by operationId. */
export interface MizuV1InputByOperation {
  empty: EmptyInput;
  addcredit: AddcreditInput;
  adduser: AdduserInput;
  balance: BalanceInput;
  cb: CbInput;
  charge: ChargeInput;
  cli: CliInput;
  db: DbInput;
  oop: OopInput;
  p2p: P2pInput;
  rating: RatingInput;
  sms: SmsInput;
}

/** Every operation's result, keyed by operationId (the handler name). */
export interface MizuV1ResultByOperation {
  empty: EmptyResult;
  addcredit: AddcreditResult;
  adduser: AdduserResult;
  balance: BalanceResult;
  cb: CbResult;
  charge: ChargeResult;
  cli: CliResult;
  db: DbResult;
  oop: OopResult;
  p2p: P2pResult;
  rating: RatingResult;
  sms: SmsResult;
}

/**
 * The numbered parameter families of each operation (fieldname0..fieldname99): OpenAPI cannot list them as parameters.
 */
export interface MizuV1IndexedParamsByOperation {
  empty: never;
  addcredit: never;
  adduser: never;
  balance: never;
  cb: never;
  charge: never;
  cli: never;
  db: never;
  oop: never;
  p2p: never;
  rating: never;
  sms: never;
}

/**
 * The implemented operations (status: implemented). src/ declares its handlers with `satisfies`, so a missing or
 * mistyped one fails the build.
 */
export interface MizuV1Handlers<Ctx> {
  /** : Empty COMMAND; the action is guessed from the parameters (two numbers a p2p call, one number a callback). */
  empty: (params: EmptyParams, ctx: Ctx) => HandlerResult<EmptyResult>;
  /** addcredit: Add credit to a user (only from the trusted IP set by httpapiallowedip2). */
  addcredit: (params: AddcreditParams, ctx: Ctx) => HandlerResult<AddcreditResult>;
  /** adduser: Add a new prepaid enduser (only from the trusted IP set by httpapiallowedip2). */
  adduser: (params: AdduserParams, ctx: Ctx) => HandlerResult<AdduserResult>;
  /** balance: Credit request: the authenticated user's credit balance. */
  balance: (params: BalanceParams, ctx: Ctx) => HandlerResult<BalanceResult>;
  /** cb: Initiate a callback call to a number. */
  cb: (params: CbParams, ctx: Ctx) => HandlerResult<CbResult>;
  /** charge: Recharge the user's credit using a recharge PIN. */
  charge: (params: ChargeParams, ctx: Ctx) => HandlerResult<ChargeResult>;
  /** cli: Add a PIN-less number (ANI) to the user for A-number based authentication. */
  cli: (params: CliParams, ctx: Ctx) => HandlerResult<CliResult>;
  /** db: Run any database query (select, update, etc.); only if the authenticated user is an admin. */
  db: (params: DbParams, ctx: Ctx) => HandlerResult<DbResult>;
  /** oop: Run any operation defined on the console API, passed in txt. */
  oop: (params: OopParams, ctx: Ctx) => HandlerResult<OopResult>;
  /** p2p: Phone to phone call request: call the first number and connect it to the second. */
  p2p: (params: P2pParams, ctx: Ctx) => HandlerResult<P2pResult>;
  /** rating: Rate request: the user's tariff rate to a destination number or prefix. */
  rating: (params: RatingParams, ctx: Ctx) => HandlerResult<RatingResult>;
  /** sms: Send an SMS message. */
  sms: (params: SmsParams, ctx: Ctx) => HandlerResult<SmsResult>;
}
