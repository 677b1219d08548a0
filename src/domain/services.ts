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
import type { Messaging } from './messaging/messaging.ts';
import type { PresenceBoard } from './presence/presence-board.ts';
import type { Calls } from './telephony/calls/calls.ts';
import type { Registrar } from './telephony/registrar.ts';
import type { Registrations } from './telephony/registrations.ts';
import type { InstantMessages } from './telephony/messages/instant-messages.ts';
import type { OfflineMessages } from './telephony/messages/offline-messages.ts';
import type { StopNotice } from './admin/stop-notice.ts';

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
  /** SMS (SMPP or HTTP gateway) and e-mail (SMTP) through the durable outbox, inbound SMS (issue 16). */
  messaging: Messaging;
  /** The SIP registrar's bindings (issue 15), where every process sees them: what status, reguser and unreg read. */
  registrations: Registrations;
  /** willstop: the server will stop soon, so running calls are no longer cut for credit (every process hears it). */
  stopNotice: StopNotice;
  /** Instant messages kept for offline users (sendim; presence_set hands them out as XOFFMESSAGE). */
  offlineMessages: OfflineMessages;
  /** sendim/sendamsg: SIP MESSAGE to the user's contacts, else kept as an offline message. */
  instantMessages: InstantMessages;
  /** Answers REGISTER on the SIP edge (RFC 3261 §10.3): digest against the accounts, bindings into registrations. */
  registrar: Registrar;
  /** The calls placed for the API (callback, p2p: third-party call control), in progress in this process. */
  calls: Calls;
  /** The presence strings of presence_set, told to every process. */
  presence: PresenceBoard;
  /** unittest's built-in tests. */
  selfTest: SelfTest;
  logger: Logger;
  recentLog: RecentLines;
  metrics: Metrics;
  startedAt: Date;
  close(): Promise<void>;
}
