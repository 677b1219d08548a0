// Re-billing batch by batch: a batch that fails leaves its calls and balances as they were while the batches before
// it stay done, and a re-run finishes the rest; two runs at once correct every call exactly once. SQLite and
// PostgreSQL.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CdrChanges } from '../../../src/domain/cdr/cdr-changes.ts';
import { insertCdrs, type NewCdr } from '../../../src/domain/cdr/cdr-writer.ts';
import { rebillCdrs, type RebillOptions } from '../../../src/domain/cdr/rebill.ts';
import { seededRandom } from '../../../src/domain/cdr/test-cdrs.ts';
import { SwitchboardError } from '../../../src/platform/errors.ts';
import { writeRateDeck, type DeckRow } from '../../../src/domain/rating/rate-deck-import.ts';
import { RateDecks } from '../../../src/domain/rating/rate-decks.ts';
import type { Database } from '../../../src/persistence/database.ts';
import { User } from '../../../src/persistence/entities/user.ts';
import { MemoryState } from '../../../src/platform/state/memory.ts';
import { testEngines, migratedDatabase, type MigratedDatabase } from '../../support/databases.ts';

const engines = await testEngines('the rebill batch tests on PostgreSQL');

const rate = (
  prefix: string,
  rateMicros: bigint,
  initialIncrement: number,
  increment: number,
  connectFeeMicros = 0n,
): DeckRow => ({ line: 0, prefix, destination: '', rateMicros, connectFeeMicros, initialIncrement, increment });
/** 44 at 0.02 a minute in 30/6 with a 0.01 connect fee, then at 0.012 a minute per second. */
const _OLD = [rate('44', 20_000n, 30, 6, 10_000n)];
const NEW = [rate('44', 12_000n, 1, 1)];

