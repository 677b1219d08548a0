// tb_api req_user codes (0, 2, 4, 6, 8, 10, 11, 12, 14) against each kind of login, with no address trusted so
// only the credentials decide; and the per-command rate limits for an IP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiPolicy } from '../../../src/persistence/entities/api-policy.ts';
import type { UserType } from '../../../src/persistence/entities/user.ts';
import { sqliteDatabase, type TestDatabase } from '../../support/databases.ts';
import { mizuJson } from '../../support/mizu.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';

const LOGINS: UserType[] = ['enduser', 'reseller', 'support', 'admin', 'srvadmin'];
const creds = (type: UserType | 'none'): Record<string, string> =>
  type === 'none' ? {} : { authid: `u-${type}`, authpwd: `pw-${type}-1` };

// Who gets in, per req_user code (001:L294 / 002:L236): 0 = the command's default (apitest: public).
const EXPECTED: Record<number, (UserType | 'none')[]> = {
  0: ['none', ...LOGINS],
  2: [],
  4: ['srvadmin'],
  6: ['admin', 'srvadmin'],
  8: ['reseller', 'admin', 'srvadmin'],
  10: ['support', 'admin', 'srvadmin'],
  11: [],
  12: [...LOGINS],
  14: ['none', ...LOGINS],
};

describe('req_user levels', () => {
  let db: TestDatabase;
  let sb: TestServer;
  beforeAll(async () => {
    db = sqliteDatabase();
    sb = await startTestServer(db, { globals: { allowtrustedip: '0' }, limits: { authFailures: 1000 } });
    for (const type of LOGINS) {
      await sb.server.services.accounts.create(
        sb.server.services.db.em(),
        { username: `u-${type}`, password: `pw-${type}-1`, type },
        { name: 'test', requestId: 'setup' },
      );
    }
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });

  it.each(Object.entries(EXPECTED))('req_user=%s admits exactly its logins', async (level, admitted) => {
    await sb.server.services.db
      .em()
      .upsert(ApiPolicy, { fname: 'apitest', reqUser: Number(level), enabled: 1 } as never);
    await sb.server.services.policies.load(sb.server.services.db.em());
    const outcomes = await Promise.all(
      (['none', ...LOGINS] as const).map(
        async (who) => [who, (await mizuJson(sb.port, { apientry: 'apitest', ...creds(who) })).status] as const,
      ),
    );
    expect(outcomes.filter(([, status]) => status === 'OK').map(([who]) => who)).toEqual(admitted);
  });
});

describe('rate limits', () => {
  it('refuse an IP past its per-command limit, and not the other commands', async () => {
    const db = sqliteDatabase();
    const sb = await startTestServer(db, { limits: { perIp: 3, windowSeconds: 30 } });
    try {
      const answers = [];
      for (let i = 0; i < 5; i++) answers.push(await mizuJson(sb.port, { apientry: 'apitest1' }, '127.0.0.7'));
      expect(answers.map((a) => a.error?.code ?? 'ok')).toEqual(['ok', 'ok', 'ok', 'rate-limited', 'rate-limited']);
      expect((await mizuJson(sb.port, { apientry: 'version' }, '127.0.0.7')).status).toBe('OK');
      expect((await mizuJson(sb.port, { apientry: 'apitest1' }, '127.0.0.8')).status).toBe('OK');
    } finally {
      await sb.stop();
      await db.drop();
    }
  });
});
