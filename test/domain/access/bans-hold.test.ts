// Bans that hold (issue 17, finding 6), on SQLite and PostgreSQL: failures pacing themselves to a fixed window still
// add up to a ban (the reported pattern on a driven clock, with the state in memory and in Redis; and on a real
// server, 1 s windows); guesses at one user spread over many addresses ban those addresses; a repeat offender's ban
// doubles, up to limits.banMaxSeconds.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { Bans } from '../../../src/domain/access/bans.ts';
import type { Config } from '../../../src/platform/config.ts';
import { MemoryState } from '../../../src/platform/state/memory.ts';
import { RedisState } from '../../../src/platform/state/redis.ts';
import type { SharedState } from '../../../src/platform/state/shared-state.ts';
import { migratedDatabase, testEngines, type TestDatabase } from '../../support/databases.ts';
import { mizuJson } from '../../support/mizu.ts';
import { ADMIN, startTestServer, type TestServer } from '../../support/server.ts';
import { deleteRedisKeys, REDIS, REDIS_URL, redisAvailable, requireService } from '../../support/services.ts';

const engines = await testEngines('the bans-that-hold tests on PostgreSQL');
const redisUp = requireService(REDIS, await redisAvailable(), 'the bans-that-hold tests on Redis');

/** The finding as reported, on a clock the test drives: 54 wrong passwords in 68 s, 9 in each 10 s window. */
describe.each([
  { name: 'in memory', open: async () => ({ state: new MemoryState() as SharedState, prefix: undefined }) },
  ...(redisUp
    ? [
        {
          name: 'in Redis',
          open: async () => {
            const prefix = `switchboard-test:${randomUUID()}:`;
            return { state: (await RedisState.connect(REDIS_URL, { prefix })) as SharedState, prefix };
          },
        },
      ]
    : []),
])('the reported pattern, state $name', ({ open }) => {
  it.each(engines.map((engine, i) => [i === 0 ? 'SQLite' : 'PostgreSQL', engine] as const))(
    'is banned at its 10th failure (%s)',
    async (_engine, engine) => {
      const { db, stop } = await migratedDatabase(engine);
      const { state, prefix } = await open();
      try {
        // Starting now: Redis expires its keys by its own clock.
        const start = Math.ceil(Date.now() / 10_000) * 10_000;
        let now = start;
        const policy = { failures: 10, halfLifeMs: 600_000, banMs: 900_000, maxBanMs: 86_400_000 };
        const bans = new Bans(state, policy, { em: () => db.em(), now: () => now });
        const banned: number[] = [];
        for (let i = 0; i < 54; i++) {
          now = start + Math.floor(i / 9) * 10_000 + (i % 9) * 1_000 + 500;
          if (await bans.recordFailure(db.em(), '192.0.2.66', 'victim', 'tcp')) banned.push(i + 1);
        }
        expect(banned[0]).toBe(10);
      } finally {
        await state.close();
        if (prefix) await deleteRedisKeys(prefix);
        await stop();
      }
    },
  );
});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const asAdmin = { authid: ADMIN.username, authpwd: ADMIN.password };

describe.each(engines.map((open) => [open]))('bans that hold (%#)', (open) => {
  let db: TestDatabase | undefined;
  let sb: TestServer | undefined;

  afterEach(async () => {
    await sb?.stop();
    await db?.drop();
    sb = undefined;
    db = undefined;
  });

  /** A server with these limits and one user of its own. */
  const serve = async (limits: Partial<Config['limits']>, user: string) => {
    db = await open();
    sb = await startTestServer(db, { limits });
    await sb.server.services.accounts.create(
      sb.server.services.db.em(),
      { username: user, password: `${user}-right-1` },
      { name: 'test', requestId: 'setup' },
    );
    return sb;
  };
  const balance = (user: string, password: string, from: string) =>
    mizuJson(sb!.port, { apientry: 'balance', authid: user, authpwd: password }, from);
  const banRow = async (ip: string) => {
    const rows = (await mizuJson(sb!.port, { apientry: 'bannedlist', ...asAdmin })).data.rows as {
      ip: string;
      since: string;
      until: string;
    }[];
    const row = rows.find((r) => r.ip === ip);
    return row && { ...row, lastsMs: Date.parse(row.until) - Date.parse(row.since) };
  };
  /** Wrong passwords from ip until one is answered banned; answers how many it took. */
  const banned = async (user: string, ip: string) => {
    for (let tries = 1; tries <= 20; tries++)
      if ((await balance(user, 'wrong', ip)).error?.code === 'banned') return tries;
    throw new Error(`${ip} was never banned`);
  };

  it('bans a guesser who paces 9 failures to each 10 s window (here 1 s) — a fixed window never did', async () => {
    await serve({ authFailures: 10, windowSeconds: 1 }, 'pacer');
    const codes: (string | undefined)[] = [];
    for (let window = 0; window < 3; window++) {
      await sleep(1000 - (Date.now() % 1000) + 20); // the start of a fresh 1 s window
      for (let i = 0; i < 9; i++)
        codes.push((await balance('pacer', `wrong-${window}-${i}`, '127.0.0.21')).error?.code);
    }
    expect(codes.slice(0, 10)).toEqual(Array(10).fill('auth-failed'));
    expect(codes.slice(10)).toEqual(Array(17).fill('banned'));
    expect((await balance('pacer', 'pacer-right-1', '127.0.0.21')).error?.code).toBe('banned');
  });

  it('bans each address guessing at a user already guessed at too often, and never locks the user out', async () => {
    await serve({ authFailures: 3 }, 'target');
    for (const ip of ['127.0.0.31', '127.0.0.32'])
      expect((await balance('target', 'wrong', ip)).error?.code).toBe('auth-failed');
    // the user's third failure, from a third address: that address is banned at once, as is every next one
    for (const ip of ['127.0.0.33', '127.0.0.34']) {
      expect((await balance('target', 'wrong', ip)).error?.code).toBe('auth-failed');
      expect((await balance('target', 'target-right-1', ip)).error?.code).toBe('banned');
      expect((await banRow(ip))?.ip).toBe(ip);
    }
    expect((await balance('target', 'target-right-1', '127.0.0.35')).status).toBe('OK');
  });

  it("doubles a repeat offender's ban, up to banMaxSeconds", async () => {
    await serve({ authFailures: 3, banSeconds: 1, banMaxSeconds: 3 }, 'repeat');
    const lasts: number[] = [];
    for (let ban = 0; ban < 3; ban++) {
      await banned('repeat', '127.0.0.41');
      const row = (await banRow('127.0.0.41'))!;
      lasts.push(row.lastsMs);
      await sleep(Date.parse(row.until) - Date.now() + 50);
      expect((await balance('repeat', 'repeat-right-1', '127.0.0.41')).status).toBe('OK');
    }
    expect(lasts).toEqual([1000, 2000, 3000]);
  });
});
