/** The `switchboard` command line: dispatches subcommands; each prints one clear line and exits non-zero on failure. */
import { parseArgs } from 'node:util';
import { printCoverage } from './coverage.ts';
import { IMPORT_USAGE, runImport } from './import.ts';
import { NUMBERS_USAGE, runNumbers } from './numbers.ts';
import { PINS_USAGE, runPins } from './pins.ts';
import cluster from 'node:cluster';
import { describeFailure, migrate, serve } from './serve.ts';
import { serveWorkers } from './workers.ts';
import { schemaDiff } from './schema-diff.ts';

const USAGE = `usage:
  switchboard serve [--config FILE] [--workers N]   start the server (no file: every default, SQLite in data/);
                                        N processes on the shared port (needs redis in the config)
  switchboard migrate [--config FILE]   bring the database schema up to date
  switchboard spec coverage [--json]    implemented / planned / unsupported operations per dialect
  switchboard schema-diff --name NNNN-what [--only t1,t2]   (developers) write the next migration for both engines
${IMPORT_USAGE}
${PINS_USAGE}
${NUMBERS_USAGE}`;

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    options: {
      config: { type: 'string' },
      json: { type: 'boolean' },
      name: { type: 'string' },
      only: { type: 'string' },
      workers: { type: 'string' },
    },
    allowPositionals: true,
    strict: false,
  });
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
      return migrate(config);
    case 'import':
      return runImport(rest);
    case 'pins':
      return runPins(rest);
    case 'numbers':
      return runNumbers(rest);
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
      console.log(USAGE);
      return 0;
  }
  console.error(USAGE);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
