// generated from spec/ — do not edit; run `make generate`
import type { Decimal, FileAnswer, HandlerResult } from '../common.ts';

/** Parameters of mizu-v2 `addcallbacknumber`: Add a custom callback number for the user. */
export interface AddcallbacknumberParams {
  /**
   * The callback number to add (not named by the seed). Absent: nothing is added; the answer lists the user's callback
   * numbers.
   *
   * Aliases: phone1, from.
   */
  anum?: string;
}

/** Request input of mizu-v2 `addcallbacknumber`: its parameters (none has a default). */
export type AddcallbacknumberInput = AddcallbacknumberParams;

/**
 * Result of mizu-v2 `addcallbacknumber`.
 *
 * Not specified by the seed: OK once the number is added (or, bare, that nothing was added), or ERROR:reason.
 */
export interface AddcallbacknumberResult {
  message?: string;
}

/** Parameters of mizu-v2 `addcredit`: Add credit to a user (admin access, from trusted IP only by default). */
export interface AddcreditParams {
  /** The user to credit: username, user id or PIN code. */
  pin: string;
  /**
   * The amount to add, in the user's account currency; a negative amount deducts (not in the parameter list; sent by
   * the examples).
   */
  credit: Decimal;
}

/** Request input of mizu-v2 `addcredit`: its parameters (none has a default). */
export type AddcreditInput = AddcreditParams;

/**
 * Result of mizu-v2 `addcredit`.
 *
 * OK once the credit is added, or ERROR:reason.
 */
export interface AddcreditResult {
  message?: string;
}

/** Parameters of mizu-v2 `addserver`: Add a SIP server or traffic sender (peer/trunk) with its routing. */
export interface AddserverParams {
  /** What the server is for. */
  u_type?: 0 | 5 | 9;
  /** name (either the name or the username must be provided) */
  u_name?: string;
  /** username (either the name or the username must be provided) */
  u_username?: string;
  /** will be auto generated if empty */
  u_password?: string;
  /** domain name (either the domain or the ip must be provided) */
  u_domain?: string;
  /** IP address. it can be also IP:port (either the domain or the ip must be provided) */
  u_ip?: string;
  /** port number if not set as part of the domain or IP (default is 5060 if not provided) */
  u_port: number;
  /** outbound proxy (optional) */
  u_proxy?: string;
  /** udp, tcp or tls (default is udp if not set) */
  u_transport: "udp" | "tcp" | "tls";
  /** the needauth db field (default is 1 which means IP based auth; check the documentation for other possibilities) */
  u_auth: number;
  /** optional */
  u_email?: string;
  /** optional */
  u_country?: string;
  /** optional (ISO 4217 code) */
  u_currency?: string;
  /** optional (starting credit) */
  u_credit?: Decimal;
  /** routing entry id or name (set to "null" if no routing entry is required; set to empty to auto-guess). */
  u_routing?: string;
  /** routing priority */
  u_routingpriority?: number;
  /** Extra tb_users field to set: fieldname0 .. fieldname99, each with the fieldval of the same number. */
  fieldname?: Partial<Record<number, string>>;
  /** Value for the fieldname of the same number: fieldval0 .. fieldval99. */
  fieldval?: Partial<Record<number, string>>;
}

/** Request input of mizu-v2 `addserver`: Add a SIP server or traffic sender (peer/trunk) with its routing. */
export interface AddserverInput {
  /** What the server is for. */
  u_type?: 0 | 5 | 9;
  /** name (either the name or the username must be provided) */
  u_name?: string;
  /** username (either the name or the username must be provided) */
  u_username?: string;
  /** will be auto generated if empty */
  u_password?: string;
  /** domain name (either the domain or the ip must be provided) */
  u_domain?: string;
  /** IP address. it can be also IP:port (either the domain or the ip must be provided) */
  u_ip?: string;
  /** port number if not set as part of the domain or IP (default is 5060 if not provided) */
  u_port?: number;
  /** outbound proxy (optional) */
  u_proxy?: string;
  /** udp, tcp or tls (default is udp if not set) */
  u_transport?: "udp" | "tcp" | "tls";
  /** the needauth db field (default is 1 which means IP based auth; check the documentation for other possibilities) */
  u_auth?: number;
  /** optional */
  u_email?: string;
  /** optional */
  u_country?: string;
  /** optional (ISO 4217 code) */
  u_currency?: string;
  /** optional (starting credit) */
  u_credit?: Decimal;
  /** routing entry id or name (set to "null" if no routing entry is required; set to empty to auto-guess). */
  u_routing?: string;
  /** routing priority */
  u_routingpriority?: number;
  /** Extra tb_users field to set: fieldname0 .. fieldname99, each with the fieldval of the same number. */
  fieldname?: Partial<Record<number, string>>;
  /** Value for the fieldname of the same number: fieldval0 .. fieldval99. */
  fieldval?: Partial<Record<number, string>>;
}

/**
 * Result of mizu-v2 `addserver`.
 *
 * Not specified by the seed; a faithful implementation answers the new server account and its routing entry.
 */
export interface AddserverResult {
  /** tb_users.id of the new server account. */
  userid: number;
  /** Its username (generated from u_name when not given). */
  username: string;
  /** The generated password, when u_password was empty. */
  password?: string;
  /** Routing entry used or created (absent with u_routing=null). */
  routingid?: number;
}

/** Parameters of mizu-v2 `adduser`: Add a new prepaid enduser (deprecated name of newuseri). */
export interface AdduserParams {
  /** used for the adduser operations (000:L54): the new account's username. */
  u_username: string;
  /** used for the adduser operations (000:L55): the new account's password. */
  u_password: string;
  /** used for the adduser operations (optional) (000:L56): full name. */
  u_name?: string;
  /** used for the adduser operations (optional) (000:L57): email address. */
  u_email?: string;
  /** used for the addcredit operation and adduser operations (000:L53): starting credit of the prepaid account. */
  credit?: Decimal;
}

/** Request input of mizu-v2 `adduser`: its parameters (none has a default). */
export type AdduserInput = AdduserParams;

/**
 * Result of mizu-v2 `adduser`.
 *
 * As newuseri (not specified by the seed; the old interface answered OK or ERROR:reason).
 */
export interface AdduserResult {
  /** tb_users.id of the new user. */
  userid: number;
  /** Its username. */
  username: string;
}

/** Parameters of mizu-v2 `apireload`: Reload the tb_api rules (after adding or changing an entry in tb_api). */
export interface ApireloadParams {}

/** Request input of mizu-v2 `apireload`: its parameters (none has a default). */
export type ApireloadInput = ApireloadParams;

/**
 * Result of mizu-v2 `apireload`.
 *
 * OK once the new rules are in effect; the seed does not specify the answer.
 */
export interface ApireloadResult {
  message?: string;
}

/** Parameters of mizu-v2 `apitest`: API test; the simplest request, without authentication requirements. */
export interface ApitestParams {}

/** Request input of mizu-v2 `apitest`: its parameters (none has a default). */
export type ApitestInput = ApitestParams;

/**
 * Result of mizu-v2 `apitest`.
 *
 * OK (the seed does not specify the answer text).
 */
export interface ApitestResult {
  message?: string;
}

/** Parameters of mizu-v2 `asendemail`: Send an email (admin, asynchronous). */
export interface AsendemailParams {
  /**
   * Sender address; from can be empty (then the server's configured sender).
   *
   * Aliases: anum, phone1.
   */
  from?: string;
  /**
   * Recipient address.
   *
   * Aliases: bnum, phone2.
   */
  to: string;
  /** Subject line. */
  subject?: string;
  /**
   * The email body (message).
   *
   * Aliases: message.
   */
  txt: string;
}

/** Request input of mizu-v2 `asendemail`: its parameters (none has a default). */
export type AsendemailInput = AsendemailParams;

/**
 * Result of mizu-v2 `asendemail`.
 *
 * OK and the message id once the e-mail is in the outbox (not specified by the seed).
 */
export interface AsendemailResult {
  /** The e-mail's id in the outbox. */
  messageid: string;
  /** queued: the outbox worker hands it to the SMTP server. */
  state: "queued" | "submitted" | "delivered" | "failed" | "expired";
}

/** Parameters of mizu-v2 `asendsms`: Send an SMS asynchronously (admin, high performance). */
export interface AsendsmsParams {
  /**
   * The sender shown to the recipient (from): a number, or an alphanumeric sender id of at most 11 characters (as the
   * PHP client sends it); the SMS account's sourceAddr when absent.
   *
   * Aliases: phone1, from.
   */
  anum?: string;
  /**
   * Destination mobile number (to; telnumber in 001).
   *
   * Aliases: phone2, to, telnumber.
   */
  bnum: string;
  /**
   * The SMS text (message).
   *
   * Aliases: message.
   */
  txt: string;
}

/** Request input of mizu-v2 `asendsms`: its parameters (none has a default). */
export type AsendsmsInput = AsendsmsParams;

/**
 * Result of mizu-v2 `asendsms`.
 *
 * OK and the message id once the SMS is queued; admins are not charged.
 */
export interface AsendsmsResult {
  /**
   * The message's id: in the outbox, or sip-<n> for an on-net message, kept in the instant-message store (answered at
   * once).
   */
  messageid: string;
  /**
   * Where the message is: queued (asynchronous, or an on-net message waiting for the user's phone), or the SMSC's
   * submit result (synchronous; delivered once an on-net user's phone accepted it).
   */
  state: "queued" | "submitted" | "delivered" | "failed" | "expired";
  /** The SMS parts the text was split into. */
  parts?: number;
  /** What the message cost the user, in the account currency (0 when the tariff has no SMS price). */
  charged?: Decimal;
}

/** Parameters of mizu-v2 `asendsmssync`: Send an SMS and wait for the result (admin). */
export interface AsendsmssyncParams {
  /**
   * The sender shown to the recipient (from): a number, or an alphanumeric sender id of at most 11 characters (as the
   * PHP client sends it); the SMS account's sourceAddr when absent.
   *
   * Aliases: phone1, from.
   */
  anum?: string;
  /**
   * Destination mobile number (to).
   *
   * Aliases: phone2, to.
   */
  bnum: string;
  /**
   * The SMS text (message).
   *
   * Aliases: message.
   */
  txt: string;
}

/** Request input of mizu-v2 `asendsmssync`: its parameters (none has a default). */
export type AsendsmssyncInput = AsendsmssyncParams;

/**
 * Result of mizu-v2 `asendsmssync`.
 *
 * The SMSC's submit result: OK and the message id, or ERROR (command-failed) with the gateway's reason; admins are not
 * charged.
 */
export interface AsendsmssyncResult {
  /**
   * The message's id: in the outbox, or sip-<n> for an on-net message, kept in the instant-message store (answered at
   * once).
   */
  messageid: string;
  /**
   * Where the message is: queued (asynchronous, or an on-net message waiting for the user's phone), or the SMSC's
   * submit result (synchronous; delivered once an on-net user's phone accepted it).
   */
  state: "queued" | "submitted" | "delivered" | "failed" | "expired";
  /** The SMS parts the text was split into. */
  parts?: number;
  /** What the message cost the user, in the account currency (0 when the tariff has no SMS price). */
  charged?: Decimal;
}

/** Parameters of mizu-v2 `at`: Send an AT command directly to a gateway engine (GSM modem line). */
export interface AtParams {
  /** The gateway (engine) name. */
  gwname: string;
  /** The modem line on that gateway. */
  line: number;
  /** The AT command, e.g. AT+CSQ. */
  ATcommand: string;
}

/** Request input of mizu-v2 `at`: its parameters (none has a default). */
export type AtInput = AtParams;

/**
 * Result of mizu-v2 `at`.
 *
 * The modem's answer; the seed does not specify the answer.
 */
export interface AtResult {
  text: string;
}

/** Parameters of mizu-v2 `backup`: Launch a database backup to the second server. */
export interface BackupParams {}

/** Request input of mizu-v2 `backup`: its parameters (none has a default). */
export type BackupInput = BackupParams;

/**
 * Result of mizu-v2 `backup`.
 *
 * OK once the backup was launched (it runs in the background); the seed does not specify the answer.
 */
export interface BackupResult {
  message?: string;
}

/** Parameters of mizu-v2 `backupdb`: Back up the database (meaning inferred from the name). */
export interface BackupdbParams {}

/** Request input of mizu-v2 `backupdb`: its parameters (none has a default). */
export type BackupdbInput = BackupdbParams;

/**
 * Result of mizu-v2 `backupdb`.
 *
 * The seed does not specify the answer; Switchboard answers where the backup went.
 */
export interface BackupdbResult {
  /** The backup file written, relative to the backup directory. */
  path: string;
  /** Its size in bytes. */
  size: number;
}

/** Parameters of mizu-v2 `balance`: The authenticated user's credit balance. */
export interface BalanceParams {}

/** Request input of mizu-v2 `balance`: its parameters (none has a default). */
export type BalanceInput = BalanceParams;

/** Result of mizu-v2 `balance`. */
export interface BalanceResult {
  /** The current credit in the account currency. */
  credit: Decimal;
  /** ISO 4217 code of the account currency. */
  currency: string;
}

/** Parameters of mizu-v2 `bannedlist`: List the banned IP addresses. */
export interface BannedlistParams {}

/** Request input of mizu-v2 `bannedlist`: its parameters (none has a default). */
export type BannedlistInput = BannedlistParams;

/** One row of bannedlist. */
export interface BannedlistRow {
  /** The banned IP address. */
  ip: string;
  /** Why it was banned, e.g. failed API authentication. */
  reason?: string;
  /** When it was banned. */
  since: string;
  /** When the ban ends; absent for a permanent ban. */
  until?: string;
}

/**
 * Result of mizu-v2 `bannedlist`.
 *
 * One row per banned address (fields not specified by the seed).
 */
export interface BannedlistResult {
  rows: BannedlistRow[];
}

/** Parameters of mizu-v2 `calcnccache`: Recalculate the next-client cache size and mode. */
export interface CalcnccacheParams {}

/** Request input of mizu-v2 `calcnccache`: its parameters (none has a default). */
export type CalcnccacheInput = CalcnccacheParams;

/**
 * Result of mizu-v2 `calcnccache`.
 *
 * The seed does not specify the answer.
 */
export interface CalcnccacheResult {
  message?: string;
}

/** Parameters of mizu-v2 `call`: Make SIM cards call each other (a SIM test call). */
export interface CallParams {
  /** The SIM that places the call. */
  origsimid: number;
  /** The number to call. */
  telnum: string;
  /** Call length in seconds (the seed gives no unit). */
  duration?: number;
}

/** Request input of mizu-v2 `call`: its parameters (none has a default). */
export type CallInput = CallParams;

/**
 * Result of mizu-v2 `call`.
 *
 * The seed does not specify the answer.
 */
export interface CallResult {
  message?: string;
}

/** Parameters of mizu-v2 `callback`: Initiate a callback call to a number. */
export interface CallbackParams {
  /**
   * The number to be called back.
   *
   * Aliases: anum, phone1, from.
   */
  num: string;
  /**
   * IVR selection, sent by the example as ivr=-1 (not in the parameter list; the seed does not explain it). Switchboard
   * reads -1, or no ivr, as no IVR (connect the call directly); any other value is refused: IVR campaigns need media,
   * which Switchboard does not carry.
   */
  ivr?: number;
}

/** Request input of mizu-v2 `callback`: its parameters (none has a default). */
export type CallbackInput = CallbackParams;

/**
 * Result of mizu-v2 `callback`.
 *
 * OK once the callback is initiated, or ERROR:reason.
 */
export interface CallbackResult {
  message?: string;
}

/** Parameters of mizu-v2 `callbackaccessnumber`: Return the callback access number. */
export interface CallbackaccessnumberParams {}

/** Request input of mizu-v2 `callbackaccessnumber`: its parameters (none has a default). */
export type CallbackaccessnumberInput = CallbackaccessnumberParams;

/**
 * Result of mizu-v2 `callbackaccessnumber`.
 *
 * The callback access number.
 */
export interface CallbackaccessnumberResult {
  value: string;
}

/** Parameters of mizu-v2 `callforward`: Set the user's call forwarding numbers. */
export interface CallforwardParams {
  /**
   * Forward on busy destination (forwardonbusy).
   *
   * Aliases: phone1, from.
   */
  anum?: string;
  /**
   * Forward on no answer destination (forwardonnoanswer).
   *
   * Aliases: phone2, to.
   */
  bnum?: string;
  /**
   * Forward always destination (forwardalways).
   *
   * Aliases: phone3.
   */
  cnum?: string;
  /** The webphone's name for anum; null clears the forward. */
  callforwardonbusy?: string;
  /** The webphone's name for bnum; null clears the forward. */
  callforwardonnoanswer?: string;
  /** The webphone's name for cnum; null clears the forward. */
  callforwardalways?: string;
  /** Seconds before forwarding on no answer (the user's noanswertimeout; 0 is the server default). */
  callforwardonnoanswertimeout?: number;
}

/** Request input of mizu-v2 `callforward`: its parameters (none has a default). */
export type CallforwardInput = CallforwardParams;

/**
 * Result of mizu-v2 `callforward`.
 *
 * Not specified by the seed: OK once the forwards are saved, or ERROR:reason.
 */
export interface CallforwardResult {
  message?: string;
}

/** Parameters of mizu-v2 `callrating`: Call rating for an ongoing call; remaining credit, maximum duration and rate. */
export interface CallratingParams {
  /** The user the call belongs to; the authenticated user when absent (only admins may name another user). */
  username?: string;
  /** Call id of the ongoing call (the SIP Call-ID). */
  callid: string;
}

/** Request input of mizu-v2 `callrating`: its parameters (none has a default). */
export type CallratingInput = CallratingParams;

/** Result of mizu-v2 `callrating`. */
export interface CallratingResult {
  /** The user's credit in the account currency. */
  credit: Decimal;
  /** Maximum duration of the call in seconds that the credit allows. */
  maxduration: number;
  /** Rate of the call, price per minute in the account currency. */
  rating: Decimal;
}

/** Parameters of mizu-v2 `capcheck`: Check the free capacity for a direction. */
export interface CapcheckParams {
  /** The direction (destination prefix or direction id) to check; the seed shows "-3330630". */
  direction: string;
}

/** Request input of mizu-v2 `capcheck`: its parameters (none has a default). */
export type CapcheckInput = CapcheckParams;

/**
 * Result of mizu-v2 `capcheck`.
 *
 * The seed does not specify the answer beyond "free capacity".
 */
export interface CapcheckResult {
  /** The direction checked. */
  direction: string;
  /** Free channels (more concurrent calls possible). */
  free: number;
  /** Total channels of the direction. */
  total?: number;
}

/** Parameters of mizu-v2 `cccharge`: Charge a credit card and add the amount to the user's credit. */
export interface CcchargeParams {
  /** Credit card number (digits only). */
  cardnum: string;
  /** Expiry year (two or four digits). */
  expireyear: number;
  /** Expiry month. */
  expmonth: number;
  /** Card verification code. */
  ccv2: string;
  /**
   * Amount to charge and add to the credit, in the account currency.
   *
   * Aliases: amount.
   */
  ammount: Decimal;
}

/** Request input of mizu-v2 `cccharge`: its parameters (none has a default). */
export type CcchargeInput = CcchargeParams;

/**
 * Result of mizu-v2 `cccharge`.
 *
 * Not specified by the seed: OK once the payment is accepted and the credit added, or ERROR:reason (the payment
 * provider's decline reason).
 */
export interface CcchargeResult {
  message?: string;
}

/** Parameters of mizu-v2 `cdr`: Call detail records (call history) with filters, optionally summarised. */
export interface CdrParams {
  /** Caller: a number, or a user id (admin example caller=123). */
  caller?: string;
  /** Called number. */
  called?: string;
  /** Record count: most records (calls, or summary rows with by) to return. */
  maxcount: number;
  /**
   * today, yesterday, lastweek (7 days), lastmonth (30 days), thismonth, or a number of days (daysnumber, 1 = today);
   * UTC calendar days including today. Without it: every date.
   */
  days?: string;
  /** Call direction. */
  dir: "all" | "in" | "out";
  /** Call outcome. */
  type: "all" | "connected" | "notconnected";
  /** Called number prefix. */
  prefix?: string;
  /** Which columns to answer. */
  fields: "min" | "normal" | "all";
  /**
   * summary=yes appends a summary row (count, duration, cost) of every matching call after the list (per currency when
   * they differ).
   */
  summary: boolean;
  /** Answer summary rows grouped this way instead of the call list. */
  by?: "all" | "day" | "caller" | "called";
  /** Sort order of the list. */
  order: "date" | "caller" | "called" | "user";
}

/** Request input of mizu-v2 `cdr`: Call detail records (call history) with filters, optionally summarised. */
export interface CdrInput {
  /** Caller: a number, or a user id (admin example caller=123). */
  caller?: string;
  /** Called number. */
  called?: string;
  /** Record count: most records (calls, or summary rows with by) to return. */
  maxcount?: number;
  /**
   * today, yesterday, lastweek (7 days), lastmonth (30 days), thismonth, or a number of days (daysnumber, 1 = today);
   * UTC calendar days including today. Without it: every date.
   */
  days?: string;
  /** Call direction. */
  dir?: "all" | "in" | "out";
  /** Call outcome. */
  type?: "all" | "connected" | "notconnected";
  /** Called number prefix. */
  prefix?: string;
  /** Which columns to answer. */
  fields?: "min" | "normal" | "all";
  /**
   * summary=yes appends a summary row (count, duration, cost) of every matching call after the list (per currency when
   * they differ).
   */
  summary?: boolean;
  /** Answer summary rows grouped this way instead of the call list. */
  by?: "all" | "day" | "caller" | "called";
  /** Sort order of the list. */
  order?: "date" | "caller" | "called" | "user";
}

