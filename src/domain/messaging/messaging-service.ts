/**
 * The Messaging service (messaging.ts) over the config's channels: the outbox, one worker per channel, the SMPP
 * account or HTTP gateway for SMS, SMTP for e-mail, and inbound SMS stored then handed to the onInbound handler.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import type { Config } from '../../platform/config.ts';
import { SwitchboardError } from '../../platform/errors.ts';
import type { Database } from '../../persistence/database.ts';
import type { Alongside } from '../billing/credit-ledger.ts';
import { HttpSmsGateway } from './http-sms-gateway.ts';
import {
  emailOff,
  type InboundHandler,
  type InboundSms,
  type MessageOutcome,
  type Messaging,
  type OutgoingEmail,
  type OutgoingSms,
  type SmsChannel,
  smsOff,
} from './messaging.ts';
import { type OnRefund, Outbox } from './outbox.ts';
import { DEFAULT_WORKER_OPTIONS, OutboxWorker, type WorkerOptions } from './outbox-worker.ts';
import type { Sender } from './sender.ts';
import { SmppChannel } from './smpp-channel.ts';
import type { SmppLinkOptions } from './smpp-link.ts';
import { smsPartCount } from './sms-encoding.ts';
import { SmtpMailer } from './smtp-mailer.ts';

export interface MessagingOptions {
  worker?: Partial<WorkerOptions>;
  /** partsHoldMs: how long the parts of a long inbound SMS wait for the missing ones. */
  smpp?: SmppLinkOptions & { partsHoldMs?: number };
  /** A message not sent within this long after it was queued expires (default one day). */
  expireAfterMs?: number;
}

/** The config sections messaging reads: absent ones turn their channel off. */
export type MessagingConfig = Pick<Config, 'smtp' | 'smpp' | 'smsHttp'>;

/** Messages in flight at once per worker on PostgreSQL: hides the round trips of recording each. */
const POSTGRES_WINDOW = 8;
const DEFAULT_EXPIRY_MS = 86_400_000;
const DEFAULT_WAIT_MS = 10_000;
const WAIT_POLL_MS = 50;

export interface MessagingDeps {
  config: MessagingConfig;
  db: Database;
  logger: Logger;
  /** Told of each charge given back for a message never sent (the user cache drops that user's balance). */
  onRefund?: OnRefund;
}

export function createMessaging(deps: MessagingDeps, options: MessagingOptions = {}): Messaging {
  return new MessagingService(deps, options);
}

class MessagingService implements Messaging {
  readonly sms: SmsChannel | undefined;
  readonly email: boolean;
  readonly #config: MessagingConfig;
  readonly #logger: Logger;
  readonly #outbox: Outbox;
  readonly #expireAfterMs: number;
  readonly #smsSender: Sender | undefined;
  readonly #smsWorker: OutboxWorker | undefined;
  readonly #emailSender: Sender | undefined;
  readonly #emailWorker: OutboxWorker | undefined;
  #handler: InboundHandler | undefined;
  #started = false;

