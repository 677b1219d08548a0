/**
 * The rows of one PostgreSQL query read through a server-side cursor on a client of its own from the pool behind
 * MikroORM: one statement and one snapshot for the whole result, however long, in constant memory. Rows come as
 * arrays of the values' texts (NULL as null), in the query's column order, to be read without a row object or a
 * Date per row. The next batch is fetched while the caller works on this one (the database and Node then run side
 * by side) and no further: a caller that stops asking holds two batches at most. Ending the iteration early (a
 * client gone) closes the cursor, ends the transaction and returns the client to the pool. At most half the pool's
 * clients are held by cursors at once (Turns).
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { Pool, PoolClient } from 'pg';

export type TextRow = (string | null)[];

/** Every value as PostgreSQL sent it: the caller parses the few it needs. */
const AS_TEXT = { getTypeParser: () => (text: string) => text };

const CURSOR = 'sb_rows';

/**
 * Each open cursor holds a pooled client for as long as its export runs: at most half the pool's clients at once,
 * so that exports, however many are asked for, never leave the rest of the server waiting for the database. The
 * others wait their turn, holding nothing.
 */
class Turns {
  readonly #waiting: (() => void)[] = [];
  #free: number;

  constructor(size: number) {
    this.#free = size;
  }

  async take(): Promise<() => void> {
    if (this.#free > 0) this.#free--;
    else await new Promise<void>((resolve) => this.#waiting.push(resolve));
    let given = false;
    return () => {
      if (given) return;
      given = true;
      const next = this.#waiting.shift();
      if (next) next();
      else this.#free++;
    };
  }
}

const turnsOfPools = new WeakMap<Pool, Turns>();

function turnsOf(pool: Pool): Turns {
  let turns = turnsOfPools.get(pool);
  if (!turns) turnsOfPools.set(pool, (turns = new Turns(Math.max(1, Math.floor((pool.options.max ?? 10) / 2)))));
  return turns;
}

export async function* cursorRows(em: SqlEntityManager, sql: string, params: readonly unknown[], rowsPerFetch: number): AsyncGenerator<TextRow[]> {
  const pool = await (em.getConnection() as unknown as { getNativeClient(): Promise<Pool> }).getNativeClient();
  const giveBack = await turnsOf(pool).take();
  let client: PoolClient;
  try {
    client = await pool.connect();
  } catch (e) {
    giveBack();
    throw e;
  }
  let broken: Error | undefined;
  let inFlight: Promise<TextRow[]> | undefined;
  const fetch = (): Promise<TextRow[]> => {
    const batch = client.query<TextRow>({ text: `fetch ${rowsPerFetch} from ${CURSOR}`, rowMode: 'array', types: AS_TEXT }).then((r) => r.rows);
    // Read when its turn comes, or dropped with the iteration: never an unhandled rejection.
    batch.catch(() => {});
    return batch;
  };
  try {
    await client.query('begin read only');
    await client.query(`declare ${CURSOR} no scroll cursor for ${sql}`, params as unknown[]);
    inFlight = fetch();
    for (;;) {
      const rows: TextRow[] = await inFlight;
      inFlight = rows.length === rowsPerFetch ? fetch() : undefined;
      if (rows.length) yield rows;
      if (!inFlight) return;
    }
  } catch (e) {
    broken = e as Error;
    throw e;
  } finally {
    await settle(client, inFlight, broken).then(() => client.release(), (e: Error) => client.release(e));
    giveBack();
  }
}

/** Waits out the batch still coming, then ends the transaction (which closes the cursor); a failed query rolls back. */
async function settle(client: PoolClient, inFlight: Promise<unknown> | undefined, broken: Error | undefined): Promise<void> {
  await inFlight?.catch(() => {});
  await client.query(broken ? 'rollback' : 'commit');
}
