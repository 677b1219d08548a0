/** Picks the SharedState for the configuration: Redis when one is configured, in-process otherwise. */
import type { Logger } from 'pino';
import type { SharedState } from './shared-state.ts';
import { MemoryState } from './memory.ts';
import { RedisState } from './redis.ts';
import { unavailableWhileDown } from './unavailable.ts';

export interface SharedStateConfig {
  redis?: { url: string; prefix?: string };
}

/** logger hears of Redis outages. */
export async function createSharedState(config: SharedStateConfig, logger?: Logger): Promise<SharedState> {
  if (!config.redis) return new MemoryState();
  return unavailableWhileDown(await RedisState.connect(config.redis.url, { prefix: config.redis.prefix, logger }));
}
