// The syskey (003:L42-L50): checked on every request; missing or wrong is refused and counts toward the IP ban like a
// failed Mizu login; no configured syskey refuses everything, saying so. Requests are counted and logged.
import { describe, expect, it } from 'vitest';
import { sqliteDatabase } from '../../support/databases.ts';
import { rawRequest, useMinisipServer } from './support.ts';

const FAILURES_BEFORE_BAN = 3;

describe('syskey', () => {
  const f = useMinisipServer(async () => sqliteDatabase(), { limits: { authFailures: FAILURES_BEFORE_BAN } });

  it.each([
    ['missing', '/openapi/version', /missing syskey/],
    ['wrong', '/openapi/version?{"syskey":"12345"}', /wrong syskey/],
    ['a prefix of the right one', '/openapi/version?{"syskey":"123"}', /wrong syskey/],
    ['not a string', '/openapi/version?{"syskey":["1234"]}', /syskey not a string/],
  ])('refuses a %s syskey (from its own address, below the ban threshold)', async (_, path, message) => {
    const answer = await rawRequest(f.sb.port, path, { localAddress: '127.0.0.10' });
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ result: 'error', error: { code: 'auth-failed' } });
    expect(answer.body.error.message).toMatch(message);
    await f.sb.server.services.bans.lift(f.sb.server.services.db.em(), '127.0.0.10');
  });

  it('bans an address after repeated wrong keys, then refuses even the right key', async () => {
    const from = { localAddress: '127.0.0.11' };
    for (let i = 0; i < FAILURES_BEFORE_BAN; i++) {
      expect((await rawRequest(f.sb.port, '/openapi/version?{"syskey":"nope"}', from)).body.error.code).toBe(
        'auth-failed',
      );
    }
    const banned = await rawRequest(f.sb.port, '/openapi/version?{"syskey":"1234"}', from);
    expect(banned).toMatchObject({ status: 403, body: { error: { code: 'banned' } } });
    expect(
      (await rawRequest(f.sb.port, '/openapi/version?{"syskey":"1234"}', { localAddress: '127.0.0.12' })).status,
    ).toBe(200);
    expect((await f.sb.server.services.bans.list(f.sb.server.services.db.em())).map((b) => b.ip)).toContain(
      '127.0.0.11',
    );
  });

  it('counts failures and requests in the metrics, by dialect and operation', async () => {
    await rawRequest(f.sb.port, '/openapi/version?{"syskey":"1234"}');
    const metrics = (await rawRequest(f.sb.port, '/metrics')).text;
    expect(metrics).toMatch(/switchboard_auth_failures_total\{dialect="minisip",reason="wrong syskey"\} [1-9]/);
    expect(metrics).toMatch(
      /switchboard_requests_total\{dialect="minisip",command="version\/query",transport="http",outcome="ok"\} [1-9]/,
    );
  });

  it('logs each request with its request id and operation, never the syskey', async () => {
    f.sb.logs.length = 0;
    await rawRequest(f.sb.port, '/openapi/localuser/list?{"syskey":"1234"}');
    const line = f.sb.logs.map((l) => JSON.parse(l)).find((l) => l.msg === 'request' && l.command === 'localuser/list');
    expect(line).toMatchObject({
      outcome: 'ok',
      transport: 'http',
      requestId: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    expect(f.sb.logs.join('')).not.toContain('1234"');
  });
});

describe('no syskey configured', () => {
  const f = useMinisipServer(async () => sqliteDatabase(), { syskey: null });

  it('refuses every request, saying how to enable the openapi, without counting toward a ban', async () => {
    for (const syskey of ['', '1234']) {
      const answer = await rawRequest(f.sb.port, `/openapi/version?{"syskey":"${syskey}"}`);
      expect(answer).toMatchObject({ status: 403, body: { result: 'error', error: { code: 'access-denied' } } });
      expect(answer.body.error.message).toMatch(/minisip\.syskey/);
    }
    expect(await f.sb.server.services.bans.list(f.sb.server.services.db.em())).toEqual([]);
  });
});
