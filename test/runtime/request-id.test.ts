// Every HTTP answer carries X-Request-Id — the client's when it sent a sane one, else one made here, unique — and the
// request's log line carries the same id: on the lean reader, on node:http's fast path, and through the Koa
// application.
import type { IncomingMessage } from 'node:http';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteDatabase, type TestDatabase } from '../support/databases.ts';
import { rawHttp, type RawRequest } from '../support/raw-http.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const APITEST = '/mvapireq/?apientry=apitest&format=json';

/** The three ways an HTTP request is answered, each asked as its reader takes it. */
const PATHS: [string, (id?: string) => RawRequest][] = [
  ['a GET on the lean reader', (id) => ({ path: APITEST, headers: idHeader(id) })],
  ['an HTTP/1.0 GET on node:http', (id) => ({ path: APITEST, version: '1.0', headers: idHeader(id) })],
  [
    'a POST through the Koa application',
    (id) => ({
      method: 'POST',
      path: '/mvapireq/?format=json',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...idHeader(id) },
      body: 'apientry=apitest',
    }),
  ],
];

function idHeader(id: string | undefined): Record<string, string> {
  return id === undefined ? {} : { 'X-Request-Id': id };
}

describe('X-Request-Id', () => {
  let db: TestDatabase;
  let sb: TestServer;

  beforeAll(async () => {
    db = sqliteDatabase();
    sb = await startTestServer(db);
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });

  /** The "request" log lines that carry `id`. */
  const requestLines = (id: string) =>
    sb.logs
      .map((line) => JSON.parse(line) as { msg: string; requestId?: string; command?: string; transport?: string })
      .filter((line) => line.msg === 'request' && line.requestId === id);

  describe.each(PATHS)('%s', (_, request) => {
    it('echoes the id the client sent, and logs the request under it', async () => {
      const sent = `trace-${Math.random().toString(36).slice(2)}:1.a_b`;
      const answer = await rawHttp(sb.port, request(sent));
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body)).toMatchObject({ code: 200 });
      expect(answer.headers['x-request-id']).toBe(sent);
      await expect.poll(() => requestLines(sent)).toEqual([expect.objectContaining({ command: 'apitest' })]);
    });

    it('makes a new, unique id when the client sent none, and logs the request under it', async () => {
      const answers = await Promise.all([rawHttp(sb.port, request()), rawHttp(sb.port, request())]);
      const ids = answers.map((a) => a.headers['x-request-id']!);
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{16}$/);
      expect(new Set(ids).size).toBe(2);
      for (const id of ids)
        await expect.poll(() => requestLines(id)).toEqual([expect.objectContaining({ command: 'apitest' })]);
    });

    it.each([
      ['too long', 'x'.repeat(65)],
      ['with a space', 'two words'],
      ['with a slash', 'a/b'],
      ['empty', ''],
    ])('ignores an id %s and makes its own', async (_, sent) => {
      const answer = await rawHttp(sb.port, request(sent));
      const id = answer.headers['x-request-id']!;
      expect(id).toMatch(/^[0-9a-f]{16}$/);
      await expect.poll(() => requestLines(id)).toHaveLength(1);
    });
  });

  it('takes an id of 64 characters, the longest the ledger and audit log keep', async () => {
    const sent = 'A'.repeat(64);
    const answer = await rawHttp(sb.port, { path: APITEST, headers: idHeader(sent) });
    expect(answer.headers['x-request-id']).toBe(sent);
  });

  it('is on answers no dialect makes: /health, and a path nothing serves', async () => {
    for (const path of ['/health', '/no-such-path']) {
      const answer = await rawHttp(sb.port, { path, headers: idHeader('probe-1') });
      expect(answer.headers['x-request-id']).toBe('probe-1');
      const made = await rawHttp(sb.port, { path });
      expect(made.headers['x-request-id']).toMatch(/^[0-9a-f]{16}$/);
    }
  });

  it('is on the WebSocket upgrade answer', async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${sb.port}/mvstwebsock`, { headers: { 'X-Request-Id': 'ws-upgrade-1' } });
    const upgrade = await new Promise<IncomingMessage>((resolve, reject) => {
      ws.once('upgrade', resolve);
      ws.once('error', reject);
    });
    ws.close();
    expect(upgrade.statusCode).toBe(101);
    expect(upgrade.headers['x-request-id']).toBe('ws-upgrade-1');
  });
});
