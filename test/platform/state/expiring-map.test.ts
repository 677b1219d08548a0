// ExpiringMap, the store behind MemoryState: entries vanish at their expiry and expired ones do not pile up.
import { describe, expect, it } from 'vitest';
import { ExpiringMap } from '../../../src/platform/state/expiring-map.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('ExpiringMap', () => {
  it('answers an entry until its expiry, then nothing', async () => {
    const map = new ExpiringMap<string>();
    map.set('k', 'v', Date.now() + 50);
    expect(map.get('k')).toBe('v');
    await sleep(70);
    expect(map.get('k')).toBeUndefined();
    expect(map.values()).toEqual([]);
  });

  it('sweeps expired entries on a later write, even ones never read again', async () => {
    const map = new ExpiringMap<number>(20);
    for (let i = 0; i < 100; i++) map.set(`k${i}`, i, Date.now() + 10);
    await sleep(40);
    map.set('fresh', 1, Date.now() + 60_000);
    expect(map.size).toBe(1);
  });

  it('takes an entry once', () => {
    const map = new ExpiringMap<string>();
    map.set('k', 'v', Date.now() + 60_000);
    expect(map.take('k')).toBe('v');
    expect(map.take('k')).toBeUndefined();
  });
});
