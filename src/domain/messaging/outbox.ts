/**
 * The durable outbox's rows (persistence/entities/messaging): queue, claim, record a result, settle from receipts.
 * A row is claimed by moving its next attempt a lease ahead, in a transaction that locks the rows it takes with
 * `for update skip locked` on PostgreSQL (several processes share the table; SQLite has one process): a claimer
 * that dies leaves its rows to come back when the lease ends.
 */
import { LockMode, raw } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { Database } from '../../persistence/database.ts';
import { InboundSmsMessage, OutboxMessage, SmsPart } from '../../persistence/entities/messaging/index.ts';
import type { OutboxMessageRow } from '../../persistence/entities/messaging/outbox-message.ts';
import { type Alongside, withAlongside } from '../billing/credit-ledger.ts';
import { refundSms } from '../billing/sms-charges.ts';
import type { InboundSms, MessageOutcome, MessageState } from './messaging.ts';

export type Channel = 'sms' | 'email';

export interface NewMessage {
  channel: Channel;
  userId?: number;
  sender: string;
  recipient: string;
  subject?: string;
  body: string;
  unicode?: boolean;
  parts?: number;
  expiresAt: Date;
  /** What the sender was charged for it: given back, once, if it ends failed or expired without being sent. */
  chargeMicros?: bigint;
}

/** Told of each refund, with the user's id (the user cache drops the balance it holds). */
export type OnRefund = (userId: number) => Promise<void>;

/** The row was not queued any more (another process ended it first): the refund inside its transaction is undone. */
class NotQueued extends Error {}

const REASON_LENGTH = 255;

export class Outbox {
  readonly #db: Database;
  readonly #onRefund: OnRefund;
  constructor(db: Database, onRefund: OnRefund = async () => {}) {
    this.#db = db;
    this.#onRefund = onRefund;
  }

  /**
   * Queues one message; alongside (the sender's charge) runs in the transaction that writes the row, so the two are
   * committed together or not at all: a crash or a refused insert takes no money for a message never queued.
   */
  async add(message: NewMessage, alongside?: Alongside): Promise<MessageOutcome> {
    const now = new Date();
    const row = {
      ...message,
      unicode: message.unicode ?? false,
      state: 'queued',
      attempts: 0,
      nextAttemptAt: now,
      createdAt: now,
    };
    const id = await withAlongside(this.#db.em(), alongside, (em) => em.insert(OutboxMessage, row));
    return outcomeOf({ ...row, id } as OutboxMessageRow);
  }

  async outcome(id: number): Promise<MessageOutcome | undefined> {
    const row = await this.#db.em().findOne(OutboxMessage, { id });
    return row ? outcomeOf(row) : undefined;
  }

  /** Takes up to limit due rows of channel for leaseMs; each claim counts as an attempt. */
  async claim(channel: Channel, limit: number, leaseMs: number): Promise<OutboxMessageRow[]> {
    const now = new Date();
    return this.#db.em().transactional(async (tx) => {
      const rows = await tx.find(
        OutboxMessage,
        { channel, state: 'queued', nextAttemptAt: { $lte: now } },
        {
          orderBy: { id: 'asc' },
          limit,
          ...(this.#db.engine === 'postgresql' ? { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE } : {}),
        },
      );
      for (const row of rows) {
        row.nextAttemptAt = new Date(now.getTime() + leaseMs);
        row.attempts += 1;
      }
      return rows;
    });
  }

  /** Hands back claimed rows not tried (a stop): due at once, the claim not counted. */
  async release(ids: number[]): Promise<void> {
    if (!ids.length) return;
    await this.#db
      .em()
      .createQueryBuilder(OutboxMessage)
      .update({ nextAttemptAt: new Date(), attempts: raw('attempts - 1') })
      .where({ id: { $in: ids }, state: 'queued' })
      .execute();
  }

  /** The SMS parts of id the SMSC already accepted: a retry skips them. */
  async acceptedParts(id: number): Promise<Set<number>> {
    const parts = await this.#db.em().find(SmsPart, { messageId: id }, { fields: ['part'] });
    return new Set(parts.map((p) => p.part));
  }

  /** The SMSC accepted one part: recorded at once, so that part is never submitted again. */
  async partAccepted(messageId: number, part: number, smscMessageId: string): Promise<void> {
    await this.#db.em().insert(SmsPart, { messageId, part, smscMessageId, state: 'submitted' });
  }

  /**
   * The gateway took the whole message: submitted (or final: e-mail, or every part's receipt already in; a receipt
   * locks the row, so it and this see each other's write).
   */
  async submitted(id: number, state: 'submitted' | 'delivered' = 'submitted'): Promise<void> {
    const now = new Date();
    const em = this.#db.em();
    const finished = state === 'delivered' ? { finishedAt: now } : {};
    await em.nativeUpdate(OutboxMessage, { id, state: 'queued' }, { state, submittedAt: now, ...finished });
    await settleFromParts(em, id);
  }

