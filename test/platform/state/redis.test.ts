// What only RedisState has: a start that fails fast and clearly, and prefixes that keep deployments apart.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { RedisState } from '../../../src/platform/state/redis.ts';
import { REDIS, REDIS_URL, redisAvailable, requireService } from '../../support/services.ts';

describe('RedisState.connect', () => {
  it('fails within a few seconds with the reason when nothing listens', async () => {
    const started = Date.now();
    await expect(RedisState.connect('redis://127.0.0.1:1')).rejects.toThrow(
      /^cannot reach Redis at redis:\/\/127\.0\.0\.1:1: .*ECONNREFUSED/,
    );
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('does not repeat a password from the URL in its message', async () => {
    await expect(RedisState.connect('redis://:s3cret@127.0.0.1:1')).rejects.toThrow(
      /^cannot reach Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:1: /,
    );
  });
});

describe.skipIf(!requireService(REDIS, await redisAvailable(), 'the RedisState prefix tests'))(
  'RedisState prefixes',
  () => {
    it('keeps states under different prefixes apart', async () => {
      const [one, two] = await Promise.all(
        [1, 2].map(() => RedisState.connect(REDIS_URL, { prefix: `switchboard-test:${randomUUID()}:` })),
      );
      try {
        await one!.setBan({ ip: '192.0.2.1', until: Date.now() + 60_000, reason: 'one only' });
        await one!.putNonce({ nonce: '0123456789', ip: '192.0.2.1' }, 60_000);
        expect(await two!.listBans()).toEqual([]);
        expect(await two!.takeNonce('0123456789')).toBeUndefined();
      } finally {
        await one!.deleteAllBans();
        await Promise.all([one!.close(), two!.close()]);
      }
    });
  },
);
