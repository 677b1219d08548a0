/**
 * The messaging service the commands use (issue 16): SMS over SMPP 3.4 or an HTTP gateway, e-mail over SMTP, inbound
 * SMS, and each message's state. Every outgoing message goes through the durable outbox first; a worker sends it.
 */
import { SwitchboardError } from '../../platform/errors.ts';
import type { Alongside } from '../billing/credit-ledger.ts';

export type SmsChannel = 'smpp' | 'http';

export interface OutgoingSms {
  userId?: number;
  from: string;
  to: string;
  text: string;
  /** Force UCS-2 (data_coding 8); otherwise chosen by content (GSM 7-bit when every character fits). */
  unicode?: boolean;
  /** What the sender was charged: the outbox gives it back, once, if the message fails or expires unsent. */
  chargeMicros?: bigint;
}

export interface OutgoingEmail {
  userId?: number;
  /** Defaults to config.smtp.from. */
  from?: string;
  to: string;
  subject: string;
  text: string;
}

/** queued → submitted → delivered | failed(reason) | expired. */
export type MessageState = 'queued' | 'submitted' | 'delivered' | 'failed' | 'expired';

export interface MessageOutcome {
  /** The outbox id (a decimal string). */
  id: string;
  state: MessageState;
  reason?: string;
  /** SMS parts the text was split into (1 for a short message). */
  parts?: number;
}

export interface InboundSms {
  from: string;
  to: string;
  text: string;
  receivedAt: Date;
  via: SmsChannel;
}

/** Answers an inbound SMS; a string is sent back to the sender by SMS. */
export type InboundHandler = (sms: InboundSms) => Promise<string | undefined>;

export interface Messaging {
  /** Which SMS channel the config turns on (absent section = off; smpp wins when both are set). */
  readonly sms: SmsChannel | undefined;
  readonly email: boolean;
  /**
   * Durable: in the outbox (committed) before it resolves; sent by the outbox worker. alongside (the sender's charge)
   * runs in the transaction that writes the row: both are committed, or neither.
   */
  queueSms(sms: OutgoingSms, alongside?: Alongside): Promise<MessageOutcome>;
  /** Queued, then waits (bounded, default 10 s) for the gateway's submit result. */
  sendSmsNow(sms: OutgoingSms, waitMs?: number): Promise<MessageOutcome>;
  /** Waits (bounded, default 10 s) for a queued message's submit result; answers it, or its state then. */
  awaitSent(queued: MessageOutcome, waitMs?: number): Promise<MessageOutcome>;
  queueEmail(mail: OutgoingEmail): Promise<MessageOutcome>;
  sendEmailNow(mail: OutgoingEmail, waitMs?: number): Promise<MessageOutcome>;
  outcome(id: string): Promise<MessageOutcome | undefined>;
  /** Inbound SMS (SMPP deliver_sm that is not a receipt, or the HTTP callback): stored, then handed to the handler. */
  onInbound(handler: InboundHandler): void;
  /** The HTTP gateway's inbound callback (smsreceive) stores and dispatches through the same path. */
  receive(sms: InboundSms): Promise<void>;
  /** Starts the outbox worker and the SMPP session (startServer). */
  start(): Promise<void>;
  /** Stops taking work, lets in-flight sends finish, unbinds. Queued rows stay for the next start. */
  stop(): Promise<void>;
}

export const smsOff = (): SwitchboardError =>
  new SwitchboardError('unsupported', 'SMS is off: the config has no smpp or smsHttp section');

export const emailOff = (): SwitchboardError =>
  new SwitchboardError('unsupported', 'e-mail is off: the config has no smtp section');
