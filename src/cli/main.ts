/** The `switchboard` command line: dispatches subcommands; each prints one clear line and exits non-zero on failure. */
import { parseArgs } from 'node:util';
import { printCoverage } from './coverage.ts';
import { migrate, serve } from './serve.ts';

const USAGE = `usage:
  switchboard serve [--config FILE]     start the server (no file: every default, SQLite in data/)
  switchboard migrate [--config FILE]   bring the database schema up to date
  switchboard spec coverage [--json]    implemented / planned / unsupported operations per dialect`;

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  const { values, positionals } = parseArgs({ args: rest, options: { config: { type: 'string' }, json: { type: 'boolean' } }, allowPositionals: true, strict: false });
  const config = typeof values.config === 'string' ? values.config : undefined;
  switch (command) {
    case 'serve': return serve(config);
    case 'migrate': return migrate(config);
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