/** One row of cdr. */
export interface CdrRow {
  /** CDR id. */
  id?: number;
  /** Start of the call (or the day, by=day). */
  date?: string;
  /** Caller number or user. */
  caller?: string;
  /** Called number. */
  called?: string;
  /** Duration in seconds (summed in summary rows). */
  duration: number;
  /** Cost to the user in the account currency (summed in summary rows). */
  cost?: Decimal;
  /** Number of calls (summary rows). */
  count?: number;
  /** ISO 4217 code of cost and price. */
  currency?: string;
  /** Call direction (for an enduser: out when billed to them, in when to them). */
  direction?: "in" | "out";
  /** Whether the call connected. */
  connected?: boolean;
  /** Name of the destination rated. */
  destination?: string;
  /** SIP Call-ID (fields=all). */
  callid?: string;
  /** SIP/Q.850 disconnect cause (fields=all). */
  disconnectcause?: number;
  /** Username of the user billed (fields=all). */
  user?: string;
  /** Cost of the call to the operator (fields=all, admins). */
  price?: Decimal;
  /** cost minus price (fields=all, admins). */
  profit?: Decimal;
}

/**
 * Result of mizu-v2 `cdr`.
 *
 * Not specified by the seed. Without by: one row per call, newest first unless ordered otherwise, with the fields
 * chosen by fields. With by: one row per group (per currency) with the group key in date (YYYY-MM-DD, UTC), caller or
 * called, and count, duration and cost summed; by=all always answers one row, with zero figures when no call matches.
 * summary=yes appends one such row, with no key, for every matching call (not only the maxcount listed). An enduser's
 * cost counts only the calls billed to them.
 *
 */
export interface CdrResult {
  rows: CdrRow[];
}

/** Parameters of mizu-v2 `changepwd`: Change the user's password. */
export interface ChangepwdParams {
  /** The new password. */
  newpassword: string;
  /** The current password. */
  oldpassword: string;
}

/** Request input of mizu-v2 `changepwd`: its parameters (none has a default). */
export type ChangepwdInput = ChangepwdParams;

/**
 * Result of mizu-v2 `changepwd`.
 *
 * Not specified by the seed: OK once the password is changed, or ERROR:reason.
 */
export interface ChangepwdResult {
  message?: string;
}

/** Parameters of mizu-v2 `charge`: Recharge the user's credit using a recharge PIN. */
export interface ChargeParams {
  /**
   * The recharge PIN (PINCODE) to redeem.
   *
   * Aliases: anum.
   */
  pin: string;
}

/** Request input of mizu-v2 `charge`: its parameters (none has a default). */
export type ChargeInput = ChargeParams;

/**
 * Result of mizu-v2 `charge`.
 *
 * OK once the voucher value is added to the credit, or ERROR:reason.
 */
export interface ChargeResult {
  message?: string;
}

/** Parameters of mizu-v2 `checkcredits`: Check the charges and the credit requests that are due. */
export interface CheckcreditsParams {}

/** Request input of mizu-v2 `checkcredits`: its parameters (none has a default). */
export type CheckcreditsInput = CheckcreditsParams;

/**
 * Result of mizu-v2 `checkcredits`.
 *
 * The seed does not specify the answer: OK: N low-credit e-mails queued.
 */
export interface CheckcreditsResult {
  message?: string;
}

/** Parameters of mizu-v2 `checkmails`: Check (run) the pending email jobs. */
export interface CheckmailsParams {}

/** Request input of mizu-v2 `checkmails`: its parameters (none has a default). */
export type CheckmailsInput = CheckmailsParams;

/**
 * Result of mizu-v2 `checkmails`.
 *
 * The seed does not specify the answer: OK: how many e-mails wait (and since when) and how many failed in the last day.
 */
export interface CheckmailsResult {
  message?: string;
}

/** Parameters of mizu-v2 `checkpins`: Recheck the pincodes. */
export interface CheckpinsParams {}

/** Request input of mizu-v2 `checkpins`: its parameters (none has a default). */
export type CheckpinsInput = CheckpinsParams;

/**
 * Result of mizu-v2 `checkpins`.
 *
 * The seed does not specify the answer.
 */
export interface CheckpinsResult {
  message?: string;
}

/** Parameters of mizu-v2 `checkscanner`: Check the number scanner threads. */
export interface CheckscannerParams {}

/** Request input of mizu-v2 `checkscanner`: its parameters (none has a default). */
export type CheckscannerInput = CheckscannerParams;

/** One row of checkscanner. */
export interface CheckscannerRow {
  /** The scanner job. */
  job: string;
  /** Its state. */
  state: "running" | "stopped" | "finished" | "failed";
  /** Numbers scanned so far. */
  scanned?: number;
}

/**
 * Result of mizu-v2 `checkscanner`.
 *
 * One row per scanner job; the seed does not specify the answer.
 */
export interface CheckscannerResult {
  rows: CheckscannerRow[];
}

/** Parameters of mizu-v2 `clearnccache`: Clear the next-client cache, optionally for one operator only. */
export interface ClearnccacheParams {
  /** Clear only this operator's part of the cache; all of it when absent. */
  operatorid?: number;
}

/** Request input of mizu-v2 `clearnccache`: its parameters (none has a default). */
export type ClearnccacheInput = ClearnccacheParams;

/**
 * Result of mizu-v2 `clearnccache`.
 *
 * The seed does not specify the answer.
 */
export interface ClearnccacheResult {
  message?: string;
}

/** Parameters of mizu-v2 `cli`: Add a PIN-less number (ANI) to the user for caller-number authentication. */
export interface CliParams {
  /**
   * The caller number (ANI) to assign to the user (not in the v2 list; the v1 parameter).
   *
   * Aliases: phone1, from.
   */
  anum: string;
}

/** Request input of mizu-v2 `cli`: its parameters (none has a default). */
export type CliInput = CliParams;

/**
 * Result of mizu-v2 `cli`.
 *
 * OK once the number is assigned, or ERROR:reason (for example when it belongs to another user).
 */
export interface CliResult {
  message?: string;
}

/** Parameters of mizu-v2 `client`: Switch the console to the requested client service. */
export interface ClientParams {}

/** Request input of mizu-v2 `client`: its parameters (none has a default). */
export type ClientInput = ClientParams;

/**
 * Result of mizu-v2 `client`.
 *
 * Would switch the console session; Switchboard answers the unsupported error.
 */
export interface ClientResult {
  message?: string;
}

/** Parameters of mizu-v2 `close`: Close the current connection. */
export interface CloseParams {}

/** Request input of mizu-v2 `close`: its parameters (none has a default). */
export type CloseInput = CloseParams;

/**
 * Result of mizu-v2 `close`.
 *
 * OK, sent before the connection is closed; the seed does not specify the answer.
 */
export interface CloseResult {
  message?: string;
}

/** Parameters of mizu-v2 `cmd`: Execute a Windows shell command on the server host. */
export interface CmdParams {}

/** Request input of mizu-v2 `cmd`: its parameters (none has a default). */
export type CmdInput = CmdParams;

/**
 * Result of mizu-v2 `cmd`.
 *
 * Would be the command's output; Switchboard answers the unsupported error.
 */
export interface CmdResult {
  text: string;
}

/** Parameters of mizu-v2 `createcdrinfo`: Create the CDR info (summary) records (meaning inferred from the name). */
export interface CreatecdrinfoParams {}

/** Request input of mizu-v2 `createcdrinfo`: its parameters (none has a default). */
export type CreatecdrinfoInput = CreatecdrinfoParams;

/**
 * Result of mizu-v2 `createcdrinfo`.
 *
 * The seed does not specify the answer.
 */
export interface CreatecdrinfoResult {
  message?: string;
}

/** Parameters of mizu-v2 `dailymaint`: Run the daily maintenance tasks now. */
export interface DailymaintParams {}

/** Request input of mizu-v2 `dailymaint`: its parameters (none has a default). */
export type DailymaintInput = DailymaintParams;

/**
 * Result of mizu-v2 `dailymaint`.
 *
 * OK with what the job did, once it is done; the seed does not specify the answer.
 */
export interface DailymaintResult {
  message?: string;
}

/** Parameters of mizu-v2 `dailyreport`: Launch the daily report builder now. */
export interface DailyreportParams {}

/** Request input of mizu-v2 `dailyreport`: its parameters (none has a default). */
export type DailyreportInput = DailyreportParams;

/**
 * Result of mizu-v2 `dailyreport`.
 *
 * The seed does not specify the answer: OK: N daily reports of DAY queued.
 */
export interface DailyreportResult {
  message?: string;
}

/** Parameters of mizu-v2 `db`: Run any SQL statement on the database (admin only). */
export interface DbParams {
  /**
   * The SQL statement (select, insert, update...).
   *
   * Aliases: message.
   */
  txt: string;
}

/** Request input of mizu-v2 `db`: its parameters (none has a default). */
export type DbInput = DbParams;

/** One row of db. */
export interface DbRow {
  /** Rows affected, for statements that answer no rows (the columns of a select are its own). */
  affected?: number;
}

/**
 * Result of mizu-v2 `db`.
 *
 * For a select (or any statement answering rows), its rows, at most 100 ("for SELECT it will display the rows (max
 * 100)", 002:L574), with whatever columns it selects; for other statements one row with the number of rows affected.
 * The text format shows them as CSV lines.
 *
 */
export interface DbResult {
  rows: DbRow[];
}

/** Parameters of mizu-v2 `dbbackup`: Create a database backup. */
export interface DbbackupParams {
  /**
   * Reserved; ignored. Documented as "reseverd" (sic).
   *
   * Aliases: reseverd.
   */
  reserved?: string;
  /** Directory or file name of the backup; the configured backup directory when absent. */
  path?: string;
  /**
   * Not explained by the seed; presumably an interval for repeated backups. Switchboard makes one backup per call: 0 or
   * absent; a repeat interval answers the unsupported error (schedule backupdb or dbbackup with cron or a systemd timer
   * instead).
   */
  ival?: number;
  /**
   * Backup type; not explained by the seed. Switchboard makes full backups only: empty or full; anything else
   * (differential…) is refused.
   */
  type?: string;
}

/** Request input of mizu-v2 `dbbackup`: its parameters (none has a default). */
export type DbbackupInput = DbbackupParams;

/**
 * Result of mizu-v2 `dbbackup`.
 *
 * The seed does not specify the answer; Switchboard answers where the backup went.
 */
export interface DbbackupResult {
  /** The backup file written, relative to the backup directory (what dbrestore takes). */
  path: string;
  /** Its size in bytes. */
  size: number;
}

/** Parameters of mizu-v2 `dbfailover`: Force a failover to another database. */
export interface DbfailoverParams {
  /** Reserved; ignored. */
  reserved?: string;
  /** Number of the configured database to switch to; the next usable one when absent. */
  forcedbnum?: number;
  /** Only check whether a failover is possible (and to which database); switch nothing. */
  checkonly: boolean;
  /** Restore the latest backup into the target database before switching. */
  withrestore: boolean;
  /** Restart the service after switching. */
  needrestart: boolean;
}

/** Request input of mizu-v2 `dbfailover`: Force a failover to another database. */
export interface DbfailoverInput {
  /** Reserved; ignored. */
  reserved?: string;
  /** Number of the configured database to switch to; the next usable one when absent. */
  forcedbnum?: number;
  /** Only check whether a failover is possible (and to which database); switch nothing. */
  checkonly?: boolean;
  /** Restore the latest backup into the target database before switching. */
  withrestore?: boolean;
  /** Restart the service after switching. */
  needrestart?: boolean;
}

/**
 * Result of mizu-v2 `dbfailover`.
 *
 * The seed does not specify the answer; Switchboard answers the database in use.
 */
export interface DbfailoverResult {
  /** The database in use after the command. */
  dbnum: number;
  /** Whether a switch happened (false with checkonly). */
  switched: boolean;
}

/** Parameters of mizu-v2 `dbreset`: Reset the database connections. */
export interface DbresetParams {}

/** Request input of mizu-v2 `dbreset`: its parameters (none has a default). */
export type DbresetInput = DbresetParams;

/**
 * Result of mizu-v2 `dbreset`.
 *
 * OK once a new connection answered; the seed does not specify the answer.
 */
export interface DbresetResult {
  message?: string;
}

/** Parameters of mizu-v2 `dbrestore`: Restore the database from a backup. */
export interface DbrestoreParams {
  /** Reserved; ignored. */
  reserved?: string;
  /** The backup file to restore from. */
  path: string;
}

/** Request input of mizu-v2 `dbrestore`: its parameters (none has a default). */
export type DbrestoreInput = DbrestoreParams;

/**
 * Result of mizu-v2 `dbrestore`.
 *
 * The seed does not specify the answer.
 */
export interface DbrestoreResult {
  message?: string;
}

/** Parameters of mizu-v2 `dbrsttgs`: A database reset command of the Reset list (undocumented; meaning unclear). */
export interface DbrsttgsParams {}

/** Request input of mizu-v2 `dbrsttgs`: its parameters (none has a default). */
export type DbrsttgsInput = DbrsttgsParams;

/**
 * Result of mizu-v2 `dbrsttgs`.
 *
 * The seed does not specify the answer.
 */
export interface DbrsttgsResult {
  message?: string;
}

/** Parameters of mizu-v2 `delbanned`: Remove an IP from the banned list, or all of them. */
export interface DelbannedParams {
  /**
   * IP address to remove from the banned list, or all to clear the list.
   *
   * Aliases: all.
   */
  ip: string;
}

/** Request input of mizu-v2 `delbanned`: its parameters (none has a default). */
export type DelbannedInput = DelbannedParams;

/**
 * Result of mizu-v2 `delbanned`.
 *
 * OK once removed (not specified by the seed).
 */
export interface DelbannedResult {
  message?: string;
}

/** Parameters of mizu-v2 `delobj`: Free in-memory objects (one named group, or all). */
export interface DelobjParams {
  /** Which objects to free; the seed gives the values but no parameter name. */
  obj: "ep" | "logic" | "sqlupd" | "router" | "pred" | "check" | "simall" | "maint" | "logger" | "dbobj" | "all";
}

/** Request input of mizu-v2 `delobj`: its parameters (none has a default). */
export type DelobjInput = DelobjParams;

/**
 * Result of mizu-v2 `delobj`.
 *
 * The seed does not specify the answer.
 */
export interface DelobjResult {
  message?: string;
}

/** Parameters of mizu-v2 `deluser`: Delete a user by id or username. */
export interface DeluserParams {
  /** tb_users.id of the user to delete (either this or u_username). */
  u_id?: number;
  /** Username of the user to delete (either this or u_id). */
  u_username?: string;
}

/** Request input of mizu-v2 `deluser`: its parameters (none has a default). */
export type DeluserInput = DeluserParams;

/**
 * Result of mizu-v2 `deluser`.
 *
 * OK once the user is deleted (not specified by the seed).
 */
export interface DeluserResult {
  message?: string;
}

/** Parameters of mizu-v2 `deviceid`: Show the server's device id. */
export interface DeviceidParams {}

/** Request input of mizu-v2 `deviceid`: its parameters (none has a default). */
export type DeviceidInput = DeviceidParams;

/**
 * Result of mizu-v2 `deviceid`.
 *
 * The server instance identifier (format not specified by the seed).
 */
export interface DeviceidResult {
  value: string;
}

/** Parameters of mizu-v2 `discall`: Disconnect a call in progress, by its call id. */
export interface DiscallParams {
  /** Database id of the call in progress to disconnect. */
  dbcallid: number;
}

/** Request input of mizu-v2 `discall`: its parameters (none has a default). */
export type DiscallInput = DiscallParams;

/**
 * Result of mizu-v2 `discall`.
 *
 * OK once the call is torn down (not specified by the seed).
 */
export interface DiscallResult {
  message?: string;
}

/** Parameters of mizu-v2 `endpoints`: List SIP endpoint information. */
export interface EndpointsParams {}

/** Request input of mizu-v2 `endpoints`: its parameters (none has a default). */
export type EndpointsInput = EndpointsParams;

/** One row of endpoints. */
export interface EndpointsRow {
  /** User or SIP server account of the endpoint. */
  username: string;
  /** tb_users.id. */
  userid: number;
  /** A registering device or a configured SIP server/peer. */
  type: "device" | "server";
  /** Contact URI. */
  contact?: string;
  /** IP address (a server known by its domain only: empty). */
  ip: string;
  /** Port (0: the default port). */
  port: number;
  /** Transport. */
  transport: "udp" | "tcp" | "tls" | "ws" | "wss";
  /** User-Agent, when known. */
  useragent?: string;
  /** registered (a device) or configured (a server). */
  state: "registered" | "configured";
  /** When a device's contact was first registered. */
  lastseen?: string;
}

/**
 * Result of mizu-v2 `endpoints`.
 *
 * One row per known SIP endpoint (not specified by the seed).
 */
export interface EndpointsResult {
  rows: EndpointsRow[];
}

/** Parameters of mizu-v2 `epreg`: List registrar endpoints, optionally filtered by registration type and state. */
export interface EpregParams {
  /** Registration type to list (values not given in the seed); absent lists every type. */
  regtype?: string;
  /** Registration state to list (values not given in the seed); absent lists every state. */
  regstate?: string;
}

/** Request input of mizu-v2 `epreg`: its parameters (none has a default). */
export type EpregInput = EpregParams;

/** One row of epreg. */
export interface EpregRow {
  /** Registered user. */
  username: string;
  /** Contact URI. */
  contact: string;
  /** Source IP address. */
  ip: string;
  /** Source port. */
  port: number;
  /** The transport of the registration: udp, tcp, ws or wss. */
  regtype: string;
  /** registered. */
  regstate: string;
  /** When the registration expires. */
  expires: string;
}

/**
 * Result of mizu-v2 `epreg`.
 *
 * One row per registrar endpoint matching the filters (not specified by the seed).
 */
export interface EpregResult {
  rows: EpregRow[];
}

/**
 * Parameters of mizu-v2 `fastregusers`: List the users of the fast registration (fastreg) module, successful ones or
 * all.
 */
export interface FastregusersParams {
  /** Which cache entries to list (the seed gives the values succ/all and no name or default). */
  filter: "succ" | "all";
}

/**
 * Request input of mizu-v2 `fastregusers`: List the users of the fast registration (fastreg) module, successful ones or
 * all.
 */
export interface FastregusersInput {
  /** Which cache entries to list (the seed gives the values succ/all and no name or default). */
  filter?: "succ" | "all";
}

/** One row of fastregusers. */
export interface FastregusersRow {
  /** User the entry is for. */
  username: string;
  /** Source IP address. */
  ip: string;
  /** Source port. */
  port: number;
  /** Whether the last registration attempt succeeded. */
  success: boolean;
  /** When this contact was first registered (the registrar keeps the expiry of each refresh, not its time). */
  lastseen: string;
  /** When the cached registration expires. */
  expires: string;
}

/**
 * Result of mizu-v2 `fastregusers`.
 *
 * One row per cached registration (not specified by the seed).
 */
export interface FastregusersResult {
  rows: FastregusersRow[];
}

/** Parameters of mizu-v2 `fastusers`: List the cached (in-memory) users. */
export interface FastusersParams {}

/** Request input of mizu-v2 `fastusers`: its parameters (none has a default). */
export type FastusersInput = FastusersParams;

/** One row of fastusers. */
export interface FastusersRow {
  /** tb_users.id. */
  userid: number;
  /** Username. */
  username: string;
  /** User type (enduser, reseller, admin, srvadmin, support, sipserver, trunk). */
  type: string;
  /** Whether the account is enabled. */
  enabled: boolean;
  /** Cached credit. */
  credit: Decimal;
  /** Currency of the credit. */
  currency: string;
}

/**
 * Result of mizu-v2 `fastusers`.
 *
 * One row per cached user, by user id (fields not specified by the seed).
 */
export interface FastusersResult {
  rows: FastusersRow[];
}

/** Parameters of mizu-v2 `file`: Send the requested file. */
export interface FileParams {
  /**
   * File to send, relative to the server directory (not listed in the seed; named as in getfile). Absent: the folder's
   * listing.
   */
  filename?: string;
}

/** Request input of mizu-v2 `file`: its parameters (none has a default). */
export type FileInput = FileParams;

/**
 * Result of mizu-v2 `file`.
 *
 * The file's content (base64 encoded in the text, xml and json formats).
 */
export type FileResult = FileAnswer;

/** Parameters of mizu-v2 `finetune`: Fine-tune the service (FinetuneService). */
export interface FinetuneParams {}

/** Request input of mizu-v2 `finetune`: its parameters (none has a default). */
export type FinetuneInput = FinetuneParams;

/**
 * Result of mizu-v2 `finetune`.
 *
 * The seed does not specify the answer.
 */
export interface FinetuneResult {
  message?: string;
}

/**
 * Parameters of mizu-v2 `forgotpasswordanswer`: Check the answer to the security question and send the password to the
 * account's email.
 */
export interface ForgotpasswordanswerParams {
  /** The email address of the account. */
  email: string;
  /** The answer to the security question. */
  forgotpasswordanswer: string;
}

/** Request input of mizu-v2 `forgotpasswordanswer`: its parameters (none has a default). */
export type ForgotpasswordanswerInput = ForgotpasswordanswerParams;

/**
 * Result of mizu-v2 `forgotpasswordanswer`.
 *
 * Not specified by the seed: OK when the answer is right (a new password is emailed), or ERROR:reason.
 */
export interface ForgotpasswordanswerResult {
  message?: string;
}

/**
 * Parameters of mizu-v2 `forgotpasswordquestion`: Return the security question of the account with this email address.
 */
