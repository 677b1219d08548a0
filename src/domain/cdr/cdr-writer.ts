/** Writing CDRs in bulk (the importer, gencdr): multi-row parameterised INSERTs inside the caller's transaction. */
import type { SqlEntityManager } from '@mikro-orm/sql';
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

const COLUMNS =
  'user_id, called_user_id, caller, called, direction, started_at, connected_at, ended_at, duration, cost_micros, price_micros, currency, disconnect_cause, sip_call_id, prefix, destination';
const PLACEHOLDERS = `(${Array.from({ length: 16 }, () => '?').join(', ')})`;
/** 16 parameters a row: 8,000 a statement, well under SQLite's and PostgreSQL's limits. */
const ROWS_PER_STATEMENT = 500;

/** Inserts rows with em's transaction (if any). */
export async function insertCdrs(em: SqlEntityManager, rows: readonly NewCdr[]): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    const params = chunk.flatMap((r) => [
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
    ]);
    await em
      .getConnection()
      .execute(
        `insert into tb_cdrs (${COLUMNS}) values ${chunk.map(() => PLACEHOLDERS).join(', ')}`,
        params,
        'run',
        em.getTransactionContext(),
      );
  }
}

/** Inserts rows in one transaction of their own, then tells of the change of their users' calls. */
export async function recordCdrs(em: SqlEntityManager, changes: CdrChanges, rows: readonly NewCdr[]): Promise<void> {
  await em.transactional((tx) => insertCdrs(tx, rows));
  await changes.changed(usersOf(rows));
}
