// tb_api overrides and the trust rules change the outcome as documented (001:L286-L300, 002:L232-L273);
// targetuser impersonation; httpstrictresponse puts the code in the HTTP status.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiPolicy } from '../../../src/persistence/entities/api-policy.ts';
import { testEngines, type TestDatabase } from '../../support/databases.ts';
import { mizuGet, mizuJson } from '../../support/mizu.ts';
import { ADMIN, startTestServer, type TestServer } from '../../support/server.ts';

const ALICE = { username: 'alice', password: 'alice-pw-1', pin: '7770001' };
const BOB = { username: 'bob', password: 'bob-pw-1' };
const asAdmin = { authid: ADMIN.username, authpwd: ADMIN.password };
const asAlice = { authid: ALICE.username, authpwd: ALICE.password };
const asBob = { authid: BOB.username, authpwd: BOB.password };

const engines = await testEngines('the access-control tests on PostgreSQL');

async function withServer(
  open: () => Promise<TestDatabase>,
  globals: Record<string, string>,
): Promise<{ sb: TestServer; db: TestDatabase }> {
  const db = await open();
  const sb = await startTestServer(db, { globals, limits: { authFailures: 1000 } });
  const { accounts, db: database } = sb.server.services;
  await accounts.create(database.em(), { ...ALICE, creditMicros: 1_500_000n }, { name: 'test', requestId: 'setup' });
  await accounts.create(database.em(), BOB, { name: 'test', requestId: 'setup' });
  return { sb, db };
}

async function putPolicy(sb: TestServer, row: Record<string, unknown>): Promise<void> {
  const em = sb.server.services.db.em();
  await em.upsert(ApiPolicy, { enabled: 1, ...row } as never);
}

describe.each(engines.map((open) => [open]))('tb_api overrides (%#)', (open) => {
  let sb: TestServer;
  let db: TestDatabase;
  // apiauth 1: PINs log in, so that req_user_mode 6 has something to refuse
  beforeAll(async () => ({ sb, db } = await withServer(open, { apiauth: '1' })));
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });

  it('makes balance fully public after apireload, as 002:L253 describes', async () => {
    expect((await mizuJson(sb.port, { apientry: 'balance', authid: ALICE.username })).error?.code).toBe('auth-failed');
    await putPolicy(sb, { fname: 'balance', reqKey: 0, reqUser: 14 });
    expect(
      (await mizuJson(sb.port, { apientry: 'balance', authid: ALICE.username })).error?.code,
      'not before apireload',
    ).toBe('auth-failed');
    expect((await mizuJson(sb.port, { apientry: 'apireload', ...asAdmin })).status).toBe('OK');
    expect((await mizuJson(sb.port, { apientry: 'balance', authid: ALICE.username })).data).toEqual({
      credit: '1.50',
      currency: 'USD',
    });
  });

  it('keeps the key where balance is public for users but req_key=1 and apiv2key is set (002:L35-L37, L232)', async () => {
    const { options, db: database } = sb.server.services;
    const KEY = '31796042';
    await options.set(database.em(), 'apiv2key', KEY);
    try {
      await putPolicy(sb, { fname: 'balance', reqKey: 1, reqUser: 14 });
      expect((await mizuJson(sb.port, { apientry: 'apireload', authkey: KEY, ...asAdmin })).status).toBe('OK');
      const alone = await mizuJson(sb.port, { apientry: 'balance', authid: ALICE.username });
      expect(alone.error).toMatchObject({ code: 'auth-failed', message: expect.stringMatching(/wrong key/) });
      const wrongKey = await mizuJson(sb.port, { apientry: 'balance', authkey: 'x', authid: ALICE.username });
      expect(wrongKey.error?.code).toBe('auth-failed');
      expect((await mizuJson(sb.port, { apientry: 'balance', authkey: KEY, authid: ALICE.username })).data).toEqual({
        credit: '1.50',
        currency: 'USD',
      });
    } finally {
      await options.set(database.em(), 'apiv2key', '');
    }
  });

  it('disables a command with enabled=0', async () => {
    await putPolicy(sb, { fname: 'version', enabled: 0 });
    await mizuJson(sb.port, { apientry: 'apireload', ...asAdmin });
    const answer = await mizuJson(sb.port, { apientry: 'version', ...asAdmin });
    expect(answer.error).toMatchObject({ code: 'access-denied', message: expect.stringMatching(/disabled/) });
  });

  it('req_user_mode=6 (username and password) refuses PIN authentication', async () => {
    expect((await mizuJson(sb.port, { apientry: 'login', authid: ALICE.pin })).data?.username).toBe(ALICE.username);
    await putPolicy(sb, { fname: 'login', reqUserMode: 6 });
    await mizuJson(sb.port, { apientry: 'apireload', ...asAdmin });
    expect((await mizuJson(sb.port, { apientry: 'login', authid: ALICE.pin })).error?.code).toBe('auth-failed');
    expect((await mizuJson(sb.port, { apientry: 'login', ...asAlice })).data?.username).toBe(ALICE.username);
  });

  it('req_user=6 turns a user command into an admin one', async () => {
    await putPolicy(sb, { fname: 'heartbeat', reqUser: 6 });
    await putPolicy(sb, { fname: 'login', reqUser: 6, reqUserMode: null });
    await mizuJson(sb.port, { apientry: 'apireload', ...asAdmin });
    expect((await mizuJson(sb.port, { apientry: 'login', ...asAdmin })).status).toBe('OK');
  });

  it('req_user_credit refuses a user below the minimum credit', async () => {
    await putPolicy(sb, { fname: 'balance', reqKey: 1, reqUser: 12, reqUserCredit: '5' });
    await mizuJson(sb.port, { apientry: 'apireload', ...asAdmin });
    expect((await mizuJson(sb.port, { apientry: 'balance', ...asAlice })).error?.code).toBe('insufficient-credit');
  });

  it('targetuser lets an admin act as a user, and nobody else', async () => {
    await putPolicy(sb, { fname: 'balance', reqUserCredit: null });
    await mizuJson(sb.port, { apientry: 'apireload', ...asAdmin });
    expect(
      (await mizuJson(sb.port, { apientry: 'balance', ...asAdmin, targetuser: ALICE.username })).data?.credit,
    ).toBe('1.50');
    expect((await mizuJson(sb.port, { apientry: 'balance', ...asBob, targetuser: ALICE.username })).error?.code).toBe(
      'access-denied',
    );
  });
});

