/**
 * Prepared better-sqlite3 statements kept per SQL text. The ORM's query builder (Kysely) prepares every query afresh:
 * preparing costs more than most of our queries do, and each prepared statement holds tens of kilobytes of native
 * memory that V8 does not count, so under load the unreused ones pile up between collections — measured at ~50 KB
 * a statement, a gigabyte for 20,000 queries. Kept, the statements run again and again are prepared once each.
 */

/** The part of a better-sqlite3 statement this needs. */
interface Statement {
  /** Iterating (a streamed export): it cannot run another query until it is done. */
  readonly busy: boolean;
}

interface Preparing {
  prepare(sql: string): Statement;
}

/** Distinct SQL texts kept; the least recently used goes first (IN lists of every length are distinct texts). */
const CAPACITY = 500;

const freshPrepare = new WeakMap<object, (sql: string) => Statement>();

/**
 * Makes db.prepare answer a kept statement for a SQL text it has seen, unless that one is busy. Values are bound
 * (bound-connection.ts), so a query's text is the same whatever its values; some texts still come once (an IN list
 * of an unusual length, a migration): a statement is kept from a text's second sighting on, and one-off texts
 * neither push out the kept ones nor hold their native memory.
 */
export function cacheStatements(db: Preparing, capacity = CAPACITY): void {
  const prepare = db.prepare.bind(db);
  freshPrepare.set(db, prepare);
  const kept = new Map<string, Statement>();
  const seen = new Set<string>();
  db.prepare = (sql: string) => {
    const held = kept.get(sql);
    if (held && !held.busy) {
      // Map order is insertion order: moving the entry to the end keeps the least recently used first.
      kept.delete(sql);
      kept.set(sql, held);
      return held;
    }
    const statement = prepare(sql);
    if (held) return statement;
    if (!seen.has(sql)) {
      seen.add(sql);
      if (seen.size > capacity * 4) seen.delete(seen.values().next().value!);
      return statement;
    }
    kept.set(sql, statement);
    if (kept.size > capacity) kept.delete(kept.keys().next().value!);
    return statement;
  };
}

/** A statement of its own, for a caller that changes its modes (safeIntegers, raw), which would stick to a kept one. */
export function prepareFresh<S>(db: { prepare(sql: string): S }, sql: string): S {
  const prepare = freshPrepare.get(db) as ((sql: string) => S) | undefined;
  return prepare ? prepare(sql) : db.prepare(sql);
}
