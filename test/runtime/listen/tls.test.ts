// With tls configured: HTTPS, secure WebSocket and raw request lines answer on the TLS port (a self-signed certificate
// made by openssl); a TLS connection whose first bytes are not HTTP is read as request lines, as on the shared port.
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { selfSigned } from '../../support/certificates.ts';
import { sqliteDatabase, type TestDatabase } from '../../support/databases.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';

function httpsGet(port: number, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, rejectUnauthorized: false }, (res) => {
      let body = '';
      res.on('data', (d) => {
        body += d;
      });
      res.on('end', () => resolve(body));
    });
    req.on('error', reject);
    req.end();
  });
}

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

describe('TLS', () => {
  let dir: string;
  let db: TestDatabase;
  let sb: TestServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'switchboard-tls-'));
    db = sqliteDatabase();
    sb = await startTestServer(db, { tls: { port: 0, ...selfSigned(dir) } });
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers HTTPS on the TLS port', async () => {
    expect(await httpsGet(sb.server.tlsPort!, '/mvapireq/?apientry=apitest1')).toBe('OK: API test OK\n');
  });

  it('answers a secure WebSocket on /mvstwebsock', async () => {
    const answer = await new Promise<string>((resolve, reject) => {
      const ws = new WebSocket(`wss://127.0.0.1:${sb.server.tlsPort}/mvstwebsock`, { rejectUnauthorized: false });
      ws.on('open', () => ws.send('/mvapireq/?apientry=apitest1&format=json'));
      ws.on('message', (d) => {
        resolve(d.toString());
        ws.close();
      });
      ws.on('error', reject);
    });
    expect(JSON.parse(answer).status).toBe('OK');
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
});
