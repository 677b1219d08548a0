/**
 * Every credit change goes through here: one database transaction that moves the balance atomically (the
 * UPDATE itself refuses to go below the floor, so parallel requests can never spend the same credit twice)
 * and writes the ledger row. An idempotency key makes a retried change happen once.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { CreditEntry } from '../../persistence/entities/credit-entry.ts';
import { SwitchboardError } from '../errors.ts';

export interface CreditChange {
  userId: number;
  amountMicros: bigint;
  reason: string;
  actor: string;
  requestId: string;
  idempotencyKey?: string;
  /** Refuse the change when the balance would fall below zero (prepaid spending). */
  keepNonNegative?: boolean;
}

export interface CreditResult {
  beforeMicros: bigint;
  afterMicros: bigint;
  /** The change was done by an earlier request with the same idempotency key; nothing changed now. */
  replayed: boolean;
}

export async function changeCredit(em: SqlEntityManager, change: CreditChange): Promise<CreditResult> {
  if (change.idempotencyKey) {
    const earlier = await findByKey(em, change.idempotencyKey);
    if (earlier) return earlier;
  }
  try {
    return await em.transactional(async (tx) => {
      const floor = change.keepNonNegative ? ' and credit_micros + ? >= 0' : '';
      const params = change.keepNonNegative
        ? [change.amountMicros, new Date(), change.userId, change.amountMicros]
        : [change.amountMicros, new Date(), change.userId];
      const rows = await tx.getConnection().execute<{ credit_micros: string | number | bigint }[]>(
        `update tb_users set credit_micros = credit_micros + ?, updated_at = ? where id = ?${floor} returning credit_micros`, params, 'all', tx.getTransactionContext(),
      );
      if (rows.length === 0) {
        const exists = await tx.getConnection().execute('select 1 from tb_users where id = ?', [change.userId], 'all', tx.getTransactionContext());
        throw exists.length
          ? new SwitchboardError('insufficient-credit', 'insufficient credit')
          : new SwitchboardError('user-not-found', 'user not found');
      }
      const afterMicros = BigInt(rows[0]!.credit_micros);
      const beforeMicros = afterMicros - change.amountMicros;
      tx.create(CreditEntry, {
        userId: change.userId, amountMicros: change.amountMicros, beforeMicros, afterMicros, reason: change.reason,
        actor: change.actor, requestId: change.requestId, idempotencyKey: change.idempotencyKey ?? null,
      });
      await tx.flush();
      return { beforeMicros, afterMicros, replayed: false };
    });
  } catch (e) {
    // Two requests with one key raced: the unique key let one through; the other answers its result.
    if (change.idempotencyKey && isUniqueViolation(e)) {
      const earlier = await findByKey(em, change.idempotencyKey);
      if (earlier) return earlier;
    }
    throw e;
  }
}

async function findByKey(em: SqlEntityManager, key: string): Promise<CreditResult | undefined> {
  const entry = await em.findOne(CreditEntry, { idempotencyKey: key }, { disableIdentityMap: true });
  return entry ? { beforeMicros: BigInt(entry.beforeMicros), afterMicros: BigInt(entry.afterMicros), replayed: true } : undefined;
}

function isUniqueViolation(e: unknown): boolean {
  const text = `${(e as { code?: string })?.code ?? ''} ${(e as Error)?.message ?? ''}`;
  return /UniqueConstraintViolation|SQLITE_CONSTRAINT_UNIQUE|23505|unique/i.test(`${(e as Error)?.name ?? ''} ${text}`);
}
