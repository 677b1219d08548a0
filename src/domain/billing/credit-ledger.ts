/**
 * Every credit change goes through here: one database transaction that moves the balance atomically (the
 * UPDATE itself refuses to go below the floor, so parallel requests can never spend the same credit twice)
 * and writes the ledger row. An idempotency key makes a retried change happen once. The key is stored with a digest
 * of the request it came with (what it does, who asks, the values that define it), so a key used before for a
 * different request is refused rather than answered with another request's result.
 */
import { createHash } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { CreditEntry } from '../../persistence/entities/credit-entry.ts';
import { SwitchboardError } from '../../platform/errors.ts';
import { inMoneyRange, MAX_AMOUNT, MAX_MICROS } from '../../platform/money.ts';
import { isUniqueViolation } from '../../persistence/unique-violation.ts';

export interface CreditChange {
  userId: number;
  amountMicros: bigint;
  reason: string;
  actor: string;
  requestId: string;
  idempotencyKey?: string;
  /** What the request names besides the amount (a recharge PIN): its idempotency key is bound to that too. */
  requestDetail?: string;
  /** Refuse the change when the balance would fall below zero (prepaid spending). */
  keepNonNegative?: boolean;
  /** Refuse the change when the balance would fall below zero, or for a postpaid user below minus its credit limit. */
  withinCreditLimit?: boolean;
}

export interface CreditResult {
  beforeMicros: bigint;
  afterMicros: bigint;
  /** The change was done by an earlier request with the same idempotency key; nothing changed now. */
  replayed: boolean;
}

/** Runs inside the change's transaction before the balance moves (e.g. using up a voucher); throwing undoes both. */
export type Alongside = (tx: SqlEntityManager) => Promise<void>;

/** Runs work, and alongside first in the same transaction when there is one: both are committed, or neither. */
export function withAlongside<T>(
  em: SqlEntityManager,
  alongside: Alongside | undefined,
  work: (em: SqlEntityManager) => Promise<T>,
): Promise<T> {
  if (!alongside) return work(em);
  return em.transactional(async (tx) => {
    await alongside(tx);
    return work(tx);
  });
}

export async function changeCredit(
  em: SqlEntityManager,
  change: CreditChange,
  alongside?: Alongside,
): Promise<CreditResult> {
  const idempotencyDigest = changeDigest(change);
  return once(em, change.idempotencyKey, idempotencyDigest, () =>
    em.transactional(async (tx) => {
      await alongside?.(tx);
      return apply(tx, { ...change, idempotencyDigest });
    }),
  );
}

/** The result of this change done earlier under its idempotency key, if it was (refused when that was another request). */
export function replayOfChange(em: SqlEntityManager, change: CreditChange & { idempotencyKey: string }) {
  return replayOf(em, change.idempotencyKey, changeDigest(change));
}

function changeDigest(c: CreditChange): string {
  return requestDigest('change', c.actor, c.reason, c.userId, c.amountMicros, c.requestDetail ?? '');
}

export interface CreditTransfer {
  fromUserId: number;
  toUserId: number;
  /**
   * Positive: taken from the sender (within its floor: zero, or the credit limit when postpaid), given to the receiver.
   */
  amountMicros: bigint;
  reason: string;
  actor: string;
  requestId: string;
  idempotencyKey?: string;
}

export interface TransferResult {
  from: CreditResult;
  to: CreditResult;
  replayed: boolean;
}

