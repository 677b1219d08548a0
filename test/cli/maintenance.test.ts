// `switchboard maintenance hourly|daily|weekly|monthly --config FILE`, as cron or a systemd timer runs it: one line
// per task done and exit 0; each period runs the shorter ones too; the monthly backup lands in the data folder; a
// failure is one line and a non-zero exit. SQLite and PostgreSQL (the backup on SQLite: pg_dump may be missing here).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupCli, runCli, tempFolder, writeConfig } from '../support/cli.ts';
import { testEngines, type TestDatabase } from '../support/databases.ts';

const engines = await testEngines('the maintenance command tests on PostgreSQL');
const databases: TestDatabase[] = [];
afterAll(async () => {
  await cleanupCli();
  for (const db of databases) await db.drop();
});

describe.each(engines.map((open) => [open]))('switchboard maintenance (%#)', (open) => {
  const configFor = async () => {
    const db = await open();
    databases.push(db);
    return { config: writeConfig({ database: db.url }), engine: db.engine };
  };

  it('daily runs the hourly tasks then its own, one line each, and exits 0', async () => {
    const { config, engine } = await configFor();
    const exit = await runCli(['maintenance', 'daily', '--config', config]);
    expect(exit.stderr).toBe('');
    expect(exit.code).toBe(0);
    const lines = exit.stdout.trim().split('\n');
    expect(lines.every((line) => line.startsWith('daily maintenance: '))).toBe(true);
    expect(lines[0]).toMatch(/^daily maintenance: \d+ expired ban\(s\) removed$/);
    if (engine === 'sqlite') expect(lines).toContain('daily maintenance: write-ahead log checkpointed');
    expect(lines.at(-1)).toBe('daily maintenance: planner statistics refreshed');
  });

  it('weekly compacts the database as well', async () => {
    const { config } = await configFor();
    const exit = await runCli(['maintenance', 'weekly', '--config', config]);
    expect(exit.code).toBe(0);
    expect(exit.stdout.trim().split('\n').slice(-2)).toEqual([
      'weekly maintenance: planner statistics refreshed',
      'weekly maintenance: database compacted',
    ]);
  });
});

describe('switchboard maintenance, monthly and failures', () => {
  it('monthly writes a backup into the data folder', async () => {
    const dir = tempFolder();
    const dataDir = join(dir, 'data');
    const config = writeConfig({ database: `sqlite:${join(dir, 'switchboard.db')}`, dataDir });
    const exit = await runCli(['maintenance', 'monthly', '--config', config]);
    expect(exit.code).toBe(0);
    const last = exit.stdout.trim().split('\n').at(-1)!;
    expect(last).toMatch(
      new RegExp(`^monthly maintenance: backup written to ${join(dataDir, 'backups')}/\\S+\\.sqlite$`),
    );
    expect(existsSync(last.split(' ').at(-1)!)).toBe(true);
    expect(readdirSync(join(dataDir, 'backups'))).toHaveLength(1);
  });

  it('fails with one line and exit 1 when the database cannot be opened', async () => {
    const config = writeConfig({ database: 'sqlite:/dev/null/no-such-folder/switchboard.db' });
    const exit = await runCli(['maintenance', 'hourly', '--config', config]);
    expect(exit.code).toBe(1);
    expect(exit.stdout).toBe('');
    expect(exit.stderr.trim().split('\n')).toHaveLength(1);
    expect(exit.stderr).toMatch(/^switchboard: /);
  });

  it('refuses a period it does not know, with the usage, exit 2', async () => {
    const exit = await runCli(['maintenance', 'yearly', '--config', writeConfig()]);
    expect(exit.code).toBe(2);
    expect(exit.stderr).toMatch(/^switchboard: maintenance: hourly, daily, weekly, monthly, not yearly\nusage:/);
  });
});
