// createSharedState picks the implementation from the configuration.
import { describe, expect, it } from 'vitest';
import { createSharedState } from '../../../src/platform/state/index.ts';
import { MemoryState } from '../../../src/platform/state/memory.ts';

describe('createSharedState', () => {
  it('keeps state in-process when no Redis is configured', async () => {
    const state = await createSharedState({});
    expect(state).toBeInstanceOf(MemoryState);
    await state.close();
  });

  it('uses the configured Redis, failing clearly when it cannot be reached', async () => {
    await expect(createSharedState({ redis: { url: 'redis://127.0.0.1:1' } })).rejects.toThrow(
      /^cannot reach Redis at/,
    );
  });
});
