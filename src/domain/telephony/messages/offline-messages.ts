/**
 * Instant messages waiting for a user no registered contact accepted them for (table sip_offline_messages, migration
 * 0014). presence_set hands them out in the seed's XOFFMESSAGE form (001:L336, 002:L354-L355); the SIP edge delivers
 * them when the user registers again. Each message is handed out once: claiming it is one conditional update.
 *
 * Every REGISTER asks whether its user has messages waiting, so the answer comes from memory: the recipients with
 * messages waiting, read once from the table and kept current by every process telling the others what it stores.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { OfflineMessage, type OfflineMessageRow } from '../../../persistence/entities/sip-messages/offline-message.ts';
import type { SharedState } from '../../../platform/state/shared-state.ts';
import { type Alongside, withAlongside } from '../../billing/credit-ledger.ts';

/** Carries the recipient of each message stored, to every process. */
const STORED = 'offline-message-stored';

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
  readonly #state: Pick<SharedState, 'publish' | 'subscribe'>;
  readonly #now: () => number;
  #subscribed: Promise<void> | undefined;
  #recipients: Promise<Set<string>> | undefined;

  constructor(
    em: () => SqlEntityManager,
    state: Pick<SharedState, 'publish' | 'subscribe'>,
    now: () => number = Date.now,
  ) {
    this.#em = em;
    this.#state = state;
    this.#now = now;
  }

  /**
   * Keeps a message for recipient until it is handed out. alongside (an SMS's charge) runs in the transaction that
   * writes it: both are committed, or neither.
   */
  async store(recipient: string, sender: string, text: string, alongside?: Alongside): Promise<StoredMessage> {
    const row = { recipient, sender, body: text, createdAt: new Date(this.#now()), deliveredAt: null };
    const id = await withAlongside(this.#em().fork(), alongside, (em) => em.insert(OfflineMessage, row));
    // Told only once committed: a process that looked before would find nothing and forget the recipient. Known here
    // at once; the other processes hear of it a round trip later.
    await this.#remember(recipient);
    await this.#state.publish(STORED, recipient);
    return asMessage({ ...row, id });
  }

  /** Whether the message is still waiting (not delivered or handed out yet). */
  async isWaiting(id: number): Promise<boolean> {
    return (await this.#em().count(OfflineMessage, { id, deliveredAt: null })) > 0;
  }

  /** Whether recipient may have messages waiting; false for certain (a database query only the first time). */
  async mayHaveWaiting(recipient: string): Promise<boolean> {
    return (await this.#waitingRecipients()).has(recipient);
  }

  /**
   * After recipient's messages were handed out: recipient leaves the waiting ones unless a message is still there
   * (one that was not delivered, or stored meanwhile by any process).
   */
  async settle(recipient: string): Promise<void> {
    const recipients = await this.#waitingRecipients();
    recipients.delete(recipient);
    if ((await this.#em().count(OfflineMessage, { recipient, deliveredAt: null })) > 0) recipients.add(recipient);
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
    await this.settle(recipient);
    return claimed;
  }

  /** Subscribed before the table is read, so that a message stored meanwhile is not missed; read again after a failure. */
  #waitingRecipients(): Promise<Set<string>> {
    if (this.#recipients) return this.#recipients;
    const loading = this.#loadRecipients();
    loading.catch(() => {
      if (this.#recipients === loading) this.#recipients = undefined;
    });
    this.#recipients = loading;
    return loading;
  }

  /** Adds recipient to the waiting ones once they are read (a failed read is read again, recipient with it). */
  async #remember(recipient: string): Promise<void> {
    const known = await this.#recipients?.catch(() => undefined);
    known?.add(recipient);
  }

  async #loadRecipients(): Promise<Set<string>> {
    this.#subscribed ??= this.#state.subscribe(STORED, (recipient) => void this.#remember(recipient));
    await this.#subscribed;
    const rows = await this.#em().find(
      OfflineMessage,
      { deliveredAt: null },
      { fields: ['recipient'], disableIdentityMap: true },
    );
    return new Set(rows.map((row) => row.recipient));
  }
}

/** The seed's form: XOFFMESSAGE:fromuser:textXOFFMESSAGE:fromuser2:text2XOFFMESSAGE: ('' when there are none). */
export function xoffMessages(messages: StoredMessage[]): string {
  if (messages.length === 0) return '';
  return `${messages.map((m) => `XOFFMESSAGE:${m.sender}:${m.text}`).join('')}XOFFMESSAGE:`;
}

function asMessage(row: Pick<OfflineMessageRow, 'id' | 'recipient' | 'sender' | 'body' | 'createdAt'>): StoredMessage {
  return {
    id: row.id,
    recipient: row.recipient,
    sender: row.sender,
    text: row.body,
    createdAt: row.createdAt.getTime(),
  };
}
