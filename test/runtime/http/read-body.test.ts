// Request bodies over HTTP (issue 17, finding 11): a chunked body over the limit gets the same size error as a
// Content-Length one, and a client that disconnects mid-body is an info line without a stack, not an error — on a
// real server, over raw sockets, on every dialect's POST route.
import { connect } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sqliteDatabase, type TestDatabase } from '../../support/databases.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';

const MAX = 16 * 1024;
const ROUTES = ['/mvapireq/?format=json', '/xmapi/?format=json', '/openapi/system', '/billing/api/login'];

let db: TestDatabase;
let sb: TestServer;
beforeAll(async () => {
  db = sqliteDatabase();
  sb = await startTestServer(db, { limits: { maxRequestBytes: MAX } });
});
afterEach(() => vi.restoreAllMocks());
afterAll(async () => {
  await sb?.stop();
  await db?.drop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends the request bytes and collects the answer until the server closes or a pause after the headers. */
function rawHttp(request: string | Buffer): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port: sb.port });
    let received = '';
    const done = () => {
      socket.destroy();
      resolve(received);
    };
    socket.on('connect', () => socket.write(request, () => undefined));
    socket.on('data', (d: Buffer) => {
      received += d.toString('latin1');
      if (/\r\n\r\n/.test(received)) setTimeout(done, 300);
    });
    socket.on('close', done);
    socket.on('error', done);
    setTimeout(done, 5_000);
  });
}

const statusOf = (answer: string) => answer.slice(0, answer.indexOf('\r\n'));
const head = (path: string, framing: string) =>
  `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n${framing}\r\n\r\n`;

describe('a body over the limit', () => {
  it.each(ROUTES)('%s: chunked gets the answer a Content-Length body gets', async (path) => {
    const body = `apientry=apitest1&txt=${'x'.repeat(MAX + 100)}`;
    const sized = await rawHttp(`${head(path, `Content-Length: ${body.length}\r\nConnection: close`)}${body}`);
    const chunk = 'y'.repeat(4096);
    const chunks = Array.from({ length: 8 }, () => `${(4096).toString(16)}\r\n${chunk}\r\n`).join('');
    const chunked = await rawHttp(`${head(path, 'Transfer-Encoding: chunked\r\nConnection: close')}${chunks}0\r\n\r\n`);
    expect(statusOf(sized)).not.toMatch(/ 500 /);
    expect(statusOf(chunked)).toBe(statusOf(sized));
    expect(chunked).toMatch(/request body over|request too large|too large/i);
  });
});

describe('an upload the client abandons', () => {
  it.each(ROUTES)('%s: an info line without a stack, no error', async (path) => {
    // Koa prints what nobody hears to stderr, with a stack.
    const printed = vi.spyOn(console, 'error');
    const since = sb.logs.length;
    await new Promise<void>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port: sb.port });
      socket.on('connect', () => {
        socket.write(`${head(path, 'Content-Length: 10000')}apientry=apitest1&txt=`);
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 200);
      });
      socket.on('error', () => resolve());
    });
    await sleep(500);
    const lines = sb.logs.slice(since).map((l) => JSON.parse(l) as { level: number; msg: string; outcome?: string });
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
    expect(JSON.stringify(lines)).not.toMatch(/"stack"/);
    expect(lines.filter((l) => l.msg === 'request').map((l) => [l.level, l.outcome])).toEqual([[30, 'bad-request']]);
    expect(printed).not.toHaveBeenCalled();
  });
});
