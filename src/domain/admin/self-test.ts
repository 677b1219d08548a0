/**
 * unittest's built-in tests (001/002 Various operations): each subsystem checked against itself, and a load test of
 * parallel database round trips. A failure is part of the report, not an error of the command.
 */
import { randomBytes } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { GlobalOption } from '../../persistence/entities/global-option.ts';
import type { Database } from '../../persistence/database.ts';
import type { SharedState } from '../../platform/state/shared-state.ts';
import { runSql } from './sql-runner.ts';
import { placeholder } from './native-sql.ts';

export type TestType = 'all' | 'database' | 'state' | 'sql' | 'load';

export interface SelfTestTarget {
  db: Database;
  state: SharedState;
}

export interface TestLine {
  name: string;
  ok: boolean;
  detail: string;
}

/**
 * The self tests of one running server (Services.selfTest): it keeps the one subscription its state test listens on.
 */
export class SelfTest {
  readonly #target: SelfTestTarget;
  /** Listeners of the self-test channel, by token; subscribed once (the SharedState contract has no unsubscribe). */
  #waiting: Promise<Map<string, () => void>> | undefined;

  constructor(target: SelfTestTarget) {
    this.#target = target;
  }

  async run(type: TestType, load: { threads: number; seconds?: number }): Promise<TestLine[]> {
    const { db, state } = this.#target;
    const lines: TestLine[] = [];
    const tests: [string, () => Promise<string>][] = [
      ['database', () => database(db)],
      ['state', () => this.#state(state)],
      ['sql', () => sql(db)],
    ];
    for (const [name, run] of tests) if (type === 'all' || type === name) lines.push(await timed(name, run));
    if (type === 'load' || (type === 'all' && load.seconds))
      lines.push(await timed('load', () => loadTest(db, load.threads, load.seconds ?? 1)));
    return lines;
  }

  async #state(s: SharedState): Promise<string> {
    const token = randomBytes(6).toString('hex');
    const key = `selftest:${token}`;
    if ((await s.hit(key, 10_000)) !== 1 || (await s.hit(key, 10_000)) !== 2)
      throw new Error('the shared counter did not count');
    await s.reset(key);
    const mine = await (this.#waiting ??= subscribed(s).catch((e: unknown) => {
      this.#waiting = undefined;
      throw e;
    }));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        mine.delete(token);
        reject(new Error('a published message did not arrive'));
      }, 2_000);
      mine.set(token, () => {
        clearTimeout(timer);
        mine.delete(token);
        resolve();
      });
      s.publish('selftest', token).catch(reject);
    });
    return 'counter, publish and subscribe';
  }
}

async function subscribed(s: SharedState): Promise<Map<string, () => void>> {
  const listeners = new Map<string, () => void>();
  await s.subscribe('selftest', (m) => listeners.get(m)?.());
  return listeners;
}

async function timed(name: string, run: () => Promise<string>): Promise<TestLine> {
  const started = performance.now();
  try {
    const detail = await run();
    return { name, ok: true, detail: `${detail}${detail ? ', ' : ''}${(performance.now() - started).toFixed(1)} ms` };
  } catch (e) {
    return { name, ok: false, detail: (e as Error).message.split('\n')[0] ?? 'failed' };
  }
}

/** A write read back inside a transaction that is then rolled back: the table is left as it was. */
async function database(db: Database): Promise<string> {
  const name = `selftest-${randomBytes(6).toString('hex')}`;
  const em: SqlEntityManager = db.em();
  const rollback = new Error('rollback');
  await em
    .transactional(async (tx) => {
      await tx.insert(GlobalOption, { name, value: 'written', updatedAt: new Date() });
      const back = await tx.findOne(GlobalOption, { name }, { disableIdentityMap: true });
      if (back?.value !== 'written') throw new Error('a row written was not read back');
      throw rollback;
    })
    .catch((e: unknown) => {
      if (e !== rollback) throw e;
    });
  if (await db.em().count(GlobalOption, { name })) throw new Error('a rolled-back row stayed');
  return 'write, read back, rollback';
}

async function sql(db: Database): Promise<string> {
  const value = "it's 'quoted'; --";
  const result = await runSql(db, `select ${placeholder(db.engine, 1)} as v`, [value]);
  if (result.kind !== 'rows' || result.rows[0]?.v !== value)
    throw new Error('a bound parameter did not come back unchanged');
  return 'bound parameter';
}

async function loadTest(db: Database, threads: number, seconds: number): Promise<string> {
  const until = Date.now() + seconds * 1000;
  let trips = 0;
  await Promise.all(
    Array.from({ length: threads }, async () => {
      const em = db.em();
      while (Date.now() < until) {
        await em.getConnection().execute('select 1');
        trips++;
      }
    }),
  );
  return `${trips} database round trips by ${threads} worker(s) in ${seconds} s (${Math.round(trips / seconds)}/s)`;
}
