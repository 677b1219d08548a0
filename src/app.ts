/**
 * The composition root: builds the Services once (database migrated, globals seeded, admin ensured, bans restored),
 * binds each dialect to them, and hands the dialects to the runtime to serve. Nothing below imports this file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import type { Config } from './platform/config.ts';
import { createLogger, flushLogger, RecentLines } from './platform/observability/logger.ts';
import { Metrics } from './platform/observability/metrics.ts';
import { makePrivateFolder, PRIVATE_FILE_MODE } from './platform/private-files.ts';
import { SecretBox } from './platform/secret-box.ts';
import { createSharedState } from './platform/state/index.ts';
import type { SharedState } from './platform/state/shared-state.ts';
import { openDatabase } from './persistence/database.ts';
import { giveMigrationsSecretKey } from './persistence/migrations/pin-digests.ts';
import { Accounts } from './domain/accounts/accounts.ts';
import { Activity } from './domain/admin/activity.ts';
import { adminPasswordFile, warnAboutSharedFiles } from './domain/admin/files-at-rest.ts';
import { SelfTest } from './domain/admin/self-test.ts';
import { StopNotice } from './domain/admin/stop-notice.ts';
import { createMessaging } from './domain/messaging/messaging-service.ts';
import { CdrChanges } from './domain/cdr/cdr-changes.ts';
import { PresenceBoard } from './domain/presence/presence-board.ts';
import { CallDirectory } from './domain/telephony/calls/call-directory.ts';
import { Calls } from './domain/telephony/calls/calls.ts';
import { NonceCountRing, SharedNonceUses } from './domain/telephony/nonce-uses.ts';
import { NONCE_LIFETIME_MS, Registrar } from './domain/telephony/registrar.ts';
import { createRegistrations } from './domain/telephony/registrations-store.ts';
import { InstantMessages } from './domain/telephony/messages/instant-messages.ts';
import { OfflineMessages } from './domain/telephony/messages/offline-messages.ts';
import { withBindEvents } from './domain/telephony/messages/registration-events.ts';
import { SipMessageClient } from './runtime/sip/message-client.ts';
import { MainFiguresCache } from './domain/mor/main-figures.ts';
import { RateDecks } from './domain/rating/rate-decks.ts';
import { RoutingEngine } from './domain/routing/engine.ts';
import { UserCache } from './domain/accounts/user-cache.ts';
import { ApiPolicies } from './domain/access/api-policies.ts';
import { banPolicy, Bans } from './domain/access/bans.ts';
import { Nonces } from './domain/access/nonces.ts';
import { RateLimits } from './domain/access/rate-limits.ts';
import { Trust } from './domain/access/trust.ts';
import type { Services } from './domain/services.ts';
import { GlobalOptions } from './domain/settings/global-options.ts';
import { bindMinisip } from './dialects/minisip/binding.ts';
import { bindMizuV1 } from './dialects/mizu-v1/binding.ts';
import { bindMizuV2 } from './dialects/mizu-v2/binding.ts';
import { bindMor } from './dialects/mor/binding.ts';
import { listen, type Surfaces } from './runtime/server.ts';
import { startCallLegs } from './runtime/sip/call-legs-client.ts';
import type { SipEdge } from './runtime/sip/edge.ts';

export { ListenError } from './runtime/server.ts';

export interface RunningServer {
  services: Services;
  start: StartInfo;
  port: number;
  tlsPort?: number;
  /** The SIP edge (UDP/TCP on sip.port, WebSocket SIP on /mfstwebsock), when sip.port is not 0. */
  sip?: SipEdge;
  stop(): Promise<void>;
}

/** What one process of several does (serve --workers). */
export interface ProcessRole {
  /** Runs the outbox's senders (SMPP, the HTTP gateway, SMTP): one process of a fleet does; all of them queue. */
  sendsMessages: boolean;
}

