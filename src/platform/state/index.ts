/** Picks the SharedState for the configuration: Redis when one is configured, in-process otherwise. */
import type { SharedState } from './shared-state.ts';
import { MemoryState } from './memory.ts';
import { RedisState } from './redis.ts';

export interface SharedStateConfig {
  redis?: { url: string; prefix?: string };
}

export async function createSharedState(config: SharedStateConfig): Promise<SharedState> {
  if (!config.redis) return new MemoryState();
  return RedisState.connect(config.redis.url, { prefix: config.redis.prefix });
}
