// SIPp as the phone of an instant message (issue 15): it registers with its account (test/sip/register.xml), then
// answers as a UAS on the port it registered from (message-uas.xml), and receives the SIP MESSAGE of a sendim — sent
// at once when registered, or kept while it is not and sent (retransmitted until SIPp listens) once it registers.
// SIPp (Debian's sip-tester) is required when CI=true; elsewhere, without it, skipped with one line.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines, type TestDatabase } from '../../support/databases.ts';
import { mizuJson } from '../../support/mizu.ts';
import type { TestServer } from '../../support/server.ts';
import { requireProgram } from '../../support/services.ts';
import { freeSipPort } from '../free-port.ts';
import { passwordOf, type SipTestServer, startSipServer } from '../sip-server.ts';
import { receivedStatuses, runSipp, type SippOptions } from '../sipp.ts';

const withSipp = requireProgram('sipp', 'the SIPp instant message tests');
const engines = withSipp ? await testEngines('the SIPp instant message tests on PostgreSQL') : [];
/** The UAS scenario of this folder, run by test/sip/sipp.ts (whose scenario names are those of test/sip). */
const MESSAGE_UAS = 'messages/message-uas.xml' as SippOptions['scenario'];

describe.skipIf(!withSipp).each(engines.map((open) => [open]))('SIPp receives sendim (%#)', (open) => {
  let db: TestDatabase;
  let server: SipTestServer;
  let sb: TestServer;
  let dir: string;
  let sipPort: number;

  beforeAll(async () => {
    db = await open();
    server = await startSipServer(db, ['4001', '4002', 'sender']);
    ({ sb, dir, sipPort } = server);
    // sipp.ts names its files after the scenario, folder included.
    mkdirSync(join(dir, 'messages'));
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  const sipp = (o: Omit<SippOptions, 'port' | 'dir' | 'transport'>) =>
    runSipp({ ...o, port: sipPort, dir, transport: 'udp' });
  const register = async (username: string, localPort: number) => {
    const run = await sipp({
      scenario: 'register.xml',
      users: [{ username, password: passwordOf(username) }],
      localPort,
    });
    expect(run.errors, run.stderr).toBe('');
    expect(receivedStatuses(run.messages)).toEqual(['401', '200']);
  };
  /** SIPp as the UAS on the port username registered from (its injection file must name someone: the user). */
  const receive = (username: string, localPort: number) =>
    sipp({ scenario: MESSAGE_UAS, users: [{ username, password: passwordOf(username) }], localPort, calls: 1 });
  const sendim = (bnum: string, txt: string) =>
    mizuJson(sb.port, { apientry: 'sendim', authid: 'sender', authpwd: passwordOf('sender'), bnum, txt });
  const receivedMessage = (messages: string) =>
    /message received \[\d+\] bytes :\s*\n+(MESSAGE [\s\S]*?)\n-{10}/.exec(messages)?.[1] ?? '';

  it('a registered phone gets the MESSAGE and accepts it: delivered, nothing stored', async () => {
    const localPort = await freeSipPort();
    await register('4001', localPort);
    const receiving = receive('4001', localPort);
    // SIPp binds its port before this answers: a MESSAGE sent before is retransmitted (Timer E) until it listens.
    const answer = await sendim('4001', 'hello from the API');
    const run = await receiving;
    expect(run.errors, run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(answer.data).toEqual({ message: 'OK: delivered 1, stored 0' });
    const message = receivedMessage(run.messages);
    expect(message).toMatch(/^MESSAGE sip:4001@127\.0\.0\.1:\d+/);
    expect(message).toMatch(/From: <sip:sender@/);
    expect(message).toMatch(/hello from the API\s*$/);
    expect(await sb.server.services.offlineMessages.waitingFor('4001')).toEqual([]);
  });

  it('a user not registered has it stored, and gets it once registered', async () => {
    expect((await sendim('4002', 'while you were out')).data).toEqual({ message: 'OK: delivered 0, stored 1' });
    expect(await sb.server.services.offlineMessages.waitingFor('4002')).toHaveLength(1);
    const localPort = await freeSipPort();
    await register('4002', localPort);
    // The MESSAGE sent after the registration reached SIPp's registering run, which takes no requests; its
    // retransmissions reach the UAS run on the same port.
    const run = await receive('4002', localPort);
    expect(run.errors, run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(receivedMessage(run.messages)).toMatch(/while you were out\s*$/);
    await expect.poll(() => sb.server.services.offlineMessages.waitingFor('4002')).toEqual([]);
  });
});
