// baresip, a real softphone (Debian's package), registers to Switchboard with its account (issue 15): status shows
// it online, miniSIPServer localuser carries its registration state and user agent, and when it quits (it
// unregisters on the way out) it is offline. Headless: a generated config with no audio or UI module, UDP on loopback.
// baresip is required when CI=true; elsewhere, without it, skipped with one line.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines, type TestDatabase } from '../support/databases.ts';
import { mizuJson } from '../support/mizu.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { requireProgram } from '../support/services.ts';
import { freeSipPort } from './free-port.ts';

const withBaresip = requireProgram('baresip', 'the baresip registration test');
const engines = withBaresip ? await testEngines('the baresip registration test on PostgreSQL') : [];
const SYSKEY = 'baresip-test-syskey';
const USER = { username: '4001', password: 'pw-4001' };
const MODULES = '/usr/lib/baresip/modules';

describe.skipIf(!withBaresip).each(engines.map((open) => [open]))('baresip registers to Switchboard (%#)', (open) => {
  let db: TestDatabase;
  let sb: TestServer;
  let dir: string;
  let phone: ChildProcess | undefined;
  let phoneLog = '';

  beforeAll(async () => {
    db = await open();
    const sipPort = await freeSipPort();
    sb = await startTestServer(db, { sip: { port: sipPort } });
    sb.config.minisip.syskey = SYSKEY;
    await sb.server.services.accounts.create(sb.server.services.db.em(), USER, { name: 'test', requestId: 'setup' });
    dir = mkdtempSync(join(tmpdir(), 'switchboard-baresip-'));
    const phonePort = await freeSipPort();
    // Only the account module: no audio driver, codec or UI is loaded, so no device is needed.
    writeFileSync(
      join(dir, 'config'),
      [
        `module_path ${MODULES}`,
        `sip_listen 127.0.0.1:${phonePort}`,
        'module_app account.so',
        'audio_player nothing,nothing',
        'audio_source nothing,nothing',
        'audio_alert nothing,nothing',
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(dir, 'accounts'),
      `<sip:${USER.username}@127.0.0.1:${sipPort};transport=udp>;auth_pass=${USER.password};regint=300\n`,
    );
    phone = spawn('baresip', ['-f', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    phone.stdout?.on('data', (d: Buffer) => {
      phoneLog += d.toString();
    });
    phone.stderr?.on('data', (d: Buffer) => {
      phoneLog += d.toString();
    });
  });
  afterAll(async () => {
    if (phone && phone.exitCode === null) phone.kill('SIGKILL');
    await sb?.stop();
    await db?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const status = async () =>
    (await mizuJson(sb.port, { apientry: 'status', authid: USER.username, authpwd: USER.password })).data?.status;
  const localuser = async () =>
    (await fetch(
      `${sb.baseUrl}/openapi/localuser/query?${encodeURIComponent(JSON.stringify({ syskey: SYSKEY, usrname: USER.username }))}`,
    ).then((r) => r.json())) as Record<string, unknown>;
  const eventually = async <T>(check: () => Promise<T>, want: (v: T) => boolean, what: string): Promise<T> => {
    const until = Date.now() + 10_000;
    for (;;) {
      const value = await check();
      if (want(value)) return value;
      if (Date.now() > until) throw new Error(`timed out waiting for ${what}; baresip said:\n${phoneLog}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  it('shows online through status, and localuser carries its state and user agent', async () => {
    await eventually(status, (s) => s === 2, 'baresip to register');
    const answer = await localuser();
    expect(answer).toMatchObject({ usrname: USER.username, state: 1, addr: '127.0.0.1' });
    expect(answer.userAgent).toMatch(/^baresip/);
  });

  it('is offline once it quits (it unregisters on the way out)', async () => {
    phone!.kill('SIGTERM');
    await eventually(status, (s) => s === 1, 'baresip to unregister');
    expect(await localuser()).toMatchObject({ state: 0, userAgent: '' });
  });
});
