// The shared port tells HTTP from raw request lines by the first bytes — also when the first segment is shorter than
// an HTTP method (issue 17, finding 11): it waits for enough bytes to decide — on real loopback sockets.
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteDatabase, type TestDatabase } from '../../support/databases.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';

let sb: TestServer;
let db: TestDatabase;
beforeAll(async () => {
  db = sqliteDatabase();
  sb = await startTestServer(db);
});
afterAll(async () => {
  await sb?.stop();
  await db?.drop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Writes each segment as its own TCP segment (a pause between), and collects what comes back until `until` matches. */
async function exchange(segments: string[], until: RegExp): Promise<string> {
  const socket: Socket = connect({ host: '127.0.0.1', port: sb.port, noDelay: true });
  let received = '';
  const answered = new Promise<string>((resolve) => {
    const timer = setTimeout(() => resolve(received), 5_000);
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(received);
    };
    socket.on('data', (d: Buffer) => {
      received += d.toString('latin1');
      if (until.test(received)) finish();
    });
    socket.on('close', finish);
    socket.on('error', finish);
  });
  await new Promise((resolve) => socket.once('connect', resolve));
  for (const segment of segments) {
    socket.write(segment);
    await sleep(150);
  }
  return answered;
}

const HTTP_REST = ' /mvapireq/?apientry=apitest1 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n';

describe('telling HTTP from raw lines', () => {
  it('answers HTTP whose method arrives split over several segments', async () => {
    expect(await exchange(['G', 'E', `T${HTTP_REST}`], /API test OK/)).toMatch(/^HTTP\/1\.1 200 /);
    expect(await exchange(['OPTI', `ONS${HTTP_REST}`], /\r\n\r\n/)).toMatch(/^HTTP\/1\.1 /);
  });

  it('answers raw lines at once, also one that starts like a method, or that arrives split', async () => {
    expect(await exchange(['apien', 'try=apitest1\n'], /\n/)).toBe('OK: API test OK\n');
    expect(await exchange(['GE\n'], /\n/)).not.toMatch(/^HTTP/);
  });
});
