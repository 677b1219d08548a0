// POST /billing/api/login starts a server-side session: an HttpOnly, SameSite=Lax cookie (Secure over https), kept
// in the database so it survives a restart, refused once expired; the generated client logs in with it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines, sqliteDatabase, type TestDatabase } from '../../support/databases.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';
import { addUser, loginCookie, request, sessionClient, startMor } from './support.ts';

const engines = await testEngines('the MOR session tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('MOR sessions (%#)', (open) => {
  let db: TestDatabase;
  let sb: TestServer;

  beforeAll(async () => {
    db = await open();
    sb = await startMor(db, { limits: { authFailures: 3 } });
    await addUser(sb, 'alice', { name: 'Alice' });
    await addUser(sb, 'carol');
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });

  const sessions = () =>
    sb.server.services.db
      .em()
      .getConnection()
      .execute<{ user_id: number; expires_at: unknown }[]>('select user_id, expires_at from mor_sessions');

  it('logs in from the generated client and serves the pages with the cookie', async () => {
    const alice = sessionClient(sb, 'alice');
    expect((await alice.main()).page.username).toBe('Alice');
    expect((await alice.personalDetails()).page.pagename).toBe('Personal details');
  });

  it("answers MOR's action and sets an HttpOnly, SameSite=Lax cookie for /billing, not Secure over plain http", async () => {
    const res = await fetch(`${sb.baseUrl}/billing/api/login?u=alice&p=pw-portal-1`, { method: 'POST' });
    const text = await res.text();
    expect(text).toMatch(
      /<status>ok<\/status>\n {2}<user_id>\d+<\/user_id>\n {2}<status_message>Successfully logged in</,
    );
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^_mor_session=[A-Za-z0-9_-]{43}; Path=\/billing; Max-Age=28800; HttpOnly; SameSite=Lax$/);
  });

  it('keeps only a hash of the token in the database', async () => {
    const cookie = await loginCookie(sb, 'alice');
    const token = cookie.split('=')[1]!;
    const rows = await sb.server.services.db
      .em()
      .getConnection()
      .execute<{ token_hash: string }[]>('select token_hash from mor_sessions');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.token_hash.includes(token))).toBe(false);
  });

  it('refuses a wrong password in the action form, and counts it toward the ban', async () => {
    const wrong = await request(sb, '/api/login?u=carol&p=nope', { method: 'POST' });
    expect(wrong.status).toBe(200);
    expect(wrong.doc.action).toEqual({ name: 'login', status: 'failed', status_message: 'Login failed' });
    expect(wrong.headers.get('set-cookie')).toBeNull();
    await request(sb, '/api/login?u=nobody&p=nope', { method: 'POST' });
    await request(sb, '/api/login?u=carol&p=nope2', { method: 'POST' });
    const banned = await request(sb, '/api/login?u=carol&p=pw-portal-1', { method: 'POST' });
    expect(banned.doc.status.error).toMatch(/too many failed requests/);
    await sb.server.services.bans.lift(sb.server.services.db.em(), 'all');
  });

  it("refuses a disabled account's login in MOR's words, with no cookie", async () => {
    const dora = await addUser(sb, 'dora');
    const actor = { name: 'test', requestId: 'test', action: 'disable' };
    await sb.server.services.accounts.update(sb.server.services.db.em(), dora, { enabled: false }, actor);
    const refused = await request(sb, '/api/login?u=dora&p=pw-portal-1', { method: 'POST' });
    expect([refused.status, refused.doc.action]).toEqual([
      200,
      { name: 'login', status: 'failed', status_message: 'Login failed' },
    ]);
    expect(refused.headers.get('set-cookie')).toBeNull();
  });

  it('refuses pages without a session, and with an expired one (which is then deleted)', async () => {
    const none = await request(sb, '/callc/main');
    expect([none.status, none.doc.status.error]).toEqual([200, 'Bad login']);
    const cookie = await loginCookie(sb, 'carol');
    expect((await request(sb, '/callc/main', { headers: { cookie } })).status).toBe(200);
    const before = (await sessions()).length;
    await sb.server.services.db
      .em()
      .getConnection()
      .execute('update mor_sessions set expires_at = ?', [new Date(Date.now() - 1000)]);
    const expired = await request(sb, '/callc/main', { headers: { cookie } });
    expect([expired.status, expired.doc.status.error]).toEqual([200, expect.stringMatching(/expired/)]);
    expect((await sessions()).length).toBe(before - 1);
  });

  it('lasts mor.sessionMinutes', async () => {
    sb.config.mor.sessionMinutes = 2;
    try {
      const res = await fetch(`${sb.baseUrl}/billing/api/login?u=alice&p=pw-portal-1`, { method: 'POST' });
      expect(res.headers.get('set-cookie')).toContain('Max-Age=120;');
      const latest = (await sessions()).map((s) =>
        new Date(typeof s.expires_at === 'number' ? s.expires_at : String(s.expires_at)).getTime(),
      );
      expect(Math.max(...latest) - Date.now()).toBeGreaterThan(100_000);
      expect(Math.max(...latest) - Date.now()).toBeLessThanOrEqual(120_000);
    } finally {
      sb.config.mor.sessionMinutes = undefined;
    }
  });

  it('survives a restart of the server', async () => {
    const cookie = await loginCookie(sb, 'alice');
    await sb.stop();
    sb = await startMor(db);
    const page = await request(sb, '/callc/main', { headers: { cookie } });
    expect([page.status, page.doc.page?.username]).toEqual([200, 'Alice']);
  });
});

describe('MOR session cookie over https', () => {
  let dir: string;
  let db: TestDatabase;
  let sb: TestServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'switchboard-mor-tls-'));
    const cert = join(dir, 'cert.pem');
    const key = join(dir, 'key.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    db = sqliteDatabase();
    sb = await startTestServer(db, { tls: { port: 0, cert, key } });
    await addUser(sb, 'alice');
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is Secure', async () => {
    const cookie = await new Promise<string>((resolve, reject) => {
      const req = httpsRequest(
        {
          host: '127.0.0.1',
          port: sb.server.tlsPort,
          path: '/billing/api/login?u=alice&p=pw-portal-1',
          method: 'POST',
          rejectUnauthorized: false,
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(String(res.headers['set-cookie'] ?? '')));
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(cookie).toMatch(/; HttpOnly; SameSite=Lax; Secure$/);
  });
});
