// `serve --workers 2`: two processes on the shared port behave as one server — a ban made through one holds on the
// other, a nonce is accepted once whichever process gets it, /metrics answers for both, one SMPP bind sends what
// either queues — a worker that dies is replaced while the other keeps answering, and SIGTERM stops them all with
// exit 0. Workers need PostgreSQL and Redis.
import { request } from 'node:http';
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
import { TestSmsc } from '../messaging/support/smsc.ts';
import {
  deleteRedisKeys,
  POSTGRES,
  postgresAvailable,
  REDIS,
  REDIS_URL,
  redisAvailable,
  requireService,
} from '../support/services.ts';

const withServices =
  requireService(REDIS, await redisAvailable(), 'the --workers tests') &&
  requireService(POSTGRES, await postgresAvailable(), 'the --workers tests');
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

  beforeAll(async () => {
    db = await postgresDatabase();
    smsc = await TestSmsc.start();
    const config = writeConfig({
      database: db.url,
      redis: { url: REDIS_URL, prefix },
      smpp: smppConfig(smsc.port),
      limits: { authFailures: 3 },
      // Each worker listens twice over TCP: the port announced must still be the shared one.
      tls: { port: await freePort(), ...selfSigned(tempFolder()) },
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
