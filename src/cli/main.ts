/** The `switchboard` command line: dispatches subcommands; each prints one clear line and exits non-zero on failure. */
import { printCoverage } from './coverage.ts';

const USAGE = `usage:
  switchboard spec coverage [--json]   implemented / planned / unsupported operations per dialect`;

async function main(args: string[]): Promise<number> {
  const [command, sub, ...rest] = args;
  if (command === 'spec' && sub === 'coverage') {
    printCoverage(rest.includes('--json'));
    return 0;
  }
  console.error(USAGE);
  return command === undefined || command === 'help' || command === '--help' ? 0 : 2;
}

process.exitCode = await main(process.argv.slice(2));
