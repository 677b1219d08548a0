/**
 * Loading a rate deck from CSV (`switchboard import rates`): header `prefix,destination,rate,connect_fee,
 * initial_increment,increment` (prefix and rate required, the others default to '', 0, 60, 60). Every row is checked
 * first and every bad one reported by line; only a clean deck is written, in one transaction, so nothing partial is
 * ever committed. Rows replace the tariff's rates of the same prefix (all its rates with `replace`).
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import {
  amountCell,
  CsvLineError,
  type CsvOptions,
  type CsvRow,
  type CsvSource,
  FirstLines,
  type LineProblem,
  readCsvTable,
} from './csv.ts';
import { insertRows } from '../../persistence/bulk-insert.ts';
import { dialledDigits } from './prefix-index.ts';
import { bumpDeckVersion } from './rate-deck-version.ts';
import { ensureTariff, findTariff } from './tariffs.ts';

export const RATE_DECK_COLUMNS = [
  'prefix',
  'destination',
  'rate',
  'connect_fee',
  'initial_increment',
  'increment',
] as const;
const REQUIRED = ['prefix', 'rate'] as const;
const PREFIX = /^[0-9*#]{1,32}$/;
const MAX_INCREMENT = 86_400;
const UPSERT_RATES = {
  into: 'insert into rates (tariff_id, prefix, destination, rate_micros, connect_fee_micros, initial_increment, increment)',
  columns: 7,
  onConflict: `on conflict (tariff_id, prefix) do update set destination = excluded.destination, rate_micros = excluded.rate_micros,
    connect_fee_micros = excluded.connect_fee_micros, initial_increment = excluded.initial_increment, increment = excluded.increment`,
};

export interface DeckRow {
  line: number;
  prefix: string;
  destination: string;
  rateMicros: bigint;
  connectFeeMicros: bigint;
  initialIncrement: number;
  increment: number;
}

export interface DeckRead {
  /** Empty when there is any problem: then nothing is to be written. */
  rows: DeckRow[];
  /** The first MAX_REPORTED problems. */
  problems: LineProblem[];
  moreProblems: number;
}

/** Every row of a deck file, or the problems in it. */
export async function readRateDeck(source: CsvSource, options: CsvOptions = {}): Promise<DeckRead> {
  const prefixes = new FirstLines((prefix) => `prefix ${prefix}`);
  const { rows, problems } = await readCsvTable(
    source,
    { known: RATE_DECK_COLUMNS, required: REQUIRED },
    (row) => {
      const deckRow = readDeckRow(row);
      prefixes.claim(deckRow.prefix, row.line);
      return deckRow;
    },
    options,
  );
  if (!problems.list.length && !rows.length) problems.add({ line: 1, message: 'no rates in the file' });
  return { rows: problems.list.length ? [] : rows, problems: problems.list, moreProblems: problems.more };
}

function readDeckRow(row: CsvRow): DeckRow {
  const { line } = row;
  const prefix = dialledDigits(row.cell('prefix'));
  if (!PREFIX.test(prefix))
    throw new CsvLineError(line, `prefix ${JSON.stringify(row.cell('prefix'))}: 1 to 32 digits (and * #)`);
  const destination = row.cell('destination');
  if (destination.length > 128) throw new CsvLineError(line, 'destination: at most 128 characters');
  return {
    line,
    prefix,
    destination,
    rateMicros: amountCell(line, 'rate', row.cell('rate'), undefined),
    connectFeeMicros: amountCell(line, 'connect_fee', row.cell('connect_fee'), 0n),
    initialIncrement: seconds(line, 'initial_increment', row.cell('initial_increment'), 0),
    increment: seconds(line, 'increment', row.cell('increment'), 1),
  };
}

function seconds(line: number, name: string, text: string, min: number): number {
  if (text === '') return 60;
  if (!/^\d{1,6}$/.test(text) || Number(text) < min || Number(text) > MAX_INCREMENT) {
    throw new CsvLineError(line, `${name} ${JSON.stringify(text)}: whole seconds from ${min} to ${MAX_INCREMENT}`);
  }
  return Number(text);
}

export interface DeckLoad {
  tariff: string;
  currency?: string;
  /** The deck becomes exactly these rows (other prefixes of the tariff are removed). */
  replace?: boolean;
  rows: DeckRow[];
  /** Told of the rows written so far, after each statement. */
  onWritten?(rows: number): void;
}

export interface DeckLoaded {
  tariffId: number;
  tariffName: string;
  currency: string;
  tariffCreated: boolean;
  loaded: number;
  /** Rates of the tariff after the load. */
  total: number;
}

/** Writes a checked deck in one transaction, creating the tariff when missing and bumping its deck version. */
export async function writeRateDeck(em: SqlEntityManager, load: DeckLoad): Promise<DeckLoaded> {
  return em.transactional(async (tx) => {
    const { tariff, created } = await ensureTariff(tx, load.tariff, load.currency);
    const run = (sql: string, params: unknown[]) =>
      tx.getConnection().execute(sql, params, 'run', tx.getTransactionContext());
    if (load.replace) await run('delete from rates where tariff_id = ?', [tariff.id]);
    const values = function* () {
      for (const r of load.rows)
        yield [tariff.id, r.prefix, r.destination, r.rateMicros, r.connectFeeMicros, r.initialIncrement, r.increment];
    };
    await insertRows(tx, UPSERT_RATES, values(), load.onWritten);
    await bumpDeckVersion(tx, tariff.id);
    const [count] = await tx
      .getConnection()
      .execute<{ n: number | string }[]>(
        'select count(*) as n from rates where tariff_id = ?',
        [tariff.id],
        'all',
        tx.getTransactionContext(),
      );
    return {
      tariffId: tariff.id,
      tariffName: tariff.name,
      currency: tariff.currency,
      tariffCreated: created,
      loaded: load.rows.length,
      total: Number(count?.n ?? 0),
    };
  });
}

export interface DeckPlan {
  tariffName: string;
  currency: string;
  /** The tariff does not exist yet. */
  tariffCreated: boolean;
  /** Prefixes the tariff does not have yet. */
  added: number;
  /** Prefixes whose rate would be replaced. */
  updated: number;
  /** Prefixes --replace would drop (not in the file). */
  removed: number;
  /** Rates of the tariff after the load. */
  total: number;
}

/** What writeRateDeck would do with load, found by reading only (a dry run). */
export async function planRateDeck(em: SqlEntityManager, load: DeckLoad): Promise<DeckPlan> {
  const tariff = await findTariff(em, load.tariff, load.currency);
  const existing = new Set<string>();
  if (tariff) {
    const rows = await em
      .getConnection()
      .execute<{ prefix: string }[]>('select prefix from rates where tariff_id = ?', [tariff.id]);
    for (const r of rows) existing.add(r.prefix);
  }
  const updated = load.rows.reduce((n, r) => (existing.has(r.prefix) ? n + 1 : n), 0);
  const added = load.rows.length - updated;
  const removed = load.replace ? existing.size - updated : 0;
  return {
    tariffName: load.tariff,
    currency: tariff?.currency ?? load.currency?.toUpperCase() ?? 'USD',
    tariffCreated: !tariff,
    added,
    updated,
    removed,
    total: existing.size - removed + added,
  };
}
