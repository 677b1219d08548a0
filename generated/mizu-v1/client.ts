// generated from spec/ — do not edit; run `make generate`
import { MizuV1Transport } from '../../src/protocol/clients/mizu-v1.ts';
import type { MizuV1ClientOptions } from '../../src/protocol/clients/mizu-v1.ts';
import type * as T from './types.ts';

/**
 * Typed client for the Mizu VoIP server HTTP interface (xmapi): one method per operation, sent in the vendor wire form.
 */
export class MizuV1Client {
  readonly transport: MizuV1Transport;

  constructor(options: MizuV1ClientOptions) {
    this.transport = new MizuV1Transport(options);
  }

  /**
   * : Empty COMMAND; the action is guessed from the parameters (two numbers a p2p call, one number a callback).
   *
   * Parameters: anum (phone1, from): phone, required; bnum (phone2, to): phone.
   */
  empty(params: T.EmptyInput): Promise<T.EmptyResult> {
    return this.transport.call({ id: "", kind: "ok" }, params);
  }

  /**
   * addcredit: Add credit to a user (only from the trusted IP set by httpapiallowedip2).
   *
   * Parameters: credit: decimal, required.
   */
  addcredit(params: T.AddcreditInput): Promise<T.AddcreditResult> {
    return this.transport.call({ id: "addcredit", kind: "ok" }, params);
  }

  /**
   * adduser: Add a new prepaid enduser (only from the trusted IP set by httpapiallowedip2).
   *
   * Parameters: u_username: string, required, at most 64 characters; u_password: string, required, at most 64
   * characters; u_name: string, at most 128 characters; u_email: string, at most 254 characters; credit: decimal,
   * default 0.
   */
  adduser(params: T.AdduserInput): Promise<T.AdduserResult> {
    return this.transport.call({ id: "adduser", kind: "ok" }, params);
  }

  /** balance: Credit request: the authenticated user's credit balance. */
  balance(params: T.BalanceInput = {}): Promise<T.BalanceResult> {
    return this.transport.call({ id: "balance", kind: "value" }, params);
  }

  /**
   * cb: Initiate a callback call to a number.
   *
   * Parameters: anum (phone1, from): phone, required.
   */
  cb(params: T.CbInput): Promise<T.CbResult> {
    return this.transport.call({ id: "cb", kind: "ok" }, params);
  }

  /**
   * charge: Recharge the user's credit using a recharge PIN.
   *
   * Parameters: anum: string, required, at most 64 characters; bnum (phone2, to): phone.
   */
  charge(params: T.ChargeInput): Promise<T.ChargeResult> {
    return this.transport.call({ id: "charge", kind: "ok" }, params);
  }

  /**
   * cli: Add a PIN-less number (ANI) to the user for A-number based authentication.
   *
   * Parameters: anum (phone1, from): phone, required.
   */
  cli(params: T.CliInput): Promise<T.CliResult> {
    return this.transport.call({ id: "cli", kind: "ok" }, params);
  }

  /**
   * db: Run any database query (select, update, etc.); only if the authenticated user is an admin.
   *
   * Parameters: txt (message): string, required, at most 4096 characters.
   */
  db(params: T.DbInput): Promise<T.DbResult> {
    return this.transport.call({ id: "db", kind: "text" }, params);
  }

  /**
   * oop: Run any operation defined on the console API, passed in txt.
   *
   * Parameters: txt (message): string, required, at most 4096 characters.
   */
  oop(params: T.OopInput): Promise<T.OopResult> {
    return this.transport.call({ id: "oop", kind: "text" }, params);
  }

  /**
   * p2p: Phone to phone call request: call the first number and connect it to the second.
   *
   * Parameters: anum (phone1, from): phone, required; bnum (phone2, to): phone, required.
   */
  p2p(params: T.P2pInput): Promise<T.P2pResult> {
    return this.transport.call({ id: "p2p", kind: "ok" }, params);
  }

  /**
   * rating: Rate request: the user's tariff rate to a destination number or prefix.
   *
   * Parameters: anum (phone1, from): phone, required.
   */
  rating(params: T.RatingInput): Promise<T.RatingResult> {
    return this.transport.call({ id: "rating", kind: "value" }, params);
  }

  /**
   * sms: Send an SMS message.
   *
   * Parameters: anum (phone1, from): string; bnum (phone2, to): phone, required; txt (message): string, required, at
   * most 4096 characters.
   */
  sms(params: T.SmsInput): Promise<T.SmsResult> {
    return this.transport.call({ id: "sms", kind: "ok" }, params);
  }
}
