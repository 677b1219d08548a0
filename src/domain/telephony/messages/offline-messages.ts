/**
 * Instant messages waiting for a user no registered contact accepted them for (table sip_offline_messages, migration
 * 0014). presence_set hands them out in the seed's XOFFMESSAGE form (001:L336, 002:L354-L355); the SIP edge delivers
 * them when the user registers again. Each message is handed out once: claiming it is one conditional update.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { OfflineMessage, type OfflineMessageRow } from '../../../persistence/entities/sip-messages/offline-message.ts';

export interface StoredMessage {
  id: number;
  recipient: string;
  sender: string;
  text: string;
  /** epoch milliseconds */
  createdAt: number;
}

export class OfflineMessages {
  readonly #em: () => SqlEntityManager;
  readonly #now: () => number;

  constructor(em: () => SqlEntityManager, now: () => number = Date.now) {
    this.#em = em;
    this.#now = now;
  }

  /** Keeps a message for recipient until it is handed out. */
  async store(recipient: string, sender: string, text: string): Promise<StoredMessage> {
    const em = this.#em().fork();
    const row = em.create(OfflineMessage, {
      recipient,
      sender,
      body: text,
      createdAt: new Date(this.#now()),
      deliveredAt: null,
    });
    await em.flush();
    return asMessage(row);
  }

  /** The recipient's messages not handed out yet, oldest first. */
  async waitingFor(recipient: string): Promise<StoredMessage[]> {
    const rows = await this.#em().find(
      OfflineMessage,
      { recipient, deliveredAt: null },
      { orderBy: { id: 'asc' }, disableIdentityMap: true },
    );
    return rows.map(asMessage);
  }

  /** Marks the message handed out; false when it already was (another process or request took it first). */
  async markDelivered(id: number): Promise<boolean> {
    const changed = await this.#em().nativeUpdate(
      OfflineMessage,
      { id, deliveredAt: null },
      { deliveredAt: new Date(this.#now()) },
    );
    return changed === 1;
  }

  /** Claims and answers the recipient's waiting messages (presence_set): each is answered by one call only. */
  async handOut(recipient: string): Promise<StoredMessage[]> {
    const claimed: StoredMessage[] = [];
    for (const message of await this.waitingFor(recipient)) {
      if (await this.markDelivered(message.id)) claimed.push(message);
    }
    return claimed;
  }
}

/** The seed's form: XOFFMESSAGE:fromuser:textXOFFMESSAGE:fromuser2:text2XOFFMESSAGE: ('' when there are none). */
export function xoffMessages(messages: StoredMessage[]): string {
  if (messages.length === 0) return '';
  return `${messages.map((m) => `XOFFMESSAGE:${m.sender}:${m.text}`).join('')}XOFFMESSAGE:`;
}

function asMessage(row: OfflineMessageRow): StoredMessage {
  return {
    id: row.id,
    recipient: row.recipient,
    sender: row.sender,
    text: row.body,
    createdAt: row.createdAt.getTime(),
  };
}
