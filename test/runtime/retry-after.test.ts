// A refused client is told when to come back: Retry-After (seconds) on a rate-limited answer, for the time left in the
// limit's window, and on every answer to a banned address, for the time left in the ban — on the lean reader and
// through the Koa application.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteDatabase, type TestDatabase } from '../support/databases.ts';
import { rawHttp, type RawRequest } from '../support/raw-http.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const WINDOW_SECONDS = 30;
const BAN_SECONDS = 120;

/** A Mizu v2 command with its parameters, from one loopback address, as each reader takes it. */
const PATHS: [string, (query: string, from: string) => RawRequest][] = [
  ['a GET on the lean reader', (query, from) => ({ path: `/mvapireq/?format=json&${query}`, localAddress: from })],
  [
    'a POST through the Koa application',
    (query, from) => ({
      method: 'POST',
      path: '/mvapireq/?format=json',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: query,
      localAddress: from,
    }),
  ],
];

/** Retry-After as a whole number of seconds (the only form sent here). */
function retryAfter(headers: Record<string, string>): number {
  const value = headers['retry-after'];
  expect(value).toMatch(/^[1-9][0-9]*$/);
  return Number(value);
}

describe('Retry-After', () => {
  let db: TestDatabase;
  let sb: TestServer;

  beforeAll(async () => {
    db = sqliteDatabase();
    sb = await startTestServer(db, {
      // The HTTP status says what the answer is (429, 403), as strict clients expect.
      globals: { httpstrictresponse: '1' },
      limits: { perIp: 3, windowSeconds: WINDOW_SECONDS, authFailures: 2, banSeconds: BAN_SECONDS },
    });
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });

  describe.each(PATHS.map(([name, request], i) => [name, request, i]))('%s', (_, request, i) => {
    it('is on the answer over the rate limit: the time left in its window', async () => {
      const from = `127.0.1.${10 + (i as number)}`;
      for (let n = 0; n < 3; n++) {
        const within = await rawHttp(sb.port, request('apientry=apitest', from));
        expect(within.status).toBe(200);
        expect(within.headers['retry-after']).toBeUndefined();
      }
      const over = await rawHttp(sb.port, request('apientry=apitest', from));
      expect(over.status).toBe(429);
      expect(JSON.parse(over.body)).toMatchObject({ error: { code: 'rate-limited' } });
      expect(retryAfter(over.headers)).toBeLessThanOrEqual(WINDOW_SECONDS);
    });

    it('is on every answer to a banned address: the time left in the ban', async () => {
      const from = `127.0.2.${10 + (i as number)}`;
      // A user of its own: failures for one user name count toward a ban too, from any address.
      const wrong = `apientry=balance&authid=nobody-${i}&authpwd=wrong`;
      const first = await rawHttp(sb.port, request(wrong, from));
      expect(first.status).toBe(404); // strict: the seed's "user not found" for a name no account has
      expect(first.headers['retry-after']).toBeUndefined();
      // The failure that bans the address says how long the ban is.
      const banning = await rawHttp(sb.port, request(wrong, from));
      expect(JSON.parse(banning.body)).toMatchObject({ error: { code: 'user-not-found' } });
      expect(retryAfter(banning.headers)).toBe(BAN_SECONDS);
      for (const query of [wrong, 'apientry=apitest']) {
        const banned = await rawHttp(sb.port, request(query, from));
        expect(banned.status).toBe(403);
        expect(JSON.parse(banned.body)).toMatchObject({ error: { code: 'banned' } });
        const left = retryAfter(banned.headers);
        expect(left).toBeLessThanOrEqual(BAN_SECONDS);
        expect(left).toBeGreaterThan(BAN_SECONDS - 30);
      }
    });
  });
});
