// SIPp registers to a real Switchboard (issue 15): good credentials are challenged then registered, bad ones refused,
// and an Expires: 0 REGISTER unregisters; the API (status, reguser, miniSIPServer localuser) follows each step.
// SIPp (Debian's sip-tester) is required when CI=true; elsewhere, without it, skipped with one line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines, type TestDatabase } from '../support/databases.ts';
import { mizuJson } from '../support/mizu.ts';
import { ADMIN, type TestServer } from '../support/server.ts';
import { requireProgram } from '../support/services.ts';
import { freeSipPort } from './free-port.ts';
import { passwordOf, type SipTestServer, startSipServer } from './sip-server.ts';
import { receivedStatuses, runSipp, type SippOptions } from './sipp.ts';

const withSipp = requireProgram('sipp', 'the SIPp registration tests');
const engines = withSipp ? await testEngines('the SIPp registration tests on PostgreSQL') : [];
const SYSKEY = 'sip-test-syskey';

describe.skipIf(!withSipp).each(engines.map((open) => [open]))('SIPp registers to Switchboard (%#)', (open) => {
  let db: TestDatabase;
  let server: SipTestServer;
  let sb: TestServer;
  let dir: string;
  let sipPort: number;

  beforeAll(async () => {
    db = await open();
    server = await startSipServer(db, ['3001', '3002', '3003']);
    ({ sb, dir, sipPort } = server);
    sb.config.minisip.syskey = SYSKEY;
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  const sipp = async (o: Omit<SippOptions, 'port' | 'dir'>) => runSipp({ ...o, port: sipPort, dir });
  const status = async (username: string) =>
    (await mizuJson(sb.port, { apientry: 'status', authid: username, authpwd: passwordOf(username) })).data?.status;
  const reguser = async (username: string) =>
    (await mizuJson(sb.port, { apientry: 'reguser', usr: username, authid: ADMIN.username, authpwd: ADMIN.password }))
      .data?.rows;
  const localuser = async (username: string) =>
    (await fetch(
      `${sb.baseUrl}/openapi/localuser/query?${encodeURIComponent(JSON.stringify({ syskey: SYSKEY, usrname: username }))}`,
    ).then((r) => r.json())) as Record<string, unknown>;

  it.each([
    ['udp', '3001'],
    ['tcp', '3002'],
  ] as const)('over %s: challenged, registered with the user agent, then unregistered', async (transport, username) => {
    const localPort = await freeSipPort();
    const user = { username, password: passwordOf(username) };
    const registered = await sipp({ scenario: 'register.xml', transport, users: [user], localPort });
    expect(registered.errors, registered.stderr).toBe('');
    expect(registered.code).toBe(0);
    expect(receivedStatuses(registered.messages)).toEqual(['401', '200']);
    expect(registered.messages).toMatch(/WWW-Authenticate: Digest [^\n]*nonce="/);

    expect(await status(username)).toBe(2);
    expect(await reguser(username)).toEqual([
      expect.objectContaining({
        username,
        contact: expect.stringContaining(`${username}@127.0.0.1:${localPort}`),
        ip: '127.0.0.1',
        port: localPort,
        transport,
        useragent: 'SIPp/3.6 switchboard-test',
      }),
    ]);
    expect(await localuser(username)).toMatchObject({
      state: 1,
      addr: '127.0.0.1',
      port: localPort,
      userAgent: 'SIPp/3.6 switchboard-test',
    });

    const unregistered = await sipp({ scenario: 'unregister.xml', transport, users: [user], localPort });
    expect(unregistered.errors, unregistered.stderr).toBe('');
    expect(unregistered.code).toBe(0);
    expect(receivedStatuses(unregistered.messages)).toEqual(['401', '200']);
    expect(await status(username)).toBe(1);
    expect(await reguser(username)).toEqual([]);
    expect(await localuser(username)).toMatchObject({ state: 0, userAgent: '' });
  });

  it('a wrong password is challenged, then refused, and nothing is registered', async () => {
    const refused = await sipp({
      scenario: 'register-bad.xml',
      transport: 'udp',
      users: [{ username: '3003', password: 'not-the-password' }],
      localPort: await freeSipPort(),
    });
    expect(refused.errors, refused.stderr).toBe('');
    expect(refused.code).toBe(0);
    const [challenge, refusal] = receivedStatuses(refused.messages);
    expect(challenge).toBe('401');
    expect(['401', '403']).toContain(refusal);
    expect(await status('3003')).toBe(1);
    expect(await reguser('3003')).toEqual([]);
  });
});