/** Starts Switchboard: services, then every dialect on the shared API port, UDP and TLS. */
export async function startServer(
  config: Config,
  logDestination?: NodeJS.WritableStream,
  role: ProcessRole = { sendsMessages: true },
): Promise<RunningServer> {
  const { services, start } = await createServices(config, logDestination);
  try {
    warnAboutSharedFiles(config, services.logger);
    const listening = await listen(services, bindSurfaces(services));
    listening.sip?.onConnectionClosed((peer) =>
      services.registrar
        .connectionClosed(peer)
        .catch((err: unknown) => services.logger.warn({ err, peer }, 'bindings of a closed connection not removed')),
    );
    const messageClient = listening.sip && (await startMessageClient(config, listening.sip));
    services.instantMessages.attach(messageClient);
    const callLegs = listening.sip && (await startCallLegs(config.listen.host, listening.sip, services.logger));
    services.calls.useLegs(callLegs);
    // The outbox worker resumes what a previous run left queued.
    if (role.sendsMessages) await services.messaging.start();
    // The cache of active users (fastusers) fills in the background: starting is not delayed, and requests meanwhile
    // fill it themselves.
    const warming = services.accounts.cache.warm(services.db.em()).then(
      (count) => services.logger.info({ count }, 'user cache warmed'),
      (err: unknown) => services.logger.warn({ err }, 'user cache warm-up stopped'),
    );
    services.logger.info(
      {
        port: listening.port,
        tlsPort: listening.tlsPort,
        sipPort: listening.sip?.port,
        sipWebSocket: listening.sip ? '/mfstwebsock' : undefined,
        database: services.db.engine,
      },
      'switchboard accepting requests',
    );
    services.logger.info({ trust: services.trust.describe() }, 'address trust in force');
    return {
      services,
      start,
      port: listening.port,
      tlsPort: listening.tlsPort,
      sip: listening.sip,
      async stop() {
        await messageClient?.stop();
        // Calls in progress are hung up (BYE) and billed for the time they lasted.
        await services.calls.close();
        await callLegs?.close();
        await listening.stop();
        // A stop soon after the start: the warm-up ends before the database closes (on PostgreSQL its query in flight
        // kept the pool from closing, and the stop waited for ever).
        services.accounts.cache.stopWarming();
        await warming;
        await services.close();
      },
    };
  } catch (e) {
    await services.close();
    throw e;
  }
}

/** The dialects in the order their HTTP routes are tried. */
function bindSurfaces(services: Services): Surfaces {
  const mizuV2 = bindMizuV2(services);
  return {
    dialects: [mizuV2, bindMizuV1(services), bindMinisip(services), bindMor(services)],
    lines: mizuV2.lines,
    sip: { REGISTER: (req, from) => services.registrar.register(req, from) },
  };
}

export interface StartInfo {
  adminPassword?: string;
  adminChange: 'created' | 'updated' | 'unchanged';
}

/**
 * Opens everything and brings it in line with the config: schema migrated, globals seeded, admin ensured, bans
 * restored.
 */
