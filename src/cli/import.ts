/**
 * `switchboard import rates|cdrs --config FILE …`: bulk loading from CSV files. Problems are printed one per line
 * with their line number ("deck.csv:12: rate is empty") and nothing is written; the exit code is 1.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../platform/config.ts';
import { CdrChanges } from '../domain/cdr/cdr-changes.ts';
import { importCdrs } from '../domain/cdr/cdr-import.ts';
import { SwitchboardError } from '../platform/errors.ts';
import { fileLines, type LineProblem } from '../domain/rating/csv.ts';
import { readRateDeck, writeRateDeck } from '../domain/rating/rate-deck-import.ts';
import { RateDecks } from '../domain/rating/rate-decks.ts';
import { DEFAULT_TARIFF } from '../domain/rating/tariffs.ts';
import { DatabaseError, openDatabase, type Database } from '../persistence/database.ts';
import { createSharedState } from '../platform/state/index.ts';

export const IMPORT_USAGE = `  switchboard import rates --config FILE [--tariff NAME] [--currency C] [--replace] deck.csv
                                        load a rate deck (header prefix,destination,rate,connect_fee,initial_increment,increment);
                                        a missing tariff is created (default: "${DEFAULT_TARIFF}"); --replace drops the prefixes not in the file
  switchboard import cdrs --config FILE [--batch N] calls.csv
                                        bulk-load call records (header: caller,called,start and any of connect,end,duration,
                                        user,called_user,direction,cost,price,currency,disconnect_cause,callid,prefix,destination)`;

export async function runImport(args: string[]): Promise<number> {
  const [what, ...rest] = args;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: 'string' },
        tariff: { type: 'string' },
        currency: { type: 'string' },
        replace: { type: 'boolean' },
        batch: { type: 'string' },
      },
    });
  } catch (e) {
    return usage((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return usage(`import ${what ?? ''}: name one CSV file`);
  const file = positionals[0]!;
  if (!existsSync(file)) return fail(`${file}: no such file`);
  try {
    const config = loadConfig(values.config);
    const db = await openDatabase(config.database);
    try {
      await db.migrate();
      if (what === 'rates') return await importRates(db, config.redis, file, values);
      if (what === 'cdrs') return await importCalls(db, config.redis, file, values.batch);
      return usage(`import: rates or cdrs, not ${what ?? 'nothing'}`);
    } finally {
      await db.close();
    }
  } catch (e) {
    if (e instanceof ConfigError || e instanceof DatabaseError || e instanceof SwitchboardError) return fail(e.message);
    return fail((e as Error)?.stack ?? String(e));
  }
}

async function importRates(
  db: Database,
  redis: { url: string; prefix?: string } | undefined,
  file: string,
  values: { tariff?: string; currency?: string; replace?: boolean },
): Promise<number> {
  const deck = await readRateDeck(fileLines(file));
  if (deck.problems.length) return problems(file, deck.problems, deck.moreProblems, 'no rate was loaded');
  const loaded = await writeRateDeck(db.em(), {
    tariff: values.tariff ?? DEFAULT_TARIFF,
    currency: values.currency,
    replace: values.replace,
    rows: deck.rows,
  });
  // Running servers sharing this Redis rebuild the deck now; any other process notices the new deck version at its next
  // rating.
  if (redis) {
    const state = await createSharedState({ redis });
    try {
      await new RateDecks({ em: () => db.em(), state }).publishChange(loaded.tariffId);
    } finally {
      await state.close();
    }
  }
  console.log(
    `tariff ${loaded.tariffName} (${loaded.currency}${loaded.tariffCreated ? ', created' : ''}): ${loaded.loaded} rates loaded from ${file}${values.replace ? ' (deck replaced)' : ''}; ${loaded.total} in the deck`,
  );
  return 0;
}

async function importCalls(
  db: Database,
  redis: { url: string; prefix?: string } | undefined,
  file: string,
  batchText: string | undefined,
): Promise<number> {
  const batchSize = batchText === undefined ? undefined : Number(batchText);
  if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize >= 1 && batchSize <= 100_000))
    return usage('--batch: a whole number of rows from 1 to 100000');
  const started = performance.now();
  // Running servers sharing this Redis forget what they derived from the imported users' calls, batch by batch.
  const state = redis ? await createSharedState({ redis }) : undefined;
  let result;
  try {
    result = await importCdrs(db.em(), () => fileLines(file), { batchSize, changes: new CdrChanges(state) });
  } finally {
    await state?.close();
  }
  if (result.problems.length)
    return problems(file, result.problems, result.moreProblems, 'no call record was imported');
  console.log(
    `${result.imported} call records imported from ${file} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return 0;
}

function problems(file: string, list: LineProblem[], more: number, outcome: string): number {
  for (const p of list) console.error(`${file}:${p.line}: ${p.message}`);
  if (more) console.error(`… and ${more} more problems`);
  console.error(`switchboard: ${outcome}`);
  return 1;
}

function usage(problem: string): number {
  console.error(`switchboard: ${problem}\nusage:\n${IMPORT_USAGE}`);
  return 2;
}

function fail(message: string): number {
  console.error(`switchboard: ${message}`);
  return 1;
}
