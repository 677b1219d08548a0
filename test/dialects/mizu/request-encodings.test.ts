// The request forms that are not plain parameters: the positional param1..paramN form and XOR+Base64 obfuscation
// (whole request as mcrfs, single values as oenc1_), end to end.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xorEncode } from '../../../src/dialects/mizu/decode/index.ts';
import { sqliteDatabase, type TestDatabase } from '../../support/databases.ts';
import { mizuJson } from '../../support/mizu.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';

const KEY = 'xor-key-42';
const USER = { username: 'dave', password: 'dåve-pw' };

describe('request encodings', () => {
  let db: TestDatabase;
  let sb: TestServer;
  beforeAll(async () => {
    db = sqliteDatabase();
    sb = await startTestServer(db, { globals: { httpapiencryptkey: KEY } });
    await sb.server.services.accounts.create(
      sb.server.services.db.em(),
      { ...USER, creditMicros: 2_000_000n },
      { name: 'test', requestId: 'setup' },
    );
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });

  it('reads the positional form: function name, api key, username, password, then the function parameters', async () => {
    expect(
      (await mizuJson(sb.port, { param1: 'balance', param2: '', param3: USER.username, param4: USER.password })).data
        ?.credit,
    ).toBe('2.00');
    // heartbeat's first function parameter is param5.
    expect((await mizuJson(sb.port, { param1: 'heartbeat', param5: 'full' })).data?.database).toBe('ok');
  });

  it('reads a whole request sent as mcrfs', async () => {
    const inner = new URLSearchParams({
      apientry: 'balance',
      authid: USER.username,
      authpwd: USER.password,
    }).toString();
    expect((await mizuJson(sb.port, { mcrfs: xorEncode(inner, KEY) })).data?.credit).toBe('2.00');
  });

  it('reads single values sent as oenc1_', async () => {
    const answer = await mizuJson(sb.port, {
      apientry: 'balance',
      authid: USER.username,
      authpwd: `oenc1_${xorEncode(USER.password, KEY)}`,
    });
    expect(answer.data?.credit).toBe('2.00');
  });

  it('refuses what the key does not decrypt', async () => {
    const answer = await mizuJson(sb.port, { mcrfs: `${xorEncode('apientry=balance', 'another-key')}!!` });
    expect(answer.error?.code).toBe('bad-request');
  });
});

describe('logs', () => {
  it('carry a request id on every request line and never a password', async () => {
    const db = sqliteDatabase();
    const sb = await startTestServer(db);
    try {
      await sb.server.services.accounts.create(sb.server.services.db.em(), USER, { name: 'test', requestId: 'setup' });
      await mizuJson(sb.port, { apientry: 'balance', authid: USER.username, authpwd: USER.password });
      await mizuJson(sb.port, { apientry: 'balance', authid: USER.username, authpwd: 'wrong-pass-xyz' });
      const lines = sb.logs
        .join('')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      const requests = lines.filter((l) => l.msg === 'request');
      expect(requests).toHaveLength(2);
      for (const l of requests) expect(l.requestId).toMatch(/^[0-9a-f]{16}$/);
      expect(new Set(requests.map((l) => l.requestId)).size).toBe(2);
      const all = sb.logs.join('');
      expect(all).not.toContain(USER.password);
      expect(all).not.toContain('wrong-pass-xyz');
    } finally {
      await sb.stop();
      await db.drop();
    }
  });
});
