// The SharedState contract, run against every implementation: fixed-window and decaying counters, bans, single-use
// nonces and publish/subscribe. "peer" is what a second process sees: another RedisState on the same prefix, and for
// the in-process MemoryState the same instance (it has no other).
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SharedState } from '../../../src/platform/state/shared-state.ts';
import { MemoryState } from '../../../src/platform/state/memory.ts';
import { RedisState } from '../../../src/platform/state/redis.ts';
import { REDIS, REDIS_URL, redisAvailable, requireService } from '../../support/services.ts';

interface Backend {
  name: string;
  enabled: boolean;
  /** A state under a prefix no other test uses, and a way to open its peer. */
  open(): Promise<{ state: SharedState; peer: () => Promise<SharedState> }>;
}

const redisUp = requireService(REDIS, await redisAvailable(), 'the Redis state tests');

const backends: Backend[] = [
  {
    name: 'MemoryState',
    enabled: true,
    open: async () => {
      const state = new MemoryState();
      return { state, peer: async () => state };
    },
  },
  {
    name: 'RedisState',
    enabled: redisUp,
    open: async () => {
      const prefix = `switchboard-test:${randomUUID()}:`;
      const state = await RedisState.connect(REDIS_URL, { prefix });
      return { state, peer: () => RedisState.connect(REDIS_URL, { prefix }) };
    },
  },
];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Waits until a fresh fixed window has just begun, so a test's hits cannot straddle a boundary by chance. */
const windowStart = (windowMs: number) => sleep(windowMs - (Date.now() % windowMs) + 5);

