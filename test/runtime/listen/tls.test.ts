// With tls configured: HTTPS and secure WebSocket answer on the TLS port (a self-signed certificate made by openssl).
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
});
