// The HTTP status of a Mizu answer (issue 18): under httpstrictresponse the codes the seed names (000:L68-L80, 001:L106)
// — 421 for a missing number, 404 for an unknown user (addcredit's, or the login's: in the words of a wrong password),
// 403 for wrong authentication — and 200 for everything without it, the text answer the same either way; Mizu v2 and
// v1, on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mizuGet } from '../../../support/mizu.ts';
import { ADMIN, startTestServer, type TestServer } from '../../../support/server.ts';
import { testEngines, type TestDatabase } from '../../../support/databases.ts';
import { request } from 'node:http';

const USER = { username: 'sam', password: 'sam-pw-1' };

function xmapi(
  port: number,
  command: string,
  params: Record<string, string>,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request(
      { host: '127.0.0.1', port, path: `/xmapi/${command}?${new URLSearchParams(params)}&now`, agent: false },
      (res) => {
        let body = '';
        res.on('data', (d) => {
          body += d;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    )
      .on('error', reject)
      .end();
  });
}

const asUser = { authid: USER.username, authpwd: USER.password };
const asAdmin = { authid: ADMIN.username, authpwd: ADMIN.password };

/** Each case: the request, the status under httpstrictresponse, the text answer's start. */
const V2_CASES: [string, Record<string, string>, number, RegExp][] = [
  [
    'a missing number (rating without bnum)',
    { apientry: 'rating', ...asUser },
    421,
    /^ERROR: missing parameter: bnum\n/,
  ],
  [
    'an unknown user (addcredit to nobody)',
    { apientry: 'addcredit', pin: 'nobody', credit: '1', ...asAdmin },
    404,
    /^ERROR: no user nobody\n$/,
  ],
  [
    'an unknown authid (the words of a wrong password)',
    { apientry: 'balance', authid: 'nobody', authpwd: 'nope' },
    404,
    /^ERROR: auth failed: wrong user or password\n$/,
  ],
  [
    'a wrong password',
    { apientry: 'balance', authid: USER.username, authpwd: 'nope' },
    403,
    /^ERROR: auth failed: wrong user or password\n$/,
  ],
  ['success', { apientry: 'balance', ...asUser }, 200, /^Your credit is \$3\n$/],
];

const V1_CASES: [string, string, Record<string, string>, number, RegExp][] = [
  [
    'a missing number (rating without anum)',
    'rating',
    { usr: USER.username, pwd: USER.password },
    421,
    /^ERROR:missing parameter: anum/,
  ],
  ['an unknown usr', 'balance', { usr: 'nobody', pwd: 'nope' }, 404, /^ERROR:wrong authentication\n$/],
  ['a wrong pwd', 'balance', { usr: USER.username, pwd: 'nope' }, 403, /^ERROR:wrong authentication\n$/],
  ['success', 'balance', { usr: USER.username, pwd: USER.password }, 200, /^OK: 3\.00\n$/],
];

const engines = await testEngines('the strict status tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('Mizu HTTP status (%#)', (open) => {
  let db: TestDatabase;
  let sb: TestServer;
  const strict = (on: boolean) =>
    sb.server.services.options.set(sb.server.services.db.em(), 'httpstrictresponse', on ? '1' : '0');

  beforeAll(async () => {
    db = await open();
    sb = await startTestServer(db, { limits: { authFailures: 1000 } });
    await sb.server.services.accounts.create(
      sb.server.services.db.em(),
      { ...USER, creditMicros: 3_000_000n },
      { name: 'test', requestId: 'setup' },
    );
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });

  it.each(V2_CASES)('Mizu v2: %s is %i under httpstrictresponse, 200 without it', async (_, params, status, body) => {
    await strict(true);
    const strictAnswer = await mizuGet(sb.port, params);
    expect(strictAnswer.status).toBe(status);
    expect(strictAnswer.body).toMatch(body);
    await strict(false);
    const lenient = await mizuGet(sb.port, params);
    expect(lenient.status).toBe(200);
    expect(lenient.body).toBe(strictAnswer.body);
  });

  it.each(V1_CASES)(
    'Mizu v1: %s is %i under httpstrictresponse, 200 without it',
    async (_, command, params, status, body) => {
      await strict(true);
      const strictAnswer = await xmapi(sb.port, command, params);
      expect(strictAnswer.status).toBe(status);
      expect(strictAnswer.body).toMatch(body);
      await strict(false);
      const lenient = await xmapi(sb.port, command, params);
      expect(lenient.status).toBe(200);
      expect(lenient.body).toBe(strictAnswer.body);
    },
  );
});