/** Moves credit between two users in one transaction: both ledger rows (and what runs alongside) or neither. */
export async function transferCredit(
  em: SqlEntityManager,
  t: CreditTransfer,
  alongside?: Alongside,
): Promise<TransferResult> {
  if (t.amountMicros <= 0n) throw new SwitchboardError('invalid-parameter', 'the amount to transfer must be positive');
  if (t.fromUserId === t.toUserId)
    throw new SwitchboardError('invalid-parameter', 'cannot transfer credit to the same account');
  const idempotencyDigest = requestDigest('transfer', t.actor, t.fromUserId, t.toUserId, t.amountMicros);
  const debit: LedgerWrite = {
    userId: t.fromUserId,
    amountMicros: -t.amountMicros,
    reason: t.reason,
    actor: t.actor,
    requestId: t.requestId,
    idempotencyKey: t.idempotencyKey,
    idempotencyDigest,
    withinCreditLimit: true,
  };
  const credit: CreditChange = {
    userId: t.toUserId,
    amountMicros: t.amountMicros,
    reason: t.reason,
    actor: t.actor,
    requestId: t.requestId,
  };
  let result: TransferResult | undefined;
  const from = await once(em, t.idempotencyKey, idempotencyDigest, () =>
    em.transactional(async (tx) => {
      await alongside?.(tx);
      // Rows are locked in id order, so opposite transfers running at once cannot deadlock.
      if (t.fromUserId < t.toUserId) {
        const debited = await apply(tx, debit);
        result = { from: debited, to: await apply(tx, credit), replayed: false };
      } else {
        const credited = await apply(tx, credit);
        result = { from: await apply(tx, debit), to: credited, replayed: false };
      }
      return result.from;
    }),
  );
  if (!from.replayed && result) return result;
  // A repeat: the receiver's row was written by the same first request.
  const first = await em.findOne(CreditEntry, { idempotencyKey: t.idempotencyKey! }, { disableIdentityMap: true });
  const received =
    first &&
    (await em.findOne(
      CreditEntry,
      { requestId: first.requestId, userId: t.toUserId, amountMicros: t.amountMicros },
      { disableIdentityMap: true },
    ));
  const to = received
    ? { beforeMicros: BigInt(received.beforeMicros), afterMicros: BigInt(received.afterMicros), replayed: true }
    : { beforeMicros: 0n, afterMicros: 0n, replayed: true };
  return { from, to, replayed: true };
}

export interface CreditSetting {
  userId: number;
  targetMicros: bigint;
  reason: string;
  actor: string;
  requestId: string;
  idempotencyKey?: string;
}

/**
 * Sets the balance to an amount (an admin correction): recorded as the difference, retried if another change lands
 * between.
 */
export async function setCredit(em: SqlEntityManager, s: CreditSetting): Promise<CreditResult> {
  const idempotencyDigest = requestDigest('set', s.actor, s.reason, s.userId, s.targetMicros);
  return once(em, s.idempotencyKey, idempotencyDigest, async () => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const rows = await em
        .getConnection()
        .execute<{ credit_micros: string | number | bigint }[]>('select credit_micros from tb_users where id = ?', [
          s.userId,
        ]);
      if (rows.length === 0) throw new SwitchboardError('user-not-found', 'user not found');
      const current = BigInt(rows[0]!.credit_micros);
      if (current === s.targetMicros) return { beforeMicros: current, afterMicros: current, replayed: false };
      const change: LedgerWrite = {
        userId: s.userId,
        amountMicros: s.targetMicros - current,
        reason: s.reason,
        actor: s.actor,
        requestId: s.requestId,
        idempotencyKey: s.idempotencyKey,
        idempotencyDigest,
      };
      const done = await em.transactional((tx) => apply(tx, change, current));
      if (done) return done;
    }
    throw new SwitchboardError('command-failed', 'the credit kept changing; try again');
  });
}

/**
 * The identity of a request, for binding its idempotency key: what it does, who asks and the values that define it,
 * as ids and exact micro-units (so "1.5" and "1.50" are one request).
 */
function requestDigest(...parts: (string | number | bigint)[]): string {
  return createHash('sha256')
    .update(JSON.stringify(parts.map(String)))
    .digest('hex');
}

/** Answers an earlier change with the same key, or does the change once (a racing twin loses on the unique key). */
async function once<T extends CreditResult | undefined>(
  em: SqlEntityManager,
  key: string | undefined,
  digest: string,
  run: () => Promise<T>,
): Promise<CreditResult> {
  if (key) {
    const earlier = await replayOf(em, key, digest);
    if (earlier) return earlier;
  }
  try {
    return (await run())!;
  } catch (e) {
    if (key && isUniqueViolation(e)) {
      const earlier = await replayOf(em, key, digest);
      if (earlier) return earlier;
    }
    throw e;
  }
}

