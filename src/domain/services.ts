/** The typed Services object, built once at start: configuration, database, shared state, domain services, logging and metrics. */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Config } from '../platform/config.ts';
import { Accounts } from './accounts/accounts.ts';
import { UserCache } from './accounts/user-cache.ts';
import { ApiPolicies } from './access/api-policies.ts';
import { Bans } from './access/bans.ts';
import { Nonces } from './access/nonces.ts';
import { RateLimits } from './access/rate-limits.ts';
import { Trust } from './access/trust.ts';
import { SecretBox } from '../platform/secret-box.ts';
import { GlobalOptions } from './settings/global-options.ts';
import { openDatabase, type Database } from '../persistence/database.ts';
import { createLogger, RecentLines } from '../platform/observability/logger.ts';
import { Metrics } from '../platform/observability/metrics.ts';
import { createSharedState } from '../platform/state/index.ts';
import type { SharedState } from '../platform/state/shared-state.ts';

export interface Services {
  config: Config;
  db: Database;
  state: SharedState;
  options: GlobalOptions;
  policies: ApiPolicies;
  accounts: Accounts;
  bans: Bans;
  nonces: Nonces;
  trust: Trust;
  limits: RateLimits;
  logger: Logger;
  recentLog: RecentLines;
  metrics: Metrics;
  startedAt: Date;
  close(): Promise<void>;
}

export interface StartInfo { adminPassword?: string; adminChange: 'created' | 'updated' | 'unchanged' }

/** Opens everything and brings it in line with the config: schema migrated, globals seeded, admin ensured, bans restored. */
export async function createServices(config: Config, logDestination?: NodeJS.WritableStream): Promise<{ services: Services; start: StartInfo }> {
  const recentLog = new RecentLines();
  const logger = createLogger(config.log.level, recentLog, logDestination);
  const db = await openDatabase(config.database);
  let state: SharedState | undefined;
  try {
    await db.migrate();
    state = await createSharedState({ redis: config.redis });
    const metrics = new Metrics();
    const options = new GlobalOptions();
    const cache = new UserCache(state);
    await cache.start();
    const services: Services = {
      config, db, state, options, logger, recentLog, metrics,
      policies: new ApiPolicies(),
      accounts: new Accounts(cache, new SecretBox(config.secretKey)),
      bans: new Bans(state, {
        failures: config.limits.authFailures, windowMs: config.limits.windowSeconds * 1000, banMs: config.limits.banSeconds * 1000,
      }, () => metrics.bans.inc()),
      nonces: new Nonces(state),
      trust: new Trust(options),
      limits: new RateLimits(state, config.limits),
      startedAt: new Date(),
      async close() {
        await state?.close();
        await db.close();
      },
    };
    const em = db.em();
    await options.load(em);
    await options.seed(em, config.globals);
    await services.policies.load(em);
    await services.bans.restore(em);
    const adminPassword = config.admin.password ?? generatedAdminPassword(config);
    const adminChange = await services.accounts.ensureAdmin(em, config.admin.username, adminPassword);
    return { services, start: { adminChange, adminPassword: config.admin.password === undefined && adminChange === 'created' ? adminPassword : undefined } };
  } catch (e) {
    await state?.close();
    await db.close();
    throw e;
  }
}

/** With no admin password configured, one is generated on first start and kept in the data folder (printed once). */

function generatedAdminPassword(config: Config): string {
  const path = join(config.dataDir, 'admin.password');
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  mkdirSync(config.dataDir, { recursive: true });
  const password = randomBytes(12).toString('base64url');
  writeFileSync(path, `${password}\n`, { mode: 0o600 });
  return password;
}
