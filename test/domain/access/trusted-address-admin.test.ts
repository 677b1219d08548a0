// Issue 17, "trust defaults that are safe": a trusted address (loopback here) keeps the vendor's features without a
// user password (addcredit, adduser), but alone it runs no SQL, touches no file and takes no backup — the commands the
// spec marks needsCredentials — unless trust.ipAdmin is true. Admin credentials run them from anywhere they may.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiPolicy } from '../../../src/persistence/entities/api-policy.ts';
import { testEngines, type TestDatabase } from '../../support/databases.ts';
import { mizuJson } from '../../support/mizu.ts';
import { ADMIN, startTestServer, type TestServer } from '../../support/server.ts';

const asAdmin = { authid: ADMIN.username, authpwd: ADMIN.password };
const base64 = (text: string) => Buffer.from(text).toString('base64');

/** Each command that needs credentials, with parameters that make it succeed once admitted. */
const NEEDS_CREDENTIALS: [string, Record<string, string>][] = [
  ['db', { apientry: 'db', txt: 'select 1 as one' }],
  ['putfile', { apientry: 'putfile', filename: 'note.txt', filedata: base64('hello') }],
  ['getfile', { apientry: 'getfile', filename: 'seeded.txt' }],
  ['file', { apientry: 'file', filename: 'seeded.txt' }],
  ['pputfile', { apientry: 'pputfile', filename: 'page.txt', filedata: base64('page') }],
  ['getfield', { apientry: 'getfield', filterfieldvalue: 'admin' }],
  ['dbbackup', { apientry: 'dbbackup' }],
  ['setini', { apientry: 'setini', key: 'trustediplist', value: '192.0.2.0/24' }],
];

const engines = await testEngines('the trusted-address admin tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('what a trusted address alone may do (%#)', (open) => {
  const dbs: TestDatabase[] = [];
  /** The default: trust.ipAdmin false. */
  let safe: TestServer;
  let ipAdmin: TestServer;

  beforeAll(async () => {
    dbs.push(await open(), await open());
    safe = await startTestServer(dbs[0]!, { limits: { authFailures: 1000 } });
    ipAdmin = await startTestServer(dbs[1]!, { limits: { authFailures: 1000 }, trust: { ipAdmin: true } });
    for (const sb of [safe, ipAdmin]) {
      sb.server.services.config.dataDir = mkdtempSync(join(tmpdir(), 'switchboard-data-'));
      expect(
        (await mizuJson(sb.port, { ...asAdmin, apientry: 'putfile', filename: 'seeded.txt', filedata: base64('x') }))
          .status,
      ).toBe('OK');
    }
  });
  afterAll(async () => {
    for (const sb of [safe, ipAdmin]) {
      const dataDir = sb?.server.services.config.dataDir;
      await sb?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    }
    await Promise.all(dbs.map((db) => db.drop()));
  });

  it.each(NEEDS_CREDENTIALS)(
    '%s from loopback without credentials is refused, naming what it needs',
    async (name, params) => {
      const answer = await mizuJson(safe.port, params);
      expect(answer.error?.code, JSON.stringify(answer)).toBe('auth-failed');
      expect(answer.error?.message).toBe(
        `${name} needs admin credentials, even from a trusted address (trust.ipAdmin is off): send authid with authpwd or authmd5`,
      );
    },
  );

  it.each(NEEDS_CREDENTIALS)('%s runs with admin credentials', async (_, params) => {
    expect((await mizuJson(safe.port, { ...asAdmin, ...params })).status).toBe('OK');
  });

  it.each(NEEDS_CREDENTIALS)('%s runs from loopback alone when trust.ipAdmin is true', async (_, params) => {
    const answer = await mizuJson(ipAdmin.port, params);
    expect(answer.status, JSON.stringify(answer)).toBe('OK');
  });

  it('the db rows are the statement’s own, with trust.ipAdmin', async () => {
    expect((await mizuJson(ipAdmin.port, { apientry: 'db', txt: 'select 1 as one' })).data).toEqual({
      rows: [{ one: 1 }],
    });
  });

  it('a tb_api custom API running SQL needs credentials too', async () => {
    const em = safe.server.services.db.em();
    await em.upsert(ApiPolicy, {
      fname: 'countusers',
      enabled: 1,
      customsql: '*select count(*) as n from tb_users',
    } as never);
    await safe.server.services.policies.load(safe.server.services.db.em());
    expect((await mizuJson(safe.port, { apientry: 'countusers' })).error?.code).toBe('auth-failed');
    expect((await mizuJson(safe.port, { ...asAdmin, apientry: 'countusers' })).status).toBe('OK');
  });

  it('addcredit and adduser from loopback still need no user password (002:L889, 000:L28)', async () => {
    const added = await mizuJson(safe.port, {
      apientry: 'adduser',
      u_username: 'ta-alice',
      u_password: 'ta-alice-pw-1',
    });
    expect(added.status, JSON.stringify(added)).toBe('OK');
    const credited = await mizuJson(safe.port, { apientry: 'addcredit', pin: 'ta-alice', credit: '5' });
    expect(credited.message ?? credited.data?.message).toMatch(/credit of ta-alice is 5\.00/);
  });

  it('the startup log lists the trust rules in force', () => {
    const line = safe.logs.map((l) => JSON.parse(l)).find((l) => l.msg === 'address trust in force');
    expect(line?.trust).toEqual({
      proxies: [],
      proxyHeader: 'x-forwarded-for',
      loopback: true,
      lan: true,
      trustediplist: [],
      apiv2ipauth: [],
      httpapiallowedip2: 'loopback',
      ipAdmin: false,
    });
  });
});
