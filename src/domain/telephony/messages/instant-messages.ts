/**
 * sendim/sendamsg (issue 15): an instant message goes as a SIP MESSAGE (RFC 3428) to every registered contact of the
 * user at once; it is delivered when any contact accepts it with a 2xx, and kept as an offline message otherwise (no
 * contact, none answering, all refusing). Kept messages go out when the user registers again, oldest first. An on-net
 * SMS (issue 16) is kept first, with its charge, and then sent the same way.
 */
import type { Logger } from 'pino';
import type { Alongside } from '../../billing/credit-ledger.ts';
import type { Binding, Registrations } from '../registrations.ts';
import type { OfflineMessages } from './offline-messages.ts';

/** Sends one MESSAGE to one contact (the SIP edge's client transaction): true on a 2xx, false otherwise. */
export interface MessageCarrier {
  send(to: Binding, from: string, text: string): Promise<boolean>;
}

export type Outcome = 'delivered' | 'stored';

/**
 * How long after a binding the waiting messages go out: the phone gets the 200 to its REGISTER first (a UA in the
 * middle of its registration transaction may take an early MESSAGE for a stray request).
 */
export const DELIVER_AFTER_REGISTER_MS = 100;

export interface InstantMessagesOptions {
  registrations: Pick<Registrations, 'bindingsOf'>;
  offline: OfflineMessages;
  logger: Pick<Logger, 'warn'>;
}

export class InstantMessages {
  readonly #o: InstantMessagesOptions;
  #carrier: MessageCarrier | undefined;
  /** One delivery run per user at a time: two contacts registering together must not send the same message twice. */
  readonly #delivering = new Map<string, Promise<number>>();

  constructor(options: InstantMessagesOptions) {
    this.#o = options;
  }

  /** The SIP edge, once it listens; without one (sip.port 0) every message is kept for later. */
  attach(carrier: MessageCarrier | undefined): void {
    this.#carrier = carrier;
  }

  /** Whether a SIP edge carries messages now: without one they can only be kept (presence_set hands them out). */
  get carried(): boolean {
    return this.#carrier !== undefined;
  }

  /**
   * Keeps text for recipient first — in one transaction with alongside (an SMS's charge: both or neither) — then sends
   * it after any older ones waiting, in order. `delivery` settles 'delivered' once a contact accepted it, 'stored'
   * while it waits for the user's next REGISTER (never rejects: a failure to send leaves it waiting).
   */
  async keep(
    sender: string,
    recipient: string,
    text: string,
    alongside?: Alongside,
  ): Promise<{ id: number; delivery: Promise<Outcome> }> {
    const kept = await this.#o.offline.store(recipient, sender, text, alongside);
    const delivery = this.deliverWaiting(recipient)
      .then(async () => ((await this.#o.offline.isWaiting(kept.id)) ? 'stored' : 'delivered') as Outcome)
      .catch((err: unknown) => {
        this.#o.logger.warn({ err, username: recipient }, 'kept message not delivered now: it waits for a REGISTER');
        return 'stored' as const;
      });
    return { id: kept.id, delivery };
  }

  /** Delivers text from sender to recipient's contacts, or keeps it for them. */
  async send(sender: string, recipient: string, text: string): Promise<Outcome> {
    if (await this.#deliver(sender, recipient, text)) return 'delivered';
    await this.#o.offline.store(recipient, sender, text);
    return 'stored';
  }

  /** Sends to the contacts of a user who is registered now, keeping nothing (sendamsg all): whether one accepted. */
  async sendIfOnline(sender: string, recipient: string, text: string): Promise<boolean> {
    return this.#deliver(sender, recipient, text);
  }

  /**
   * The registrar bound a contact of username (registration-events.ts): its waiting messages, if it has any, go out
   * shortly. Asked on every REGISTER, refreshes included, so it costs no database query when none wait.
   */
  registered(username: string): void {
    const fail = (err: unknown) => this.#o.logger.warn({ err, username }, 'offline messages not delivered');
    this.#o.offline.mayHaveWaiting(username).then((waiting) => {
      if (!waiting) return;
      setTimeout(() => this.deliverWaiting(username).catch(fail), DELIVER_AFTER_REGISTER_MS).unref();
    }, fail);
  }

  /** The user's waiting messages go out in order; the first one no contact accepts waits, with those after it. */
  async deliverWaiting(username: string): Promise<number> {
    const running = this.#delivering.get(username);
    if (running) return running.then(() => this.deliverWaiting(username));
    const run = this.#deliverWaiting(username).finally(() => this.#delivering.delete(username));
    this.#delivering.set(username, run);
    return run;
  }

  async #deliverWaiting(username: string): Promise<number> {
    let delivered = 0;
    for (const message of await this.#o.offline.waitingFor(username)) {
      if (!(await this.#deliver(message.sender, username, message.text))) break;
      if (await this.#o.offline.markDelivered(message.id)) delivered++;
    }
    await this.#o.offline.settle(username);
    return delivered;
  }

  async #deliver(sender: string, recipient: string, text: string): Promise<boolean> {
    const carrier = this.#carrier;
    if (!carrier) return false;
    const contacts = await this.#o.registrations.bindingsOf(recipient);
    const answers = await Promise.all(
      contacts.map((contact) =>
        carrier.send(contact, sender, text).catch((err: unknown) => {
          this.#o.logger.warn({ err, recipient, contact: contact.contact }, 'SIP MESSAGE not sent');
          return false;
        }),
      ),
    );
    return answers.includes(true);
  }
}
