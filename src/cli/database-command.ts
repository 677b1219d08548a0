/**
 * What the operator commands on the database (pins, numbers, bans) share: the database of a config file, and
 * one-line errors.
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from '../platform/config.ts';
import { SwitchboardError } from '../platform/errors.ts';
import { DatabaseError, openDatabase, type Database } from '../persistence/database.ts';
import { giveMigrationsSecretKey } from '../persistence/migrations/pin-digests.ts';

/**
 * Opens the config's database with its schema up to date, runs work, closes it; an operator's problem is one line and
 * exit 1.
 */
export async function onDatabase(
  configFile: string | undefined,
  work: (db: Database, config: Config) => Promise<number>,
): Promise<number> {
  try {
    const config = loadConfig(configFile);
    const db = await openDatabase(config.database);
    try {
      giveMigrationsSecretKey(config.secretKey);
      await db.migrate();
      return await work(db, config);
    } finally {
      await db.close();
    }
  } catch (e) {
    if (e instanceof ConfigError || e instanceof DatabaseError || e instanceof SwitchboardError)
      return failed(e.message);
    return failed((e as Error)?.stack ?? String(e));
  }
}

/** The command line of an operator command that takes --config FILE and, where allowed, positionals; or its problem. */
export function configArgs(
  args: string[],
  allowPositionals: boolean,
): { config: string | undefined; positionals: string[] } | { problem: string } {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals,
      strict: true,
      options: { config: { type: 'string' } },
    });
    return { config: values.config, positionals };
  } catch (e) {
    return { problem: (e as Error).message };
  }
}

/** A command line that cannot be run as written: the problem and the usage, exit 2. */
export function misused(problem: string, usage: string): number {
  console.error(`switchboard: ${problem}\nusage:\n${usage}`);
  return 2;
}

function failed(message: string): number {
  console.error(`switchboard: ${message}`);
  return 1;
}