export interface ForgotpasswordquestionParams {
  /** The email address of the account. */
  email: string;
}

/** Request input of mizu-v2 `forgotpasswordquestion`: its parameters (none has a default). */
export type ForgotpasswordquestionInput = ForgotpasswordquestionParams;

/**
 * Result of mizu-v2 `forgotpasswordquestion`.
 *
 * Not specified by the seed: the account's security question.
 */
export interface ForgotpasswordquestionResult {
  value: string;
}

/** Parameters of mizu-v2 `fs`: Show the state of the vendor's internal PBX module. */
export interface FsParams {}

/** Request input of mizu-v2 `fs`: its parameters (none has a default). */
export type FsInput = FsParams;

/**
 * Result of mizu-v2 `fs`.
 *
 * Would be the internal PBX module's status; Switchboard answers the unsupported error.
 */
export interface FsResult {
  text: string;
}

/** Parameters of mizu-v2 `ftpst`: Restart the FTP (file transfer) service (meaning inferred from the name). */
export interface FtpstParams {}

/** Request input of mizu-v2 `ftpst`: its parameters (none has a default). */
export type FtpstInput = FtpstParams;

/**
 * Result of mizu-v2 `ftpst`.
 *
 * The seed does not specify the answer.
 */
export interface FtpstResult {
  message?: string;
}

/** Parameters of mizu-v2 `gencdr`: Generate CDR records. */
export interface GencdrParams {
  /** How many CDRs to write. */
  count: number;
  /** Spread the call start times over the last this many days (1: the last 24 hours). */
  days: number;
  /** Username or id of the user the calls belong to; without it, every enabled enduser in turn. */
  user?: string;
  /** Direction of the generated calls. */
  dir: "out" | "in" | "all";
  /** Percentage of calls that connect; the others are missed (duration 0, cost 0). */
  connected: number;
  /** Longest duration of a connected call, in seconds. */
  maxduration: number;
  /** Random seed: the same seed and parameters write the same calls. */
  seed?: number;
}

/** Request input of mizu-v2 `gencdr`: Generate CDR records. */
export interface GencdrInput {
  /** How many CDRs to write. */
  count?: number;
  /** Spread the call start times over the last this many days (1: the last 24 hours). */
  days?: number;
  /** Username or id of the user the calls belong to; without it, every enabled enduser in turn. */
  user?: string;
  /** Direction of the generated calls. */
  dir?: "out" | "in" | "all";
  /** Percentage of calls that connect; the others are missed (duration 0, cost 0). */
  connected?: number;
  /** Longest duration of a connected call, in seconds. */
  maxduration?: number;
  /** Random seed: the same seed and parameters write the same calls. */
  seed?: number;
}

/**
 * Result of mizu-v2 `gencdr`.
 *
 * Not specified by the seed.
 */
export interface GencdrResult {
  /** Number of CDR records written. */
  generated: number;
  /** How many of them connected. */
  connected: number;
  /** How many users the calls belong to. */
  users: number;
}

/** Parameters of mizu-v2 `getconfroom`: Get, or create when it does not exist, the user's conference room. */
export interface GetconfroomParams {}

/** Request input of mizu-v2 `getconfroom`: its parameters (none has a default). */
export type GetconfroomInput = GetconfroomParams;

/**
 * Result of mizu-v2 `getconfroom`.
 *
 * The conference room number to dial, as the vendor's webphone reads it: OK: {room}.
 */
export interface GetconfroomResult {
  value: string;
}

/** Parameters of mizu-v2 `getdetails`: The user's own account details, phone status and balance. */
export interface GetdetailsParams {
  /** How much detail: min, normal or max (the seed gives no default; Switchboard uses normal). */
  mode: "min" | "normal" | "max";
}

/** Request input of mizu-v2 `getdetails`: The user's own account details, phone status and balance. */
export interface GetdetailsInput {
  /** How much detail: min, normal or max (the seed gives no default; Switchboard uses normal). */
  mode?: "min" | "normal" | "max";
}

/**
 * Result of mizu-v2 `getdetails`.
 *
 * Not specified by the seed.
 */
export interface GetdetailsResult {
  /** tb_users id. */
  userid: number;
  /** Username. */
  username: string;
  /** Current credit (balance) in the account currency. */
  credit: Decimal;
  /** ISO 4217 code of the account currency. */
  currency: string;
  /** Phone status, as answered by status. */
  status: 0 | 1 | 2 | 3 | 4;
  /** Full name (normal, max). */
  name?: string;
  /** Email address (normal, max). */
  email?: string;
  /** Phone number (normal, max). */
  phone?: string;
  /** Display name (max). */
  displayname?: string;
  /** The user settings setfield can change, by field name (max). */
  settings?: Record<string, unknown>;
}

/** Parameters of mizu-v2 `getfield`: Request (read) one field of a database row found by a filter. */
export interface GetfieldParams {
  /** The table to read. */
  table: string;
  /** The field whose value to answer. */
  retfieldname: string;
  /**
   * Type of filterfieldvalue (the types setfield's fieldtype takes); guessed from the value when absent ("auto guess").
   */
  filterfieldtype?: "string" | "int" | "float";
  /**
   * The field to filter on; when absent guessed among username, callerid and userid ("auto guess
   * (username/callerid/userid)").
   */
  filterfieldname?: string;
  /** The value the filter field must equal ("mandatory"). */
  filterfieldvalue: string;
}

/** Request input of mizu-v2 `getfield`: Request (read) one field of a database row found by a filter. */
export interface GetfieldInput {
  /** The table to read. */
  table?: string;
  /** The field whose value to answer. */
  retfieldname?: string;
  /**
   * Type of filterfieldvalue (the types setfield's fieldtype takes); guessed from the value when absent ("auto guess").
   */
  filterfieldtype?: "string" | "int" | "float";
  /**
   * The field to filter on; when absent guessed among username, callerid and userid ("auto guess
   * (username/callerid/userid)").
   */
  filterfieldname?: string;
  /** The value the filter field must equal ("mandatory"). */
  filterfieldvalue: string;
}

/**
 * Result of mizu-v2 `getfield`.
 *
 * The value of retfieldname in the first matching row; the seed does not specify the answer format.
 */
export interface GetfieldResult {
  value: string;
}

/** Parameters of mizu-v2 `getfile`: Load a file from under the server directory. */
export interface GetfileParams {
  /** File to read, relative to the server directory. */
  filename: string;
}

/** Request input of mizu-v2 `getfile`: its parameters (none has a default). */
export type GetfileInput = GetfileParams;

/**
 * Result of mizu-v2 `getfile`.
 *
 * The file's content (base64 encoded in the text, xml and json formats).
 */
export type GetfileResult = FileAnswer;

/** Parameters of mizu-v2 `getini`: Read a configuration value (an ini key). */
export interface GetiniParams {
  /** The ini section; the global section when absent. */
  section?: string;
  /** The key (option name) to read. */
  key: string;
  /** The vendor ini file the key belongs to; the main configuration when absent. */
  file?: string;
}

/** Request input of mizu-v2 `getini`: its parameters (none has a default). */
export type GetiniInput = GetiniParams;

/**
 * Result of mizu-v2 `getini`.
 *
 * The value (empty when the key is set to empty); the seed does not specify the answer.
 */
export interface GetiniResult {
  value: string;
}

/** Parameters of mizu-v2 `getphonenumber`: Return one or more phone numbers from the free number pool. */
export interface GetphonenumberParams {
  /** How many free numbers to return (from the example; not in the parameter list). */
  count: number;
}

/** Request input of mizu-v2 `getphonenumber`: Return one or more phone numbers from the free number pool. */
export interface GetphonenumberInput {
  /** How many free numbers to return (from the example; not in the parameter list). */
  count?: number;
}

/** One row of getphonenumber. */
export interface GetphonenumberRow {
  /** A free phone number. */
  number: string;
}

/**
 * Result of mizu-v2 `getphonenumber`.
 *
 * Not specified by the seed: the free numbers, at most count (none when the pool is used up).
 */
export interface GetphonenumberResult {
  rows: GetphonenumberRow[];
}

/** Parameters of mizu-v2 `gk`: Connect to the vendor's H.323 gatekeeper module. */
export interface GkParams {}

/** Request input of mizu-v2 `gk`: its parameters (none has a default). */
export type GkInput = GkParams;

/**
 * Result of mizu-v2 `gk`.
 *
 * Would switch the console session; Switchboard answers the unsupported error.
 */
export interface GkResult {
  message?: string;
}

/** Parameters of mizu-v2 `gwrst`: Restart all gateways. */
export interface GwrstParams {}

/** Request input of mizu-v2 `gwrst`: its parameters (none has a default). */
export type GwrstInput = GwrstParams;

/**
 * Result of mizu-v2 `gwrst`.
 *
 * The seed does not specify the answer.
 */
export interface GwrstResult {
  message?: string;
}

/** Parameters of mizu-v2 `heartbeat`: Request the server heartbeat (liveness check), quick or full. */
export interface HeartbeatParams {
  /** How deep the heartbeat check goes. */
  mode: "quick" | "full";
}

/** Request input of mizu-v2 `heartbeat`: Request the server heartbeat (liveness check), quick or full. */
export interface HeartbeatInput {
  /** How deep the heartbeat check goes. */
  mode?: "quick" | "full";
}

/**
 * Result of mizu-v2 `heartbeat`.
 *
 * Not specified by the seed; a faithful implementation answers these fields (checks only in full mode).
 */
export interface HeartbeatResult {
  /** Overall health. */
  status: "ok" | "degraded" | "error";
  /** The mode that was run (quick or full). */
  mode: string;
  /** Seconds since the server started. */
  uptime: number;
  /** Current server time. */
  servertime: string;
  /** Database check result (full mode only). */
  database?: "ok" | "error";
}

/** Parameters of mizu-v2 `help`: Show the console command list. */
export interface HelpParams {}

/** Request input of mizu-v2 `help`: its parameters (none has a default). */
export type HelpInput = HelpParams;

/** One row of help. */
export interface HelpRow {
  /** The command (apientry) name. */
  name: string;
  /** Its one-line description. */
  summary: string;
}

/**
 * Result of mizu-v2 `help`.
 *
 * One row per command the caller may use; the seed does not specify the answer beyond "command list".
 */
export interface HelpResult {
  rows: HelpRow[];
}

/** Parameters of mizu-v2 `hourlymaint`: Run the hourly maintenance tasks now. */
export interface HourlymaintParams {}

/** Request input of mizu-v2 `hourlymaint`: its parameters (none has a default). */
export type HourlymaintInput = HourlymaintParams;

/**
 * Result of mizu-v2 `hourlymaint`.
 *
 * OK with what the job did, once it is done; the seed does not specify the answer.
 */
export interface HourlymaintResult {
  message?: string;
}

/** Parameters of mizu-v2 `info`: Show server status and important parameters. */
export interface InfoParams {}

/** Request input of mizu-v2 `info`: its parameters (none has a default). */
export type InfoInput = InfoParams;

/**
 * Result of mizu-v2 `info`.
 *
 * Not specified by the seed; the status and key parameters a faithful implementation reports.
 */
export interface InfoResult {
  /** Server software version. */
  version: string;
  /** Server instance identifier (as deviceid answers). */
  deviceid: string;
  /** When the server process started. */
  starttime: string;
  /** Seconds since start. */
  uptime: number;
  /** Current server time. */
  servertime: string;
  /** Database connection state. */
  database: "ok" | "error";
  /** The database engine in use. */
  engine: "sqlite" | "postgresql";
  /** Number of user accounts. */
  users: number;
  /** Current SIP registrations (once the SIP edge exists). */
  registrations?: number;
  /** Calls in progress (once the SIP edge exists). */
  activecalls?: number;
  /** The port the API listens on (mainaport), when configured (absent for an ephemeral port). */
  apiport?: number;
  /** API requests this process answered since start. */
  apirequests: number;
  /** Users in the in-memory cache (see fastusers). */
  cachedusers: number;
}

/** Parameters of mizu-v2 `jppget`: JSONP forward; fetch a URL and answer its body wrapped in a JavaScript callback. */
export interface JppgetParams {
  /** The URL to fetch: an API request of this server, or a remote http(s) URL when enablejsonp is 2. */
  url: string;
}

/** Request input of mizu-v2 `jppget`: its parameters (none has a default). */
export type JppgetInput = JppgetParams;

/**
 * Result of mizu-v2 `jppget`.
 *
 * The fetched body as JavaScript: callback({"contents": body}), as the Mizu webphone reads it (wire).
 */
export interface JppgetResult {
  text: string;
}

/** Parameters of mizu-v2 `keepalive`: Keep the connection alive. */
export interface KeepaliveParams {}

/** Request input of mizu-v2 `keepalive`: its parameters (none has a default). */
export type KeepaliveInput = KeepaliveParams;

/**
 * Result of mizu-v2 `keepalive`.
 *
 * OK; the seed does not specify the answer.
 */
export interface KeepaliveResult {
  message?: string;
}

/** Parameters of mizu-v2 `lists`: Show the server's internal lists (name only in the seed). */
export interface ListsParams {}

/** Request input of mizu-v2 `lists`: its parameters (none has a default). */
export type ListsInput = ListsParams;

/** One row of lists. */
export interface ListsRow {
  /** Which list. */
  name: string;
  /** Entries in it. */
  count: number;
}

/**
 * Result of mizu-v2 `lists`.
 *
 * Not specified by the seed; one row per internal list.
 */
export interface ListsResult {
  rows: ListsRow[];
}

/** Parameters of mizu-v2 `listusers`: List users, filtered by type, limited and ordered. */
export interface ListusersParams {
  /**
   * Only users of this type (absent: all types). The seed lists no values but numbers user types elsewhere (0 for end
   * users in its SQL examples; 0, 5, 9 for addserver's u_type, the same parameter name in the same command list): both
   * the numbers and Switchboard's type names are accepted.
   */
  u_type?: "enduser" | "reseller" | "admin" | "srvadmin" | "support" | "sipserver" | "trunk" | 0 | 5 | 9;
  /** Most users to return. */
  u_maxcount: number;
  /** Answer the extended field set. */
  u_extended: boolean;
  /** tb_users column to order by, optionally followed by asc or desc. */
  u_order: string;
}

/** Request input of mizu-v2 `listusers`: List users, filtered by type, limited and ordered. */
export interface ListusersInput {
  /**
   * Only users of this type (absent: all types). The seed lists no values but numbers user types elsewhere (0 for end
   * users in its SQL examples; 0, 5, 9 for addserver's u_type, the same parameter name in the same command list): both
   * the numbers and Switchboard's type names are accepted.
   */
  u_type?: "enduser" | "reseller" | "admin" | "srvadmin" | "support" | "sipserver" | "trunk" | 0 | 5 | 9;
  /** Most users to return. */
  u_maxcount?: number;
  /** Answer the extended field set. */
  u_extended?: boolean;
  /** tb_users column to order by, optionally followed by asc or desc. */
  u_order?: string;
}

/** One row of listusers. */
export interface ListusersRow {
  /** tb_users.id. */
  id: number;
  /** Username. */
  username: string;
  /** Full name. */
  name: string;
  /** tb_users.type (see u_type). */
  type: string;
  /** Whether the account is enabled. */
  enabled: boolean;
  /** Current credit. */
  credit: Decimal;
  /** Email address. */
  email?: string;
  /** Phone number. */
  phone?: string;
  /** Account currency. */
  currency?: string;
  /** Country. */
  country?: string;
  /** Postpaid account. */
  postpaid?: boolean;
  /** Owner / reseller id. */
  parentid?: number;
  /** When the account was created. */
  created?: string;
}

/**
 * Result of mizu-v2 `listusers`.
 *
 * One row per user (not specified by the seed); the optional fields only with u_extended.
 */
export interface ListusersResult {
  rows: ListusersRow[];
}

/** Parameters of mizu-v2 `loadinifiles`: Load the ini files into the database. */
export interface LoadinifilesParams {
  /** The vendor module whose ini file to load. */
  module?: string;
  /** The ini file to load, or all. */
  file?: string;
}

/** Request input of mizu-v2 `loadinifiles`: its parameters (none has a default). */
export type LoadinifilesInput = LoadinifilesParams;

/**
 * Result of mizu-v2 `loadinifiles`.
 *
 * The seed does not specify the answer.
 */
export interface LoadinifilesResult {
  message?: string;
}

/** Parameters of mizu-v2 `lockphonenumber`: Reserve a phone number from the free number pool. */
export interface LockphonenumberParams {
  /** The number to reserve (from the example; not in the parameter list). */
  num: string;
}

/** Request input of mizu-v2 `lockphonenumber`: its parameters (none has a default). */
export type LockphonenumberInput = LockphonenumberParams;

/**
 * Result of mizu-v2 `lockphonenumber`.
 *
 * Not specified by the seed: OK once the number is reserved, or ERROR:reason (for example when it is not free).
 */
export interface LockphonenumberResult {
  message?: string;
}

/** Parameters of mizu-v2 `locks`: List the pending locks. */
export interface LocksParams {}

/** Request input of mizu-v2 `locks`: its parameters (none has a default). */
export type LocksInput = LocksParams;

/** One row of locks. */
export interface LocksRow {
  /** What is locked (a table name, a lock type, or Switchboard's own lock). */
  name: string;
  /** Lock mode (PostgreSQL's names; exclusive for Switchboard's own). */
  mode: string;
  /** Held (1) or waited for (0). */
  granted: boolean;
  /** Who holds or wants it: a PostgreSQL backend pid, or the Switchboard command. */
  owner: string;
  /** When the owner's current statement or task started. */
  since?: string;
  /** How many others wait for this lock (for a held one). */
  waiting: number;
}

/**
 * Result of mizu-v2 `locks`.
 *
 * One row per lock held (or waited for), oldest first (not specified by the seed).
 */
export interface LocksResult {
  rows: LocksRow[];
}

/** Parameters of mizu-v2 `log`: Show the server log (name only in the seed). */
export interface LogParams {}

/** Request input of mizu-v2 `log`: its parameters (none has a default). */
export type LogInput = LogParams;

/**
 * Result of mizu-v2 `log`.
 *
 * Recent lines of the main server log (not specified by the seed).
 */
export interface LogResult {
  text: string;
}

/** Parameters of mizu-v2 `login`: Log in; check the user's credentials (the webportal login page). */
export interface LoginParams {}

/** Request input of mizu-v2 `login`: its parameters (none has a default). */
export type LoginInput = LoginParams;

/**
 * Result of mizu-v2 `login`.
 *
 * Not specified by the seed.
 */
export interface LoginResult {
  /** tb_users id of the logged-in user. */
  userid: number;
  /** Username. */
  username: string;
  /** User type (enduser, reseller, admin ...). */
  usertype?: string;
}

/** Parameters of mizu-v2 `logrename`: Rotate the log files (meaning inferred from the name). */
export interface LogrenameParams {}

/** Request input of mizu-v2 `logrename`: its parameters (none has a default). */
export type LogrenameInput = LogrenameParams;

/**
 * Result of mizu-v2 `logrename`.
 *
 * The seed does not specify the answer.
 */
export interface LogrenameResult {
  message?: string;
}

/** Parameters of mizu-v2 `logsearch`: Search the server logs (name only in the seed). */
export interface LogsearchParams {
  /**
   * The text to look for in the log lines (case-insensitive); absent or empty: every line.
   *
   * Aliases: message.
   */
  txt?: string;
  /** Most matching lines to answer (the latest ones). */
  lines: number;
}

/** Request input of mizu-v2 `logsearch`: Search the server logs (name only in the seed). */
export interface LogsearchInput {
  /**
   * The text to look for in the log lines (case-insensitive); absent or empty: every line.
   *
   * Aliases: message.
   */
  txt?: string;
  /** Most matching lines to answer (the latest ones). */
  lines?: number;
}

/**
 * Result of mizu-v2 `logsearch`.
 *
 * The matching log lines, oldest first (not specified by the seed).
 */
export interface LogsearchResult {
  text: string;
}

/** Parameters of mizu-v2 `mantreset`: Restart the maintenance thread. */
export interface MantresetParams {}

/** Request input of mizu-v2 `mantreset`: its parameters (none has a default). */
export type MantresetInput = MantresetParams;

/**
 * Result of mizu-v2 `mantreset`.
 *
 * The seed does not specify the answer.
 */
export interface MantresetResult {
  message?: string;
}

/** Parameters of mizu-v2 `monthlymaint`: Run the monthly maintenance tasks now. */
export interface MonthlymaintParams {}

/** Request input of mizu-v2 `monthlymaint`: its parameters (none has a default). */
export type MonthlymaintInput = MonthlymaintParams;

/**
 * Result of mizu-v2 `monthlymaint`.
 *
 * OK with what the job did, once it is done; the seed does not specify the answer.
 */
export interface MonthlymaintResult {
  message?: string;
}

/** Parameters of mizu-v2 `newuser`: Create a new user (deprecated name). */
export interface NewuserParams {
  /** Username of the new account (as newuseri). */
  u_username: string;
  /** Password of the new account (as newuseri). */
  u_password: string;
  /** Full name. */
  u_name?: string;
  /** Email address. */
  u_email?: string;
  /** Phone number. */
  u_phone?: string;
  /** Account currency, ISO 4217 code. */
  u_currency?: string;
  /** Country. */
  u_country?: string;
  /** Postal address. */
  u_address?: string;
  /** Starting credit in the account currency. */
  credit?: Decimal;
}

/** Request input of mizu-v2 `newuser`: its parameters (none has a default). */
export type NewuserInput = NewuserParams;

/**
 * Result of mizu-v2 `newuser`.
 *
 * As newuseri (not specified by the seed).
 */
