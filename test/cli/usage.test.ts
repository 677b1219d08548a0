// `switchboard --version`, and `--help` on every subcommand: they print and do nothing else (no server, no
// database); an option a subcommand does not take is refused with its usage instead of being ignored.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupCli, runCli, writeConfig } from '../support/cli.ts';

afterAll(cleanupCli);

/** The subcommands `switchboard --help` lists: each must answer --help, whoever adds one. */
const SUBCOMMANDS = [
  ...new Set([...(await runCli(['--help'])).stdout.matchAll(/^ {2}switchboard ([a-z][\w-]*)/gm)].map((m) => m[1]!)),
];

describe('switchboard usage', () => {
  it('--version prints the version and exits 0', async () => {
    const exit = await runCli(['--version']);
    expect(exit.code).toBe(0);
    expect(exit.stdout.trim()).toMatch(/^Switchboard \d+\.\d+\.\d+ \(Node \d+/);
  });

  it('lists its subcommands', () => {
    expect(SUBCOMMANDS).toEqual(
      expect.arrayContaining(['serve', 'migrate', 'config', 'import', 'pins', 'numbers', 'spec', 'schema-diff']),
    );
  });

  it.each(SUBCOMMANDS.map((command) => [command]))(
    '%s --help prints its usage and touches nothing',
    async (command) => {
      const config = writeConfig();
      const exit = await runCli([command, '--config', config, '--help']);
      expect(exit.code).toBe(0);
      expect(exit.stdout).toContain(`switchboard ${command}`);
      // Neither a database nor a data folder was made: the command did not run.
      expect(existsSync(join(dirname(config), 'switchboard.db'))).toBe(false);
      expect(existsSync(join(dirname(config), 'data'))).toBe(false);
    },
  );

  it('refuses an option the subcommand does not take, with its usage', async () => {
    const config = writeConfig();
    const exit = await runCli(['serve', '--config', config, '--prot', '1']);
    expect(exit.code).toBe(2);
    expect(exit.stderr).toMatch(/Unknown option '--prot'/);
    expect(exit.stderr).toContain('switchboard serve [--config FILE]');
    expect(existsSync(join(dirname(config), 'switchboard.db'))).toBe(false);
  });
});
