/** Writing CDRs in bulk (the importer, gencdr): multi-row INSERTs with bound parameters inside the caller's transaction. */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { insertRows } from '../../persistence/bulk-insert.ts';
import { usersOf, type CdrChanges } from './cdr-changes.ts';

export interface NewCdr {
  userId: number | null;
  calledUserId: number | null;
  caller: string;
  called: string;
  direction: 'in' | 'out';
  startedAt: Date;
  connectedAt: Date | null;
  endedAt: Date;
  duration: number;
  costMicros: bigint;
  priceMicros: bigint;
  currency: string;
  disconnectCause: number;
  sipCallId: string;
  prefix: string;
  destination: string;
}

/**
 * A call already recorded (the same sip_call_id and direction, the unique index tb_cdrs_call_leg) is skipped, so that
 * importing a file again adds nothing; calls without a Call-ID are always added.
 */
const INSERT_CDRS = {
  into: 'insert into tb_cdrs (user_id, called_user_id, caller, called, direction, started_at, connected_at, ended_at, duration, cost_micros, price_micros, currency, disconnect_cause, sip_call_id, prefix, destination)',
  columns: 16,
  onConflict: 'on conflict do nothing',
};

/** Inserts rows with em's transaction (if any); answers how many were new (the others were already recorded). */
export async function insertCdrs(em: SqlEntityManager, rows: readonly NewCdr[]): Promise<number> {
  return insertRows(
    em,
    INSERT_CDRS,
    rows.map((r) => [
      r.userId,
      r.calledUserId,
      r.caller,
      r.called,
      r.direction,
      r.startedAt,
      r.connectedAt,
      r.endedAt,
      r.duration,
      r.costMicros,
      r.priceMicros,
      r.currency,
      r.disconnectCause,
      r.sipCallId,
      r.prefix,
      r.destination,
    ]),
  );
}

/**
 * Inserts rows in one transaction of their own, then tells of the change of their users' calls; answers how many were
 * new.
 */
export async function recordCdrs(em: SqlEntityManager, changes: CdrChanges, rows: readonly NewCdr[]): Promise<number> {
  const inserted = await em.transactional((tx) => insertCdrs(tx, rows));
  await changes.changed(usersOf(rows));
  return inserted;
}