export interface NewuserResult {
  /** tb_users.id of the new user. */
  userid: number;
  /** Its username. */
  username: string;
}

/** Parameters of mizu-v2 `newuserevent`: Run the new-user event (meaning inferred from the name). */
export interface NewusereventParams {}

/** Request input of mizu-v2 `newuserevent`: its parameters (none has a default). */
export type NewusereventInput = NewusereventParams;

/**
 * Result of mizu-v2 `newuserevent`.
 *
 * The seed does not specify the answer.
 */
export interface NewusereventResult {
  message?: string;
}

/** Parameters of mizu-v2 `newuseri`: Create a new user from a trusted source (admin, unrestricted). */
export interface NewuseriParams {
  /** Username of the new account. */
  u_username: string;
  /** Password of the new account. */
  u_password: string;
  /** Full name. */
  u_name?: string;
  /** Email address. */
  u_email?: string;
  /** Phone number. */
  u_phone?: string;
  /** Account currency, ISO 4217 code (examples: USD, AUD). */
  u_currency?: string;
  /** Country (examples send USA, AU). */
  u_country?: string;
  /** Postal address. */
  u_address?: string;
  /** Starting credit in the account currency (sent by every seed example, not in the parameter list). */
  credit?: Decimal;
}

/** Request input of mizu-v2 `newuseri`: its parameters (none has a default). */
export type NewuseriInput = NewuseriParams;

/**
 * Result of mizu-v2 `newuseri`.
 *
 * Not specified by the seed; the text answer is the seed's bare OK (see wire), json and xml's data carry the new
 * account's id.
 */
export interface NewuseriResult {
  /** tb_users.id of the new user. */
  userid: number;
  /** Its username. */
  username: string;
}

/**
 * Parameters of mizu-v2 `newusersevent`: Run the new-user events for all pending new users (meaning inferred from the
 * name).
 */
export interface NewuserseventParams {}

/** Request input of mizu-v2 `newusersevent`: its parameters (none has a default). */
export type NewuserseventInput = NewuserseventParams;

/**
 * Result of mizu-v2 `newusersevent`.
 *
 * The seed does not specify the answer.
 */
export interface NewuserseventResult {
  message?: string;
}

/**
 * Parameters of mizu-v2 `newuseru`: Public sign-up; create a new enduser from an untrusted device (sent with authkey
 * only).
 */
export interface NewuseruParams {
  /** Username (SIP username) of the new account. */
  u_username: string;
  /** Password of the new account. */
  u_password: string;
  /** Full name. */
  u_name?: string;
  /** Email address. */
  u_email?: string;
  /** Phone number. */
  u_phone?: string;
  /** Account currency, ISO 4217 code (USD, AUD ...). */
  u_currency?: string;
  /** Country (code or name: the examples send USA, AU). */
  u_country?: string;
  /** Postal address. */
  u_address?: string;
  /**
   * Identifier of the signing-up device (sent by the examples, not in the parameter list); used to limit sign-ups per
   * device.
   */
  deviceid?: string;
}

/** Request input of mizu-v2 `newuseru`: its parameters (none has a default). */
export type NewuseruInput = NewuseruParams;

/**
 * Result of mizu-v2 `newuseru`.
 *
 * Not specified by the seed: the text answer is the seed's bare OK (see wire), json and xml's data carry the new user's
 * id; or ERROR:reason (for example when the username is taken).
 */
export interface NewuseruResult {
  /** tb_users id of the new user. */
  userid: number;
  /** Username of the new user. */
  username: string;
}

/** Parameters of mizu-v2 `normalizechk`: Check number normalization for a called number (with caller and country). */
export interface NormalizechkParams {
  /** The called number to normalise. */
  called: string;
  /** The caller number (rules may depend on it); normalised too. */
  caller?: string;
  /** The country the numbers are dialled from (ISO code or country calling code); the server's default when absent. */
  country?: string;
}

/** Request input of mizu-v2 `normalizechk`: its parameters (none has a default). */
export type NormalizechkInput = NormalizechkParams;

/**
 * Result of mizu-v2 `normalizechk`.
 *
 * The seed does not specify the answer; Switchboard answers the normalised numbers.
 */
export interface NormalizechkResult {
  /** The normalised called number. */
  called: string;
  /** The normalised caller number. */
  caller?: string;
}

/** Parameters of mizu-v2 `p2p`: Phone to phone call request; call one number and connect it to another. */
export interface P2pParams {
  /**
   * First number (old API form, sent by the examples); when present, bnum is the second.
   *
   * Aliases: phone1, from.
   */
  anum?: string;
  /**
   * First number of the listed form [bnum, cnum]; the second number when anum is given.
   *
   * Aliases: phone2, to.
   */
  bnum?: string;
  /**
   * Second number of the listed form [bnum, cnum].
   *
   * Aliases: phone3.
   */
  cnum?: string;
  /** you can set the waitfor to 1 or 2 to wait for the call connect or failure (the seed does not tell 1 from 2). */
  waitfor: 0 | 1 | 2;
}

/** Request input of mizu-v2 `p2p`: Phone to phone call request; call one number and connect it to another. */
export interface P2pInput {
  /**
   * First number (old API form, sent by the examples); when present, bnum is the second.
   *
   * Aliases: phone1, from.
   */
  anum?: string;
  /**
   * First number of the listed form [bnum, cnum]; the second number when anum is given.
   *
   * Aliases: phone2, to.
   */
  bnum?: string;
  /**
   * Second number of the listed form [bnum, cnum].
   *
   * Aliases: phone3.
   */
  cnum?: string;
  /** you can set the waitfor to 1 or 2 to wait for the call connect or failure (the seed does not tell 1 from 2). */
  waitfor?: 0 | 1 | 2;
}

/**
 * Result of mizu-v2 `p2p`.
 *
 * OK when the call is initiated (or, with waitfor, connected), or ERROR:reason (with waitfor, the failure).
 */
export interface P2pResult {
  message?: string;
}

/** Parameters of mizu-v2 `parsegsmcdr`: Reparse CDRs from the specified GSM gateway log file. */
export interface ParsegsmcdrParams {
  /** The log file to reparse. */
  logfile: string;
}

/** Request input of mizu-v2 `parsegsmcdr`: its parameters (none has a default). */
export type ParsegsmcdrInput = ParsegsmcdrParams;

/**
 * Result of mizu-v2 `parsegsmcdr`.
 *
 * The seed does not specify the answer.
 */
export interface ParsegsmcdrResult {
  message?: string;
}

/** Parameters of mizu-v2 `pcrst`: Restart the PC (reboot the host machine). */
export interface PcrstParams {}

/** Request input of mizu-v2 `pcrst`: its parameters (none has a default). */
export type PcrstInput = PcrstParams;

/**
 * Result of mizu-v2 `pcrst`.
 *
 * The seed does not specify the answer.
 */
export interface PcrstResult {
  message?: string;
}

/** Parameters of mizu-v2 `pgetfile`: Load a file from the public web file storage (mvweb/filestorage). */
export interface PgetfileParams {
  /** File name relative to the file storage folder (subfolders with /). */
  filename: string;
}

/** Request input of mizu-v2 `pgetfile`: its parameters (none has a default). */
export type PgetfileInput = PgetfileParams;

/**
 * Result of mizu-v2 `pgetfile`.
 *
 * The file content (the seed does not say how it is encoded; over the text formats Switchboard sends it base64 encoded,
 * as pputfile takes it).
 */
export type PgetfileResult = FileAnswer;

/** Parameters of mizu-v2 `pputfile`: Save a file into the public web file storage (mvweb/filestorage). */
export interface PputfileParams {
  /** File name relative to the file storage folder (subfolders with /). */
  filename: string;
  /** The file content, base64 encoded (standard alphabet; the URL-safe - _ variants are accepted). */
  filedata: string;
}

/** Request input of mizu-v2 `pputfile`: its parameters (none has a default). */
export type PputfileInput = PputfileParams;

/**
 * Result of mizu-v2 `pputfile`.
 *
 * OK once the file is written; the seed does not specify the answer.
 */
export interface PputfileResult {
  message?: string;
}

/** Parameters of mizu-v2 `preauth`: Request a new nonce for nonce-validated (authv3) authentication. */
export interface PreauthParams {}

/** Request input of mizu-v2 `preauth`: its parameters (none has a default). */
export type PreauthInput = PreauthParams;

/**
 * Result of mizu-v2 `preauth`.
 *
 * The nonce, answered as "OK: new nonce is:xxxEOF" (xxx is the nonce, EOF ends it).
 */
export interface PreauthResult {
  value: string;
}

/** Parameters of mizu-v2 `predectivet`: Start, stop or restart the predictive dialer thread. */
export interface PredectivetParams {
  /** What to do with the predictive dialer thread (the seed's [start,stop,restart], name not given). */
  action: "start" | "stop" | "restart";
}

/** Request input of mizu-v2 `predectivet`: its parameters (none has a default). */
export type PredectivetInput = PredectivetParams;

/**
 * Result of mizu-v2 `predectivet`.
 *
 * The seed does not specify the answer.
 */
export interface PredectivetResult {
  message?: string;
}

/** Parameters of mizu-v2 `presence_get`: The presence status of one or several users. */
export interface PresenceGetParams {
  /** One user whose presence is requested (or give userlist). */
  userusername?: string;
  /** Several users, comma separated, instead of userusername. */
  userlist?: string[];
  /** ptype have to be set to 1 if called from timer and 0 when at start. */
  ptype?: 0 | 1;
  /** SIP domain of the users. */
  domain?: string;
}

/** Request input of mizu-v2 `presence_get`: its parameters (none has a default). */
export type PresenceGetInput = PresenceGetParams;

/** One row of presence_get. */
export interface PresenceGetRow {
  /** Username. */
  user: string;
  /** The presence status string the user last set with presence_set, else its online code (0, 1, 2). */
  status: string;
}

/**
 * Result of mizu-v2 `presence_get`.
 *
 * Answered as "OK: puserlist: user1:status1,user2:status2": one row per requested user.
 */
export interface PresenceGetResult {
  rows: PresenceGetRow[];
}

/** Parameters of mizu-v2 `presence_set`: Set the user's own presence status; answers the queued offline messages. */
export interface PresenceSetParams {
  /** The presence status string. */
  pstatus: string;
  /** ptype have to be set 0 when called at start, otherwise 1. */
  ptype?: 0 | 1;
}

/** Request input of mizu-v2 `presence_set`: its parameters (none has a default). */
export type PresenceSetInput = PresenceSetParams;

/** One row of presence_set. */
export interface PresenceSetRow {
  /** Sender of the offline message. */
  fromuser: string;
  /** The message text. */
  text: string;
}

/**
 * Result of mizu-v2 `presence_set`.
 *
 * "OK: xxx", followed by the chat messages stored for the user while offline, encoded as
 * XOFFMESSAGE:fromuser:textXOFFMESSAGE:fromuser2:text2XOFFMESSAGE: (one row per message); delivered messages are
 * removed from the queue. The text answer is one line: OK: presence set, then (when any wait) the messages in that
 * form, "OK: presence set XOFFMESSAGE:alice:hiXOFFMESSAGE:". The messages are the instant messages (sendim) no
 * registered contact of the user accepted; each is handed out once, by one request of any process. The status string is
 * kept per user, told to every process through the shared state; presence_get answers it while the user is registered.
 *
 */
export interface PresenceSetResult {
  rows: PresenceSetRow[];
}

/** Parameters of mizu-v2 `putfile`: Save a file under the server directory (base64 content). */
export interface PutfileParams {
  /** File to write, relative to the server directory. */
  filename: string;
  /** The file content, base64 encoded. */
  filedata: string;
}

/** Request input of mizu-v2 `putfile`: its parameters (none has a default). */
export type PutfileInput = PutfileParams;

/**
 * Result of mizu-v2 `putfile`.
 *
 * OK once the file is written (not specified by the seed).
 */
export interface PutfileResult {
  message?: string;
}

/** Parameters of mizu-v2 `querylist`: List the guids of the currently running database queries. */
export interface QuerylistParams {}

/** Request input of mizu-v2 `querylist`: its parameters (none has a default). */
export type QuerylistInput = QuerylistParams;

/** One row of querylist. */
export interface QuerylistRow {
  /** Identifier of the running query (named by the seed). */
  guid: string;
  /** When the query started (not in the seed). */
  started?: string;
  /** What issued it: the API command, or the PostgreSQL client application (not in the seed). */
  source?: string;
  /** The statement or job, shortened to 200 characters (not in the seed). */
  query?: string;
}

/**
 * Result of mizu-v2 `querylist`.
 *
 * One row per database query or job in progress.
 */
export interface QuerylistResult {
  rows: QuerylistRow[];
}

/** Parameters of mizu-v2 `quickstat`: Show quick statistics. */
export interface QuickstatParams {}

/** Request input of mizu-v2 `quickstat`: its parameters (none has a default). */
export type QuickstatInput = QuickstatParams;

/**
 * Result of mizu-v2 `quickstat`.
 *
 * Not specified by the seed.
 */
export interface QuickstatResult {
  /** Seconds since start. */
  uptime: number;
  /** API requests this process served since start (every dialect and outcome). */
  apirequests: number;
  /** Users in the in-memory cache (see fastusers). */
  cachedusers: number;
  /** Background jobs running or queued (asynchronous custom SQL, custom actions, backups). */
  backgroundjobs: number;
  /** CDRs of calls started today (UTC). */
  callstoday: number;
  /** Calls in progress (once the SIP edge exists). */
  activecalls?: number;
  /** Current registrations (once the SIP edge exists). */
  registrations?: number;
}

/** Parameters of mizu-v2 `rating`: Rate request; the user's tariff rate to a called number or prefix. */
export interface RatingParams {
  /**
   * The called number or prefix to rate (PREFIX_OR_NUMBER, CALLEDNUMBER).
   *
   * Aliases: phone2, to, anum.
   */
  bnum: string;
}

/** Request input of mizu-v2 `rating`: its parameters (none has a default). */
export type RatingInput = RatingParams;

/**
 * Result of mizu-v2 `rating`.
 *
 * Not specified by the seed: the matched tariff entry.
 */
export interface RatingResult {
  /** The tariff prefix that matched (the longest one). */
  prefix: string;
  /** Price per minute in the tariff currency. */
  rate: Decimal;
  /** Fee charged once when the call connects, in the tariff currency. */
  connectfee: Decimal;
  /** Seconds billed for the first increment (at least this much of a connected call is billed). */
  initialincrement: number;
  /** Seconds of each following billing increment. */
  increment: number;
  /** ISO 4217 code of the tariff currency. */
  currency: string;
  /** Name of the destination, when the tariff has one. */
  destination?: string;
  /** Name of the tariff the user is rated on. */
  tariff: string;
}

/**
 * Parameters of mizu-v2 `rebill`: Re-rate (re-bill) the call records of a period with the current tariffs and correct
 * the balances.
 */
export interface RebillParams {
  /**
   * Which calls: started today, yesterday, lastweek (7 days), lastmonth (30 days), thismonth, or in the last N days (1
   * = today); UTC calendar days including today. Absent (rebill called bare, as the seed lists it): a dry run of today,
   * so nothing is re-billed by accident.
   */
  days?: string;
  /** Username or id of the user whose calls to re-bill; without it, every user's. */
  user?: string;
  /** yes: answer what would change and change nothing. */
  dryrun: boolean;
}

/**
 * Request input of mizu-v2 `rebill`: Re-rate (re-bill) the call records of a period with the current tariffs and
 * correct the balances.
 */
export interface RebillInput {
  /**
   * Which calls: started today, yesterday, lastweek (7 days), lastmonth (30 days), thismonth, or in the last N days (1
   * = today); UTC calendar days including today. Absent (rebill called bare, as the seed lists it): a dry run of today,
   * so nothing is re-billed by accident.
   */
  days?: string;
  /** Username or id of the user whose calls to re-bill; without it, every user's. */
  user?: string;
  /** yes: answer what would change and change nothing. */
  dryrun?: boolean;
}

/**
 * Result of mizu-v2 `rebill`.
 *
 * Not specified by the seed. The period covered and how many records fell into each case (examined = rerated +
 * unchanged + unrated + skipped), and the credit given back to the users per currency: the sum of old cost minus new
 * cost of the re-rated records (negative when users were charged more). With dryrun, what would be done.
 *
 */
export interface RebillResult {
  /** Start of the period (UTC), included. */
  from: string;
  /** End of the period (UTC), excluded; absent: up to now. */
  to?: string;
  /** Outgoing, connected call records of the period (and user). */
  examined: number;
  /** Records whose cost changed (with dryrun: would change). */
  rerated: number;
  /** Records the current tariffs price the same. */
  unchanged: number;
  /**
   * Records left unchanged because no prefix of the user's current tariff matches the called number, or the user has no
   * tariff.
   */
  unrated: number;
  /**
   * Records left unchanged because the credit cannot be corrected exactly: another currency than the tariff's or the
   * balance's, a deleted user, or changed by another process meanwhile.
   */
  skipped: number;
  /** Users whose calls were (with dryrun: would be) re-rated, their credit corrected. */
  users: number;
  /**
   * Credit change per currency, by ISO 4217 code, as exact decimal strings (old cost minus new cost summed; positive:
   * given back to the users). Empty when nothing changes.
   */
  credit: Record<string, unknown>;
  /** Whether nothing was changed (dryrun=yes). */
  dryrun: boolean;
}

/** Parameters of mizu-v2 `regstat`: Show registrar statistics. */
export interface RegstatParams {}

/** Request input of mizu-v2 `regstat`: its parameters (none has a default). */
export type RegstatInput = RegstatParams;

/**
 * Result of mizu-v2 `regstat`.
 *
 * Not specified by the seed. Answered from the registration store every process shares: the registrations in force, the
 * users they belong to, and how many came over each transport.
 *
 */
export interface RegstatResult {
  /** Contacts currently registered (unexpired bindings). */
  registered: number;
  /** Distinct users with at least one registration. */
  registeredusers: number;
  /** Registrations made over UDP. */
  udp: number;
  /** Registrations made over TCP. */
  tcp: number;
  /** Registrations made over WebSocket (ws and wss). */
  ws: number;
}

/** Parameters of mizu-v2 `reguser`: Show registered users/devices, or the register state of one user. */
export interface ReguserParams {
  /**
   * Empty (or absent): normal listing of the registered users; "all": detailed list for all users; a username: only
   * that exact user (register state of one user).
   *
   */
  usr?: string;
}

/** Request input of mizu-v2 `reguser`: its parameters (none has a default). */
export type ReguserInput = ReguserParams;

/** One row of reguser. */
export interface ReguserRow {
  /** The registered user. */
  username: string;
  /** tb_users.id of the user. */
  userid: number;
  /** Registered contact URI. */
  contact: string;
  /** Source IP address of the registration. */
  ip?: string;
  /** Source port. */
  port?: number;
  /** Transport the device registered over. */
  transport?: "udp" | "tcp" | "tls" | "ws" | "wss";
  /** User-Agent of the device. */
  useragent?: string;
  /** When the contact was first registered (kept across refreshes). */
  registered?: string;
  /** When the registration expires. */
  expires?: string;
}

/**
 * Result of mizu-v2 `reguser`.
 *
 * One row per registered device (not specified by the seed). The normal listing answers the first three fields; "all"
 * and a single user answer every field. A user with no registration answers an empty list; a username nobody has
 * answers user not found.
 *
 */
export interface ReguserResult {
  rows: ReguserRow[];
}

/** Parameters of mizu-v2 `reindexncache`: Reindex the next-client cache of the campaign clients (ccampclient). */
export interface ReindexncacheParams {}

/** Request input of mizu-v2 `reindexncache`: its parameters (none has a default). */
export type ReindexncacheInput = ReindexncacheParams;

/**
 * Result of mizu-v2 `reindexncache`.
 *
 * The seed does not specify the answer.
 */
export interface ReindexncacheResult {
  message?: string;
}

/** Parameters of mizu-v2 `reload`: Reload the current configuration without restarting the server. */
export interface ReloadParams {}

/** Request input of mizu-v2 `reload`: its parameters (none has a default). */
export type ReloadInput = ReloadParams;

/**
 * Result of mizu-v2 `reload`.
 *
 * OK once the new configuration is in effect; the seed does not specify the answer.
 */
export interface ReloadResult {
  message?: string;
}

/** Parameters of mizu-v2 `reloadapikeys`: Reload the API keys (meaning inferred from the name). */
export interface ReloadapikeysParams {}

/** Request input of mizu-v2 `reloadapikeys`: its parameters (none has a default). */
export type ReloadapikeysInput = ReloadapikeysParams;

/**
 * Result of mizu-v2 `reloadapikeys`.
 *
 * The seed does not specify the answer.
 */
export interface ReloadapikeysResult {
  message?: string;
}

/** Parameters of mizu-v2 `reloaddialplan`: Reload the dial plan (meaning inferred from the name). */
export interface ReloaddialplanParams {}

/** Request input of mizu-v2 `reloaddialplan`: its parameters (none has a default). */
export type ReloaddialplanInput = ReloaddialplanParams;

/**
 * Result of mizu-v2 `reloaddialplan`.
 *
 * The seed does not specify the answer.
 */
export interface ReloaddialplanResult {
  message?: string;
}

/** Parameters of mizu-v2 `reloadnumdircache`: Reload the number directory cache (meaning inferred from the name). */
export interface ReloadnumdircacheParams {}

/** Request input of mizu-v2 `reloadnumdircache`: its parameters (none has a default). */
export type ReloadnumdircacheInput = ReloadnumdircacheParams;

/**
 * Result of mizu-v2 `reloadnumdircache`.
 *
 * The seed does not specify the answer.
 */