export async function createServices(
  config: Config,
  logDestination?: NodeJS.WritableStream,
): Promise<{ services: Services; start: StartInfo }> {
  const recentLog = new RecentLines();
  const logger = createLogger(config.log.level, recentLog, logDestination);
  const db = await openDatabase(config.database);
  let state: SharedState | undefined;
  try {
    giveMigrationsSecretKey(config.secretKey);
    await db.migrate();
    state = await createSharedState({ redis: config.redis }, logger);
    const metrics = new Metrics();
    const options = new GlobalOptions();
    const cache = new UserCache(state);
    await cache.start();
    const secrets = new SecretBox(config.secretKey);
    const cdrChanges = new CdrChanges(state);
    const messaging = createMessaging({ config, db, logger, onRefund: (userId) => cache.invalidate(userId) });
    const accounts = new Accounts(cache, secrets, config.limits.pinMinLength, config);
    const bans = new Bans(state, banPolicy(config.limits), { em: () => db.em(), onBan: () => metrics.bans.inc() });
    const bindings = createRegistrations(config.sip.registrations, { db, state });
    const offlineMessages = new OfflineMessages(() => db.em(), state);
    const instantMessages = new InstantMessages({ registrations: bindings, offline: offlineMessages, logger });
    // A user registering gets the instant messages kept for it.
    const registrations = withBindEvents(bindings, (b) => instantMessages.registered(b.username));
    const routing = new RoutingEngine({ db, state, logger, users: cache });
    const stopNotice = new StopNotice(state);
    const rateDecks = new RateDecks({
      em: () => db.em(),
      state,
      onError: (err) => logger.warn({ err }, 'rebuilding a rate deck failed; the next rating loads it'),
    });
    const services: Services = {
      config,
      db,
      state,
      options,
      logger,
      recentLog,
      metrics,
      secrets,
      cdrChanges,
      policies: new ApiPolicies(),
      accounts,
      bans,
      nonces: new Nonces(state),
      trust: new Trust(options, config.trust),
      limits: new RateLimits(state, config.limits),
      activity: new Activity(),
      rateDecks,
      mainFigures: new MainFiguresCache(cdrChanges),
      routing,
      selfTest: new SelfTest({ db, state }),
      messaging,
      registrations,
      offlineMessages,
      instantMessages,
      stopNotice,
      registrar: new Registrar({
        registrations,
        accounts,
        bans,
        em: () => db.em(),
        // Several processes (Redis) take each other's nonces; one process keeps a ring of fixed size.
        nonceUses: config.redis ? new SharedNonceUses(state, NONCE_LIFETIME_MS) : new NonceCountRing(),
        secretKey: config.secretKey,
        realm: config.sip.realm,
      }),
      presence: new PresenceBoard(state),
      calls: new Calls({
        registrations,
        routing,
        decks: rateDecks,
        directory: new CallDirectory(state),
        creditChecks: stopNotice,
        em: () => db.em(),
        cdrChanges,
        users: cache,
        onError: (err) => logger.error({ err }, 'billing a placed call failed'),
      }),
      startedAt: new Date(),
      // What the domain services hold open is the shared state's subscriptions (rate decks, CDR changes, routing,
      // self test) and the database: closing those two closes them all.
      async close() {
        // Lets the message in hand finish and unbinds from the SMSC; queued messages wait for the next start.
        await messaging.stop();
        await state?.close();
        await db.close();
        await flushLogger(logger);
      },
    };
    const em = db.em();
    await options.load(em);
    await options.seed(em, config.globals);
    await services.policies.load(em);
    await services.presence.start();
    await services.stopNotice.start();
    await services.bans.restore(em);
    const adminPassword = config.admin.password ?? generatedAdminPassword(config);
    const adminChange = await services.accounts.ensureAdmin(em, config.admin.username, adminPassword);
    return {
      services,
      start: {
        adminChange,
        adminPassword: config.admin.password === undefined && adminChange === 'created' ? adminPassword : undefined,
      },
    };
  } catch (e) {
    await state?.close();
    await db.close();
    throw e;
  }
}

/** With no admin password configured, one is generated on first start and kept in the data folder (printed once). */

function generatedAdminPassword(config: Config): string {
  const path = adminPasswordFile(config.dataDir);
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  makePrivateFolder(config.dataDir);
  const password = randomBytes(12).toString('base64url');
  writeFileSync(path, `${password}\n`, { mode: PRIVATE_FILE_MODE });
  return password;
}

/**
 * The SIP MESSAGE client of instant messages: over UDP from its own socket, over TCP and WebSocket through the edge,
 * on the phone's own connection, whose responses the edge hands back to it.
 */
async function startMessageClient(config: Config, edge: SipEdge): Promise<SipMessageClient> {
  const client = new SipMessageClient({
    edge,
    host: config.listen.host,
    domain: config.sip.realm,
    responsesOnConnections: true,
  });
  edge.onResponse((response) => client.receive(response));
  await client.start();
  return client;
}
