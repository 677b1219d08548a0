// The directory of calls in progress, on the in-process state and on Redis: two directories are two processes of a
// fleet (on Redis each with a connection of its own, on the in-process state one state for both). Ids never repeat,
// each sees the other's calls, a hang-up reaches the process holding the call and answers its outcome (unavailable
// when that process is gone), and a call no longer renewed expires.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CallDirectory,
  type CallDirectoryOptions,
  type LiveCall,
  remainingSeconds,
} from '../../../../src/domain/telephony/calls/call-directory.ts';
import { SwitchboardError } from '../../../../src/platform/errors.ts';
import { MemoryState } from '../../../../src/platform/state/memory.ts';
import { RedisState } from '../../../../src/platform/state/redis.ts';
import type { SharedState } from '../../../../src/platform/state/shared-state.ts';
import { deleteRedisKeys, REDIS, REDIS_URL, redisAvailable, requireService } from '../../../support/services.ts';

const redisUp = requireService(REDIS, await redisAvailable(), 'the call directory tests on Redis');

interface Backend {
  name: string;
  enabled: boolean;
  /** The states of two processes, and what removes what they left. */
  open(): Promise<{ states: [SharedState, SharedState]; cleanup(): Promise<void> }>;
}

const backends: Backend[] = [
  {
    name: 'the in-process state',
    enabled: true,
    open: async () => {
      const state = new MemoryState();
      return { states: [state, state], cleanup: () => state.close() };
    },
  },
  {
    name: 'Redis',
    enabled: redisUp,
    open: async () => {
      const prefix = `switchboard-test:${randomUUID()}:`;
      const states: [SharedState, SharedState] = [
        await RedisState.connect(REDIS_URL, { prefix }),
        await RedisState.connect(REDIS_URL, { prefix }),
      ];
      return {
        states,
        cleanup: async () => {
          await Promise.all(states.map((s) => s.close()));
          await deleteRedisKeys(prefix);
        },
      };
    },
  },
];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function callOf(id: number, fields: Partial<LiveCall> = {}): Omit<LiveCall, 'owner'> {
  return {
    id,
    userId: 7,
    username: 'alice',
    numbers: ['1001', '1002'],
    sipCallIds: [`leg-a-${id}`],
    ratePerMinuteMicros: 1_200_000n,
    maxSeconds: 60,
    mostItMayCostMicros: 1_200_000n,
    ...fields,
  };
}

describe.each(backends)('the call directory on $name', (backend) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });
  /** Two processes' directories on one shared state. */
  const fleet = async (options: CallDirectoryOptions = {}) => {
    const { states, cleanup } = await backend.open();
    const directories = states.map((s) => new CallDirectory(s, options)) as [CallDirectory, CallDirectory];
    cleanups.push(async () => {
      for (const d of directories) d.close();
      await cleanup();
    });
    return { states, directories };
  };
  const notHere = async () => false;

  it.skipIf(!backend.enabled)('gives ids no other process gives, asked at once', async () => {
    const [a, b] = (await fleet()).directories;
    const ids = await Promise.all([a, b, a, b, a, b].map((d) => d.nextId()));
    expect(new Set(ids).size).toBe(6);
  });

  it.skipIf(!backend.enabled)(
    'shows each process the other’s calls, with their owner and money exact, until removed',
    async () => {
      const [a, b] = (await fleet()).directories;
      await a.put(callOf(1), notHere);
      await b.put(callOf(2, { userId: 8, mostItMayCostMicros: 123_456_789_012_345n }), notHere);
      const seen = await b.all();
      expect(seen.sort((x, y) => x.id - y.id)).toEqual([
        { ...callOf(1), owner: a.owner },
        { ...callOf(2, { userId: 8, mostItMayCostMicros: 123_456_789_012_345n }), owner: b.owner },
      ]);
      await a.put(callOf(1, { sipCallIds: ['leg-a-1', 'leg-b-1'], connectedAt: Date.now() }), notHere);
      expect((await b.find(1))?.sipCallIds).toEqual(['leg-a-1', 'leg-b-1']);
      await a.remove(1);
      expect(await b.find(1)).toBeUndefined();
      expect((await a.all()).map((c) => c.id)).toEqual([2]);
    },
  );

  it.skipIf(!backend.enabled)(
    'hangs up a call through the process holding it, answering once that process is done',
    async () => {
      const [a, b] = (await fleet()).directories;
      const events: string[] = [];
      await a.put(callOf(5), async (id) => {
        events.push(`hanging up ${id}`);
        await sleep(100);
        events.push(`billed ${id}`);
        return id === 5;
      });
      const call = (await b.find(5))!;
      expect(await b.requestHangUp(call)).toBe(true);
      events.push('answered');
      expect(events).toEqual(['hanging up 5', 'billed 5', 'answered']);
      // The owner no longer had it (ended meanwhile): not found.
      expect(await b.requestHangUp({ id: 6, owner: a.owner })).toBe(false);
    },
  );

  it.skipIf(!backend.enabled)('passes on the owner’s failure to hang up', async () => {
    const [a, b] = (await fleet()).directories;
    await a.put(callOf(9), async () => {
      throw new Error('the database is away');
    });
    await expect(b.requestHangUp({ id: 9, owner: a.owner })).rejects.toThrow(
      /hanging up call 9 failed: the database is away/,
    );
  });

  it.skipIf(!backend.enabled)(
    'fails unavailable, in bounded time, when the process holding the call does not answer',
    async () => {
      const [, b] = (await fleet({ takenWithinMs: 200 })).directories;
      const started = Date.now();
      const failure = await b.requestHangUp({ id: 3, owner: 'a process that died' }).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(SwitchboardError);
      expect((failure as SwitchboardError).code).toBe('unavailable');
      expect((failure as SwitchboardError).message).toMatch(/the process holding call 3 did not answer within 200 ms/);
      expect(Date.now() - started).toBeLessThan(1000);
    },
  );

  it.skipIf(!backend.enabled)('renews a live call, and forgets one whose process stopped renewing it', async () => {
    const [a, b] = (await fleet({ recordTtlMs: 300 })).directories;
    await a.put(callOf(4), notHere);
    await sleep(600);
    expect((await b.all()).map((c) => c.id)).toEqual([4]);
    a.close();
    await sleep(400);
    expect(await b.all()).toEqual([]);
  });
});

describe('remainingSeconds', () => {
  it.each([
    ['not limited', { given: { maxSeconds: undefined, connectedAt: 0 }, want: undefined }],
    ['ringing: its whole maximum', { given: { maxSeconds: 60, connectedAt: undefined }, want: 60 }],
    ['up 10.9 s of 60', { given: { maxSeconds: 60, connectedAt: 1_000_000 - 10_900 }, want: 50 }],
    ['past its maximum', { given: { maxSeconds: 5, connectedAt: 1_000_000 - 9_000 }, want: 0 }],
  ])('%s', (_, { given, want }) => {
    expect(remainingSeconds(given, 1_000_000)).toBe(want);
  });
});
