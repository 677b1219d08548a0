/** Picks the registration store the config names (sip.registrations): memory, the database, or the shared Redis. */
import type { SipRegistrations } from '../../platform/config.ts';
import type { SharedState } from '../../platform/state/shared-state.ts';
import { RedisState } from '../../platform/state/redis.ts';
import type { Database } from '../../persistence/database.ts';
import { DatabaseRegistrations } from './registrations-database.ts';
import { MemoryRegistrations } from './registrations-memory.ts';
import { RedisRegistrations } from './registrations-redis.ts';
import type { Registrations } from './registrations.ts';

export function createRegistrations(
  kind: SipRegistrations,
  parts: { db: Pick<Database, 'em'>; state: SharedState },
): Registrations {
  if (kind === 'memory') return new MemoryRegistrations();
  if (kind === 'database') return new DatabaseRegistrations(() => parts.db.em());
  // The config refuses sip.registrations: redis without redis.url, so the shared state is Redis here.
  if (!(parts.state instanceof RedisState)) throw new Error('sip.registrations: redis needs redis.url');
  return new RedisRegistrations(parts.state.keyspace('sipreg'));
}
