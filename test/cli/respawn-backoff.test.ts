import { describe, expect, it } from 'vitest';
import { RespawnBackoff } from '../../src/cli/respawn-backoff.ts';

describe('RespawnBackoff', () => {
  it('waits 0.5 s, doubling with each quick death up to 30 s', () => {
    const backoff = new RespawnBackoff();
    const delays = Array.from({ length: 9 }, () => backoff.next(1_000));
    expect(delays).toEqual([500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });

  it('starts again at 0.5 s after a worker lived a minute', () => {
    const backoff = new RespawnBackoff();
    for (let i = 0; i < 5; i++) backoff.next(100);
    expect(backoff.next(60_000)).toBe(500);
    expect(backoff.next(100)).toBe(1_000);
  });
});
