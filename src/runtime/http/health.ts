/**
 * GET /health: 200 `{"status":"ok","database":"ok","redis":"ok"}` when this process accepts requests and what it
 * needs answers; 503 naming the part that does not (`"redis":"down: …"`), or while starting or stopping. `redis`
 * appears when one is configured. Each part has CHECK_TIMEOUT_MS to answer, so a probe never hangs on a dead peer.
 */
import type { Database } from '../../persistence/database.ts';
import type { SharedState } from '../../platform/state/shared-state.ts';

const CHECK_TIMEOUT_MS = 1_000;

export interface HealthDeps {
  isReady(): boolean;
  db: Pick<Database, 'em'>;
  state: Pick<SharedState, 'ping'>;
  /** Whether Redis is configured, hence reported. */
  redis: boolean;
}

export interface Health {
  status: 200 | 503;
  body: Record<string, string>;
}

export async function checkHealth(deps: HealthDeps): Promise<Health> {
  if (!deps.isReady()) return { status: 503, body: { status: 'starting or stopping' } };
  const [database, redis] = await Promise.all([
    probe(() => deps.db.em().getConnection().execute('select 1')),
    deps.redis ? probe(() => deps.state.ping()) : undefined,
  ]);
  const parts: Record<string, string> = redis === undefined ? { database } : { database, redis };
  const ok = Object.values(parts).every((part) => part === 'ok');
  return { status: ok ? 200 : 503, body: { status: ok ? 'ok' : 'unavailable', ...parts } };
}

/** 'ok', or 'down: ' and why. */
async function probe(check: () => Promise<unknown>): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([check(), timeout]);
    return 'ok';
  } catch (err) {
    return `down: ${(err as Error).message.split('\n')[0]}`;
  } finally {
    clearTimeout(timer);
  }
}
