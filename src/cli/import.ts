/**
 * `switchboard import rates|cdrs|users|pins --config FILE …`: bulk loading from CSV files. Problems are printed one per line
 * with their line number ("deck.csv:12: rate is empty") and nothing is written; the exit code is 1. `--dry-run`
 * checks everything and says what would be done; a progress line goes to stderr on a terminal (or with --progress).
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Config } from '../platform/config.ts';
import { Accounts } from '../domain/accounts/accounts.ts';
import { UserCache } from '../domain/accounts/user-cache.ts';
import { readUsers, writeUsers } from '../domain/accounts/user-import.ts';
import { readPins } from '../domain/billing/pin-import.ts';
import { addVouchers } from '../domain/billing/recharge-pins.ts';
import { SecretBox } from '../platform/secret-box.ts';
import { CdrChanges } from '../domain/cdr/cdr-changes.ts';
import { importCdrs } from '../domain/cdr/cdr-import.ts';
import { csvFile, delimiterOption, type LineProblem } from '../domain/rating/csv.ts';
import { planRateDeck, readRateDeck, writeRateDeck } from '../domain/rating/rate-deck-import.ts';
import { RateDecks } from '../domain/rating/rate-decks.ts';
import { DEFAULT_TARIFF } from '../domain/rating/tariffs.ts';
import type { Database } from '../persistence/database.ts';
import { createSharedState } from '../platform/state/index.ts';
import { misused, onDatabase } from './database-command.ts';
import { countLines, Progress, rowsPerSecond } from './progress.ts';

export const IMPORT_USAGE = `  switchboard import rates --config FILE [--tariff NAME] [--currency C] [--replace] [COMMON] deck.csv
                                        load a rate deck (header prefix,destination,rate,connect_fee,initial_increment,increment);
                                        a missing tariff is created (default: "${DEFAULT_TARIFF}"); --replace drops the prefixes not in the file
  switchboard import cdrs --config FILE [--batch N] [COMMON] calls.csv
                                        bulk-load call records (header: caller,called,start and any of connect,end,duration,
                                        user,called_user,direction,cost,price,currency,disconnect_cause,callid,prefix,destination);
                                        a call already present (same callid and direction) is skipped, so importing a file
                                        again adds nothing; rows without a callid are always added
  switchboard import users --config FILE [COMMON] users.csv
                                        create users (header: username,password and any of credit,currency,name,email,phone,type),
                                        each checked as sign-up checks it (the password policy); all of them or none
  switchboard import pins --config FILE [COMMON] pins.csv
                                        load recharge PIN vouchers (header: pin,value and optionally currency, default USD);
                                        a PIN given twice or already loaded is a problem; all of them or none
  COMMON: --delimiter C (default ",", "tab" for a tab)  --dry-run (check and count, write nothing)
          --progress (the progress line on stderr even when it is not a terminal)`;

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
        delimiter: { type: 'string' },
        'dry-run': { type: 'boolean' },
        progress: { type: 'boolean' },
      },
    });
  } catch (e) {
    return usage((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return usage(`import ${what ?? ''}: name one CSV file`);
  const file = positionals[0]!;
  if (!existsSync(file)) return fail(`${file}: no such file`);
  const delimiter = delimiterOption(values.delimiter);
  if (delimiter === undefined) return usage('--delimiter: one character (not a quote or a line end), or "tab"');
  const run: ImportRun = {
    file,
    delimiter,
    dryRun: values['dry-run'] === true,
    progress: Progress.onStderr(values.progress === true),
    started: performance.now(),
  };
  return onDatabase(values.config, (db, config) => {
    if (what === 'rates') return importRates(db, config.redis, run, values);
    if (what === 'cdrs') return importCalls(db, config.redis, run, values.batch);
    if (what === 'users') return importUsers(db, config, run);
    if (what === 'pins') return importPins(db, config, run);
    return Promise.resolve(usage(`import: rates, cdrs, users or pins, not ${what ?? 'nothing'}`));
  });
}

/** What every import is given: the file, how to read it, and what to show. */
interface ImportRun {
  file: string;
  delimiter: string;
  dryRun: boolean;
  progress: Progress;
  started: number;
}

/** "in 4.1 s, 243902 rows/s": the end of every summary line. */
function took(run: ImportRun, rows: number): string {
  const seconds = (performance.now() - run.started) / 1000;
  return `in ${seconds.toFixed(1)} s, ${rowsPerSecond(rows, seconds)} rows/s`;
}

/** The progress line's first step: checking the file's rows (its header included), estimated from its lines. */
async function startChecking(run: ImportRun): Promise<void> {
  run.progress.step(`checking ${run.file}`, await countLines(run.file));
}

/** The progress line's step after checking (which it ends): writing rows (or looking them up, in a dry run). */
function startWriting(run: ImportRun, rows: number): void {
  run.progress.finish();
  run.progress.step(`${run.dryRun ? 'looking up' : 'writing'} ${run.file}`, rows);
}