/**
 * The result of the change done earlier with this key; refused when that was a different request (or one recorded
 * before keys were bound to their request, which cannot be compared).
 */
async function replayOf(em: SqlEntityManager, key: string, digest: string): Promise<CreditResult | undefined> {
  const entry = await em.findOne(CreditEntry, { idempotencyKey: key }, { disableIdentityMap: true });
  if (!entry) return undefined;
  if (entry.idempotencyDigest !== digest)
    throw new SwitchboardError('invalid-parameter', `idempotencykey ${key} was already used for a different request`);
  return { beforeMicros: BigInt(entry.beforeMicros), afterMicros: BigInt(entry.afterMicros), replayed: true };
}

/** One ledger row to write: the change, and the digest its idempotency key is bound to. */
interface LedgerWrite extends CreditChange {
  idempotencyDigest?: string;
}

/**
 * Moves one balance and writes its ledger row, inside the caller's transaction. With expectedBefore the update only
 * happens while the balance is still that value (answers undefined otherwise).
 */
async function apply(tx: SqlEntityManager, change: LedgerWrite): Promise<CreditResult>;
async function apply(
  tx: SqlEntityManager,
  change: LedgerWrite,
  expectedBefore: bigint,
): Promise<CreditResult | undefined>;
async function apply(
  tx: SqlEntityManager,
  change: LedgerWrite,
  expectedBefore?: bigint,
): Promise<CreditResult | undefined> {
  // The balance stays within the money type's range (past it SQLite would read it back changed, or store a float).
  const conditions = ['credit_micros + ? between ? and ?'];
  const params: unknown[] = [
    change.amountMicros,
    new Date(),
    change.userId,
    change.amountMicros,
    -MAX_MICROS,
    MAX_MICROS,
  ];
  if (change.withinCreditLimit) {
    conditions.push('credit_micros + ? >= case when postpaid then -credit_limit_micros else 0 end');
    params.push(change.amountMicros);
  } else if (change.keepNonNegative) {
    conditions.push('credit_micros + ? >= 0');
    params.push(change.amountMicros);
  }
  if (expectedBefore !== undefined) {
    conditions.push('credit_micros = ?');
    params.push(expectedBefore);
  }
  const where = conditions.map((c) => ` and ${c}`).join('');
  const rows = await tx
    .getConnection()
    .execute<{ credit_micros: string | number | bigint }[]>(
      `update tb_users set credit_micros = credit_micros + ?, updated_at = ? where id = ?${where} returning credit_micros`,
      params,
      'all',
      tx.getTransactionContext(),
    );
  if (rows.length === 0) {
    const [current] = await tx
      .getConnection()
      .execute<{ credit_micros: string | number | bigint }[]>(
        'select credit_micros from tb_users where id = ?',
        [change.userId],
        'all',
        tx.getTransactionContext(),
      );
    if (!current) throw new SwitchboardError('user-not-found', 'user not found');
    if (!inMoneyRange(BigInt(current.credit_micros) + change.amountMicros))
      throw new SwitchboardError(
        'invalid-parameter',
        `invalid parameter: credit would take the balance out of range (at most ${MAX_AMOUNT} either side of zero)`,
        [{ param: 'credit', problem: 'would take the balance out of range' }],
      );
    if (expectedBefore !== undefined) return undefined;
    throw new SwitchboardError('insufficient-credit', 'insufficient credit');
  }
  const afterMicros = BigInt(rows[0]!.credit_micros);
  const beforeMicros = afterMicros - change.amountMicros;
  tx.create(CreditEntry, {
    userId: change.userId,
    amountMicros: change.amountMicros,
    beforeMicros,
    afterMicros,
    reason: change.reason,
    actor: change.actor,
    requestId: change.requestId,
    idempotencyKey: change.idempotencyKey ?? null,
    idempotencyDigest: change.idempotencyKey ? (change.idempotencyDigest ?? null) : null,
  });
  await tx.flush();
  return { beforeMicros, afterMicros, replayed: false };
}
