/** The `switchboard` command line: dispatches subcommands; each prints one clear line and exits non-zero on failure. */
import { parseArgs } from 'node:util';
import { printCoverage } from './coverage.ts';
import { IMPORT_USAGE, runImport } from './import.ts';
import { NUMBERS_USAGE, runNumbers } from './numbers.ts';
import { PINS_USAGE, runPins } from './pins.ts';
import { migrate, serve } from './serve.ts';
import { schemaDiff } from './schema-diff.ts';

const USAGE = `usage:
  switchboard serve [--config FILE]     start the server (no file: every default, SQLite in data/)
  switchboard migrate [--config FILE]   bring the database schema up to date
  switchboard spec coverage [--json]    implemented / planned / unsupported operations per dialect
  switchboard schema-diff --name NNNN-what [--only t1,t2]   (developers) write the next migration for both engines
${IMPORT_USAGE}
${PINS_USAGE}
${NUMBERS_USAGE}`;

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  const { values, positionals } = parseArgs({ args: rest, options: { config: { type: 'string' }, json: { type: 'boolean' }, name: { type: 'string' }, only: { type: 'string' } }, allowPositionals: true, strict: false });
  const config = typeof values.config === 'string' ? values.config : undefined;
  switch (command) {
    case 'serve': return serve(config);
    case 'migrate': return migrate(config);
    case 'import': return runImport(rest);
    case 'pins': return runPins(rest);
    case 'numbers': return runNumbers(rest);
    case 'schema-diff':
      return schemaDiff(String(values.name ?? ''), typeof values.only === 'string' ? values.only.split(',').filter(Boolean) : []);
    case 'spec':
      if (positionals[0] === 'coverage') {
        printCoverage(values.json === true);
        return 0;
      }
      break;
    case undefined: case 'help': case '--help':
      console.log(USAGE);
      return 0;
  }
  console.error(USAGE);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