export interface ReloadnumdircacheResult {
  message?: string;
}

/** Parameters of mizu-v2 `reports`: List the server reports (name only in the seed). */
export interface ReportsParams {}

/** Request input of mizu-v2 `reports`: its parameters (none has a default). */
export type ReportsInput = ReportsParams;

/** One row of reports. */
export interface ReportsRow {
  /** Report name. */
  name: string;
  /** Period it covers, e.g. the day. */
  period: string;
  /** When it was built. */
  created: string;
}

/**
 * Result of mizu-v2 `reports`.
 *
 * Not specified by the seed; one row per built report.
 */
export interface ReportsResult {
  rows: ReportsRow[];
}

/** Parameters of mizu-v2 `resetp`: A reset command whose target the seed does not name (undocumented). */
export interface ResetpParams {}

/** Request input of mizu-v2 `resetp`: its parameters (none has a default). */
export type ResetpInput = ResetpParams;

/**
 * Result of mizu-v2 `resetp`.
 *
 * The seed does not specify the answer.
 */
export interface ResetpResult {
  message?: string;
}

/**
 * Parameters of mizu-v2 `restart`: Restart the service, the database connection, or (vendor only) the server machine.
 */
export interface RestartParams {
  /** What to restart. "server means OS restart!" */
  what: "service" | "server" | "database" | "force";
}

/**
 * Request input of mizu-v2 `restart`: Restart the service, the database connection, or (vendor only) the server
 * machine.
 */
export interface RestartInput {
  /** What to restart. "server means OS restart!" */
  what?: "service" | "server" | "database" | "force";
}

/**
 * Result of mizu-v2 `restart`.
 *
 * OK once the database connections are new (what=database); the seed does not specify the answer.
 */
export interface RestartResult {
  message?: string;
}

/** Parameters of mizu-v2 `routingtest`: Return the destination route a call would take, without placing the call. */
export interface RoutingtestParams {
  /** Source IP address of the simulated call (IPv4 or IPv6); absent means a call from a local user. */
  ip?: string;
  /** Caller (A) number of the simulated call. */
  caller?: string;
  /** Called (B) number of the simulated call. */
  called: string;
}

/** Request input of mizu-v2 `routingtest`: its parameters (none has a default). */
export type RoutingtestInput = RoutingtestParams;

/** One row of routingtest. */
export interface RoutingtestRow {
  /** 1 for the destination tried first. */
  order: number;
  /** A local user, an external line or a SIP trunk. */
  kind: "localuser" | "extline" | "trunk";
  /** The local user's number, the line's name, or the trunk's servID. */
  target: string;
  /** Destination host:port (empty for a local user). */
  address: string;
  /** udp or tcp for lines and trunks. */
  transport?: string;
  /** Caller number sent to this destination, after the rewrite rules. */
  caller: string;
  /** Called number sent to this destination, after the rewrite rules. */
  called: string;
  /** Longest call in seconds; 0 is no limit. */
  maxduration: number;
  /** The rule, chain, routing group or hunt group that led here. */
  via: string;
}

/**
 * Result of mizu-v2 `routingtest`.
 *
 * The destinations the routing engine (src/domain/routing, the miniSIPServer dial plan) would try, in order, with the
 * numbers it would send to each (not specified by the seed). A call that would not be routed (no rule, a missing line
 * or trunk, a call-level rejection, an intercept or a loop) answers not-found with the reason instead.
 *
 */
export interface RoutingtestResult {
  rows: RoutingtestRow[];
}

/** Parameters of mizu-v2 `rulesreload`: Reload the rules (meaning inferred from the name). */
export interface RulesreloadParams {}

/** Request input of mizu-v2 `rulesreload`: its parameters (none has a default). */
export type RulesreloadInput = RulesreloadParams;

/**
 * Result of mizu-v2 `rulesreload`.
 *
 * The seed does not specify the answer; Switchboard answers how many rules it loaded.
 */
export interface RulesreloadResult {
  /** tb_api rows loaded. */
  apirules: number;
  /** IP bans in force. */
  bans: number;
}

/** Parameters of mizu-v2 `saveinifiles`: Write the uncommitted ini keys from the database to the ini files. */
export interface SaveinifilesParams {
  /** The vendor module whose ini file to write. */
  module?: string;
  /** The ini file to write, or all. */
  file?: string;
  /** Only the keys not saved yet (not explained further by the seed). */
  notsaved?: boolean;
}

/** Request input of mizu-v2 `saveinifiles`: its parameters (none has a default). */
export type SaveinifilesInput = SaveinifilesParams;

/**
 * Result of mizu-v2 `saveinifiles`.
 *
 * The seed does not specify the answer.
 */
export interface SaveinifilesResult {
  message?: string;
}

/** Parameters of mizu-v2 `savesettings`: Write the uncommitted settings (commit pending configuration changes). */
export interface SavesettingsParams {}

/** Request input of mizu-v2 `savesettings`: its parameters (none has a default). */
export type SavesettingsInput = SavesettingsParams;

/**
 * Result of mizu-v2 `savesettings`.
 *
 * The seed does not specify the answer; Switchboard answers how many settings it committed.
 */
export interface SavesettingsResult {
  /** Number of settings whose new value was applied. */
  saved: number;
  /** Those settings, comma separated. */
  names: string;
}

/** Parameters of mizu-v2 `search`: User search. */
export interface SearchParams {
  /**
   * Search text (not named by the seed); absent or empty: every user, the first maxcount by username.
   *
   * Aliases: message.
   */
  txt?: string;
  /** Most users to return (not named by the seed). */
  maxcount: number;
}

/** Request input of mizu-v2 `search`: User search. */
export interface SearchInput {
  /**
   * Search text (not named by the seed); absent or empty: every user, the first maxcount by username.
   *
   * Aliases: message.
   */
  txt?: string;
  /** Most users to return (not named by the seed). */
  maxcount?: number;
}

/** One row of search. */
export interface SearchRow {
  /** tb_users id. */
  userid: number;
  /** Username. */
  username: string;
  /** Full name. */
  name?: string;
  /** Email address (admins only). */
  email?: string;
  /** Phone number (admins only). */
  phone?: string;
}

/**
 * Result of mizu-v2 `search`.
 *
 * Not specified by the seed: one row per matching user.
 */
export interface SearchResult {
  rows: SearchRow[];
}

/** Parameters of mizu-v2 `sendamsg`: Send a message to call-centre agents (one agent or all). */
export interface SendamsgParams {
  /** Id of the agent to message, or all for every agent. */
  agentid: string;
  /**
   * The message.
   *
   * Aliases: message.
   */
  txt: string;
}

/** Request input of mizu-v2 `sendamsg`: its parameters (none has a default). */
export type SendamsgInput = SendamsgParams;

/**
 * Result of mizu-v2 `sendamsg`.
 *
 * OK once the message is delivered or stored (all - sent to every registered user).
 */
export interface SendamsgResult {
  message?: string;
}

/** Parameters of mizu-v2 `sendccinfo`: Send credit card information (undocumented; name only in the seed). */
export interface SendccinfoParams {}

/** Request input of mizu-v2 `sendccinfo`: its parameters (none has a default). */
export type SendccinfoInput = SendccinfoParams;

/**
 * Result of mizu-v2 `sendccinfo`.
 *
 * Not specified by the seed.
 */
export interface SendccinfoResult {
  message?: string;
}

/** Parameters of mizu-v2 `sendfax`: Send a stored file as a fax to a number. */
export interface SendfaxParams {
  /**
   * Sender (from) fax number; the user's own number when absent.
   *
   * Aliases: phone1, from.
   */
  anum?: string;
  /**
   * Destination (to) fax number.
   *
   * Aliases: phone2, to.
   */
  bnum: string;
  /** Name of the document to send, a file stored for the user (for example by pputfile); no path. */
  filename: string;
}

/** Request input of mizu-v2 `sendfax`: its parameters (none has a default). */
export type SendfaxInput = SendfaxParams;

/**
 * Result of mizu-v2 `sendfax`.
 *
 * Not specified by the seed: OK once the fax is queued, or ERROR:reason.
 */
export interface SendfaxResult {
  message?: string;
}

/** Parameters of mizu-v2 `sendim`: Send a chat message to a user or a list of users. */
export interface SendimParams {
  /**
   * The recipient user (username or number); or give buserlist.
   *
   * Aliases: phone2, to.
   */
  bnum?: string;
  /** Several recipient users, comma separated, instead of bnum. */
  buserlist?: string[];
  /**
   * The chat message.
   *
   * Aliases: message.
   */
  txt: string;
}

/** Request input of mizu-v2 `sendim`: its parameters (none has a default). */
export type SendimInput = SendimParams;

/**
 * Result of mizu-v2 `sendim`.
 *
 * OK once the message is delivered to, or stored for, every recipient.
 */
export interface SendimResult {
  message?: string;
}

/** Parameters of mizu-v2 `sendmail`: Send an email. */
export interface SendmailParams {
  /** Sender email address; can be empty. */
  from?: string;
  /** Recipient email address. */
  to: string;
  /** Subject line. */
  subject?: string;
  /**
   * The message body (message).
   *
   * Aliases: message.
   */
  txt: string;
}

/** Request input of mizu-v2 `sendmail`: its parameters (none has a default). */
export type SendmailInput = SendmailParams;

/**
 * Result of mizu-v2 `sendmail`.
 *
 * Not specified by the seed: OK and the message id once the e-mail is in the outbox (sent through the configured SMTP
 * server), or ERROR:reason.
 */
export interface SendmailResult {
  /** The e-mail's id in the outbox. */
  messageid: string;
  /** queued: the outbox worker hands it to the SMTP server. */
  state: "queued" | "submitted" | "delivered" | "failed" | "expired";
}

/** Parameters of mizu-v2 `sendsms`: Send an SMS message asynchronously (fast; answers before delivery). */
export interface SendsmsParams {
  /**
   * The sender shown to the recipient (from): a number, or an alphanumeric sender id of at most 11 characters (as the
   * PHP client sends it); the SMS account's sourceAddr when absent.
   *
   * Aliases: phone1, from.
   */
  anum?: string;
  /**
   * Destination mobile number (to; 001 telnumber).
   *
   * Aliases: phone2, to, telnumber.
   */
  bnum: string;
  /**
   * The SMS text (message).
   *
   * Aliases: message.
   */
  txt: string;
}

/** Request input of mizu-v2 `sendsms`: its parameters (none has a default). */
export type SendsmsInput = SendsmsParams;

/**
 * Result of mizu-v2 `sendsms`.
 *
 * OK and the message id at once, once the message is queued (charged at the SMS price of the user's tariff, refused
 * without credit), or ERROR:reason.
 */
export interface SendsmsResult {
  /**
   * The message's id: in the outbox, or sip-<n> for an on-net message, kept in the instant-message store (answered at
   * once).
   */
  messageid: string;
  /**
   * Where the message is: queued (asynchronous, or an on-net message waiting for the user's phone), or the SMSC's
   * submit result (synchronous; delivered once an on-net user's phone accepted it).
   */
  state: "queued" | "submitted" | "delivered" | "failed" | "expired";
  /** The SMS parts the text was split into. */
  parts?: number;
  /** What the message cost the user, in the account currency (0 when the tariff has no SMS price). */
  charged?: Decimal;
}

/** Parameters of mizu-v2 `sendsmssync`: Send an SMS message synchronously (waits for the delivery answer). */
export interface SendsmssyncParams {
  /**
   * The sender shown to the recipient (from): a number, or an alphanumeric sender id of at most 11 characters (as the
   * PHP client sends it); the SMS account's sourceAddr when absent.
   *
   * Aliases: phone1, from.
   */
  anum?: string;
  /**
   * Destination mobile number (to).
   *
   * Aliases: phone2, to.
   */
  bnum: string;
  /**
   * The SMS text (message).
   *
   * Aliases: message.
   */
  txt: string;
}

/** Request input of mizu-v2 `sendsmssync`: its parameters (none has a default). */
export type SendsmssyncInput = SendsmssyncParams;

/**
 * Result of mizu-v2 `sendsmssync`.
 *
 * Answered once the SMSC accepted (submitted) or refused the message: OK and the message id, or ERROR with the
 * gateway's reason (the charge is then given back).
 */
export interface SendsmssyncResult {
  /**
   * The message's id: in the outbox, or sip-<n> for an on-net message, kept in the instant-message store (answered at
   * once).
   */
  messageid: string;
  /**
   * Where the message is: queued (asynchronous, or an on-net message waiting for the user's phone), or the SMSC's
   * submit result (synchronous; delivered once an on-net user's phone accepted it).
   */
  state: "queued" | "submitted" | "delivered" | "failed" | "expired";
  /** The SMS parts the text was split into. */
  parts?: number;
  /** What the message cost the user, in the account currency (0 when the tariff has no SMS price). */
  charged?: Decimal;
}

/**
 * Parameters of mizu-v2 `sendsmsunicode`: Send a Unicode SMS message asynchronously (fast; answers before delivery).
 */
export interface SendsmsunicodeParams {
  /**
   * The sender shown to the recipient (from): a number, or an alphanumeric sender id of at most 11 characters (as the
   * PHP client sends it); the SMS account's sourceAddr when absent.
   *
   * Aliases: phone1, from.
   */
  anum?: string;
  /**
   * Destination mobile number (to; 001 telnumber).
   *
   * Aliases: phone2, to, telnumber.
   */
  bnum: string;
  /**
   * The SMS text (message), any Unicode characters.
   *
   * Aliases: message.
   */
  txt: string;
}

/** Request input of mizu-v2 `sendsmsunicode`: its parameters (none has a default). */
export type SendsmsunicodeInput = SendsmsunicodeParams;

/**
 * Result of mizu-v2 `sendsmsunicode`.
 *
 * OK and the message id at once, once the message is queued (charged at the SMS price of the user's tariff, refused
 * without credit), or ERROR:reason.
 */
export interface SendsmsunicodeResult {
  /**
   * The message's id: in the outbox, or sip-<n> for an on-net message, kept in the instant-message store (answered at
   * once).
   */
  messageid: string;
  /**
   * Where the message is: queued (asynchronous, or an on-net message waiting for the user's phone), or the SMSC's
   * submit result (synchronous; delivered once an on-net user's phone accepted it).
   */
  state: "queued" | "submitted" | "delivered" | "failed" | "expired";
  /** The SMS parts the text was split into. */
  parts?: number;
  /** What the message cost the user, in the account currency (0 when the tariff has no SMS price). */
  charged?: Decimal;
}

/**
 * Parameters of mizu-v2 `sendsmsunicodesync`: Send a Unicode SMS message synchronously (waits for the delivery answer).
 */
export interface SendsmsunicodesyncParams {
  /**
   * The sender shown to the recipient (from): a number, or an alphanumeric sender id of at most 11 characters (as the
   * PHP client sends it); the SMS account's sourceAddr when absent.
   *
   * Aliases: phone1, from.
   */
  anum?: string;
  /**
   * Destination mobile number (to).
   *
   * Aliases: phone2, to.
   */
  bnum: string;
  /**
   * The SMS text (message), any Unicode characters.
   *
   * Aliases: message.
   */
  txt: string;
}

/** Request input of mizu-v2 `sendsmsunicodesync`: its parameters (none has a default). */
export type SendsmsunicodesyncInput = SendsmsunicodesyncParams;

/**
 * Result of mizu-v2 `sendsmsunicodesync`.
 *
 * Answered once the SMSC accepted (submitted) or refused the message: OK and the message id, or ERROR with the
 * gateway's reason (the charge is then given back).
 */
export interface SendsmsunicodesyncResult {
  /**
   * The message's id: in the outbox, or sip-<n> for an on-net message, kept in the instant-message store (answered at
   * once).
   */
  messageid: string;
  /**
   * Where the message is: queued (asynchronous, or an on-net message waiting for the user's phone), or the SMSC's
   * submit result (synchronous; delivered once an on-net user's phone accepted it).
   */
  state: "queued" | "submitted" | "delivered" | "failed" | "expired";
  /** The SMS parts the text was split into. */
  parts?: number;
  /** What the message cost the user, in the account currency (0 when the tariff has no SMS price). */
  charged?: Decimal;
}

/** Parameters of mizu-v2 `servicerst`: Restart the main service. */
export interface ServicerstParams {}

/** Request input of mizu-v2 `servicerst`: its parameters (none has a default). */
export type ServicerstInput = ServicerstParams;

/**
 * Result of mizu-v2 `servicerst`.
 *
 * OK is answered before the restart begins; the connection then closes. The seed does not specify the answer.
 */
export interface ServicerstResult {
  message?: string;
}

/**
 * Parameters of mizu-v2 `setfastregpwd`: Set the fast registration (fastreg) passwords (meaning inferred from the
 * name).
 */
export interface SetfastregpwdParams {}

/** Request input of mizu-v2 `setfastregpwd`: its parameters (none has a default). */
export type SetfastregpwdInput = SetfastregpwdParams;

/**
 * Result of mizu-v2 `setfastregpwd`.
 *
 * The seed does not specify the answer.
 */
export interface SetfastregpwdResult {
  message?: string;
}

/**
 * Parameters of mizu-v2 `setfield`: Update one field of a database row (users only their own whitelisted tb_users
 * fields).
 */
export interface SetfieldParams {
  /**
   * The table (admin form only; user logins can only update tb_users). By name, or first in the admin form's positional
   * order (see the description).
   */
  table: string;
  /** How to store fieldvalue ("fieldtype:string/int/float"); the seed gives no default, Switchboard takes string. */
  fieldtype: "string" | "int" | "float";
  /** The field (column) to update; for user logins one of the fields listed in the description. */
  fieldname: string;
  /** The new value, converted according to fieldtype; empty sets an empty value. */
  fieldvalue?: string;
  /**
   * The id of the row to update; for user logins their own tb_users.id (the default; any other id is refused), for
   * admins the row's id in table (the authenticated or targetuser user's tb_users.id when absent).
   */
  rowid?: number;
  /**
   * Not explained by the seed; read as: perform the update synchronously and answer its real result (otherwise it may
   * be queued, like custom SQL without the * prefix, 002:L578).
   */
  sync: boolean;
}

/**
 * Request input of mizu-v2 `setfield`: Update one field of a database row (users only their own whitelisted tb_users
 * fields).
 */
export interface SetfieldInput {
  /**
   * The table (admin form only; user logins can only update tb_users). By name, or first in the admin form's positional
   * order (see the description).
   */
  table?: string;
  /** How to store fieldvalue ("fieldtype:string/int/float"); the seed gives no default, Switchboard takes string. */
  fieldtype?: "string" | "int" | "float";
  /** The field (column) to update; for user logins one of the fields listed in the description. */
  fieldname: string;
  /** The new value, converted according to fieldtype; empty sets an empty value. */
  fieldvalue?: string;
  /**
   * The id of the row to update; for user logins their own tb_users.id (the default; any other id is refused), for
   * admins the row's id in table (the authenticated or targetuser user's tb_users.id when absent).
   */
  rowid?: number;
  /**
   * Not explained by the seed; read as: perform the update synchronously and answer its real result (otherwise it may
   * be queued, like custom SQL without the * prefix, 002:L578).
   */
  sync?: boolean;
}

/**
 * Result of mizu-v2 `setfield`.
 *
 * OK when the field was updated; the seed does not specify the answer.
 */
export interface SetfieldResult {
  message?: string;
}

/** Parameters of mizu-v2 `setini`: Write a configuration value (an ini key). */
export interface SetiniParams {
  /** The ini section (the part in [brackets]); the global section when absent. */
  section?: string;
  /** The key (option name) to write. */
  key: string;
  /** The value to write; empty clears it. */
  value?: string;
  /** The vendor ini file the key belongs to; the main configuration when absent. */
  file?: string;
}

/** Request input of mizu-v2 `setini`: its parameters (none has a default). */
export type SetiniInput = SetiniParams;

/**
 * Result of mizu-v2 `setini`.
 *
 * The seed does not specify the answer.
 */
export interface SetiniResult {
  message?: string;
}

/** Parameters of mizu-v2 `setip`: Set a new IP address on a network card of the server host. */
export interface SetipParams {
  /** Network card (adapter) name. */
  cardname?: string;
  /** New IP address. */
  ip?: string;
  /** Subnet mask. */
  mask?: string;
  /** Default gateway. */
  gateway?: string;
  /** Gateway metric. */
  gwmetric?: number;
}

/** Request input of mizu-v2 `setip`: its parameters (none has a default). */
export type SetipInput = SetipParams;

/**
 * Result of mizu-v2 `setip`.
 *
 * Would confirm the change; Switchboard answers the unsupported error.
 */
export interface SetipResult {
  message?: string;
}

/** Parameters of mizu-v2 `shortinfo`: Show a short form of the server status (name only in the seed). */
export interface ShortinfoParams {}

/** Request input of mizu-v2 `shortinfo`: its parameters (none has a default). */
export type ShortinfoInput = ShortinfoParams;

/**
 * Result of mizu-v2 `shortinfo`.
 *
 * Not specified by the seed; the essentials of info.
 */
export interface ShortinfoResult {
  /** Server software version. */
  version: string;
  /** Seconds since start. */
  uptime: number;
  /** Database connection state. */
  database: "ok" | "error";
  /** Calls in progress (once the SIP edge exists). */
  activecalls?: number;
}

/** Parameters of mizu-v2 `showcfg`: Show the server configuration. */
export interface ShowcfgParams {}

/** Request input of mizu-v2 `showcfg`: its parameters (none has a default). */
export type ShowcfgInput = ShowcfgParams;

/**
 * Result of mizu-v2 `showcfg`.
 *
 * The effective configuration as key=value lines, secrets masked.
 */
export interface ShowcfgResult {
  text: string;
}