describe('trust rules', () => {
  const open = engines[0]!;

  describe('nothing trusted (allowtrustedip=0)', () => {
    let sb: TestServer;
    let db: TestDatabase;
    beforeAll(async () => ({ sb, db } = await withServer(open, { allowtrustedip: '0' })));
    afterAll(async () => {
      await sb?.stop();
      await db?.drop();
    });

    it('an admin command needs admin credentials even from localhost', async () => {
      expect((await mizuJson(sb.port, { apientry: 'bannedlist' })).error?.code).toBe('auth-failed');
      expect((await mizuJson(sb.port, { apientry: 'bannedlist', ...asAlice })).error?.code).toBe('access-denied');
      expect((await mizuJson(sb.port, { apientry: 'bannedlist', ...asAdmin })).status).toBe('OK');
    });

    it('req_ip=1 refuses an address that is not trusted, until apiv2ipauth lists it', async () => {
      await putPolicy(sb, { fname: 'apitest', reqIp: 1 });
      await mizuJson(sb.port, { apientry: 'apireload', ...asAdmin });
      expect((await mizuJson(sb.port, { apientry: 'apitest' })).error?.code).toBe('access-denied');
      await sb.server.services.options.set(sb.server.services.db.em(), 'apiv2ipauth', '127.0.0.1');
      expect((await mizuJson(sb.port, { apientry: 'apitest' })).status).toBe('OK');
      expect((await mizuJson(sb.port, { apientry: 'apitest' }, '127.0.0.5')).error?.code).toBe('access-denied');
    });

    /** The sensitive commands (002:L193) and what each is sent (only the first call, an admin's, makes an account). */
    const SENSITIVE: [string, Record<string, string>][] = [
      ['addcredit', { pin: ALICE.username, credit: '1' }],
      ['newuseri', { u_username: 'remote-newuseri', u_password: 'rpw-1' }],
      ['newuser', { u_username: 'remote-newuser', u_password: 'rpw-1' }],
      ['adduser', { u_username: 'remote-adduser', u_password: 'rpw-1' }],
    ];

    it.each(SENSITIVE)(
      'sensitive command %s takes admin credentials from an untrusted address, "admin or ip" (002:L193)',
      async (apientry, params) => {
        const remote = '127.0.0.7'; // neither trusted here nor in apiv2ipauth
        const send = (who: Record<string, string>) => mizuJson(sb.port, { apientry, ...params, ...who }, remote);
        expect((await send(asAdmin)).status).toBe('OK');
        expect((await send(asAlice)).error?.code).toBe('access-denied');
        expect((await send({})).error?.code).toBe('access-denied');
        await sb.server.services.options.set(sb.server.services.db.em(), 'remoteadmin', '3');
        expect((await send(asAdmin)).error?.message).toMatch(/remoteadmin/);
        await sb.server.services.options.set(sb.server.services.db.em(), 'remoteadmin', '5');
      },
    );

    it('db is an admin command (002:L903), not one for trusted addresses', async () => {
      const db = { apientry: 'db', txt: 'select 1 as one' };
      const remote = '127.0.0.8'; // neither trusted here nor in apiv2ipauth
      expect((await mizuJson(sb.port, { ...db, ...asAdmin }, remote)).status).toBe('OK');
      expect((await mizuJson(sb.port, { ...db, ...asAlice }, remote)).error?.code).toBe('access-denied');
    });

    it('keepalive and close are admin commands (002:L506-L507)', async () => {
      for (const apientry of ['keepalive', 'close']) {
        expect((await mizuJson(sb.port, { apientry, ...asAlice })).error?.code, apientry).toBe('access-denied');
        expect((await mizuJson(sb.port, { apientry, ...asAdmin })).status, apientry).toBe('OK');
      }
    });

    it('apitrustediponly=1 refuses every request from an untrusted address', async () => {
      await sb.server.services.options.set(sb.server.services.db.em(), 'apitrustediponly', '1');
      expect((await mizuJson(sb.port, { apientry: 'balance', ...asAlice })).error?.message).toMatch(
        /trusted addresses only/,
      );
      await sb.server.services.options.set(sb.server.services.db.em(), 'apitrustediponly', '0');
    });
  });

  describe('localhost trusted (the default)', () => {
    let sb: TestServer;
    let db: TestDatabase;
    beforeAll(async () => ({ sb, db } = await withServer(open, {})));
    afterAll(async () => {
      await sb?.stop();
      await db?.drop();
    });

    it('apideftrustadmin=1: a trusted address is admin without credentials', async () => {
      expect((await mizuJson(sb.port, { apientry: 'bannedlist' })).status).toBe('OK');
    });

    it('apideftrustadmin=3: only admin credentials make an admin', async () => {
      await sb.server.services.options.set(sb.server.services.db.em(), 'apideftrustadmin', '3');
      expect((await mizuJson(sb.port, { apientry: 'bannedlist' })).error?.code).toBe('auth-failed');
      expect((await mizuJson(sb.port, { apientry: 'bannedlist', ...asAlice })).error?.code).toBe('access-denied');
      expect((await mizuJson(sb.port, { apientry: 'bannedlist', ...asAdmin })).status).toBe('OK');
      await sb.server.services.options.set(sb.server.services.db.em(), 'apideftrustadmin', '1');
    });

    it.each([
      ['0', '127.0.0.1', false],
      ['1', '127.0.0.1', true],
      ['1', '127.0.0.12', true],
      ['3', '127.0.0.1', true],
      ['5', '127.0.0.1', true],
    ] as const)('remoteadmin=%s from %s: admin commands allowed %s', async (level, from, allowed) => {
      await sb.server.services.options.set(sb.server.services.db.em(), 'remoteadmin', level);
      const answer = await mizuJson(sb.port, { apientry: 'bannedlist', ...asAdmin }, from);
      expect(answer.status === 'OK', JSON.stringify(answer.error)).toBe(allowed);
      if (!allowed) expect(answer.error?.message).toMatch(/remoteadmin/);
      expect(
        (await mizuJson(sb.port, { apientry: 'balance', ...asAlice }, from)).status,
        'user commands are not administration',
      ).toBe('OK');
      await sb.server.services.options.set(sb.server.services.db.em(), 'remoteadmin', '5');
    });

    it('trustlanip=false does not untrust localhost', async () => {
      await sb.server.services.options.set(sb.server.services.db.em(), 'trustlanip', 'false');
      expect((await mizuJson(sb.port, { apientry: 'bannedlist' })).status).toBe('OK');
    });
  });
});

