// `serve --workers 2`: two processes on the shared port behave as one server — a ban made through one holds on the
// other, a nonce is accepted once whichever process gets it, /metrics answers for both, one SMPP bind sends what
// either queues, calls placed through either (SIPp parties) have ids of their own and are rated, hung up and hold
// their user's credit through the other, the instant messages either sends are delivered — a worker that dies is
// replaced while the other keeps answering, and SIGTERM stops them all with exit 0; two calls asked of both workers
// at once never spend one credit twice. Workers need PostgreSQL and Redis; the calls and messages, SIPp.
import { mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mizuV2AuthV3 } from '../../src/protocol/digests.ts';
import { selfSigned } from '../support/certificates.ts';
import {
  cleanupCli,
  freePort,
  runCli,
  startCli,
  tempFolder,
  until,
  within,
  writeConfig,
  type CliServer,
} from '../support/cli.ts';
import { postgresDatabase, type TestDatabase } from '../support/databases.ts';
import { mizuJson, type MizuJson } from '../support/mizu.ts';
import { ADMIN } from '../support/server.ts';
import { smppConfig } from '../messaging/support/fixture.ts';
import { HANG_UP_CHANNEL } from '../../src/domain/telephony/calls/call-directory.ts';
import { addPayer, loadDeck, PASSWORD } from '../dialects/mizu-v2/calls/support.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { freeSipPort } from '../sip/free-port.ts';
import { receivedRequests, runParty } from '../sip/calls/uas.ts';
import { runSipp, type SippOptions } from '../sip/sipp.ts';
import { TestSmsc } from '../messaging/support/smsc.ts';
import {
  deleteRedisKeys,
  POSTGRES,
  postgresAvailable,
  REDIS,
  REDIS_URL,
  redisAvailable,
  requireProgram,
  requireService,
} from '../support/services.ts';

const withServices =
  requireService(REDIS, await redisAvailable(), 'the --workers tests') &&
  requireService(POSTGRES, await postgresAvailable(), 'the --workers tests');
const withSipp = requireProgram('sipp', 'the --workers call tests');
afterAll(cleanupCli);

