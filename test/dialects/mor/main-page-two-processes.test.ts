// Two server processes on one PostgreSQL and one Redis: the main page one of them keeps in memory counts at once the
// calls the other writes (gencdr), and the calls `switchboard import cdrs` writes from a process of its own.
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startCli, stopCli, tempFolder, writeConfig, type CliServer } from '../../support/cli.ts';
import { postgresDatabase, type TestDatabase } from '../../support/databases.ts';
import { mizuJson } from '../../support/mizu.ts';
import { ADMIN } from '../../support/server.ts';
import {
  POSTGRES,
  postgresAvailable,
  REDIS,
  REDIS_URL,
  redisAvailable,
  requireService,
  deleteRedisKeys,
} from '../../support/services.ts';

const TESTS = 'the MOR main page two-process tests';
const servicesUp =
  requireService(POSTGRES, await postgresAvailable(), TESTS) && requireService(REDIS, await redisAvailable(), TESTS);
const USER = { username: 'gina', password: 'gina-pw-1' };
const admin = { authid: ADMIN.username, authpwd: ADMIN.password };

describe.skipIf(!servicesUp)('MOR main page on two processes sharing PostgreSQL and Redis', () => {
  const prefix = `switchboard-test:${randomUUID()}:`;
  let db: TestDatabase;
  let config: string;
  let a: CliServer;
  let b: CliServer;
  let cookie: string;

  beforeAll(async () => {
    db = await postgresDatabase();
    config = writeConfig({ database: db.url, redis: { url: REDIS_URL, prefix } });
    // One after the other: the first start migrates the fresh database.
    a = await startCli(config);
    b = await startCli(config);
    const created = await mizuJson(a.port, {
      apientry: 'newuseri',
      ...admin,
      u_username: USER.username,
      u_password: USER.password,
    });
    expect(created.code, JSON.stringify(created)).toBe(200);
    const login = await fetch(
      `${a.baseUrl}/billing/api/login?${new URLSearchParams({ u: USER.username, p: USER.password })}`,
      { method: 'POST' },
    );
    cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  });

  afterAll(() =>
    stopCli(
      [a, b],
      async () => db?.drop(),
      () => deleteRedisKeys(prefix),
    ),
  );

  const missedOnA = async () => {
    const res = await fetch(`${a.baseUrl}/billing/callc/main`, { headers: { cookie } });
    const page = new XMLParser({ parseTagValue: false }).parse(await res.text()).page;
    return Number(page.stats.missed_calls.missed_total);
  };

  it('counts on one process the calls gencdr wrote on the other', async () => {
    expect(await missedOnA()).toBe(0);
    const generated = await mizuJson(b.port, {
      apientry: 'gencdr',
      ...admin,
      user: USER.username,
      count: '4',
      dir: 'in',
      connected: '0',
    });
    expect(generated.status, JSON.stringify(generated)).toBe('OK');
    expect(await missedOnA()).toBe(4);
  });

  it('counts the calls the import command wrote', async () => {
    const before = await missedOnA();
    const file = join(tempFolder(), 'calls.csv');
    const start = new Date().toISOString();
    writeFileSync(
      file,
      [
        'caller,called,start,called_user',
        `37052000001,300,${start},${USER.username}`,
        `37052000002,300,${start},${USER.username}`,
      ].join('\n'),
    );
    const imported = await runCli(['import', 'cdrs', '--config', config, file]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(await missedOnA()).toBe(before + 2);
  });
});