  /** Failed for good; never submitted, its charge is given back. */
  async failed(id: number, reason: string): Promise<void> {
    const row = await this.#db.em().findOne(OutboxMessage, { id }, { disableIdentityMap: true });
    if (row?.state === 'queued' && (await this.#endQueued(row, 'failed', reason))) return;
    await this.#finish(id, ['submitted'], 'failed', reason);
  }

  /** A transient failure: tried again at retryAt. */
  async retryAt(id: number, when: Date, reason: string): Promise<void> {
    await this.#db
      .em()
      .nativeUpdate(OutboxMessage, { id, state: 'queued' }, { nextAttemptAt: when, reason: clip(reason) });
  }

  /** Queued rows past their expiry and not under a claim: expired, their charges given back. */
  async expireDue(channel: Channel): Promise<number> {
    const now = new Date();
    const due = await this.#db
      .em()
      .find(
        OutboxMessage,
        { channel, state: 'queued', expiresAt: { $lte: now }, nextAttemptAt: { $lte: now } },
        { disableIdentityMap: true },
      );
    let expired = 0;
    for (const row of due) if (await this.#endQueued(row, 'expired', 'not sent before it expired')) expired++;
    return expired;
  }

  /**
   * Ends a queued row as state, and gives its charge back in the same transaction, once: the refund's idempotency key
   * is the message's, so no second process or retry gives it twice. A message some part of which the SMSC accepted
   * was sent, in part: nothing is given back. False when the row was not queued any more.
   */
  async #endQueued(row: OutboxMessageRow, state: 'failed' | 'expired', reason: string): Promise<boolean> {
    const end = async (tx: SqlEntityManager) => {
      const ended = await tx.nativeUpdate(
        OutboxMessage,
        { id: row.id, state: 'queued' },
        { state, reason: clip(reason), finishedAt: new Date() },
      );
      if (ended !== 1) throw new NotQueued();
    };
    const charge = row.chargeMicros ?? 0n;
    const userId = row.userId ?? undefined;
    const partSent = charge > 0n && (await this.#db.em().count(SmsPart, { messageId: row.id })) > 0;
    try {
      if (userId === undefined || charge === 0n || partSent) await end(this.#db.em());
      else {
        const refund = { userId, amountMicros: charge, to: row.recipient };
        const who = { name: 'messaging', requestId: `outbox-${row.id}` };
        await refundSms(this.#db.em(), refund, reason, who, { idempotencyKey: `sms-refund-${row.id}`, alongside: end });
        await this.#onRefund(userId);
      }
      return true;
    } catch (e) {
      if (e instanceof NotQueued) return false;
      throw e;
    }
  }

  /** A delivery receipt for one part, named by any of smscIds; false when no part has one of them (yet). */
  async receipt(smscIds: string[], state: 'delivered' | 'failed' | 'expired', reason?: string): Promise<boolean> {
    return this.#db.em().transactional(async (tx) => {
      const part = await tx.findOne(SmsPart, { smscMessageId: { $in: smscIds } });
      if (!part) return false;
      if (this.#db.engine === 'postgresql') {
        await tx.findOne(OutboxMessage, { id: part.messageId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      }
      part.state = state;
      await tx.flush();
      if (state !== 'delivered') {
        await tx.nativeUpdate(
          OutboxMessage,
          { id: part.messageId, state: { $in: ['queued', 'submitted'] } },
          { state, reason: clip(reason ?? state), finishedAt: new Date() },
        );
      }
      await settleFromParts(tx, part.messageId);
      return true;
    });
  }

  /** Stores an inbound SMS; alongside (removing the parts it was joined from) runs in the same transaction. */
  async storeInbound(sms: InboundSms, alongside?: Alongside): Promise<number> {
    const row = {
      sender: sms.from,
      recipient: sms.to,
      body: sms.text,
      via: sms.via,
      receivedAt: sms.receivedAt,
    };
    return withAlongside(this.#db.em(), alongside, (em) => em.insert(InboundSmsMessage, row));
  }

  async inboundAnswered(inboundId: number, answerId: number): Promise<void> {
    await this.#db.em().nativeUpdate(InboundSmsMessage, { id: inboundId }, { answerId });
  }

  async #finish(id: number, from: MessageState[], state: MessageState, reason: string): Promise<void> {
    await this.#db
      .em()
      .nativeUpdate(
        OutboxMessage,
        { id, state: { $in: from } },
        { state, reason: clip(reason), finishedAt: new Date() },
      );
  }
}

/** A submitted message every part of which has a delivered receipt: delivered. */
async function settleFromParts(tx: SqlEntityManager, id: number): Promise<void> {
  const row = await tx.findOne(OutboxMessage, { id });
  if (row?.state !== 'submitted') return;
  const delivered = await tx.count(SmsPart, { messageId: id, state: 'delivered' });
  if (delivered >= (row.parts ?? 1)) {
    row.state = 'delivered';
    row.finishedAt = new Date();
    await tx.flush();
  }
}

export function outcomeOf(row: OutboxMessageRow): MessageOutcome {
  return {
    id: String(row.id),
    state: row.state as MessageState,
    ...(row.reason ? { reason: row.reason } : {}),
    ...(row.parts ? { parts: row.parts } : {}),
  };
}

function clip(reason: string): string {
  return reason.length > REASON_LENGTH ? `${reason.slice(0, REASON_LENGTH - 1)}…` : reason;
}