/** Parameters of mizu-v2 `showlog`: Show the last lines of the requested log file. */
export interface ShowlogParams {
  /** Which log file to show (no name or default given in the seed; main assumed). */
  log: "main" | "sip" | "gk" | "sh" | "tcp";
  /** How many of the last lines to show (the seed gives no limit or default). */
  lines: number;
}

/** Request input of mizu-v2 `showlog`: Show the last lines of the requested log file. */
export interface ShowlogInput {
  /** Which log file to show (no name or default given in the seed; main assumed). */
  log?: "main" | "sip" | "gk" | "sh" | "tcp";
  /** How many of the last lines to show (the seed gives no limit or default). */
  lines?: number;
}

/**
 * Result of mizu-v2 `showlog`.
 *
 * The last `lines` lines of the log, oldest first.
 */
export interface ShowlogResult {
  text: string;
}

/** Parameters of mizu-v2 `sipreset`: Reset the SIP stack. */
export interface SipresetParams {}

/** Request input of mizu-v2 `sipreset`: its parameters (none has a default). */
export type SipresetInput = SipresetParams;

/**
 * Result of mizu-v2 `sipreset`.
 *
 * OK once the SIP stack is listening again; the seed does not specify the answer.
 */
export interface SipresetResult {
  message?: string;
}

