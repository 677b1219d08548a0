// One password policy in every dialect that sets a password: Mizu v2 newuseri / newuser / newuseru / changepwd /
// setfield, Mizu v1 adduser and miniSIPServer localuser/set (a new local user and a changed password). The same
// password is taken or refused alike everywhere, under the default policy (the vendors' examples pass) and a stricter
// one set in the running server's config — on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PasswordPolicy } from '../../../src/domain/accounts/password-policy.ts';
import { DEFAULT_PASSWORD_POLICY } from '../../../src/platform/config.ts';
import { User } from '../../../src/persistence/entities/user.ts';
import { testEngines, type TestDatabase } from '../../support/databases.ts';
import { mizuGet } from '../../support/mizu.ts';
import { ADMIN, startTestServer, type TestServer } from '../../support/server.ts';

const V1_KEY = 'v1-key';
const SYSKEY = '1234';
const START_PASSWORD = 'Start-7-harbor';
const asAdmin = { authid: ADMIN.username, authpwd: ADMIN.password };
const STRICT: PasswordPolicy = { minLength: 8, requireLetter: true, requireDigit: true, refuseGuessable: true };

const engines = await testEngines('the password policy tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('the password policy in every dialect (%#)', (open) => {
  let db: TestDatabase;
  let sb: TestServer;
  let serial = 0;

  beforeAll(async () => {
    db = await open();
    sb = await startTestServer(db, {
      globals: { httpapikey: V1_KEY },
      limits: { authFailures: 1000, perIp: 100_000, perUser: 100_000 },
    });
    sb.config.minisip.syskey = SYSKEY;
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });

  const em = () => sb.server.services.db.em();
  const get = async (path: string) => {
    const res = await fetch(`${sb.baseUrl}${path}`);
    return res.text();
  };
  const mizu = async (params: Record<string, string>) =>
    (await mizuGet(sb.port, { format: 'json', authkey: V1_KEY, ...params })).body;
  /** A user to change the password of, with a password every policy here takes. */
  const existing = async (username: string) => {
    const { id } = await sb.server.services.accounts.create(
      em(),
      { username, password: START_PASSWORD },
      { name: 'test', requestId: 'setup' },
    );
    return id;
  };
  const minisipSet = (usrname: string, usrpwd: string) =>
    get(`/openapi/localuser/set?${encodeURIComponent(JSON.stringify({ syskey: SYSKEY, usrname, usrpwd }))}`);

  /** Each way a password is set: it sets `password` for `username` (made first where the way changes one). */
  const WAYS: [string, (username: string, password: string) => Promise<string>][] = [
    ['Mizu v2 newuseri', (u, p) => mizu({ apientry: 'newuseri', ...asAdmin, u_username: u, u_password: p })],
    ['Mizu v2 newuser', (u, p) => mizu({ apientry: 'newuser', ...asAdmin, u_username: u, u_password: p })],
    ['Mizu v2 newuseru', (u, p) => mizu({ apientry: 'newuseru', u_username: u, u_password: p })],
    [
      'Mizu v2 changepwd',
      async (u, p) => {
        await existing(u);
        return mizu({
          apientry: 'changepwd',
          authid: u,
          authpwd: START_PASSWORD,
          oldpassword: START_PASSWORD,
          newpassword: p,
        });
      },
    ],
    [
      'Mizu v2 setfield password (the admin)',
      async (u, p) => {
        const rowid = String(await existing(u));
        return mizu({ apientry: 'setfield', ...asAdmin, fieldname: 'password', fieldvalue: p, rowid });
      },
    ],
    [
      'Mizu v1 adduser',
      (u, p) => get(`/xmapi/adduser?${new URLSearchParams({ key: V1_KEY, u_username: u, u_password: p })}&now`),
    ],
    ['miniSIPServer localuser/set (a new local user)', (u, p) => minisipSet(u, p)],
    [
      'miniSIPServer localuser/set (a changed password)',
      async (u, p) => {
        await minisipSet(u, START_PASSWORD);
        return minisipSet(u, p);
      },
    ],
  ];

  /** Sets the password one way; answers whether the account now has it, and what the dialect said. */
  async function tryWay(way: (typeof WAYS)[number][1], password: string) {
    const username = String(7000 + serial++);
    const answer = await way(username, password);
    const row = await em().findOne(User, { username }, { disableIdentityMap: true });
    return { taken: row !== null && sb.server.services.accounts.passwordMatches(row, password), answer };
  }

  const cases: [string, PasswordPolicy, string, RegExp | undefined][] = [
    ["the default policy, the miniSIPServer seed's 100", DEFAULT_PASSWORD_POLICY, '100', undefined],
    ["the default policy, the Mizu seed's PASSWORD", DEFAULT_PASSWORD_POLICY, 'PASSWORD', undefined],
    ['a stricter policy, 100', STRICT, '100', /weak password: the password must be at least 8 characters long/],
    [
      'a stricter policy, PASSWORD',
      STRICT,
      'PASSWORD',
      /weak password: the password must contain both letters and digits/,
    ],
    [
      'a stricter policy, Password123',
      STRICT,
      'Password123',
      /weak password: the password is one of the most commonly used/,
    ],
    ['a stricter policy, Quiet-harbor-9', STRICT, 'Quiet-harbor-9', undefined],
  ];

  it.each(cases)('%s: taken or refused alike in every dialect', async (_name, policy, password, refusal) => {
    sb.config.passwordPolicy = policy;
    try {
      for (const [wayName, way] of WAYS) {
        const { taken, answer } = await tryWay(way, password);
        expect(taken, `${wayName}: ${answer}`).toBe(refusal === undefined);
        if (refusal) expect(answer, wayName).toMatch(refusal);
      }
    } finally {
      sb.config.passwordPolicy = DEFAULT_PASSWORD_POLICY;
    }
  });
});
