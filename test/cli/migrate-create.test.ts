// A PostgreSQL database that does not exist (a misspelt name) is an error for migrate and serve, never silently
// created; `migrate --create` creates it and migrates it.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupCli, runCli, writeConfig } from '../support/cli.ts';
import { adminQuery } from '../support/databases.ts';
import { POSTGRES, postgresAvailable, requireService } from '../support/services.ts';

const name = `sb_test_missing_${randomBytes(6).toString('hex')}`;
const url = `postgres://postgres@${POSTGRES.host}:${POSTGRES.port}/${name}`;
const refusal = new RegExp(
  `^switchboard: database "${name}" does not exist on ${POSTGRES.host}:${POSTGRES.port}; create it, or run \`switchboard migrate --create\`$`,
);

let withPostgres = false;
beforeAll(async () => {
  withPostgres = requireService(POSTGRES, await postgresAvailable(), 'the missing-database tests');
});
afterAll(async () => {
  await cleanupCli();
  if (withPostgres) await adminQuery(`drop database if exists ${name} with (force)`);
});

describe('a PostgreSQL database that does not exist', () => {
  it('is refused by migrate and serve, then created by migrate --create', async ({ skip }) => {
    if (!withPostgres) skip();
    const config = writeConfig({ database: url });
    for (const command of ['migrate', 'serve']) {
      const exit = await runCli([command, '--config', config]);
      expect(exit.code, exit.stderr).toBe(1);
      expect(exit.stderr.trimEnd()).toMatch(refusal);
    }
    // Still refused: neither refusal created it.
    expect((await runCli(['migrate', '--config', config])).stderr).toMatch(/does not exist/);

    const created = await runCli(['migrate', '--config', config, '--create']);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/^applied: 0001-/);
    const again = await runCli(['migrate', '--config', config]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout.trim()).toBe('schema is up to date');
  }, 150_000);
});
