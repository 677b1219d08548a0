/**
 * Re-billing (Mizu `rebill`, 002 Admin — Reset, name only): the outgoing, connected CDRs of a period re-rated with
 * each user's current deck, and the difference given back to (or taken from) the user through the credit ledger.
 * Batch by batch, each in one transaction holding both the CDR updates and their credit corrections; a CDR is only
 * updated while it still has the cost it was rated from, so a second run — or one racing it — never corrects twice.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { changeCredit } from '../billing/credit-ledger.ts';
import { SwitchboardError } from '../../platform/errors.ts';
import { callCostMicros } from '../rating/call-cost.ts';
import { dialledDigits } from '../rating/prefix-index.ts';
import type { RateDeck, RateDecks } from '../rating/rate-decks.ts';
import { DEFAULT_TARIFF } from '../rating/tariffs.ts';
import type { CdrChanges } from './cdr-changes.ts';
import type { TimeWindow } from './cdr-filter.ts';

export const REBILL_REASON = 'rebill';
const BATCH_SIZE = 500;

export interface RebillOptions {
  window: TimeWindow;
  /** Only the calls billed to this user; undefined: every user's. */
  userId?: number;
  dryRun: boolean;
  actor: string;
  requestId: string;
  /** Users whose credit changed are forgotten by it once their batch commits. */
  cache: { invalidate(id: number): Promise<void> };
  /** Told of the users whose calls were re-rated, once their batch commits. */
  changes: CdrChanges;
  batchSize?: number;
}

export interface RebillResult {
  examined: number;
  rerated: number;
  unchanged: number;
  unrated: number;
  skipped: number;
  /** Users whose credit changed (would change, dry). */
  users: number;
  /** Per currency: old cost minus new cost of the re-rated calls (positive: given back). */
  creditMicros: Map<string, bigint>;
}

interface CdrRow {
  id: number | string;
  called: string;
  duration: number | string;
  cost: string;
  currency: string;
  uid: number | string | null;
  user_currency: string | null;
  tariff_id: number | string | null;
  version: number | string | null;
}

/** One CDR to re-rate: its new figures, and the cost it must still have for the change to apply. */
interface Rerate {
  id: number;
  userId: number;
  currency: string;
  oldMicros: bigint;
  newMicros: bigint;
  prefix: string;
  destination: string;
}

export async function rebillCdrs(
  em: SqlEntityManager,
  decks: RateDecks,
  options: RebillOptions,
): Promise<RebillResult> {
  const result: RebillResult = {
    examined: 0,
    rerated: 0,
    unchanged: 0,
    unrated: 0,
    skipped: 0,
    users: 0,
    creditMicros: new Map(),
  };
  const corrected = new Set<number>();
  const batchSize = options.batchSize ?? BATCH_SIZE;
  const defaultTariff = await defaultTariffId(em);
  let after = 0;
  for (;;) {
    const rows = await readBatch(em, options, defaultTariff, after, batchSize);
    if (rows.length === 0) break;
    after = Number(rows[rows.length - 1]!.id);
    result.examined += rows.length;
    const rerates: Rerate[] = [];
    for (const row of rows) {
      const outcome = await rerate(decks, row);
      if (typeof outcome === 'string') result[outcome]++;
      else rerates.push(outcome);
    }
    if (rerates.length === 0) continue;
    const applied = options.dryRun ? rerates : await applyBatch(em, rerates, options, result);
    result.rerated += applied.length;
    result.skipped += rerates.length - applied.length;
    for (const r of applied) {
      result.creditMicros.set(r.currency, (result.creditMicros.get(r.currency) ?? 0n) + r.oldMicros - r.newMicros);
      corrected.add(r.userId);
    }
  }
  result.users = corrected.size;
  return result;
}

async function defaultTariffId(em: SqlEntityManager): Promise<number | null> {
  const rows = await em
    .getConnection()
    .execute<{ id: number | string }[]>('select id from tariffs where name = ?', [DEFAULT_TARIFF]);
  return rows[0] ? Number(rows[0].id) : null;
}