/** GET path on a connection of its own, so that the cluster may hand it to either worker. */
function getOnNewConnection(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (d: string) => {
        body += d;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

/** The value of the series named exactly (name and labels as printed), 0 when absent. */
function sample(metrics: string, series: string): number {
  const line = metrics.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? 0 : Number(line.slice(series.length + 1));
}

/** Mizu `version` on a connection of its own, failing rather than hanging when no worker takes it. */
function version(port: number): Promise<MizuJson> {
  return within(mizuJson(port, { apientry: 'version' }), 5_000, 'version');
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const VERSION_OK = 'switchboard_requests_total{dialect="mizu-v2",command="version",transport="http",outcome="ok"}';

describe.runIf(withServices)('serve --workers 2', () => {
  const prefix = `sb-workers-${randomUUID()}:`;
  let db: TestDatabase;
  let sb: CliServer;
  let smsc: TestSmsc;
  let sipPort: number;

  beforeAll(async () => {
    db = await postgresDatabase();
    smsc = await TestSmsc.start();
    sipPort = await freeSipPort();
    const config = writeConfig({
      database: db.url,
      redis: { url: REDIS_URL, prefix },
      smpp: smppConfig(smsc.port),
      limits: { authFailures: 3 },
      // Each worker listens twice over TCP: the port announced must still be the shared one.
      tls: { port: await freePort(), ...selfSigned(tempFolder()) },
      // Registrations in Redis (the default with redis.url), where the call tests bind their SIPp parties.
      sip: { port: sipPort },
    });
    sb = await startCli(config, 60_000, ['--workers', '2']);
  }, 90_000);
  afterAll(async () => {
    await cleanupCli();
    await smsc?.kill();
    await db?.drop();
    await deleteRedisKeys(prefix);
  });

  it('sends what either worker queues over one SMPP bind (the first worker sends for the fleet)', async () => {
    const texts = Array.from({ length: 6 }, (_, i) => `from the fleet ${i}`);
    for (const txt of texts) {
      const answer = await mizuJson(sb.port, {
        apientry: 'asendsms',
        bnum: '4915100001',
        txt,
        authid: ADMIN.username,
        authpwd: ADMIN.password,
      });
      expect(answer.error).toBeUndefined();
    }
    await until(() => smsc.submitted.length >= texts.length, 'the SMSC took every message');
    expect(smsc.submitted.map((s) => s.text).sort()).toEqual(texts.sort());
    expect(smsc.submitted.every((s) => s.bind === 1)).toBe(true);
    expect(smsc.bindCount).toBe(1);
  });

  it('starts two workers that answer on one port, and names their pids', async () => {
    expect(sb.output.stderr).toMatch(/with 2 workers \(pids \d+, \d+\)/);
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        mizuJson(sb.port, { apientry: 'balance', authid: ADMIN.username, authpwd: ADMIN.password }),
      ),
    );
    expect(answers.map((a) => a.data?.credit)).toEqual(Array(20).fill('0.00'));
  });

  it('shares bans between the workers', async () => {
    for (let i = 0; i < 3; i++)
      await mizuJson(sb.port, { apientry: 'balance', authid: ADMIN.username, authpwd: 'wrong' }, '127.0.0.21');
    for (let i = 0; i < 4; i++) {
      expect(
        (
          await mizuJson(
            sb.port,
            { apientry: 'balance', authid: ADMIN.username, authpwd: ADMIN.password },
            '127.0.0.21',
          )
        ).error?.code,
      ).toBe('banned');
    }
  });

  it('accepts a nonce once, whichever worker gets it', async () => {
    // From an address of its own: the three refused logins ban it.
    const from = '127.0.0.22';
    const preauth = await mizuJson(sb.port, { apientry: 'preauth' }, from);
    const nonce = /new nonce is:(.*)EOF/.exec(preauth.data.value)![1]!;
    const params = {
      apientry: 'login',
      authid: ADMIN.username,
      authsalt1: 'a',
      authsalt2: 'b',
      nonce,
      authmd5: mizuV2AuthV3(ADMIN.username, ADMIN.password, 'a', 'b', '', nonce),
    };
    const answers = await Promise.all([1, 2, 3, 4].map(() => mizuJson(sb.port, params, from)));
    expect(answers.filter((a) => a.status === 'OK')).toHaveLength(1);
  });

  it('answers /metrics for both workers, whichever one is asked', async () => {
    const scrape = async () => (await getOnNewConnection(sb.port, '/metrics')).body;
    const before = sample(await scrape(), VERSION_OK);
    // One connection each: the cluster hands them to the workers in turn.
    for (let i = 0; i < 10; i++) expect(await version(sb.port)).toMatchObject({ code: 200 });
    // Two scrapes in a row land on different workers; each counts every request.
    for (const metrics of [await scrape(), await scrape()]) {
      expect(sample(metrics, VERSION_OK) - before).toBe(10);
      expect(metrics.match(/^switchboard_build_info\{.*\} 1$/gm)).toHaveLength(1);
      expect(metrics).toMatch(/^process_cpu_seconds_total \d/m);
      expect(metrics).not.toMatch(/^switchboard_process_/m);
    }
  });

  // Sequential requests on connections of their own go to the workers in turn (the cluster's round robin, as the
  // /metrics test shows): each call below is placed through one worker and rated and hung up through both.
  describe.runIf(withSipp)('calls and instant messages through either worker', () => {
    /** A third process of the fleet, in the test (same database and Redis, no SIP): sets up users, decks, phones. */
    let beside: TestServer;
    let dir: string;
    const relayed: number[] = [];

    beforeAll(async () => {
      beside = await startTestServer(db, { redis: { url: REDIS_URL, prefix }, sip: { registrations: 'redis' } });
      dir = tempFolder();
      // 0.60 a minute to each party, billed by the second.
      await loadDeck(beside, 'default', [['100', 'Office', '0.60', '0', 1, 1]]);
      // Every hang-up one worker asks of another, as it goes through the shared state.
      await beside.server.services.state.subscribe(HANG_UP_CHANNEL, (m) => relayed.push(JSON.parse(m).id));
    });
    afterAll(() => beside?.stop());

    const services = () => beside.server.services;
    const payer = (username: string, credit: string) => addPayer(beside, username, credit);
    /**
     * A SIPp party answering one INVITE and waiting for BYE, bound as username in the fleet's registrations; resolves
     * once bound, with its run.
     */
    /** Binds username, in the fleet's registrations, to a UDP port on loopback: the port. */
    const bindPhone = async (username: string) => {
      const port = await freeSipPort();
      const now = Date.now();
      await services().registrations.unbind(username);
      await services().registrations.bind({
        username,
        contact: `sip:${username}@127.0.0.1:${port}`,
        expiresAt: now + 300_000,
        userAgent: 'SIPp',
        source: { transport: 'udp', address: '127.0.0.1', port },
        callId: `reg-${username}-${now}`,
        cseq: 1,
        registeredAt: now,
      });
      return port;
    };
    const party = async (username: string, timeoutSeconds?: number) => {
      const port = await bindPhone(username);
      return {
        run: runParty({
          scenario: 'answer-wait.xml',
          port,
          dir,
          party: `party-${username}-${Date.now()}`,
          timeoutSeconds,
        }),
      };
    };
    const api = (username: string, params: Record<string, string>) =>
      within(mizuJson(sb.port, { authid: username, authpwd: PASSWORD, ...params }), 20_000, params.apientry!);
    const asAdmin = (params: Record<string, string>) =>
      within(mizuJson(sb.port, { authid: ADMIN.username, authpwd: ADMIN.password, ...params }), 20_000, 'admin');
    const callIdOf = (message: string | undefined) => Number(/call (\d+)/.exec(message ?? '')?.[1]);
    const cdrsOf = async (userId: number) =>
      (
        await services()
          .db.em()
          .getConnection()
          .execute('select called, disconnect_cause as cause, sip_call_id from tb_cdrs where user_id = ? order by id', [
            userId,
          ])
      ).map((r: Record<string, unknown>) => ({
        called: String(r.called),
        cause: Number(r.cause),
        sipCallId: String(r.sip_call_id),
      }));

    it('gives calls placed through the two workers ids of their own; callrating and discall reach each through the other worker, which hangs it up: BYE to both legs, CDRs written', async () => {
      const users = [await payer('4101', '1.20'), await payer('4102', '1.20')];
      const parties = await Promise.all(['1001', '1002', '1003', '1004'].map(party));
      const first = await api('4101', { apientry: 'p2p', anum: '1001', bnum: '1002', waitfor: '1' });
      const second = await api('4102', { apientry: 'p2p', anum: '1003', bnum: '1004', waitfor: '1' });
      expect([first.message, second.message], JSON.stringify([first, second])).toEqual([
        expect.stringMatching(/^call \d+ connected$/),
        expect.stringMatching(/^call \d+ connected$/),
      ]);
      const ids = [callIdOf(first.message), callIdOf(second.message)];
      expect(ids[0]).not.toBe(ids[1]);
      const live = await Promise.all(ids.map((id) => services().calls.find(id)));
      // Placed through different workers: each holds the legs of one.
      expect(live[0]!.owner).not.toBe(live[1]!.owner);

      // Each call rated twice, on two connections: through both workers.
      for (const [i, username] of ['4101', '4102'].entries()) {
        const callid = live[i]!.sipCallIds[1]!;
        for (let asked = 0; asked < 2; asked++) {
          const rating = await api(username, { apientry: 'callrating', callid });
          expect(rating.data).toMatchObject({ credit: '1.20', rating: '1.20' });
          expect(rating.data.maxduration).toBeGreaterThan(50);
          expect(rating.data.maxduration).toBeLessThanOrEqual(60);
        }
      }

      // The worker that placed the first call answers this one, and the other the next: each discall is relayed.
      for (const id of [ids[1]!, ids[0]!])
        expect((await asAdmin({ apientry: 'discall', dbcallid: String(id) })).message).toBe(`call ${id} disconnected`);
      expect(relayed).toEqual([ids[1], ids[0]]);
      const runs = await Promise.all(parties.map((p) => p.run));
      for (const run of runs) {
        expect(run.code, run.errors).toBe(0);
        expect(receivedRequests(run.messages)).toEqual(['INVITE', 'ACK', 'BYE']);
      }
      for (const [i, userId] of users.entries()) {
        const cdrs = await cdrsOf(userId);
        expect(cdrs.map((c) => [c.called, c.cause])).toEqual([
          [['1001', '1003'][i], 16],
          [['1002', '1004'][i], 16],
        ]);
        expect(cdrs.map((c) => c.sipCallId).sort()).toEqual([...live[i]!.sipCallIds].sort());
      }
      expect(await services().calls.find(ids[0]!)).toBeUndefined();
      expect((await asAdmin({ apientry: 'discall', dbcallid: String(ids[0]) })).error?.code).toBe('not-found');
    }, 60_000);

    // Each worker sends its MESSAGEs from a port of its own: on one port the fleet shared, the phone's 200 could reach
    // the other worker, and the sender would wait out Timer F and keep the message as undelivered.
    it('delivers the instant messages either worker sends: the phone’s 200 reaches the worker that sent each', async () => {
      await payer('4105', '0');
      const localPort = await bindPhone('4105');
      mkdirSync(join(dir, 'messages'), { recursive: true });
      const receiving = runSipp({
        scenario: 'messages/message-uas.xml' as SippOptions['scenario'],
        users: [{ username: '4105', password: PASSWORD }],
        port: sipPort,
        transport: 'udp',
        localPort,
        dir,
        calls: 4,
      });
      // Four requests on connections of their own: two through each worker.
      for (let i = 0; i < 4; i++)
        expect((await asAdmin({ apientry: 'sendim', bnum: '4105', txt: `hello ${i}` })).data).toEqual({
          message: 'OK: delivered 1, stored 0',
        });
      const run = await receiving;
      expect(run.code, run.errors).toBe(0);
    }, 60_000);

    it('holds a user’s credit for their call in progress on both workers: a call that would overspend it is refused by either', async () => {
      const userId = await payer('4103', '1.20');
      const parties = await Promise.all(['1001', '1002'].map(party));
      const placed = await api('4103', { apientry: 'p2p', anum: '1001', bnum: '1002', waitfor: '1' });
      expect(placed.message).toMatch(/connected/);
      // The next two connections go to one worker each.
      for (let attempt = 0; attempt < 2; attempt++) {
        const refused = await api('4103', { apientry: 'p2p', anum: '1003', bnum: '1004' });
        expect(refused.error?.code).toBe('insufficient-credit');
        expect(refused.error?.message).toMatch(/1\.20 of it held by calls in progress/);
      }
      const id = callIdOf(placed.message);
      expect((await asAdmin({ apientry: 'discall', dbcallid: String(id) })).message).toBe(`call ${id} disconnected`);
      for (const run of await Promise.all(parties.map((p) => p.run))) expect(run.code, run.errors).toBe(0);
      expect(await cdrsOf(userId)).toHaveLength(2);
    }, 60_000);

    it('places at most one of two calls asked of the two workers at once when the credit pays for one', async () => {
      const userId = await payer('4104', '1.20');
      // A party no call reaches gives up after 10 s.
      const parties = await Promise.all(['1001', '1002', '1003', '1004'].map((n) => party(n, 10)));
      const answers = await Promise.all([
        api('4104', { apientry: 'p2p', anum: '1001', bnum: '1002' }),
        api('4104', { apientry: 'p2p', anum: '1003', bnum: '1004' }),
      ]);
      const placed = answers.filter((a) => a.error === undefined);
      expect(placed.length).toBeLessThanOrEqual(1);
      for (const refused of answers.filter((a) => a.error !== undefined))
        expect(refused.error?.code, JSON.stringify(refused)).toBe('insufficient-credit');
      for (const answer of placed) {
        const id = callIdOf(answer.message);
        await until(async () => (await services().calls.find(id))?.connectedAt !== undefined, 'the call connected');
        expect((await asAdmin({ apientry: 'discall', dbcallid: String(id) })).message).toBe(`call ${id} disconnected`);
      }
      await Promise.all(parties.map((p) => p.run));
      expect(await cdrsOf(userId)).toHaveLength(2 * placed.length);
    }, 60_000);
  });

  it('replaces a worker killed with SIGKILL, answering all the while', async () => {
    const [victim] = /with 2 workers \(pids (\d+), \d+\)/.exec(sb.output.stderr)!.slice(1).map(Number);
    process.kill(victim!, 'SIGKILL');
    // Gone once the primary has reaped it, and with that taken it out of the round robin: a connection handed to a
    // worker in the instant it dies is lost with it, as in any node:cluster server.
    await until(() => !alive(victim!), 'the killed worker reaped');
    // The other worker answers while the victim's place is empty.
    for (let i = 0; i < 5; i++) expect(await version(sb.port)).toMatchObject({ code: 200 });
    const replaced = new RegExp(`worker ${victim} was killed by SIGKILL after [\\d.]+ s; worker (\\d+) replaces it`);
    await until(() => replaced.test(sb.output.stderr), 'the replacement worker');
    expect(alive(Number(replaced.exec(sb.output.stderr)![1]))).toBe(true);
    for (let i = 0; i < 10; i++) expect(await version(sb.port)).toMatchObject({ code: 200 });
  });

  it('stops every worker on SIGTERM and exits 0', async () => {
    const exit = await sb.stop();
    expect(exit.code, exit.stderr).toBe(0);
  });
});

describe('serve --workers refuses', () => {
  it('without Redis, with one clear line', async () => {
    const config = writeConfig({ database: 'postgres://nobody@127.0.0.1:1/none' });
    const exit = await runCli(['serve', '--config', config, '--workers', '2']);
    expect(exit.code).toBe(1);
    expect(exit.stderr.trim().split('\n')).toEqual([expect.stringMatching(/--workers needs `redis/)]);
  });

  it('on SQLite, with one clear line', async () => {
    const config = writeConfig({ redis: { url: REDIS_URL } });
    const exit = await runCli(['serve', '--config', config, '--workers', '2']);
    expect(exit.code).toBe(1);
    expect(exit.stderr.trim().split('\n')).toEqual([expect.stringMatching(/--workers needs a PostgreSQL database/)]);
  });
});