describe.each(backends)('$name', (backend) => {
  describe.skipIf(!backend.enabled)('honours the SharedState contract', () => {
    let state: SharedState;
    let openPeer: () => Promise<SharedState>;
    let peers: SharedState[];
    const peer = async () => {
      const opened = await openPeer();
      peers.push(opened);
      return opened;
    };

    beforeEach(async () => {
      ({ state, peer: openPeer } = await backend.open());
      peers = [];
    });

    afterEach(async () => {
      await state.deleteAllBans(); // the ban index is the one key without a TTL
      await Promise.all([...new Set([state, ...peers])].map((s) => s.close()));
    });

    describe('hit', () => {
      it('counts hits per key within a window and starts again in the next', async () => {
        await windowStart(200);
        expect([
          await state.hit('login:a', 200),
          await state.hit('login:a', 200),
          await state.hit('login:a', 200),
        ]).toEqual([1, 2, 3]);
        expect(await state.hit('login:b', 200)).toBe(1);
        await windowStart(200);
        expect(await state.hit('login:a', 200)).toBe(1);
      });

      it('keeps windows fixed to the clock, not sliding from the first hit', async () => {
        await windowStart(200);
        await sleep(150);
        expect(await state.hit('k', 200)).toBe(1);
        await windowStart(200); // ~55 ms after that first hit: a window opened by it would still be running
        expect(await state.hit('k', 200)).toBe(1);
      });

      it('counts hits from two processes together', async () => {
        const other = await peer();
        await windowStart(500);
        await Promise.all([state.hit('k', 500), other.hit('k', 500), state.hit('k', 500)]);
        expect(await other.hit('k', 500)).toBe(4);
      });

      it('counts several keys at once, each on its own', async () => {
        await windowStart(500);
        await state.hit('a', 500);
        expect(await state.hitEach(['a', 'b', 'c'], 500)).toEqual([2, 1, 1]);
        expect(await state.hitEach(['c', 'a'], 500)).toEqual([2, 3]);
        expect(await state.hitEach([], 500)).toEqual([]);
      });

      it('forgets a counter on reset', async () => {
        await windowStart(500);
        await state.hit('k', 500);
        await state.hit('k', 500);
        await state.reset('k');
        expect(await state.hit('k', 500)).toBe(1);
      });
    });

    describe('decay', () => {
      const HALF_LIFE = 60_000;
      const t0 = Date.now();

      it('counts hits together whatever their spacing, each worth half as much a half-life later', async () => {
        expect(await state.decay('fail:a', HALF_LIFE, t0)).toBe(1);
        expect(await state.decay('fail:a', HALF_LIFE, t0)).toBe(2);
        // two half-lives later the 2 are worth 0.5
        expect(await state.decay('fail:a', HALF_LIFE, t0 + 2 * HALF_LIFE)).toBeCloseTo(1.5, 9);
        expect(await state.decay('fail:b', HALF_LIFE, t0)).toBe(1);
      });

      it('is not dodged by pacing hits to a fixed window: 9 every 10 s add up', async () => {
        let count = 0;
        for (let window = 0; window < 3; window++)
          for (let i = 0; i < 9; i++) count = await state.decay('paced', HALF_LIFE, t0 + window * 10_000 + i * 1_000);
        expect(count).toBeGreaterThan(20); // a fixed window of 10 s would answer 9
      });

      it('fades nothing for a clock reading behind the last one (another process, its clock a little behind)', async () => {
        await state.decay('skew', HALF_LIFE, t0);
        expect(await state.decay('skew', HALF_LIFE, t0 - 5_000)).toBe(2);
      });

      it('counts hits from two processes together', async () => {
        const other = await peer();
        await Promise.all([state.decay('k', HALF_LIFE, t0), other.decay('k', HALF_LIFE, t0)]);
        expect(await other.decay('k', HALF_LIFE, t0)).toBe(3);
      });

      it('forgets a count on reset', async () => {
        await state.decay('r', HALF_LIFE, t0);
        await state.reset('r');
        expect(await state.decay('r', HALF_LIFE, t0)).toBe(1);
      });

      it('drops a count left unused for 16 half-lives', async () => {
        await state.decay('old', 10, Date.now());
        await sleep(200);
        expect(await state.decay('old', 10, Date.now())).toBe(1);
      });
    });

    describe('bans', () => {
      const later = (ms: number) => Date.now() + ms;

      it('sets, gets and lists bans, soonest to expire first', async () => {
        const a = { ip: '192.0.2.1', until: later(60_000), reason: 'brute force' };
        const b = { ip: '192.0.2.2', until: later(30_000), reason: 'flood' };
        await state.setBan(a);
        await state.setBan(b);
        expect(await state.getBan(a.ip)).toEqual(a);
        expect(await state.getBan('192.0.2.9')).toBeUndefined();
        expect(await state.listBans()).toEqual([b, a]);
        expect(await (await peer()).listBans()).toEqual([b, a]);
      });

      it('replaces the ban of an IP that is banned again', async () => {
        await state.setBan({ ip: '192.0.2.1', until: later(60_000), reason: 'first' });
        const again = { ip: '192.0.2.1', until: later(90_000), reason: 'second' };
        await state.setBan(again);
        expect(await state.listBans()).toEqual([again]);
      });

      it('forgets a ban when it expires', async () => {
        await state.setBan({ ip: '192.0.2.1', until: later(150), reason: 'short' });
        expect(await state.getBan('192.0.2.1')).toBeDefined();
        await sleep(200);
        expect(await state.getBan('192.0.2.1')).toBeUndefined();
        expect(await state.listBans()).toEqual([]);
        expect(await state.deleteBan('192.0.2.1')).toBe(false);
      });

      it('deletes one ban, answering whether there was one', async () => {
        const kept = { ip: '192.0.2.2', until: later(60_000), reason: 'kept' };
        await state.setBan({ ip: '192.0.2.1', until: later(60_000), reason: 'gone' });
        await state.setBan(kept);
        expect(await state.deleteBan('192.0.2.1')).toBe(true);
        expect(await state.deleteBan('192.0.2.1')).toBe(false);
        expect(await state.getBan('192.0.2.1')).toBeUndefined();
        expect(await state.listBans()).toEqual([kept]);
      });

      it('deletes all bans, counting only those still in force', async () => {
        await state.setBan({ ip: '192.0.2.1', until: later(60_000), reason: 'a' });
        await state.setBan({ ip: '192.0.2.2', until: later(60_000), reason: 'b' });
        await state.setBan({ ip: '192.0.2.3', until: later(50), reason: 'expiring' });
        await sleep(100);
        expect(await state.deleteAllBans()).toBe(2);
        expect(await state.listBans()).toEqual([]);
        expect(await state.deleteAllBans()).toBe(0);
      });
    });

    describe('nonces', () => {
      const record = { nonce: '0123456789abcdefXYZ', ip: '198.51.100.7' };

      it.each([
        ['its first 10 characters', { given: '0123456789', want: record }],
        ['a longer prefix (16 characters)', { given: '0123456789abcdef', want: record }],
        ['the whole nonce', { given: record.nonce, want: record }],
        ['a prefix shorter than 10 characters', { given: '012345678', want: undefined }],
        ['an unknown prefix', { given: '9876543210', want: undefined }],
      ])('takes a nonce by %s', async (_, { given, want }) => {
        await state.putNonce(record, 60_000);
        expect(await state.takeNonce(given)).toEqual(want);
      });

      it('gives a nonce out once only', async () => {
        await state.putNonce(record, 60_000);
        expect(await state.takeNonce('0123456789')).toEqual(record);
        expect(await state.takeNonce('0123456789')).toBeUndefined();
      });

      it('gives a nonce to exactly one of two processes racing for it', async () => {
        const other = await peer();
        await state.putNonce(record, 60_000);
        const takes = await Promise.all([state, other, state, other].map((s) => s.takeNonce('0123456789abcdef')));
        expect(takes.filter((taken) => taken !== undefined)).toEqual([record]);
      });

      it('forgets a nonce when it expires', async () => {
        await state.putNonce(record, 100);
        await sleep(150);
        expect(await state.takeNonce('0123456789')).toBeUndefined();
      });

      it('refuses to store a nonce too short to be taken back', async () => {
        await expect(state.putNonce({ nonce: 'short', ip: record.ip }, 60_000)).rejects.toThrow(
          /at least 10 characters/,
        );
      });
    });

    describe('sequences', () => {
      it('numbers from 1, each sequence on its own', async () => {
        expect([await state.nextInSequence('a'), await state.nextInSequence('a')]).toEqual([1, 2]);
        expect(await state.nextInSequence('b')).toBe(1);
      });

      it('never gives one number to two processes asking at once', async () => {
        const other = await peer();
        const numbers = await Promise.all([state, other, state, other, state, other].map((s) => s.nextInSequence('n')));
        expect(numbers.sort()).toEqual([1, 2, 3, 4, 5, 6]);
      });
    });

    describe('records', () => {
      it('lists every process’s live records of a table, a record replaced by its writer', async () => {
        const other = await peer();
        await state.putRecord('calls', '1', 'one', 60_000);
        await other.putRecord('calls', '2', 'two', 60_000);
        await other.putRecord('calls', '2', 'two again', 60_000);
        await state.putRecord('other', '1', 'elsewhere', 60_000);
        expect((await state.listRecords('calls')).sort()).toEqual(['one', 'two again']);
        expect(await other.listRecords('nothing')).toEqual([]);
      });

      it('deletes a record, answering whether there was one', async () => {
        await state.putRecord('calls', '1', 'one', 60_000);
        expect(await state.deleteRecord('calls', '1')).toBe(true);
        expect(await state.deleteRecord('calls', '1')).toBe(false);
        expect(await state.listRecords('calls')).toEqual([]);
      });

      it('forgets a record not renewed before it expires, and keeps one renewed', async () => {
        await state.putRecord('calls', 'dead', 'dead', 100);
        await state.putRecord('calls', 'alive', 'alive', 100);
        await sleep(60);
        await state.putRecord('calls', 'alive', 'alive', 100);
        await sleep(60);
        expect(await state.listRecords('calls')).toEqual(['alive']);
      });
    });

    describe('publish/subscribe', () => {
      const nextMessage = (s: SharedState, channel: string) =>
        new Promise<string>((resolve) => {
          void s.subscribe(channel, resolve);
        });

      it('tells every process, the publisher included', async () => {
        const other = await peer();
        const here = nextMessage(state, 'invalidate');
        const there = nextMessage(other, 'invalidate');
        await sleep(50); // let both subscriptions reach Redis
        await state.publish('invalidate', 'rates');
        expect(await Promise.all([here, there])).toEqual(['rates', 'rates']);
      });

      it('delivers only on the channel published to', async () => {
        const heard: string[] = [];
        await state.subscribe('a', (message) => heard.push(`a:${message}`));
        await state.subscribe('b', (message) => heard.push(`b:${message}`));
        await state.publish('b', 'one');
        await expect.poll(() => heard).toEqual(['b:one']);
      });

      it('delivers after publish returns, never inside the call', async () => {
        const heard: string[] = [];
        await state.subscribe('c', (message) => heard.push(message));
        const publishing = state.publish('c', 'later');
        expect(heard).toEqual([]);
        await publishing;
        await expect.poll(() => heard).toEqual(['later']);
      });
    });
  });
});
