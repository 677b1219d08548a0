/**
 * Joins the parts of a long inbound SMS (GSM 03.40 §9.2.3.24.1 and .8: the concatenation IE 0x00 with an 8-bit
 * reference, 0x08 with a 16-bit one) into one text, in sequence order whatever order they come in. The SMSC does not
 * send a part again once its deliver_sm is acknowledged, so each part is kept in the database (inbound-parts.ts)
 * before add() resolves, and the message's parts are removed by the transaction that stores it (Assembled's
 * removeParts). A message that waits longer than holdMs from its first part gives up on the missing ones and is handed
 * on as far as it came; after a restart, resume() arms each waiting message's hold again from its first part. A whole
 * message whose store failed keeps its parts: handed on at once when its last part comes again (the deliver_sm was
 * refused, so the SMSC sends it again) or at the next start.
 *
 * One process at a time: only the process bound to the SMSC receives deliver_sm (the first worker of serve --workers,
 * cli/worker-slot.ts), so its adds and holds are put one after another here, and the database's unique part rows are
 * the only guard needed beyond that.
 */
import type { InboundSmsPartRow } from '../../persistence/entities/messaging/inbound-sms-part.ts';
import type { Alongside } from '../billing/credit-ledger.ts';
import { type InboundParts, keyId, keyOf, type MessageKey } from './inbound-parts.ts';
import type { InboundSms } from './messaging.ts';

export interface Concatenation {
  reference: number;
  total: number;
  sequence: number;
}

/** The concatenation IE among a UDH's information elements (each [IEI, length, …data]). */
export function concatenationOf(elements: Buffer[] | undefined): Concatenation | undefined {
  for (const ie of elements ?? []) {
    if (ie[0] === 0x00 && ie.length >= 5) return { reference: ie[2]!, total: ie[3]!, sequence: ie[4]! };
    if (ie[0] === 0x08 && ie.length >= 6) return { reference: ie.readUInt16BE(2), total: ie[4]!, sequence: ie[5]! };
  }
  return undefined;
}

/** A message to hand on; removeParts (when it was kept in parts) runs in the transaction that stores it. */
export interface Assembled {
  sms: InboundSms;
  removeParts?: Alongside;
  /** False when the hold ran out before every part came. */
  complete: boolean;
}

export class InboundAssembly {
  readonly #parts: InboundParts;
  readonly #holdMs: number;
  readonly #onTimeout: (message: Assembled) => Promise<void>;
  /** The hold timer of each message waiting, by keyId. */
  readonly #holds = new Map<string, NodeJS.Timeout>();
  /** Adds and expiries, one after another. */
  #queue: Promise<unknown> = Promise.resolve();
  #stopped = false;

  /**
   * onTimeout: a message whose hold ran out (its text as far as it came), or one found whole by resume(); when it
   * rejects, the message is tried again a hold later.
   */
  constructor(parts: InboundParts, holdMs: number, onTimeout: (message: Assembled) => Promise<void>) {
    this.#parts = parts;
    this.#holdMs = holdMs;
    this.#onTimeout = onTimeout;
  }

  /** Arms the hold of every message with parts kept (a restart), from the time its first part arrived. */
  resume(): Promise<void> {
    this.#stopped = false;
    return this.#serially(async () => {
      for (const parts of await this.#parts.waiting()) this.#hold(keyOf(parts[0]!), parts);
    });
  }

  /**
   * Keeps the part (committed when this resolves); the whole message once the last part is in, undefined while parts
   * are missing (or when the part was in already: the SMSC sent it again).
   */
  add(part: InboundSms, concatenation: Concatenation): Promise<Assembled | undefined> {
    const { reference, total, sequence } = concatenation;
    if (total <= 1 || sequence < 1 || sequence > total) return Promise.resolve({ sms: part, complete: true });
    const key: MessageKey = { from: part.from, to: part.to, reference, total };
    return this.#serially(async () => {
      const added = await this.#parts.put(key, sequence, part);
      const parts = await this.#parts.of(key);
      if (added && parts.length === total) {
        this.#release(key);
        return this.#assembled(parts);
      }
      if (!this.#holds.has(keyId(key))) this.#hold(key, parts);
      return undefined;
    });
  }

  /** Stops the holds (the parts stay for the next start) once the work in hand is done. */
  async stop(): Promise<void> {
    this.#stopped = true;
    await this.#queue;
    for (const timer of this.#holds.values()) clearTimeout(timer);
    this.#holds.clear();
  }

  /** Hands the message on when its hold, counted from its first part, runs out (at once if it has, or is whole). */
  #hold(key: MessageKey, parts: InboundSmsPartRow[], delayMs = this.#dueIn(key, parts)): void {
    if (this.#stopped) return;
    const timer = setTimeout(() => void this.#serially(() => this.#expire(key)), Math.max(0, delayMs));
    timer.unref();
    this.#holds.set(keyId(key), timer);
  }

  #dueIn(key: MessageKey, parts: InboundSmsPartRow[]): number {
    if (parts.length === key.total) return 0;
    return Math.min(...parts.map((p) => p.receivedAt.getTime())) + this.#holdMs - Date.now();
  }

  #release(key: MessageKey): void {
    clearTimeout(this.#holds.get(keyId(key)));
    this.#holds.delete(keyId(key));
  }

  /** Hands the message on as far as it came; when that fails, tries again a hold later (its parts are kept). */
  async #expire(key: MessageKey): Promise<void> {
    this.#release(key);
    try {
      const parts = await this.#parts.of(key);
      if (parts.length > 0) await this.#onTimeout(this.#assembled(parts));
    } catch {
      this.#hold(key, [], this.#holdMs);
    }
  }

  #assembled(parts: InboundSmsPartRow[]): Assembled {
    const first = parts.reduce((a, b) => (b.receivedAt < a.receivedAt ? b : a));
    const sms: InboundSms = {
      from: first.sender,
      to: first.recipient,
      text: parts.map((p) => p.body).join(''),
      receivedAt: first.receivedAt,
      via: first.via as InboundSms['via'],
    };
    return { sms, removeParts: this.#parts.remover(parts), complete: parts.length === first.total };
  }

  #serially<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(work);
    this.#queue = run.catch(() => {});
    return run;
  }
}