async function importRates(
  db: Database,
  redis: { url: string; prefix?: string } | undefined,
  run: ImportRun,
  values: { tariff?: string; currency?: string; replace?: boolean },
): Promise<number> {
  const { file } = run;
  await startChecking(run);
  const deck = await readRateDeck(csvFile(file), { delimiter: run.delimiter, onRecord: () => run.progress.tick() });
  run.progress.finish();
  if (deck.problems.length) return problems(file, deck.problems, deck.moreProblems, 'no rate was loaded');
  const load = { tariff: values.tariff ?? DEFAULT_TARIFF, currency: values.currency, replace: values.replace };
  if (run.dryRun) {
    const plan = await planRateDeck(db.em(), { ...load, rows: deck.rows });
    console.log(
      `dry run: tariff ${plan.tariffName} (${plan.currency}${plan.tariffCreated ? ', would be created' : ''}): ${deck.rows.length} rates checked in ${file}; ${plan.added} would be added, ${plan.updated} changed${values.replace ? `, ${plan.removed} removed (--replace)` : ''}; ${plan.total} in the deck after; nothing written`,
    );
    return 0;
  }
  startWriting(run, deck.rows.length);
  const loaded = await writeRateDeck(db.em(), { ...load, rows: deck.rows, onWritten: (n) => run.progress.reached(n) });
  run.progress.finish();
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
    `tariff ${loaded.tariffName} (${loaded.currency}${loaded.tariffCreated ? ', created' : ''}): ${loaded.loaded} rates loaded from ${file}${values.replace ? ' (deck replaced)' : ''}; ${loaded.total} in the deck; ${took(run, loaded.loaded)}`,
  );
  return 0;
}

async function importCalls(
  db: Database,
  redis: { url: string; prefix?: string } | undefined,
  run: ImportRun,
  batchText: string | undefined,
): Promise<number> {
  const { file } = run;
  const batchSize = batchText === undefined ? undefined : Number(batchText);
  if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize >= 1 && batchSize <= 100_000))
    return usage('--batch: a whole number of rows from 1 to 100000');
  // Running servers sharing this Redis forget what they derived from the imported users' calls, batch by batch.
  const state = redis && !run.dryRun ? await createSharedState({ redis }) : undefined;
  let result;
  try {
    await startChecking(run);
    result = await importCdrs(db.em(), () => csvFile(file), {
      batchSize,
      delimiter: run.delimiter,
      dryRun: run.dryRun,
      changes: new CdrChanges(state),
      onRecord: () => run.progress.tick(),
      onChecked: (rows) => startWriting(run, rows),
      onBatch: (rows) => run.progress.reached(rows),
    });
    run.progress.finish();
  } finally {
    await state?.close();
  }
  if (result.problems.length)
    return problems(file, result.problems, result.moreProblems, 'no call record was imported');
  const present = result.present ? `; ${result.present} already present` : '';
  console.log(
    run.dryRun
      ? `dry run: ${result.checked} call records checked in ${file}; ${result.imported} would be imported${present}; nothing written`
      : `${result.imported} call records imported from ${file}${present}; ${took(run, result.checked)}`,
  );
  return 0;
}

async function importUsers(db: Database, config: Config, run: ImportRun): Promise<number> {
  const { file } = run;
  await startChecking(run);
  const read = await readUsers(db.em(), csvFile(file), {
    delimiter: run.delimiter,
    onRecord: () => run.progress.tick(),
    passwordPolicy: config.passwordPolicy,
  });
  run.progress.finish();
  if (read.problems.length) return problems(file, read.problems, read.moreProblems, 'no user was created');
  if (run.dryRun) {
    console.log(
      `dry run: ${read.users.length} users checked in ${file}; ${read.users.length} would be created; nothing written`,
    );
    return 0;
  }
  startWriting(run, read.users.length);
  const state = await createSharedState({ redis: config.redis });
  try {
    const accounts = new Accounts(
      new UserCache(state),
      new SecretBox(config.secretKey),
      config.limits.pinMinLength,
      config,
    );
    await writeUsers(accounts, db.em(), read.users, { name: 'import', requestId: `import-${process.pid}` }, (n) =>
      run.progress.reached(n),
    );
  } finally {
    await state.close();
  }
  run.progress.finish();
  console.log(`${read.users.length} users created from ${file}; ${took(run, read.users.length)}`);
  return 0;
}

async function importPins(db: Database, config: Config, run: ImportRun): Promise<number> {
  const { file } = run;
  // The table keeps each PIN's digest: the file is the operator's only copy of the PINs.
  const digests = new SecretBox(config.secretKey);
  await startChecking(run);
  const read = await readPins(db.em(), digests, csvFile(file), {
    delimiter: run.delimiter,
    onRecord: () => run.progress.tick(),
  });
  run.progress.finish();
  if (read.problems.length) return problems(file, read.problems, read.moreProblems, 'no PIN was loaded');
  if (run.dryRun) {
    console.log(
      `dry run: ${read.vouchers.length} PINs checked in ${file}; ${read.vouchers.length} would be loaded; nothing written`,
    );
    return 0;
  }
  startWriting(run, read.vouchers.length);
  await addVouchers(db.em(), digests, read.vouchers, (n) => run.progress.reached(n));
  run.progress.finish();
  console.log(`${read.vouchers.length} PINs loaded from ${file}; ${took(run, read.vouchers.length)}`);
  return 0;
}

function problems(file: string, list: LineProblem[], more: number, outcome: string): number {
  for (const p of list) console.error(`${file}:${p.line}: ${p.message}`);
  if (more) console.error(`… and ${more} more problems`);
  console.error(`switchboard: ${outcome}`);
  return 1;
}

function usage(problem: string): number {
  return misused(problem, IMPORT_USAGE);
}

function fail(message: string): number {
  console.error(`switchboard: ${message}`);
  return 1;
}
