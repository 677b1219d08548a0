/**
 * The typed Services object a running server keeps one of: configuration, database, shared state, the domain
 * services, logging and metrics. The composition root (src/app.ts) builds it; dialects read it; domain modules take
 * only the narrow parts they use.
 */
import type { Logger } from 'pino';
import type { Config } from '../platform/config.ts';
import type { Metrics } from '../platform/observability/metrics.ts';
import type { RecentLines } from '../platform/observability/logger.ts';
import type { SharedState } from '../platform/state/shared-state.ts';
import type { SecretBox } from '../platform/secret-box.ts';
import type { Database } from '../persistence/database.ts';
import type { Accounts } from './accounts/accounts.ts';
import type { Activity } from './admin/activity.ts';
import type { SelfTest } from './admin/self-test.ts';
import type { CdrChanges } from './cdr/cdr-changes.ts';
import type { MainFiguresCache } from './mor/main-figures.ts';
import type { RateDecks } from './rating/rate-decks.ts';
import type { RoutingEngine } from './routing/engine.ts';
import type { ApiPolicies } from './access/api-policies.ts';
import type { Bans } from './access/bans.ts';
import type { Nonces } from './access/nonces.ts';
import type { RateLimits } from './access/rate-limits.ts';
import type { Trust } from './access/trust.ts';
import type { GlobalOptions } from './settings/global-options.ts';

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
  /** The seal of passwords at rest (config.secretKey): Accounts' user passwords and the miniSIP objects' passwords. */
  secrets: SecretBox;
  /** Background jobs and in-process locks (threadlist, querylist, locks, backups, custom actions). */
  activity: Activity;
  /** News that call records changed, told through the shared state. */
  cdrChanges: CdrChanges;
  /** The rate decks in memory, rebuilt on a change told through the shared state. */
  rateDecks: RateDecks;
  /** The MOR main page's call figures per user, dropped on news from cdrChanges. */
  mainFigures: MainFiguresCache;
  /** The routing plan in memory and call resolution on it. */
  routing: RoutingEngine;
  /** unittest's built-in tests. */
  selfTest: SelfTest;
  logger: Logger;
  recentLog: RecentLines;
  metrics: Metrics;
  startedAt: Date;
  close(): Promise<void>;
}