  constructor(deps: MessagingDeps, options: MessagingOptions) {
    const { config, logger } = deps;
    this.#config = config;
    this.#logger = logger.child({ module: 'messaging' });
    this.#outbox = new Outbox(deps.db, deps.onRefund);
    this.#expireAfterMs = options.expireAfterMs ?? DEFAULT_EXPIRY_MS;
    const window = deps.db.engine === 'postgresql' ? POSTGRES_WINDOW : 1;
    const workerOptions = { ...DEFAULT_WORKER_OPTIONS, window, ...options.worker };
    this.sms = config.smpp ? 'smpp' : config.smsHttp ? 'http' : undefined;
    this.email = config.smtp !== undefined;
    if (config.smpp) {
      const inbound = (sms: InboundSms, alongside?: Alongside) => this.#receive(sms, alongside);
      this.#smsSender = new SmppChannel(config.smpp, this.#outbox, deps.db, this.#logger, inbound, {
        ...options.smpp,
        onBound: () => this.#smsWorker?.wake(),
      });
    } else if (config.smsHttp) {
      this.#smsSender = new HttpSmsGateway(config.smsHttp);
    }
    if (this.#smsSender) {
      this.#smsWorker = new OutboxWorker('sms', this.#outbox, this.#smsSender, this.#logger, workerOptions);
    }
    if (config.smtp) {
      this.#emailSender = new SmtpMailer(config.smtp);
      this.#emailWorker = new OutboxWorker('email', this.#outbox, this.#emailSender, this.#logger, workerOptions);
    }
  }

  async queueSms(sms: OutgoingSms, alongside?: Alongside): Promise<MessageOutcome> {
    if (!this.sms) throw smsOff();
    const from = sms.from || this.#config.smpp?.sourceAddr || '';
    if (!sms.to) throw new SwitchboardError('missing-number', 'an SMS needs the number to send it to');
    const outcome = await this.#outbox.add(
      {
        channel: 'sms',
        userId: sms.userId,
        sender: from,
        recipient: sms.to,
        body: sms.text,
        unicode: sms.unicode,
        parts: smsPartCount(sms.text, sms.unicode),
        chargeMicros: sms.chargeMicros,
        expiresAt: this.#expiry(),
      },
      alongside,
    );
    this.#smsWorker?.wake();
    return outcome;
  }

  async sendSmsNow(sms: OutgoingSms, waitMs = DEFAULT_WAIT_MS): Promise<MessageOutcome> {
    return this.awaitSent(await this.queueSms(sms), waitMs);
  }

  async queueEmail(mail: OutgoingEmail): Promise<MessageOutcome> {
    const smtp = this.#config.smtp;
    if (!smtp) throw emailOff();
    if (!mail.to) throw new SwitchboardError('missing-parameter', 'an e-mail needs the address to send it to');
    const outcome = await this.#outbox.add({
      channel: 'email',
      userId: mail.userId,
      sender: mail.from || smtp.from,
      recipient: mail.to,
      subject: mail.subject,
      body: mail.text,
      expiresAt: this.#expiry(),
    });
    this.#emailWorker?.wake();
    return outcome;
  }

  async sendEmailNow(mail: OutgoingEmail, waitMs = DEFAULT_WAIT_MS): Promise<MessageOutcome> {
    return this.awaitSent(await this.queueEmail(mail), waitMs);
  }

  outcome(id: string): Promise<MessageOutcome | undefined> {
    const n = Number(id);
    return Number.isSafeInteger(n) && n > 0 ? this.#outbox.outcome(n) : Promise.resolve(undefined);
  }

  onInbound(handler: InboundHandler): void {
    this.#handler = handler;
  }

  receive(sms: InboundSms): Promise<void> {
    return this.#receive(sms);
  }

  /**
   * Stored first (a failure to store is the caller's: the SMSC delivers it again), alongside in the same transaction;
   * the handler's failure is logged.
   */
  async #receive(sms: InboundSms, alongside?: Alongside): Promise<void> {
    const inboundId = await this.#outbox.storeInbound(sms, alongside);
    let answer: string | undefined;
    try {
      answer = await this.#handler?.(sms);
    } catch (e) {
      this.#logger.error({ err: e, from: sms.from }, 'inbound SMS handler failed');
      return;
    }
    if (!answer) return;
    if (!this.sms) {
      this.#logger.warn({ to: sms.from }, 'inbound SMS answered, but SMS is off: the answer is not sent');
      return;
    }
    const reply = await this.queueSms({ from: sms.to, to: sms.from, text: answer });
    await this.#outbox.inboundAnswered(inboundId, Number(reply.id));
  }

  async start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    this.#smsSender?.start();
    this.#smsWorker?.start();
    this.#emailWorker?.start();
  }

  async stop(): Promise<void> {
    if (!this.#started) return;
    this.#started = false;
    await Promise.all([this.#smsWorker?.stop(), this.#emailWorker?.stop()]);
    await Promise.all([this.#smsSender?.stop(), this.#emailSender?.stop()]);
  }

  #expiry(): Date {
    return new Date(Date.now() + this.#expireAfterMs);
  }

  /** The outcome once the row left the queue (submitted, or final), or as it stands when waitMs is up. */
  async awaitSent(queued: MessageOutcome, waitMs = DEFAULT_WAIT_MS): Promise<MessageOutcome> {
    const until = Date.now() + waitMs;
    let outcome = queued;
    while (outcome.state === 'queued' && Date.now() < until) {
      await sleep(WAIT_POLL_MS);
      outcome = (await this.#outbox.outcome(Number(queued.id))) ?? outcome;
    }
    return outcome;
  }
}
