// GET /health reports the database and Redis, and a Redis outage costs requests a quick `unavailable`, not a hang:
// the Redis test runs its own redis-server, killed and restarted under the running Switchboard.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort, until } from '../support/cli.ts';
import { postgresDatabase, sqliteDatabase, type TestDatabase } from '../support/databases.ts';
import { mizuJson } from '../support/mizu.ts';
import { ADMIN, startTestServer, type TestServer } from '../support/server.ts';
import { POSTGRES, postgresAvailable, requireCommand, requireService } from '../support/services.ts';

const withRedisServer = requireCommand('redis-server', 'the Redis outage tests');
const withPostgres = requireService(POSTGRES, await postgresAvailable(), 'the /health database test');

let sb: TestServer | undefined;
let db: TestDatabase | undefined;
const redisServers: ChildProcess[] = [];

afterEach(async () => {
  await sb?.stop();
  await db?.drop();
  for (const redis of redisServers.splice(0)) redis.kill('SIGKILL');
  sb = undefined;
  db = undefined;
});

interface Health {
  status: number;
  body: Record<string, string>;
  ms: number;
}

async function health(): Promise<Health> {
  const started = Date.now();
  const res = await fetch(`${sb!.baseUrl}/health`, { signal: AbortSignal.timeout(5_000) });
  return { status: res.status, body: (await res.json()) as Record<string, string>, ms: Date.now() - started };
}

/** A redis-server of this test's own on port, resolved once it accepts connections. */
async function startRedisServer(port: number): Promise<ChildProcess> {
  const redis = spawn('redis-server', [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
  ]);
  redisServers.push(redis);
  await new Promise<void>((resolve, reject) => {
    let output = '';
    redis.stdout!.setEncoding('utf8').on('data', (d: string) => {
      output += d;
      if (/Ready to accept connections/.test(output)) resolve();
    });
    redis.once('exit', (code) => reject(new Error(`redis-server exited (${code}) before it was ready:\n${output}`)));
  });
  return redis;
}

async function stopRedisServer(redis: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => redis.once('exit', resolve));
  redis.kill('SIGKILL');
  await exited;
}

const balance = () => mizuJson(sb!.port, { apientry: 'balance', authid: ADMIN.username, authpwd: ADMIN.password });

/** How many times the server's log says line so far. */
const logged = (line: RegExp) => sb!.logs.join('').match(line)?.length ?? 0;

describe('GET /health', () => {
  it('answers 200 with the database ok, and no redis part when none is configured', async () => {
    db = sqliteDatabase();
    sb = await startTestServer(db);
    const { status, body } = await health();
    expect({ status, body }).toEqual({ status: 200, body: { status: 'ok', database: 'ok' } });
  });

  it.runIf(withPostgres)('answers 503 naming the database when it does not answer', async () => {
    db = await postgresDatabase();
    sb = await startTestServer(db);
    // Dropped with its connections cut: the pool can neither use one nor open another.
    await db.drop();
    expect(await health()).toMatchObject({
      status: 503,
      body: { status: 'unavailable', database: expect.stringMatching(/^down: /) },
    });
  });
});

describe.runIf(withRedisServer)('a Redis outage', () => {
  it('turns /health 503 and requests `unavailable` within 2 s, and both recover with Redis', async () => {
    const port = await freePort();
    const redis = await startRedisServer(port);
    db = sqliteDatabase();
    sb = await startTestServer(db, {
      redis: { url: `redis://127.0.0.1:${port}`, prefix: `sb-health-${randomUUID()}:` },
    });
    expect(await health()).toMatchObject({ status: 200, body: { status: 'ok', database: 'ok', redis: 'ok' } });
    expect((await balance()).data?.credit).toBe('0.00');

    await stopRedisServer(redis);
    const down = await health();
    expect(down).toMatchObject({
      status: 503,
      body: { status: 'unavailable', database: 'ok', redis: expect.stringMatching(/^down: /) },
    });
    expect(down.ms).toBeLessThan(2_000);
    const started = Date.now();
    expect((await balance()).error).toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/shared state unavailable/),
    });
    expect(Date.now() - started).toBeLessThan(2_000);
    // Logged once by each of the two connections (commands, subscriptions); lines leave the buffer within 200 ms.
    await until(() => logged(/Redis unreachable/g) === 2, 'the outage logged', 2_000);

    await startRedisServer(port);
    // ioredis retries every 2 s at most.
    let recovered: Health | undefined;
    await until(async () => (recovered = await health()).status === 200, 'health after Redis is back', 10_000);
    expect(recovered!.body).toMatchObject({ status: 'ok', redis: 'ok' });
    expect((await balance()).data?.credit).toBe('0.00');
    await until(() => logged(/Redis reachable again/g) === 2, 'the recovery logged', 2_000);
    expect(logged(/Redis unreachable/g)).toBe(2);
  });
});
