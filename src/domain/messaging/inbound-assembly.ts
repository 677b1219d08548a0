/**
 * Joins the parts of a long inbound SMS (GSM 03.40 §9.2.3.24.1 and .8: the concatenation IE 0x00 with an 8-bit
 * reference, 0x08 with a 16-bit one) into one text, in sequence order whatever order they come in. The parts
 * waiting for their siblings are held in memory: a part that waits longer than holdMs gives up on the missing ones
 * and the text is handed on as far as it came (a restart meanwhile loses those parts).
 */
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

interface Waiting {
  first: InboundSms;
  parts: (string | undefined)[];
  timer: NodeJS.Timeout;
}

export class InboundAssembly {
  readonly #holdMs: number;
  readonly #onTimeout: (sms: InboundSms) => void;
  readonly #waiting = new Map<string, Waiting>();

  /** onTimeout: a message whose missing parts never came, its text as far as it came. */
  constructor(holdMs: number, onTimeout: (sms: InboundSms) => void) {
    this.#holdMs = holdMs;
    this.#onTimeout = onTimeout;
  }

  /** The whole message once the last part is in; undefined while parts are missing. */
  add(part: InboundSms, concatenation: Concatenation): InboundSms | undefined {
    const { reference, total, sequence } = concatenation;
    if (total <= 1 || sequence < 1 || sequence > total) return part;
    const key = `${part.from}\u0000${part.to}\u0000${reference}\u0000${total}`;
    let waiting = this.#waiting.get(key);
    if (!waiting) {
      const timer = setTimeout(() => {
        this.#waiting.delete(key);
        if (waiting) this.#onTimeout(whole(waiting));
      }, this.#holdMs);
      timer.unref();
      waiting = { first: part, parts: Array.from({ length: total }), timer };
      this.#waiting.set(key, waiting);
    }
    waiting.parts[sequence - 1] = part.text;
    if (waiting.parts.some((p) => p === undefined)) return undefined;
    clearTimeout(waiting.timer);
    this.#waiting.delete(key);
    return whole(waiting);
  }

  clear(): void {
    for (const waiting of this.#waiting.values()) clearTimeout(waiting.timer);
    this.#waiting.clear();
  }
}

function whole(waiting: Waiting): InboundSms {
  return { ...waiting.first, text: waiting.parts.map((p) => p ?? '').join('') };
}