describe('httpstrictresponse', () => {
  let sb: TestServer;
  let db: TestDatabase;
  beforeAll(async () => ({ sb, db } = await withServer(engines[0]!, { httpstrictrtspose: '1' })));
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });

  it.each([
    ['a wrong password', { apientry: 'balance', authid: ALICE.username, authpwd: 'x' }, 403],
    ['an unknown command', { apientry: 'nosuch' }, 406],
    ['a missing parameter', { apientry: 'unreg' }, 400],
    ['a planned command', { apientry: 'sendccinfo', ...asAlice }, 501],
    ['an unsupported command', { apientry: 'setip', ...asAdmin }, 501],
    ['success', { apientry: 'balance', ...asAlice }, 200],
  ])('(spelt httpstrictrtspose as in 002) puts the code of %s in the HTTP status', async (_, params, status) => {
    expect((await mizuGet(sb.port, params)).status).toBe(status);
  });

  it('without it every answer is HTTP 200 and the code is in the body', async () => {
    await sb.server.services.options.set(sb.server.services.db.em(), 'httpstrictresponse', '0');
    const res = await mizuGet(sb.port, { apientry: 'balance', authid: ALICE.username, authpwd: 'x' });
    expect(res.status).toBe(200);
    expect(res.body).toBe('ERROR: auth failed: wrong user or password\n');
  });
});