describe.each(engines.map((open) => [open]))('rebill batches (%#)', (open) => {
  let fixture: MigratedDatabase | undefined;
  let db: Database;
  let alma: number;
  let bert: number;
  let invalidated: number[];
  const sql = <T>(text: string, params: unknown[] = []) => db.em().getConnection().execute<T[]>(text, params);
  const options = (extra: Partial<RebillOptions> = {}): RebillOptions => ({
    window: { from: new Date(Date.now() - 86_400_000) },
    dryRun: false,
    actor: 'test',
    requestId: 'req-1',
    batchSize: 2,
    cache: {
      invalidate: async (id) => {
        invalidated.push(id);
      },
    },
    changes: new CdrChanges(),
    ...extra,
  });
  const decks = () => new RateDecks({ em: () => db.em(), state: new MemoryState() });
  const out = (userId: number, duration: number, costMicros: bigint): NewCdr => {
    const startedAt = new Date(Date.now() - 3_600_000);
    return {
      userId,
      calledUserId: null,
      caller: 'x',
      called: '447911123456',
      direction: 'out',
      startedAt,
      connectedAt: startedAt,
      endedAt: new Date(startedAt.getTime() + duration * 1000),
      duration,
      costMicros,
      priceMicros: 0n,
      currency: 'USD',
      disconnectCause: 16,
      sipCallId: '',
      prefix: '44',
      destination: '',
    };
  };
  const costs = async () =>
    (await sql<{ cost: string }>('select cast(cost_micros as text) as cost from tb_cdrs order by id')).map((r) =>
      BigInt(r.cost),
    );
  const balance = async (id: number) =>
    BigInt(
      (await sql<{ c: string }>('select cast(credit_micros as text) as c from tb_users where id = ?', [id]))[0]!.c,
    );
  const ledgerOf = async (id: number) =>
    (
      await sql<{ a: string }>(
        "select cast(amount_micros as text) as a from credit_ledger where reason = 'rebill' and user_id = ? order by id",
        [id],
      )
    ).map((r) => BigInt(r.a));

  beforeAll(async () => {
    fixture = await migratedDatabase(open);
    db = fixture.db;
    const em = db.em();
    const users = ['alma', 'bert'].map((username) => em.create(User, { username, passwordSealed: 'x' }));
    await em.flush();
    [alma, bert] = users.map((u) => u.id) as [number, number];
  });
  afterAll(() => fixture?.stop());
  beforeEach(async () => {
    invalidated = [];
    await sql('delete from tb_cdrs');
    await sql('delete from credit_ledger');
    await sql('update tb_users set credit_micros = 0');
    await writeRateDeck(db.em(), { tariff: 'default', replace: true, rows: NEW });
  });

  it('a failing batch changes none of its calls nor balances; the batches before it stay done; a re-run finishes', async () => {
    // 95 s on OLD bills 96 s: 0.032 + 0.01 = 0.042; on NEW 0.019. bert's 60 s: 0.03 on OLD, 0.012 on NEW.
    const calls = [
      out(alma, 95, 42_000n),
      out(alma, 95, 42_000n),
      out(bert, 60, 30_000n),
      out(alma, 95, 42_000n),
      out(alma, 95, 42_000n),
    ];
    await db.em().transactional((tx) => insertCdrs(tx, calls));
    await refuseLedgerRowsOf(bert);
    let failure: unknown;
    try {
      await rebillCdrs(db.em(), decks(), options());
    } catch (e) {
      failure = e;
    } finally {
      await allowLedgerRows();
    }
    expect(failure).toBeInstanceOf(SwitchboardError);
    expect((failure as SwitchboardError).code).toBe('command-failed');
    expect((failure as SwitchboardError).message).toMatch(/after 2 records re-rated/);
    // Batch 1 (alma, alma) done; batch 2 (bert, alma) undone as a whole, alma's call included; batch 3 never ran.
    expect(await costs()).toEqual([19_000n, 19_000n, 30_000n, 42_000n, 42_000n]);
    expect(await ledgerOf(alma)).toEqual([46_000n]);
    expect(await balance(alma)).toBe(46_000n);
    expect(await ledgerOf(bert)).toEqual([]);
    expect(await balance(bert)).toBe(0n);
    expect(invalidated).toEqual([alma]);

    const rest = await rebillCdrs(db.em(), decks(), options());
    expect({ ...rest, creditMicros: Object.fromEntries(rest.creditMicros) }).toEqual({
      examined: 5,
      rerated: 3,
      unchanged: 2,
      unrated: 0,
      skipped: 0,
      users: 2,
      creditMicros: { USD: 64_000n },
    });
    expect(await costs()).toEqual([19_000n, 19_000n, 12_000n, 19_000n, 19_000n]);
    expect(await balance(alma)).toBe(92_000n);
    expect(await balance(bert)).toBe(18_000n);
  });

  it('two runs at once correct every call exactly once', async () => {
    const random = seededRandom(11);
    const calls: NewCdr[] = [];
    const owed = new Map<number, bigint>([
      [alma, 0n],
      [bert, 0n],
    ]);
    for (let i = 0; i < 300; i++) {
      const userId = i % 3 === 0 ? bert : alma;
      const duration = 1 + Math.floor(random() * 600);
      const billed = duration <= 30 ? 30 : 30 + Math.ceil((duration - 30) / 6) * 6;
      const oldCost = 10_000n + (20_000n * BigInt(billed) + 59n) / 60n;
      const newCost = (12_000n * BigInt(duration) + 59n) / 60n;
      owed.set(userId, owed.get(userId)! + oldCost - newCost);
      calls.push(out(userId, duration, oldCost));
    }
    await db.em().transactional((tx) => insertCdrs(tx, calls));
    const runs = await Promise.all([
      rebillCdrs(db.em(), decks(), options({ batchSize: 7 })),
      rebillCdrs(db.em(), decks(), options({ batchSize: 7 })),
    ]);
    expect(runs[0]!.rerated + runs[1]!.rerated).toBe(300);
    for (const [userId, amount] of owed) {
      expect((await ledgerOf(userId)).reduce((sum, a) => sum + a, 0n)).toBe(amount);
      expect(await balance(userId)).toBe(amount);
    }
  });

  /** A trigger refusing ledger rows of one user: a failure in the middle of a batch. */
  async function refuseLedgerRowsOf(userId: number): Promise<void> {
    if (db.engine === 'sqlite') {
      await sql(
        `create trigger rebill_refuse before insert on credit_ledger when new.user_id = ${Number(userId)} begin select raise(abort, 'ledger refused'); end`,
      );
    } else {
      await sql(
        `create function rebill_refuse() returns trigger language plpgsql as $$ begin if new.user_id = ${Number(userId)} then raise exception 'ledger refused'; end if; return new; end $$`,
      );
      await sql(
        'create trigger rebill_refuse before insert on credit_ledger for each row execute function rebill_refuse()',
      );
    }
  }

  async function allowLedgerRows(): Promise<void> {
    await sql(db.engine === 'sqlite' ? 'drop trigger rebill_refuse' : 'drop trigger rebill_refuse on credit_ledger');
    if (db.engine !== 'sqlite') await sql('drop function rebill_refuse()');
  }
});
