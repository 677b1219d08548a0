/**
 * The parts of long inbound SMS waiting for their siblings (persistence/entities/messaging/inbound-sms-part.ts): kept
 * as each is accepted, read back per message, and removed by the transaction that stores the message they make.
 */
import type { Database } from '../../persistence/database.ts';
import { InboundSmsPart, type InboundSmsPartRow } from '../../persistence/entities/messaging/inbound-sms-part.ts';
import type { Alongside } from '../billing/credit-ledger.ts';
import type { InboundSms } from './messaging.ts';

/** One long message: its parts share sender, recipient, reference and total. */
export interface MessageKey {
  from: string;
  to: string;
  reference: number;
  total: number;
}

export class InboundParts {
  readonly #db: Database;

  constructor(db: Database) {
    this.#db = db;
  }

  /** Keeps one part, committed when it resolves; false when the message has it already (the SMSC sent it again). */
  async put(key: MessageKey, sequence: number, part: InboundSms): Promise<boolean> {
    const row = {
      ...rowKey(key),
      sequence,
      body: part.text,
      via: part.via,
      receivedAt: part.receivedAt,
    };
    const result = await this.#db
      .em()
      .createQueryBuilder(InboundSmsPart)
      .insert(row)
      .onConflict(['sender', 'recipient', 'reference', 'total', 'sequence'])
      .ignore()
      .execute();
    return result.affectedRows > 0;
  }

  /** The parts of one message kept so far, in sequence order. */
  of(key: MessageKey): Promise<InboundSmsPartRow[]> {
    return this.#db.em().find(InboundSmsPart, rowKey(key), { orderBy: { sequence: 'asc' }, disableIdentityMap: true });
  }

  /** Every part waiting, message by message (each message's parts in sequence order). */
  async waiting(): Promise<InboundSmsPartRow[][]> {
    const rows = await this.#db
      .em()
      .find(InboundSmsPart, {}, { orderBy: { sequence: 'asc' }, disableIdentityMap: true });
    const messages = new Map<string, InboundSmsPartRow[]>();
    for (const row of rows) {
      const id = keyId(keyOf(row));
      messages.set(id, [...(messages.get(id) ?? []), row]);
    }
    return [...messages.values()];
  }

  /** Removes these parts, in the transaction it is given (the one that stores the message they make). */
  remover(parts: InboundSmsPartRow[]): Alongside {
    const ids = parts.map((p) => p.id);
    return async (tx) => {
      await tx.nativeDelete(InboundSmsPart, { id: { $in: ids } });
    };
  }
}

export function keyOf(row: InboundSmsPartRow): MessageKey {
  return { from: row.sender, to: row.recipient, reference: row.reference, total: row.total };
}

/** The key as one string, for maps. */
export function keyId(key: MessageKey): string {
  return `${key.from}\u0000${key.to}\u0000${key.reference}\u0000${key.total}`;
}

function rowKey(key: MessageKey) {
  return { sender: key.from, recipient: key.to, reference: key.reference, total: key.total };
}