/** Parameters of mizu-v2 `sms`: Send an SMS message. */
export interface SmsParams {
  /**
   * The sender shown to the recipient (from): a number, or an alphanumeric sender id of at most 11 characters (as the
   * PHP client sends it); the SMS account's sourceAddr when absent.
   *
   * Aliases: phone1, from.
   */
  anum?: string;
  /**
   * Destination mobile number (to).
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

/** Request input of mizu-v2 `sms`: its parameters (none has a default). */
export type SmsInput = SmsParams;

/**
 * Result of mizu-v2 `sms`.
 *
 * OK and the message id at once, once the message is queued (charged at the SMS price of the user's tariff, refused
 * without credit), or ERROR:reason.
 */
export interface SmsResult {
  /**
   * The message's id: in the outbox, or sip-<n> for an on-net message, kept in the instant-message store (answered at
   * once).
   */
  messageid: string;
  /**
   * Where the message is: queued (asynchronous, or an on-net message waiting for the user's phone), or the SMSC's
   * submit result (synchronous; delivered once an on-net user's phone accepted it).
   */
  state: "queued" | "submitted" | "delivered" | "failed" | "expired";
  /** The SMS parts the text was split into. */
  parts?: number;
  /** What the message cost the user, in the account currency (0 when the tariff has no SMS price). */
  charged?: Decimal;
}

/** Parameters of mizu-v2 `smsreceive`: Accept an inbound SMS (from an SMS gateway) for delivery to the user. */
export interface SmsreceiveParams {
  /**
   * Sender number of the inbound SMS (parameter not listed in the seed).
   *
   * Aliases: phone1, from.
   */
  anum: string;
  /**
   * Recipient number (a user's DID or number; parameter not listed in the seed).
   *
   * Aliases: phone2, to.
   */
  bnum: string;
  /**
   * The message text (parameter not listed in the seed).
   *
   * Aliases: message.
   */
  txt?: string;
}

/** Request input of mizu-v2 `smsreceive`: its parameters (none has a default). */
export type SmsreceiveInput = SmsreceiveParams;

/**
 * Result of mizu-v2 `smsreceive`.
 *
 * OK once the message is accepted (not specified by the seed).
 */
export interface SmsreceiveResult {
  message?: string;
}

/**
 * Parameters of mizu-v2 `status`: The authenticated user's own online status (0 doesn't exist, 1 offline, 2 online, 3
 * calling, 4 speaking).
 */
export interface StatusParams {}

/** Request input of mizu-v2 `status`: its parameters (none has a default). */
export type StatusInput = StatusParams;

/** Result of mizu-v2 `status`. */
export interface StatusResult {
  /** The user's online status code. */
  status: 0 | 1 | 2 | 3 | 4;
}

/** Parameters of mizu-v2 `stopscanner`: Stop the number scanner threads. */
export interface StopscannerParams {}

/** Request input of mizu-v2 `stopscanner`: its parameters (none has a default). */
export type StopscannerInput = StopscannerParams;

/**
 * Result of mizu-v2 `stopscanner`.
 *
 * The seed does not specify the answer.
 */
export interface StopscannerResult {
  message?: string;
}

/** Parameters of mizu-v2 `syncmedia`: Synchronise the media files. */
export interface SyncmediaParams {}

/** Request input of mizu-v2 `syncmedia`: its parameters (none has a default). */
export type SyncmediaInput = SyncmediaParams;

/**
 * Result of mizu-v2 `syncmedia`.
 *
 * The seed does not specify the answer.
 */
export interface SyncmediaResult {
  message?: string;
}

/** Parameters of mizu-v2 `syncusers`: Synchronise the fast (cached) users list with the database. */
export interface SyncusersParams {
  /** Documented by name only; its meaning is not given in the seed. */
  oop?: string;
}

/** Request input of mizu-v2 `syncusers`: its parameters (none has a default). */
export type SyncusersInput = SyncusersParams;

/**
 * Result of mizu-v2 `syncusers`.
 *
 * The seed does not specify the answer; Switchboard answers how many cached users it re-read and dropped.
 */
export interface SyncusersResult {
  /** Cached users still in the database (read again at their next request). */
  synced: number;
  /** Cached users no longer in the database. */
  dropped: number;
}

/** Parameters of mizu-v2 `tbackup`: Launch a database backup to the second server. */
export interface TbackupParams {}

/** Request input of mizu-v2 `tbackup`: its parameters (none has a default). */
export type TbackupInput = TbackupParams;

/**
 * Result of mizu-v2 `tbackup`.
 *
 * OK once the backup is started (not specified by the seed).
 */
export interface TbackupResult {
  message?: string;
}

/** Parameters of mizu-v2 `threadlist`: Show the thread list. */
export interface ThreadlistParams {}

/** Request input of mizu-v2 `threadlist`: its parameters (none has a default). */
export type ThreadlistInput = ThreadlistParams;

/** One row of threadlist. */
export interface ThreadlistRow {
  /** 0 for the main thread, else the job number. */
  id: number;
  /** What it does. */
  name: string;
  /** running or queued. */
  state: string;
  /** When it started. */
  started: string;
}

/**
 * Result of mizu-v2 `threadlist`.
 *
 * One row per thread or background job (not specified by the seed).
 */
export interface ThreadlistResult {
  rows: ThreadlistRow[];
}

/** Parameters of mizu-v2 `threads`: Show the thread list. */
export interface ThreadsParams {}

/** Request input of mizu-v2 `threads`: its parameters (none has a default). */
export type ThreadsInput = ThreadsParams;

/** One row of threads. */
export interface ThreadsRow {
  /** 0 for the main thread, else the job number. */
  id: number;
  /** What it does. */
  name: string;
  /** running or queued. */
  state: string;
  /** When it started. */
  started: string;
}

/**
 * Result of mizu-v2 `threads`.
 *
 * One row per thread or background job (not specified by the seed).
 */
export interface ThreadsResult {
  rows: ThreadsRow[];
}

/** Parameters of mizu-v2 `threads2`: Show the thread list (alternate form). */
export interface Threads2Params {}

/** Request input of mizu-v2 `threads2`: its parameters (none has a default). */
export type Threads2Input = Threads2Params;

/** One row of threads2. */
export interface Threads2Row {
  /** 0 for the main thread, else the job number. */
  id: number;
  /** What it does. */
  name: string;
  /** running or queued. */
  state: string;
  /** When it started. */
  started: string;
  /** Last time it did work. */
  lastactive?: string;
  /** Work items processed: API requests for the main thread. */
  runs?: number;
  /** Share of time the main thread was busy since start (0-1). */
  utilization?: number;
}

/**
 * Result of mizu-v2 `threads2`.
 *
 * One row per thread or background job (not specified by the seed).
 */
export interface Threads2Result {
  rows: Threads2Row[];
}

/** Parameters of mizu-v2 `timezoneset`: Set the server host's time zone. */
export interface TimezonesetParams {}

/** Request input of mizu-v2 `timezoneset`: its parameters (none has a default). */
export type TimezonesetInput = TimezonesetParams;

/**
 * Result of mizu-v2 `timezoneset`.
 *
 * Would confirm the change; Switchboard answers the unsupported error.
 */
export interface TimezonesetResult {
  message?: string;
}

/** Parameters of mizu-v2 `toclient`: Send a message to a client service. */
export interface ToclientParams {
  /**
   * The client service's IP address or its username ("clientip or username").
   *
   * Aliases: username.
   */
  clientip: string;
  /**
   * The message to send.
   *
   * Aliases: message.
   */
  txt: string;
}

/** Request input of mizu-v2 `toclient`: its parameters (none has a default). */
export type ToclientInput = ToclientParams;

/**
 * Result of mizu-v2 `toclient`.
 *
 * The seed does not specify the answer.
 */
export interface ToclientResult {
  message?: string;
}

/** Parameters of mizu-v2 `toip`: Send a SIM control message to the specified IP. */
export interface ToipParams {
  /** The SIMs concerned; not explained further by the seed. */
  sims?: string;
  /** The SIM addressed. */
  simid?: number;
  /** The SIM's credit. */
  credit?: Decimal;
  /** A call number or count; not explained further by the seed. */
  callnum?: string;
  /** Number to dial (not explained further by the seed). */
  dialnum?: string;
}

/** Request input of mizu-v2 `toip`: its parameters (none has a default). */
export type ToipInput = ToipParams;

/**
 * Result of mizu-v2 `toip`.
 *
 * The seed does not specify the answer.
 */
export interface ToipResult {
  message?: string;
}

/** Parameters of mizu-v2 `towgw`: Send a message to a gateway (gw) service. */
export interface TowgwParams {
  /**
   * The gateway service's IP address or its username ("clientip or username").
   *
   * Aliases: username.
   */
  clientip: string;
  /**
   * The message to send.
   *
   * Aliases: message.
   */
  txt: string;
}

/** Request input of mizu-v2 `towgw`: its parameters (none has a default). */
export type TowgwInput = TowgwParams;

/**
 * Result of mizu-v2 `towgw`.
 *
 * The seed does not specify the answer.
 */
export interface TowgwResult {
  message?: string;
}

/** Parameters of mizu-v2 `transfercredit`: Transfer credit from the authenticated user to another user. */
export interface TransfercreditParams {
  /** The user receiving the credit (user B). */
  username: string;
  /** The amount to transfer, in the sender's account currency; must be positive. */
  credit: Decimal;
}

/** Request input of mizu-v2 `transfercredit`: its parameters (none has a default). */
export type TransfercreditInput = TransfercreditParams;

/**
 * Result of mizu-v2 `transfercredit`.
 *
 * Not specified by the seed: OK once the credit is moved, or ERROR:reason.
 */
export interface TransfercreditResult {
  message?: string;
}

/**
 * Parameters of mizu-v2 `tunnelinfo`: Show information about the vendor's encrypted VoIP tunnel (name only in the
 * seed).
 */
export interface TunnelinfoParams {}

/** Request input of mizu-v2 `tunnelinfo`: its parameters (none has a default). */
export type TunnelinfoInput = TunnelinfoParams;

/**
 * Result of mizu-v2 `tunnelinfo`.
 *
 * Would be the tunnel state; Switchboard answers the unsupported error.
 */
export interface TunnelinfoResult {
  text: string;
}

/**
 * Parameters of mizu-v2 `tunnelinfoex`: Show extended information about the vendor's encrypted VoIP tunnel (name only
 * in the seed).
 */
export interface TunnelinfoexParams {}

/** Request input of mizu-v2 `tunnelinfoex`: its parameters (none has a default). */
export type TunnelinfoexInput = TunnelinfoexParams;

/**
 * Result of mizu-v2 `tunnelinfoex`.
 *
 * Would be the tunnel state; Switchboard answers the unsupported error.
 */
export interface TunnelinfoexResult {
  text: string;
}

/** Parameters of mizu-v2 `tunnellist`: List the vendor's encrypted VoIP tunnel connections (name only in the seed). */
export interface TunnellistParams {}

/** Request input of mizu-v2 `tunnellist`: its parameters (none has a default). */
export type TunnellistInput = TunnellistParams;

/**
 * Result of mizu-v2 `tunnellist`.
 *
 * Would be the tunnel state; Switchboard answers the unsupported error.
 */
export interface TunnellistResult {
  text: string;
}

/** Parameters of mizu-v2 `unittest`: Start the built-in unit (self) tests. */
export interface UnittestParams {
  /**
   * Which test to run; all tests when absent. The seed lists no values, so any is accepted: the known ones here are all
   * (database, state and sql, and load when testtime is given), database (a write and read back, rolled back), state
   * (the shared state, memory or Redis), sql (a statement with bound parameters through the SQL runner) and load
   * (parallel database round trips for testtime seconds), matched ignoring case; any other answers OK with a line
   * saying it is not a known test here.
   */
  testtype: string;
  /** Parallel workers of the load test. */
  threads: number;
  /** How long the load test runs, in seconds (the seed gives no unit; at most a minute, as it holds the request). */
  testtime?: number;
  /** A test-specific parameter; none of the tests takes one, so it is ignored. */
  parameter?: string;
}

/** Request input of mizu-v2 `unittest`: Start the built-in unit (self) tests. */
export interface UnittestInput {
  /**
   * Which test to run; all tests when absent. The seed lists no values, so any is accepted: the known ones here are all
   * (database, state and sql, and load when testtime is given), database (a write and read back, rolled back), state
   * (the shared state, memory or Redis), sql (a statement with bound parameters through the SQL runner) and load
   * (parallel database round trips for testtime seconds), matched ignoring case; any other answers OK with a line
   * saying it is not a known test here.
   */
  testtype?: string;
  /** Parallel workers of the load test. */
  threads?: number;
  /** How long the load test runs, in seconds (the seed gives no unit; at most a minute, as it holds the request). */
  testtime?: number;
  /** A test-specific parameter; none of the tests takes one, so it is ignored. */
  parameter?: string;
}

/**
 * Result of mizu-v2 `unittest`.
 *
 * The test report, one line per test: name, passed or failed, time taken or the failure (the seed does not specify the
 * answer).
 */
export interface UnittestResult {
  text: string;
}

/** Parameters of mizu-v2 `unreg`: Unregister a user, or all users; mode 1 removes instead of unregistering. */
export interface UnregParams {
  /** User to unregister, or all for every user. */
  username: string;
  /** Only the registrations from this IP address (absent: all of the user's registrations). */
  ip?: string;
  /** If mode if 1 then remove instead of unreg (sic). */
  mode: 0 | 1;
}

/** Request input of mizu-v2 `unreg`: Unregister a user, or all users; mode 1 removes instead of unregistering. */
export interface UnregInput {
  /** User to unregister, or all for every user. */
  username: string;
  /** Only the registrations from this IP address (absent: all of the user's registrations). */
  ip?: string;
  /** If mode if 1 then remove instead of unreg (sic). */
  mode?: 0 | 1;
}

/**
 * Result of mizu-v2 `unreg`.
 *
 * OK once done (not specified by the seed), with the number of contacts removed.
 */
export interface UnregResult {
  /** Contacts removed. */
  removed: number;
}

/** Parameters of mizu-v2 `updcdrdir`: Update the direction of CDR records (meaning inferred from the name). */
export interface UpdcdrdirParams {}

/** Request input of mizu-v2 `updcdrdir`: its parameters (none has a default). */
export type UpdcdrdirInput = UpdcdrdirParams;

/**
 * Result of mizu-v2 `updcdrdir`.
 *
 * The seed does not specify the answer; Switchboard answers how many directions it corrected.
 */
export interface UpdcdrdirResult {
  /** CDRs whose direction changed. */
  updated: number;
}

/** Parameters of mizu-v2 `upgradeall`: Self-upgrade all clients (the vendor's gateway and client services). */
export interface UpgradeallParams {
  /** Which client services to upgrade. The seed gives the values but no parameter name. */
  clients?: 0 | 1 | 2;
}

/** Request input of mizu-v2 `upgradeall`: its parameters (none has a default). */
export type UpgradeallInput = UpgradeallParams;

/**
 * Result of mizu-v2 `upgradeall`.
 *
 * The seed does not specify the answer.
 */
export interface UpgradeallResult {
  message?: string;
}

/**
 * Parameters of mizu-v2 `verifyuser`: The online status of another user (0 doesn't exist, 1 offline, 2 online, 3
 * calling, 4 speaking).
 */
export interface VerifyuserParams {
  /** Username of the user whose status is requested. */
  userusername: string;
}

/** Request input of mizu-v2 `verifyuser`: its parameters (none has a default). */
export type VerifyuserInput = VerifyuserParams;

/** Result of mizu-v2 `verifyuser`. */
export interface VerifyuserResult {
  /** The user's online status code (0 when no such user). */
  status: 0 | 1 | 2 | 3 | 4;
}

/** Parameters of mizu-v2 `version`: Show the server software version number. */
export interface VersionParams {}

/** Request input of mizu-v2 `version`: its parameters (none has a default). */
export type VersionInput = VersionParams;

/**
 * Result of mizu-v2 `version`.
 *
 * The running server's software version, e.g. "1.4.2" (layout not specified by the seed).
 */
export interface VersionResult {
  value: string;
}

/** Parameters of mizu-v2 `voicehere`: Start real-time listening to a call, by its call id. */
export interface VoicehereParams {
  /** Database id of the call in progress to listen to. */
  dbcallid: number;
}

/** Request input of mizu-v2 `voicehere`: its parameters (none has a default). */
export type VoicehereInput = VoicehereParams;

/**
 * Result of mizu-v2 `voicehere`.
 *
 * OK once listening has started (not specified by the seed).
 */
export interface VoicehereResult {
  message?: string;
}

/** Parameters of mizu-v2 `voicehere2`: Start real-time listening to a user's current call. */
export interface Voicehere2Params {
  /** User whose current call to listen to. */
  username: string;
}

/** Request input of mizu-v2 `voicehere2`: its parameters (none has a default). */
export type Voicehere2Input = Voicehere2Params;

/**
 * Result of mizu-v2 `voicehere2`.
 *
 * OK once listening has started (not specified by the seed).
 */
export interface Voicehere2Result {
  message?: string;
}

/** Parameters of mizu-v2 `voicerecdownload`: Download recorded voice of calls matched by CDR filters. */
export interface VoicerecdownloadParams {
  /** Id of the CDR record. */
  cdrid?: number;
  /** SIP Call-ID of the call (tb_cdrs.sipcallid). */
  callid?: string;
  /** Calls of this user. */
  userid?: number;
  /** Calls of the users under this parent user (reseller). */
  parentuserid?: number;
  /** Most recordings to return. */
  maxrecords?: number;
  /** Calls of this period: today, yesterday, lastweek, lastmonth, thismonth or a number of days. */
  days?: string;
  /** Audio format of the download. */
  format?: 1 | 2 | 3 | 4;
  /** Calls started at or after this time. */
  fromdt?: string;
  /** Calls started before this time. */
  todt?: string;
  /** Caller number or username of the call. */
  caller?: string;
  /** Called number of the call. */
  called?: string;
}

/** Request input of mizu-v2 `voicerecdownload`: its parameters (none has a default). */
export type VoicerecdownloadInput = VoicerecdownloadParams;

/**
 * Result of mizu-v2 `voicerecdownload`.
 *
 * The recording: audio/mpeg for format 1, audio/wav for 2, application/zip for 3 and 4; several matched recordings are
 * always sent as one zip. The seed does not say which format is the default; Switchboard uses 1 (mp3) for one recording
 * and 3 (mp3+zip) for several.
 *
 */
export type VoicerecdownloadResult = FileAnswer;

/** Parameters of mizu-v2 `vsiprst`: Restart the SIP–H.323 router component. */
export interface VsiprstParams {}

/** Request input of mizu-v2 `vsiprst`: its parameters (none has a default). */
export type VsiprstInput = VsiprstParams;

/**
 * Result of mizu-v2 `vsiprst`.
 *
 * The seed does not specify the answer.
 */
export interface VsiprstResult {
  message?: string;
}

/** Parameters of mizu-v2 `webrst`: Restart the web (portal) service (meaning inferred from the name). */
export interface WebrstParams {}

/** Request input of mizu-v2 `webrst`: its parameters (none has a default). */
export type WebrstInput = WebrstParams;

/**
 * Result of mizu-v2 `webrst`.
 *
 * The seed does not specify the answer.
 */
export interface WebrstResult {
  message?: string;
}

/** Parameters of mizu-v2 `weeklymaint`: Run the weekly maintenance tasks now. */
export interface WeeklymaintParams {}

/** Request input of mizu-v2 `weeklymaint`: its parameters (none has a default). */
export type WeeklymaintInput = WeeklymaintParams;

/**
 * Result of mizu-v2 `weeklymaint`.
 *
 * OK with what the job did, once it is done; the seed does not specify the answer.
 */
export interface WeeklymaintResult {
  message?: string;
}

/** Parameters of mizu-v2 `willstop`: Stop the credit checks (before a shutdown). */
export interface WillstopParams {}

/** Request input of mizu-v2 `willstop`: its parameters (none has a default). */
export type WillstopInput = WillstopParams;

/**
 * Result of mizu-v2 `willstop`.
 *
 * The seed does not specify the answer.
 */
export interface WillstopResult {
  message?: string;
}

/**
 * Parameters of mizu-v2 `wsuser`: Set up a branded web (WebRTC) softphone account for the user and its upper server
 * (example only; undocumented).
 */
export interface WsuserParams {
  /** Brand name shown by the web softphone. */
  brandname?: string;
  /**
   * Company name (the example spells it companyame).
   *
   * Aliases: companyame.
   */
  companyname?: string;
  /** Address (IP) of the upper SIP server. */
  upperserver?: string;
  /** Domain of the upper SIP server. */
  upperserverdomain?: string;
}

/** Request input of mizu-v2 `wsuser`: its parameters (none has a default). */
export type WsuserInput = WsuserParams;

/**
 * Result of mizu-v2 `wsuser`.
 *
 * Not specified by the seed.
 */
export interface WsuserResult {
  message?: string;
}

/** Every operation's parameters, keyed by operationId (the handler name). */
export interface MizuV2ParamsByOperation {
  addcallbacknumber: AddcallbacknumberParams;
  addcredit: AddcreditParams;
  addserver: AddserverParams;
  adduser: AdduserParams;
  apireload: ApireloadParams;
  apitest: ApitestParams;
  asendemail: AsendemailParams;
  asendsms: AsendsmsParams;
  asendsmssync: AsendsmssyncParams;
  at: AtParams;
  backup: BackupParams;
  backupdb: BackupdbParams;
  balance: BalanceParams;
  bannedlist: BannedlistParams;
  calcnccache: CalcnccacheParams;
  call: CallParams;
  callback: CallbackParams;
  callbackaccessnumber: CallbackaccessnumberParams;
  callforward: CallforwardParams;
  callrating: CallratingParams;
  capcheck: CapcheckParams;
  cccharge: CcchargeParams;
  cdr: CdrParams;
  changepwd: ChangepwdParams;
  charge: ChargeParams;
  checkcredits: CheckcreditsParams;
  checkmails: CheckmailsParams;
  checkpins: CheckpinsParams;
  checkscanner: CheckscannerParams;
  clearnccache: ClearnccacheParams;
  cli: CliParams;
  client: ClientParams;
  close: CloseParams;
  cmd: CmdParams;
  createcdrinfo: CreatecdrinfoParams;
  dailymaint: DailymaintParams;
  dailyreport: DailyreportParams;
  db: DbParams;
  dbbackup: DbbackupParams;
  dbfailover: DbfailoverParams;
  dbreset: DbresetParams;
  dbrestore: DbrestoreParams;
  dbrsttgs: DbrsttgsParams;
  delbanned: DelbannedParams;
  delobj: DelobjParams;
  deluser: DeluserParams;
  deviceid: DeviceidParams;
  discall: DiscallParams;
  endpoints: EndpointsParams;
  epreg: EpregParams;
  fastregusers: FastregusersParams;
  fastusers: FastusersParams;
  file: FileParams;
  finetune: FinetuneParams;
  forgotpasswordanswer: ForgotpasswordanswerParams;
  forgotpasswordquestion: ForgotpasswordquestionParams;
  fs: FsParams;
  ftpst: FtpstParams;
  gencdr: GencdrParams;
  getconfroom: GetconfroomParams;
  getdetails: GetdetailsParams;
  getfield: GetfieldParams;
  getfile: GetfileParams;
  getini: GetiniParams;
  getphonenumber: GetphonenumberParams;
  gk: GkParams;
  gwrst: GwrstParams;
  heartbeat: HeartbeatParams;
  help: HelpParams;
  hourlymaint: HourlymaintParams;
  info: InfoParams;
  jppget: JppgetParams;
  keepalive: KeepaliveParams;
  lists: ListsParams;
  listusers: ListusersParams;
  loadinifiles: LoadinifilesParams;
  lockphonenumber: LockphonenumberParams;
  locks: LocksParams;
  log: LogParams;
  login: LoginParams;
  logrename: LogrenameParams;
  logsearch: LogsearchParams;
  mantreset: MantresetParams;
  monthlymaint: MonthlymaintParams;
  newuser: NewuserParams;
  newuserevent: NewusereventParams;
  newuseri: NewuseriParams;
  newusersevent: NewuserseventParams;
  newuseru: NewuseruParams;
  normalizechk: NormalizechkParams;
  p2p: P2pParams;
  parsegsmcdr: ParsegsmcdrParams;
  pcrst: PcrstParams;
  pgetfile: PgetfileParams;
  pputfile: PputfileParams;
  preauth: PreauthParams;
  predectivet: PredectivetParams;
  presenceGet: PresenceGetParams;
  presenceSet: PresenceSetParams;
  putfile: PutfileParams;
  querylist: QuerylistParams;
  quickstat: QuickstatParams;
  rating: RatingParams;
  rebill: RebillParams;
  regstat: RegstatParams;
  reguser: ReguserParams;
  reindexncache: ReindexncacheParams;
  reload: ReloadParams;
  reloadapikeys: ReloadapikeysParams;
  reloaddialplan: ReloaddialplanParams;
  reloadnumdircache: ReloadnumdircacheParams;
  reports: ReportsParams;
  resetp: ResetpParams;
  restart: RestartParams;
  routingtest: RoutingtestParams;
  rulesreload: RulesreloadParams;
  saveinifiles: SaveinifilesParams;
  savesettings: SavesettingsParams;
  search: SearchParams;
  sendamsg: SendamsgParams;
  sendccinfo: SendccinfoParams;
  sendfax: SendfaxParams;
  sendim: SendimParams;
  sendmail: SendmailParams;
  sendsms: SendsmsParams;
  sendsmssync: SendsmssyncParams;
  sendsmsunicode: SendsmsunicodeParams;
  sendsmsunicodesync: SendsmsunicodesyncParams;
  servicerst: ServicerstParams;
  setfastregpwd: SetfastregpwdParams;
  setfield: SetfieldParams;
  setini: SetiniParams;
  setip: SetipParams;
  shortinfo: ShortinfoParams;
  showcfg: ShowcfgParams;
  showlog: ShowlogParams;
  sipreset: SipresetParams;
  sms: SmsParams;
  smsreceive: SmsreceiveParams;
  status: StatusParams;
  stopscanner: StopscannerParams;
  syncmedia: SyncmediaParams;
  syncusers: SyncusersParams;
  tbackup: TbackupParams;
  threadlist: ThreadlistParams;
  threads: ThreadsParams;
  threads2: Threads2Params;
  timezoneset: TimezonesetParams;
  toclient: ToclientParams;
  toip: ToipParams;
  towgw: TowgwParams;
  transfercredit: TransfercreditParams;
  tunnelinfo: TunnelinfoParams;
  tunnelinfoex: TunnelinfoexParams;
  tunnellist: TunnellistParams;
  unittest: UnittestParams;
  unreg: UnregParams;
  updcdrdir: UpdcdrdirParams;
  upgradeall: UpgradeallParams;
  verifyuser: VerifyuserParams;
  version: VersionParams;
  voicehere: VoicehereParams;
  voicehere2: Voicehere2Params;
  voicerecdownload: VoicerecdownloadParams;
  vsiprst: VsiprstParams;
  webrst: WebrstParams;
  weeklymaint: WeeklymaintParams;
  willstop: WillstopParams;
  wsuser: WsuserParams;
}

/** Every operation's request input, keyed by operationId. */
export interface MizuV2InputByOperation {
  addcallbacknumber: AddcallbacknumberInput;
  addcredit: AddcreditInput;
  addserver: AddserverInput;
  adduser: AdduserInput;
  apireload: ApireloadInput;
  apitest: ApitestInput;
  asendemail: AsendemailInput;
  asendsms: AsendsmsInput;
  asendsmssync: AsendsmssyncInput;
  at: AtInput;
  backup: BackupInput;
  backupdb: BackupdbInput;
  balance: BalanceInput;
  bannedlist: BannedlistInput;
  calcnccache: CalcnccacheInput;
  call: CallInput;
  callback: CallbackInput;
  callbackaccessnumber: CallbackaccessnumberInput;
  callforward: CallforwardInput;
  callrating: CallratingInput;
  capcheck: CapcheckInput;
  cccharge: CcchargeInput;
  cdr: CdrInput;
  changepwd: ChangepwdInput;
  charge: ChargeInput;
  checkcredits: CheckcreditsInput;
  checkmails: CheckmailsInput;
  checkpins: CheckpinsInput;
  checkscanner: CheckscannerInput;
  clearnccache: ClearnccacheInput;
  cli: CliInput;
  client: ClientInput;
  close: CloseInput;
  cmd: CmdInput;
  createcdrinfo: CreatecdrinfoInput;
  dailymaint: DailymaintInput;
  dailyreport: DailyreportInput;
  db: DbInput;
  dbbackup: DbbackupInput;
  dbfailover: DbfailoverInput;
  dbreset: DbresetInput;
  dbrestore: DbrestoreInput;
  dbrsttgs: DbrsttgsInput;
  delbanned: DelbannedInput;
  delobj: DelobjInput;
  deluser: DeluserInput;
  deviceid: DeviceidInput;
  discall: DiscallInput;
  endpoints: EndpointsInput;
  epreg: EpregInput;
  fastregusers: FastregusersInput;
  fastusers: FastusersInput;
  file: FileInput;
  finetune: FinetuneInput;
  forgotpasswordanswer: ForgotpasswordanswerInput;
  forgotpasswordquestion: ForgotpasswordquestionInput;
  fs: FsInput;
  ftpst: FtpstInput;
  gencdr: GencdrInput;
  getconfroom: GetconfroomInput;
  getdetails: GetdetailsInput;
  getfield: GetfieldInput;
  getfile: GetfileInput;
  getini: GetiniInput;
  getphonenumber: GetphonenumberInput;
  gk: GkInput;
  gwrst: GwrstInput;
  heartbeat: HeartbeatInput;
  help: HelpInput;
  hourlymaint: HourlymaintInput;
  info: InfoInput;
  jppget: JppgetInput;
  keepalive: KeepaliveInput;
  lists: ListsInput;
  listusers: ListusersInput;
  loadinifiles: LoadinifilesInput;
  lockphonenumber: LockphonenumberInput;
  locks: LocksInput;
  log: LogInput;
  login: LoginInput;
  logrename: LogrenameInput;
  logsearch: LogsearchInput;
  mantreset: MantresetInput;
  monthlymaint: MonthlymaintInput;
  newuser: NewuserInput;
  newuserevent: NewusereventInput;
  newuseri: NewuseriInput;
  newusersevent: NewuserseventInput;
  newuseru: NewuseruInput;
  normalizechk: NormalizechkInput;
  p2p: P2pInput;
  parsegsmcdr: ParsegsmcdrInput;
  pcrst: PcrstInput;
  pgetfile: PgetfileInput;
  pputfile: PputfileInput;
  preauth: PreauthInput;
  predectivet: PredectivetInput;
  presenceGet: PresenceGetInput;
  presenceSet: PresenceSetInput;
  putfile: PutfileInput;
  querylist: QuerylistInput;
  quickstat: QuickstatInput;
  rating: RatingInput;
  rebill: RebillInput;
  regstat: RegstatInput;
  reguser: ReguserInput;
  reindexncache: ReindexncacheInput;
  reload: ReloadInput;
  reloadapikeys: ReloadapikeysInput;
  reloaddialplan: ReloaddialplanInput;
  reloadnumdircache: ReloadnumdircacheInput;
  reports: ReportsInput;
  resetp: ResetpInput;
  restart: RestartInput;
  routingtest: RoutingtestInput;
  rulesreload: RulesreloadInput;
  saveinifiles: SaveinifilesInput;
  savesettings: SavesettingsInput;
  search: SearchInput;
  sendamsg: SendamsgInput;
  sendccinfo: SendccinfoInput;
  sendfax: SendfaxInput;
  sendim: SendimInput;
  sendmail: SendmailInput;
  sendsms: SendsmsInput;
  sendsmssync: SendsmssyncInput;
  sendsmsunicode: SendsmsunicodeInput;
  sendsmsunicodesync: SendsmsunicodesyncInput;
  servicerst: ServicerstInput;
  setfastregpwd: SetfastregpwdInput;
  setfield: SetfieldInput;
  setini: SetiniInput;
  setip: SetipInput;
  shortinfo: ShortinfoInput;
  showcfg: ShowcfgInput;
  showlog: ShowlogInput;
  sipreset: SipresetInput;
  sms: SmsInput;
  smsreceive: SmsreceiveInput;
  status: StatusInput;
  stopscanner: StopscannerInput;
  syncmedia: SyncmediaInput;
  syncusers: SyncusersInput;
  tbackup: TbackupInput;
  threadlist: ThreadlistInput;
  threads: ThreadsInput;
  threads2: Threads2Input;
  timezoneset: TimezonesetInput;
  toclient: ToclientInput;
  toip: ToipInput;
  towgw: TowgwInput;
  transfercredit: TransfercreditInput;
  tunnelinfo: TunnelinfoInput;
  tunnelinfoex: TunnelinfoexInput;
  tunnellist: TunnellistInput;
  unittest: UnittestInput;
  unreg: UnregInput;
  updcdrdir: UpdcdrdirInput;
  upgradeall: UpgradeallInput;
  verifyuser: VerifyuserInput;
  version: VersionInput;
  voicehere: VoicehereInput;
  voicehere2: Voicehere2Input;
  voicerecdownload: VoicerecdownloadInput;
  vsiprst: VsiprstInput;
  webrst: WebrstInput;
  weeklymaint: WeeklymaintInput;
  willstop: WillstopInput;
  wsuser: WsuserInput;
}

/** Every operation's result, keyed by operationId (the handler name). */
export interface MizuV2ResultByOperation {
  addcallbacknumber: AddcallbacknumberResult;
  addcredit: AddcreditResult;
  addserver: AddserverResult;
  adduser: AdduserResult;
  apireload: ApireloadResult;
  apitest: ApitestResult;
  asendemail: AsendemailResult;
  asendsms: AsendsmsResult;
  asendsmssync: AsendsmssyncResult;
  at: AtResult;
  backup: BackupResult;
  backupdb: BackupdbResult;
  balance: BalanceResult;
  bannedlist: BannedlistResult;
  calcnccache: CalcnccacheResult;
  call: CallResult;
  callback: CallbackResult;
  callbackaccessnumber: CallbackaccessnumberResult;
  callforward: CallforwardResult;
  callrating: CallratingResult;
  capcheck: CapcheckResult;
  cccharge: CcchargeResult;
  cdr: CdrResult;
  changepwd: ChangepwdResult;
  charge: ChargeResult;
  checkcredits: CheckcreditsResult;
  checkmails: CheckmailsResult;
  checkpins: CheckpinsResult;
  checkscanner: CheckscannerResult;
  clearnccache: ClearnccacheResult;
  cli: CliResult;
  client: ClientResult;
  close: CloseResult;
  cmd: CmdResult;
  createcdrinfo: CreatecdrinfoResult;
  dailymaint: DailymaintResult;
  dailyreport: DailyreportResult;
  db: DbResult;
  dbbackup: DbbackupResult;
  dbfailover: DbfailoverResult;
  dbreset: DbresetResult;
  dbrestore: DbrestoreResult;
  dbrsttgs: DbrsttgsResult;
  delbanned: DelbannedResult;
  delobj: DelobjResult;
  deluser: DeluserResult;
  deviceid: DeviceidResult;
  discall: DiscallResult;
  endpoints: EndpointsResult;
  epreg: EpregResult;
  fastregusers: FastregusersResult;
  fastusers: FastusersResult;
  file: FileResult;
  finetune: FinetuneResult;
  forgotpasswordanswer: ForgotpasswordanswerResult;
  forgotpasswordquestion: ForgotpasswordquestionResult;
  fs: FsResult;
  ftpst: FtpstResult;
  gencdr: GencdrResult;
  getconfroom: GetconfroomResult;
  getdetails: GetdetailsResult;
  getfield: GetfieldResult;
  getfile: GetfileResult;
  getini: GetiniResult;
  getphonenumber: GetphonenumberResult;
  gk: GkResult;
  gwrst: GwrstResult;
  heartbeat: HeartbeatResult;
  help: HelpResult;
  hourlymaint: HourlymaintResult;
  info: InfoResult;
  jppget: JppgetResult;
  keepalive: KeepaliveResult;
  lists: ListsResult;
  listusers: ListusersResult;
  loadinifiles: LoadinifilesResult;
  lockphonenumber: LockphonenumberResult;
  locks: LocksResult;
  log: LogResult;
  login: LoginResult;
  logrename: LogrenameResult;
  logsearch: LogsearchResult;
  mantreset: MantresetResult;
  monthlymaint: MonthlymaintResult;
  newuser: NewuserResult;
  newuserevent: NewusereventResult;
  newuseri: NewuseriResult;
  newusersevent: NewuserseventResult;
  newuseru: NewuseruResult;
  normalizechk: NormalizechkResult;
  p2p: P2pResult;
  parsegsmcdr: ParsegsmcdrResult;
  pcrst: PcrstResult;
  pgetfile: PgetfileResult;
  pputfile: PputfileResult;
  preauth: PreauthResult;
  predectivet: PredectivetResult;
  presenceGet: PresenceGetResult;
  presenceSet: PresenceSetResult;
  putfile: PutfileResult;
  querylist: QuerylistResult;
  quickstat: QuickstatResult;
  rating: RatingResult;
  rebill: RebillResult;
  regstat: RegstatResult;
  reguser: ReguserResult;
  reindexncache: ReindexncacheResult;
  reload: ReloadResult;
  reloadapikeys: ReloadapikeysResult;
  reloaddialplan: ReloaddialplanResult;
  reloadnumdircache: ReloadnumdircacheResult;
  reports: ReportsResult;
  resetp: ResetpResult;
  restart: RestartResult;
  routingtest: RoutingtestResult;
  rulesreload: RulesreloadResult;
  saveinifiles: SaveinifilesResult;
  savesettings: SavesettingsResult;
  search: SearchResult;
  sendamsg: SendamsgResult;
  sendccinfo: SendccinfoResult;
  sendfax: SendfaxResult;
  sendim: SendimResult;
  sendmail: SendmailResult;
  sendsms: SendsmsResult;
  sendsmssync: SendsmssyncResult;
  sendsmsunicode: SendsmsunicodeResult;
  sendsmsunicodesync: SendsmsunicodesyncResult;
  servicerst: ServicerstResult;
  setfastregpwd: SetfastregpwdResult;
  setfield: SetfieldResult;
  setini: SetiniResult;
  setip: SetipResult;
  shortinfo: ShortinfoResult;
  showcfg: ShowcfgResult;
  showlog: ShowlogResult;
  sipreset: SipresetResult;
  sms: SmsResult;
  smsreceive: SmsreceiveResult;
  status: StatusResult;
  stopscanner: StopscannerResult;
  syncmedia: SyncmediaResult;
  syncusers: SyncusersResult;
  tbackup: TbackupResult;
  threadlist: ThreadlistResult;
  threads: ThreadsResult;
  threads2: Threads2Result;
  timezoneset: TimezonesetResult;
  toclient: ToclientResult;
  toip: ToipResult;
  towgw: TowgwResult;
  transfercredit: TransfercreditResult;
  tunnelinfo: TunnelinfoResult;
  tunnelinfoex: TunnelinfoexResult;
  tunnellist: TunnellistResult;
  unittest: UnittestResult;
  unreg: UnregResult;
  updcdrdir: UpdcdrdirResult;
  upgradeall: UpgradeallResult;
  verifyuser: VerifyuserResult;
  version: VersionResult;
  voicehere: VoicehereResult;
  voicehere2: Voicehere2Result;
  voicerecdownload: VoicerecdownloadResult;
  vsiprst: VsiprstResult;
  webrst: WebrstResult;
  weeklymaint: WeeklymaintResult;
  willstop: WillstopResult;
  wsuser: WsuserResult;
}

/**
 * The numbered parameter families of each operation (fieldname0..fieldname99): OpenAPI cannot list them as parameters.
 */
export interface MizuV2IndexedParamsByOperation {
  addcallbacknumber: never;
  addcredit: never;
  addserver: "fieldname" | "fieldval";
  adduser: never;
  apireload: never;
  apitest: never;
  asendemail: never;
  asendsms: never;
  asendsmssync: never;
  at: never;
  backup: never;
  backupdb: never;
  balance: never;
  bannedlist: never;
  calcnccache: never;
  call: never;
  callback: never;
  callbackaccessnumber: never;
  callforward: never;
  callrating: never;
  capcheck: never;
  cccharge: never;
  cdr: never;
  changepwd: never;
  charge: never;
  checkcredits: never;
  checkmails: never;
  checkpins: never;
  checkscanner: never;
  clearnccache: never;
  cli: never;
  client: never;
  close: never;
  cmd: never;
  createcdrinfo: never;
  dailymaint: never;
  dailyreport: never;
  db: never;
  dbbackup: never;
  dbfailover: never;
  dbreset: never;
  dbrestore: never;
  dbrsttgs: never;
  delbanned: never;
  delobj: never;
  deluser: never;
  deviceid: never;
  discall: never;
  endpoints: never;
  epreg: never;
  fastregusers: never;
  fastusers: never;
  file: never;
  finetune: never;
  forgotpasswordanswer: never;
  forgotpasswordquestion: never;
  fs: never;
  ftpst: never;
  gencdr: never;
  getconfroom: never;
  getdetails: never;
  getfield: never;
  getfile: never;
  getini: never;
  getphonenumber: never;
  gk: never;
  gwrst: never;
  heartbeat: never;
  help: never;
  hourlymaint: never;
  info: never;
  jppget: never;
  keepalive: never;
  lists: never;
  listusers: never;
  loadinifiles: never;
  lockphonenumber: never;
  locks: never;
  log: never;
  login: never;
  logrename: never;
  logsearch: never;
  mantreset: never;
  monthlymaint: never;
  newuser: never;
  newuserevent: never;
  newuseri: never;
  newusersevent: never;
  newuseru: never;
  normalizechk: never;
  p2p: never;
  parsegsmcdr: never;
  pcrst: never;
  pgetfile: never;
  pputfile: never;
  preauth: never;
  predectivet: never;
  presenceGet: never;
  presenceSet: never;
  putfile: never;
  querylist: never;
  quickstat: never;
  rating: never;
  rebill: never;
  regstat: never;
  reguser: never;
  reindexncache: never;
  reload: never;
  reloadapikeys: never;
  reloaddialplan: never;
  reloadnumdircache: never;
  reports: never;
  resetp: never;
  restart: never;
  routingtest: never;
  rulesreload: never;
  saveinifiles: never;
  savesettings: never;
  search: never;
  sendamsg: never;
  sendccinfo: never;
  sendfax: never;
  sendim: never;
  sendmail: never;
  sendsms: never;
  sendsmssync: never;
  sendsmsunicode: never;
  sendsmsunicodesync: never;
  servicerst: never;
  setfastregpwd: never;
  setfield: never;
  setini: never;
  setip: never;
  shortinfo: never;
  showcfg: never;
  showlog: never;
  sipreset: never;
  sms: never;
  smsreceive: never;
  status: never;
  stopscanner: never;
  syncmedia: never;
  syncusers: never;
  tbackup: never;
  threadlist: never;
  threads: never;
  threads2: never;
  timezoneset: never;
  toclient: never;
  toip: never;
  towgw: never;
  transfercredit: never;
  tunnelinfo: never;
  tunnelinfoex: never;
  tunnellist: never;
  unittest: never;
  unreg: never;
  updcdrdir: never;
  upgradeall: never;
  verifyuser: never;
  version: never;
  voicehere: never;
  voicehere2: never;
  voicerecdownload: never;
  vsiprst: never;
  webrst: never;
  weeklymaint: never;
  willstop: never;
  wsuser: never;
}

/**
 * The implemented operations (status: implemented). src/ declares its handlers with `satisfies`, so a missing or
 * mistyped one fails the build.
 */
export interface MizuV2Handlers<Ctx> {
  /** addcallbacknumber: Add a custom callback number for the user. */
  addcallbacknumber: (params: AddcallbacknumberParams, ctx: Ctx) => HandlerResult<AddcallbacknumberResult>;
  /** addcredit: Add credit to a user (admin access, from trusted IP only by default). */
  addcredit: (params: AddcreditParams, ctx: Ctx) => HandlerResult<AddcreditResult>;
  /** addserver: Add a SIP server or traffic sender (peer/trunk) with its routing. */
  addserver: (params: AddserverParams, ctx: Ctx) => HandlerResult<AddserverResult>;
  /** adduser: Add a new prepaid enduser (deprecated name of newuseri). */
  adduser: (params: AdduserParams, ctx: Ctx) => HandlerResult<AdduserResult>;
  /** apireload: Reload the tb_api rules (after adding or changing an entry in tb_api). */
  apireload: (params: ApireloadParams, ctx: Ctx) => HandlerResult<ApireloadResult>;
  /** apitest: API test; the simplest request, without authentication requirements. */
  apitest: (params: ApitestParams, ctx: Ctx) => HandlerResult<ApitestResult>;
  /** asendemail: Send an email (admin, asynchronous). */
  asendemail: (params: AsendemailParams, ctx: Ctx) => HandlerResult<AsendemailResult>;
  /** asendsms: Send an SMS asynchronously (admin, high performance). */
  asendsms: (params: AsendsmsParams, ctx: Ctx) => HandlerResult<AsendsmsResult>;
  /** asendsmssync: Send an SMS and wait for the result (admin). */
  asendsmssync: (params: AsendsmssyncParams, ctx: Ctx) => HandlerResult<AsendsmssyncResult>;
  /** backupdb: Back up the database (meaning inferred from the name). */
  backupdb: (params: BackupdbParams, ctx: Ctx) => HandlerResult<BackupdbResult>;
  /** balance: The authenticated user's credit balance. */
  balance: (params: BalanceParams, ctx: Ctx) => HandlerResult<BalanceResult>;
  /** bannedlist: List the banned IP addresses. */
  bannedlist: (params: BannedlistParams, ctx: Ctx) => HandlerResult<BannedlistResult>;
  /** callback: Initiate a callback call to a number. */
  callback: (params: CallbackParams, ctx: Ctx) => HandlerResult<CallbackResult>;
  /** callbackaccessnumber: Return the callback access number. */
  callbackaccessnumber: (params: CallbackaccessnumberParams, ctx: Ctx) => HandlerResult<CallbackaccessnumberResult>;
  /** callforward: Set the user's call forwarding numbers. */
  callforward: (params: CallforwardParams, ctx: Ctx) => HandlerResult<CallforwardResult>;
  /** callrating: Call rating for an ongoing call; remaining credit, maximum duration and rate. */
  callrating: (params: CallratingParams, ctx: Ctx) => HandlerResult<CallratingResult>;
  /** cdr: Call detail records (call history) with filters, optionally summarised. */
  cdr: (params: CdrParams, ctx: Ctx) => HandlerResult<CdrResult>;
  /** changepwd: Change the user's password. */
  changepwd: (params: ChangepwdParams, ctx: Ctx) => HandlerResult<ChangepwdResult>;
  /** charge: Recharge the user's credit using a recharge PIN. */
  charge: (params: ChargeParams, ctx: Ctx) => HandlerResult<ChargeResult>;
  /** checkcredits: Check the charges and the credit requests that are due. */
  checkcredits: (params: CheckcreditsParams, ctx: Ctx) => HandlerResult<CheckcreditsResult>;
  /** checkmails: Check (run) the pending email jobs. */
  checkmails: (params: CheckmailsParams, ctx: Ctx) => HandlerResult<CheckmailsResult>;
  /** cli: Add a PIN-less number (ANI) to the user for caller-number authentication. */
  cli: (params: CliParams, ctx: Ctx) => HandlerResult<CliResult>;
  /** close: Close the current connection. */
  close: (params: CloseParams, ctx: Ctx) => HandlerResult<CloseResult>;
  /** dailymaint: Run the daily maintenance tasks now. */
  dailymaint: (params: DailymaintParams, ctx: Ctx) => HandlerResult<DailymaintResult>;
  /** dailyreport: Launch the daily report builder now. */
  dailyreport: (params: DailyreportParams, ctx: Ctx) => HandlerResult<DailyreportResult>;
  /** db: Run any SQL statement on the database (admin only). */
  db: (params: DbParams, ctx: Ctx) => HandlerResult<DbResult>;
  /** dbbackup: Create a database backup. */
  dbbackup: (params: DbbackupParams, ctx: Ctx) => HandlerResult<DbbackupResult>;
  /** dbreset: Reset the database connections. */
  dbreset: (params: DbresetParams, ctx: Ctx) => HandlerResult<DbresetResult>;
  /** dbrestore: Restore the database from a backup. */
  dbrestore: (params: DbrestoreParams, ctx: Ctx) => HandlerResult<DbrestoreResult>;
  /** delbanned: Remove an IP from the banned list, or all of them. */
  delbanned: (params: DelbannedParams, ctx: Ctx) => HandlerResult<DelbannedResult>;
  /** deluser: Delete a user by id or username. */
  deluser: (params: DeluserParams, ctx: Ctx) => HandlerResult<DeluserResult>;
  /** deviceid: Show the server's device id. */
  deviceid: (params: DeviceidParams, ctx: Ctx) => HandlerResult<DeviceidResult>;
  /** discall: Disconnect a call in progress, by its call id. */
  discall: (params: DiscallParams, ctx: Ctx) => HandlerResult<DiscallResult>;
  /** endpoints: List SIP endpoint information. */
  endpoints: (params: EndpointsParams, ctx: Ctx) => HandlerResult<EndpointsResult>;
  /** epreg: List registrar endpoints, optionally filtered by registration type and state. */
  epreg: (params: EpregParams, ctx: Ctx) => HandlerResult<EpregResult>;
  /** fastregusers: List the users of the fast registration (fastreg) module, successful ones or all. */
  fastregusers: (params: FastregusersParams, ctx: Ctx) => HandlerResult<FastregusersResult>;
  /** fastusers: List the cached (in-memory) users. */
  fastusers: (params: FastusersParams, ctx: Ctx) => HandlerResult<FastusersResult>;
  /** file: Send the requested file. */
  file: (params: FileParams, ctx: Ctx) => HandlerResult<FileResult>;
  /** forgotpasswordanswer: Check the answer to the security question and send the password to the account's email. */
  forgotpasswordanswer: (params: ForgotpasswordanswerParams, ctx: Ctx) => HandlerResult<ForgotpasswordanswerResult>;
  /** forgotpasswordquestion: Return the security question of the account with this email address. */
  forgotpasswordquestion: (
    params: ForgotpasswordquestionParams,
    ctx: Ctx,
  ) => HandlerResult<ForgotpasswordquestionResult>;
  /** gencdr: Generate CDR records. */
  gencdr: (params: GencdrParams, ctx: Ctx) => HandlerResult<GencdrResult>;
  /** getdetails: The user's own account details, phone status and balance. */
  getdetails: (params: GetdetailsParams, ctx: Ctx) => HandlerResult<GetdetailsResult>;
  /** getfield: Request (read) one field of a database row found by a filter. */
  getfield: (params: GetfieldParams, ctx: Ctx) => HandlerResult<GetfieldResult>;
  /** getfile: Load a file from under the server directory. */
  getfile: (params: GetfileParams, ctx: Ctx) => HandlerResult<GetfileResult>;
  /** getini: Read a configuration value (an ini key). */
  getini: (params: GetiniParams, ctx: Ctx) => HandlerResult<GetiniResult>;
  /** getphonenumber: Return one or more phone numbers from the free number pool. */
  getphonenumber: (params: GetphonenumberParams, ctx: Ctx) => HandlerResult<GetphonenumberResult>;
  /** heartbeat: Request the server heartbeat (liveness check), quick or full. */
  heartbeat: (params: HeartbeatParams, ctx: Ctx) => HandlerResult<HeartbeatResult>;
  /** help: Show the console command list. */
  help: (params: HelpParams, ctx: Ctx) => HandlerResult<HelpResult>;
  /** hourlymaint: Run the hourly maintenance tasks now. */
  hourlymaint: (params: HourlymaintParams, ctx: Ctx) => HandlerResult<HourlymaintResult>;
  /** info: Show server status and important parameters. */
  info: (params: InfoParams, ctx: Ctx) => HandlerResult<InfoResult>;
  /** jppget: JSONP forward; fetch a URL and answer its body wrapped in a JavaScript callback. */
  jppget: (params: JppgetParams, ctx: Ctx) => HandlerResult<JppgetResult>;
  /** keepalive: Keep the connection alive. */
  keepalive: (params: KeepaliveParams, ctx: Ctx) => HandlerResult<KeepaliveResult>;
  /** lists: Show the server's internal lists (name only in the seed). */
  lists: (params: ListsParams, ctx: Ctx) => HandlerResult<ListsResult>;
  /** listusers: List users, filtered by type, limited and ordered. */
  listusers: (params: ListusersParams, ctx: Ctx) => HandlerResult<ListusersResult>;
  /** lockphonenumber: Reserve a phone number from the free number pool. */
  lockphonenumber: (params: LockphonenumberParams, ctx: Ctx) => HandlerResult<LockphonenumberResult>;
  /** locks: List the pending locks. */
  locks: (params: LocksParams, ctx: Ctx) => HandlerResult<LocksResult>;
  /** log: Show the server log (name only in the seed). */
  log: (params: LogParams, ctx: Ctx) => HandlerResult<LogResult>;
  /** login: Log in; check the user's credentials (the webportal login page). */
  login: (params: LoginParams, ctx: Ctx) => HandlerResult<LoginResult>;
  /** logsearch: Search the server logs (name only in the seed). */
  logsearch: (params: LogsearchParams, ctx: Ctx) => HandlerResult<LogsearchResult>;
  /** monthlymaint: Run the monthly maintenance tasks now. */
  monthlymaint: (params: MonthlymaintParams, ctx: Ctx) => HandlerResult<MonthlymaintResult>;
  /** newuser: Create a new user (deprecated name). */
  newuser: (params: NewuserParams, ctx: Ctx) => HandlerResult<NewuserResult>;
  /** newuseri: Create a new user from a trusted source (admin, unrestricted). */
  newuseri: (params: NewuseriParams, ctx: Ctx) => HandlerResult<NewuseriResult>;
  /** newuseru: Public sign-up; create a new enduser from an untrusted device (sent with authkey only). */
  newuseru: (params: NewuseruParams, ctx: Ctx) => HandlerResult<NewuseruResult>;
  /** normalizechk: Check number normalization for a called number (with caller and country). */
  normalizechk: (params: NormalizechkParams, ctx: Ctx) => HandlerResult<NormalizechkResult>;
  /** p2p: Phone to phone call request; call one number and connect it to another. */
  p2p: (params: P2pParams, ctx: Ctx) => HandlerResult<P2pResult>;
  /** pgetfile: Load a file from the public web file storage (mvweb/filestorage). */
  pgetfile: (params: PgetfileParams, ctx: Ctx) => HandlerResult<PgetfileResult>;
  /** pputfile: Save a file into the public web file storage (mvweb/filestorage). */
  pputfile: (params: PputfileParams, ctx: Ctx) => HandlerResult<PputfileResult>;
  /** preauth: Request a new nonce for nonce-validated (authv3) authentication. */
  preauth: (params: PreauthParams, ctx: Ctx) => HandlerResult<PreauthResult>;
  /** presence_get: The presence status of one or several users. */
  presenceGet: (params: PresenceGetParams, ctx: Ctx) => HandlerResult<PresenceGetResult>;
  /** presence_set: Set the user's own presence status; answers the queued offline messages. */
  presenceSet: (params: PresenceSetParams, ctx: Ctx) => HandlerResult<PresenceSetResult>;
  /** putfile: Save a file under the server directory (base64 content). */
  putfile: (params: PutfileParams, ctx: Ctx) => HandlerResult<PutfileResult>;
  /** querylist: List the guids of the currently running database queries. */
  querylist: (params: QuerylistParams, ctx: Ctx) => HandlerResult<QuerylistResult>;
  /** quickstat: Show quick statistics. */
  quickstat: (params: QuickstatParams, ctx: Ctx) => HandlerResult<QuickstatResult>;
  /** rating: Rate request; the user's tariff rate to a called number or prefix. */
  rating: (params: RatingParams, ctx: Ctx) => HandlerResult<RatingResult>;
  /** rebill: Re-rate (re-bill) the call records of a period with the current tariffs and correct the balances. */
  rebill: (params: RebillParams, ctx: Ctx) => HandlerResult<RebillResult>;
  /** regstat: Show registrar statistics. */
  regstat: (params: RegstatParams, ctx: Ctx) => HandlerResult<RegstatResult>;
  /** reguser: Show registered users/devices, or the register state of one user. */
  reguser: (params: ReguserParams, ctx: Ctx) => HandlerResult<ReguserResult>;
  /** reload: Reload the current configuration without restarting the server. */
  reload: (params: ReloadParams, ctx: Ctx) => HandlerResult<ReloadResult>;
  /** reloadapikeys: Reload the API keys (meaning inferred from the name). */
  reloadapikeys: (params: ReloadapikeysParams, ctx: Ctx) => HandlerResult<ReloadapikeysResult>;
  /** reloaddialplan: Reload the dial plan (meaning inferred from the name). */
  reloaddialplan: (params: ReloaddialplanParams, ctx: Ctx) => HandlerResult<ReloaddialplanResult>;
  /** reloadnumdircache: Reload the number directory cache (meaning inferred from the name). */
  reloadnumdircache: (params: ReloadnumdircacheParams, ctx: Ctx) => HandlerResult<ReloadnumdircacheResult>;
  /** restart: Restart the service, the database connection, or (vendor only) the server machine. */
  restart: (params: RestartParams, ctx: Ctx) => HandlerResult<RestartResult>;
  /** routingtest: Return the destination route a call would take, without placing the call. */
  routingtest: (params: RoutingtestParams, ctx: Ctx) => HandlerResult<RoutingtestResult>;
  /** rulesreload: Reload the rules (meaning inferred from the name). */
  rulesreload: (params: RulesreloadParams, ctx: Ctx) => HandlerResult<RulesreloadResult>;
  /** savesettings: Write the uncommitted settings (commit pending configuration changes). */
  savesettings: (params: SavesettingsParams, ctx: Ctx) => HandlerResult<SavesettingsResult>;
  /** search: User search. */
  search: (params: SearchParams, ctx: Ctx) => HandlerResult<SearchResult>;
  /** sendamsg: Send a message to call-centre agents (one agent or all). */
  sendamsg: (params: SendamsgParams, ctx: Ctx) => HandlerResult<SendamsgResult>;
  /** sendim: Send a chat message to a user or a list of users. */
  sendim: (params: SendimParams, ctx: Ctx) => HandlerResult<SendimResult>;
  /** sendmail: Send an email. */
  sendmail: (params: SendmailParams, ctx: Ctx) => HandlerResult<SendmailResult>;
  /** sendsms: Send an SMS message asynchronously (fast; answers before delivery). */
  sendsms: (params: SendsmsParams, ctx: Ctx) => HandlerResult<SendsmsResult>;
  /** sendsmssync: Send an SMS message synchronously (waits for the delivery answer). */
  sendsmssync: (params: SendsmssyncParams, ctx: Ctx) => HandlerResult<SendsmssyncResult>;
  /** sendsmsunicode: Send a Unicode SMS message asynchronously (fast; answers before delivery). */
  sendsmsunicode: (params: SendsmsunicodeParams, ctx: Ctx) => HandlerResult<SendsmsunicodeResult>;
  /** sendsmsunicodesync: Send a Unicode SMS message synchronously (waits for the delivery answer). */
  sendsmsunicodesync: (params: SendsmsunicodesyncParams, ctx: Ctx) => HandlerResult<SendsmsunicodesyncResult>;
  /** setfastregpwd: Set the fast registration (fastreg) passwords (meaning inferred from the name). */
  setfastregpwd: (params: SetfastregpwdParams, ctx: Ctx) => HandlerResult<SetfastregpwdResult>;
  /** setfield: Update one field of a database row (users only their own whitelisted tb_users fields). */
  setfield: (params: SetfieldParams, ctx: Ctx) => HandlerResult<SetfieldResult>;
  /** setini: Write a configuration value (an ini key). */
  setini: (params: SetiniParams, ctx: Ctx) => HandlerResult<SetiniResult>;
  /** shortinfo: Show a short form of the server status (name only in the seed). */
  shortinfo: (params: ShortinfoParams, ctx: Ctx) => HandlerResult<ShortinfoResult>;
  /** showcfg: Show the server configuration. */
  showcfg: (params: ShowcfgParams, ctx: Ctx) => HandlerResult<ShowcfgResult>;
  /** showlog: Show the last lines of the requested log file. */
  showlog: (params: ShowlogParams, ctx: Ctx) => HandlerResult<ShowlogResult>;
  /** sms: Send an SMS message. */
  sms: (params: SmsParams, ctx: Ctx) => HandlerResult<SmsResult>;
  /** smsreceive: Accept an inbound SMS (from an SMS gateway) for delivery to the user. */
  smsreceive: (params: SmsreceiveParams, ctx: Ctx) => HandlerResult<SmsreceiveResult>;
  /**
   * status: The authenticated user's own online status (0 doesn't exist, 1 offline, 2 online, 3 calling, 4 speaking).
   */
  status: (params: StatusParams, ctx: Ctx) => HandlerResult<StatusResult>;
  /** syncusers: Synchronise the fast (cached) users list with the database. */
  syncusers: (params: SyncusersParams, ctx: Ctx) => HandlerResult<SyncusersResult>;
  /** threadlist: Show the thread list. */
  threadlist: (params: ThreadlistParams, ctx: Ctx) => HandlerResult<ThreadlistResult>;
  /** threads: Show the thread list. */
  threads: (params: ThreadsParams, ctx: Ctx) => HandlerResult<ThreadsResult>;
  /** threads2: Show the thread list (alternate form). */
  threads2: (params: Threads2Params, ctx: Ctx) => HandlerResult<Threads2Result>;
  /** transfercredit: Transfer credit from the authenticated user to another user. */
  transfercredit: (params: TransfercreditParams, ctx: Ctx) => HandlerResult<TransfercreditResult>;
  /** unittest: Start the built-in unit (self) tests. */
  unittest: (params: UnittestParams, ctx: Ctx) => HandlerResult<UnittestResult>;
  /** unreg: Unregister a user, or all users; mode 1 removes instead of unregistering. */
  unreg: (params: UnregParams, ctx: Ctx) => HandlerResult<UnregResult>;
  /** updcdrdir: Update the direction of CDR records (meaning inferred from the name). */
  updcdrdir: (params: UpdcdrdirParams, ctx: Ctx) => HandlerResult<UpdcdrdirResult>;
  /** verifyuser: The online status of another user (0 doesn't exist, 1 offline, 2 online, 3 calling, 4 speaking). */
  verifyuser: (params: VerifyuserParams, ctx: Ctx) => HandlerResult<VerifyuserResult>;
  /** version: Show the server software version number. */
  version: (params: VersionParams, ctx: Ctx) => HandlerResult<VersionResult>;
  /** weeklymaint: Run the weekly maintenance tasks now. */
  weeklymaint: (params: WeeklymaintParams, ctx: Ctx) => HandlerResult<WeeklymaintResult>;
  /** willstop: Stop the credit checks (before a shutdown). */
  willstop: (params: WillstopParams, ctx: Ctx) => HandlerResult<WillstopResult>;
}
