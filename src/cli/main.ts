/** The `switchboard` command line: dispatches subcommands; each prints one clear line and exits non-zero on failure. */
import { parseArgs } from 'node:util';
import { printCoverage } from './coverage.ts';
import { CONFIG_USAGE, printConfigKeys } from './config-command.ts';
import { IMPORT_USAGE, runImport } from './import.ts';
import { MAINTENANCE_USAGE, runMaintenanceCommand } from './maintenance.ts';
import { MOR_USAGE, runMor } from './mor.ts';
import { NUMBERS_USAGE, runNumbers } from './numbers.ts';
import { PINS_USAGE, runPins } from './pins.ts';
import { BANS_USAGE, runBans } from './bans.ts';
import cluster from 'node:cluster';
import { describeFailure, migrate, serve } from './serve.ts';
import { serveWorkers } from './workers.ts';
import { schemaDiff } from './schema-diff.ts';
import { SERVER_VERSION } from '../platform/version.ts';

/** Each subcommand's usage, printed by `switchboard SUBCOMMAND --help`. */
const USAGES: Record<string, string> = {
  serve: `  switchboard serve [--config FILE] [--workers N]   start the server (no file: every default, SQLite in data/);
                                        N processes on the shared port (needs redis in the config)`,
  migrate: `  switchboard migrate [--config FILE] [--create]   bring the database schema up to date;
                                        --create: create the PostgreSQL database first if it does not exist`,
  config: CONFIG_USAGE,
  spec: '  switchboard spec coverage [--json]    implemented / planned / unsupported operations per dialect',
  'schema-diff':
    '  switchboard schema-diff --name NNNN-what [--only t1,t2]   (developers) write the next migration for both engines',
  import: IMPORT_USAGE,
  pins: PINS_USAGE,
  bans: BANS_USAGE,
  numbers: NUMBERS_USAGE,
  maintenance: MAINTENANCE_USAGE,
  mor: MOR_USAGE,
};

const USAGE = `usage:
  switchboard --version                 print the version
${Object.values(USAGES).join('\n')}`;

/** The options each of these subcommands takes; any other is refused, so a typo never runs the command. */
const OPTIONS = {
  serve: { config: { type: 'string' }, workers: { type: 'string' } },
  migrate: { config: { type: 'string' }, create: { type: 'boolean' } },
  config: {},
  spec: { json: { type: 'boolean' } },
  'schema-diff': { name: { type: 'string' }, only: { type: 'string' } },
} as const;

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === '--version' || command === '-v' || command === 'version') {
    console.log(SERVER_VERSION);
    return 0;
  }
  // --help on a subcommand prints its usage and does nothing else.
  if (command && USAGES[command] && (rest.includes('--help') || rest.includes('-h'))) {
    if (command === 'config') return printConfigKeys();
    console.log(`usage:\n${USAGES[command]}`);
    return 0;
  }
  const strict = command !== undefined && command in OPTIONS;
  const options = strict ? OPTIONS[command as keyof typeof OPTIONS] : {};
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: rest, options, allowPositionals: true, strict });
  } catch (e) {
    console.error(`switchboard: ${(e as Error).message}\nusage:\n${USAGES[command!]}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const config = typeof values.config === 'string' ? values.config : undefined;
  switch (command) {
    case 'serve': {
      const workers = values.workers === undefined ? 1 : Number(values.workers);
      if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
        console.error('switchboard: --workers must be a whole number from 1 to 64');
        return 2;
      }
      // A worker's IPC channel to the primary would keep it alive after a clean stop: leave explicitly.
      if (cluster.isWorker) process.exit(await serve(config, true));
      return workers > 1 ? serveWorkers(config, workers, describeFailure) : serve(config);
    }
    case 'migrate':
      return migrate(config, values.create === true);
    case 'config':
      return printConfigKeys();
    case 'import':
      return runImport(rest);
    case 'pins':
      return runPins(rest);
    case 'bans':
      return runBans(rest);
    case 'numbers':
      return runNumbers(rest);
    case 'maintenance':
      return runMaintenanceCommand(rest);
    case 'mor':
      return runMor(rest);
    case 'schema-diff':
      return schemaDiff(
        String(values.name ?? ''),
        typeof values.only === 'string' ? values.only.split(',').filter(Boolean) : [],
      );
    case 'spec':
      if (positionals[0] === 'coverage') {
        printCoverage(values.json === true);
        return 0;
      }
      break;
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(USAGE);
      return 0;
  }
  console.error(USAGE);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