/** The next CDRs after id `after`, with their user's currency, current tariff (own or default) and its deck version. */
async function readBatch(
  em: SqlEntityManager,
  options: RebillOptions,
  defaultTariff: number | null,
  after: number,
  limit: number,
): Promise<CdrRow[]> {
  const terms = ["c.direction = 'out'", 'c.connected_at is not null', 'c.user_id is not null', 'c.id > ?'];
  const params: unknown[] = [defaultTariff, defaultTariff, after];
  if (options.userId !== undefined) {
    terms.push('c.user_id = ?');
    params.push(options.userId);
  }
  if (options.window.from) {
    terms.push('c.started_at >= ?');
    params.push(options.window.from);
  }
  if (options.window.to) {
    terms.push('c.started_at < ?');
    params.push(options.window.to);
  }
  params.push(limit);
  return em.getConnection().execute<CdrRow[]>(
    `select c.id, c.called, c.duration, cast(c.cost_micros as text) as cost, c.currency, u.id as uid, u.currency as user_currency,
       coalesce(u.tariff_id, ?) as tariff_id, v.version
     from tb_cdrs c
     left join tb_users u on u.id = c.user_id
     left join rate_deck_versions v on v.tariff_id = coalesce(u.tariff_id, ?)
     where ${terms.join(' and ')}
     order by c.id limit ?`,
    params,
  );
}

/** The new figures of one CDR, or which count it falls in when it is not to change. */
async function rerate(decks: RateDecks, row: CdrRow): Promise<Rerate | 'unchanged' | 'unrated' | 'skipped'> {
  if (row.uid === null) return 'skipped';
  const deck: RateDeck | undefined =
    row.tariff_id === null ? undefined : await decks.deck(Number(row.tariff_id), Number(row.version ?? 0));
  const hit = deck?.index.longestPrefix(dialledDigits(row.called));
  if (!deck || !hit) return 'unrated';
  if (deck.currency !== row.currency || row.user_currency !== row.currency) return 'skipped';
  const oldMicros = BigInt(row.cost);
  const newMicros = callCostMicros(hit.value, Number(row.duration), true);
  if (newMicros === oldMicros) return 'unchanged';
  return {
    id: Number(row.id),
    userId: Number(row.uid),
    currency: row.currency,
    oldMicros,
    newMicros,
    prefix: hit.prefix,
    destination: hit.value.destination,
  };
}

/**
 * One transaction: the CDRs still at their old cost take the new one, and each of their users' credit moves by the
 * sum of the differences (users in id order, as transfers lock them). Answers the CDRs re-rated.
 */
async function applyBatch(
  em: SqlEntityManager,
  rerates: Rerate[],
  options: RebillOptions,
  done: RebillResult,
): Promise<Rerate[]> {
  let applied: Rerate[];
  try {
    applied = await em.transactional(async (tx) => {
      const updated = await updateCosts(tx, rerates);
      const mine = rerates.filter((r) => updated.has(r.id));
      const perUser = new Map<number, bigint>();
      for (const r of mine) perUser.set(r.userId, (perUser.get(r.userId) ?? 0n) + r.oldMicros - r.newMicros);
      for (const userId of [...perUser.keys()].sort((a, b) => a - b)) {
        const amountMicros = perUser.get(userId)!;
        if (amountMicros !== 0n)
          await changeCredit(tx, {
            userId,
            amountMicros,
            reason: REBILL_REASON,
            actor: options.actor,
            requestId: options.requestId,
          });
      }
      return mine;
    });
  } catch (e) {
    const cause = e instanceof SwitchboardError ? e.message : (e as Error).message.split('\n')[0];
    throw new SwitchboardError(
      'command-failed',
      `re-billing stopped after ${done.rerated} records re-rated (those stay done; run it again to finish): ${cause}`,
    );
  }
  const users = new Set(applied.map((r) => r.userId));
  for (const userId of users) await options.cache.invalidate(userId);
  await options.changes.changed(users);
  return applied;
}

/** Sets cost, prefix and destination of the CDRs still at their old cost, in one statement; answers their ids. */
async function updateCosts(tx: SqlEntityManager, rerates: Rerate[]): Promise<Set<number>> {
  // Typed casts: PostgreSQL reads bare parameters in VALUES as text. VALUES columns are column1… on both engines.
  const row =
    '(cast(? as bigint), cast(? as bigint), cast(? as bigint), cast(? as varchar(32)), cast(? as varchar(128)))';
  const rows = await tx.getConnection().execute<{ id: number | string }[]>(
    `update tb_cdrs set cost_micros = v.column3, prefix = v.column4, destination = v.column5
     from (values ${rerates.map(() => row).join(', ')}) as v
     where tb_cdrs.id = v.column1 and tb_cdrs.cost_micros = v.column2
     returning tb_cdrs.id`,
    rerates.flatMap((r) => [r.id, r.oldMicros, r.newMicros, r.prefix, r.destination]),
    'all',
    tx.getTransactionContext(),
  );
  return new Set(rows.map((r) => Number(r.id)));
}
