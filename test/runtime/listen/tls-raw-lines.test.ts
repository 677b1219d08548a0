// The TLS port reads raw request lines like the shared port: a TLS connection (node:tls, a self-signed certificate
// made by openssl) whose first bytes are not HTTP is answered line by line; HTTPS on the same port still answers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selfSigned } from '../../support/certificates.ts';
import { sqliteDatabase, type TestDatabase } from '../../support/databases.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';

/** Sends the lines in one write over TLS and collects everything until `until` matches what came back. */
function tlsExchange(port: number, payload: string, until: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, rejectUnauthorized: false }, () => socket.write(payload));
    let received = '';
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(received);
    };
    const timer = setTimeout(finish, 5_000);
    socket.on('data', (d: Buffer) => {
      received += d.toString('utf8');
      if (until.test(received)) finish();
    });
    socket.on('close', finish);
    socket.on('error', reject);
  });
}

describe('raw request lines on the TLS port', () => {
  let dir: string;
  let db: TestDatabase;
  let sb: TestServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'switchboard-tls-lines-'));
    db = sqliteDatabase();
    sb = await startTestServer(db, { tls: { port: 0, ...selfSigned(dir) } });
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a request line as the shared port does', async () => {
    expect(await tlsExchange(sb.server.tlsPort!, '/mvapireq/?apientry=apitest1\r\n', /\n/)).toBe('OK: API test OK\n');
    const json = await tlsExchange(sb.server.tlsPort!, 'apientry=apitest1&format=json\n', /\n/);
    expect(JSON.parse(json).status).toBe('OK');
  });

  it('frames pipelined lines, and close ends the session', async () => {
    const text = await tlsExchange(
      sb.server.tlsPort!,
      'apientry=apitest1\r\napientry=version\r\napientry=close\r\n',
      /OK: bye\nEOF\n/,
    );
    expect(text).toMatch(/^OK: API test OK\nEOF\nOK: Switchboard [^\n]*\nEOF\nOK: bye\nEOF\n$/);
  });

  it('still answers HTTPS on the same port (its Secure cookie: test/dialects/mor/sessions.test.ts)', async () => {
    const answer = await tlsExchange(
      sb.server.tlsPort!,
      'GET /mvapireq/?apientry=apitest1 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
      /API test OK\n/,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
  });
});
