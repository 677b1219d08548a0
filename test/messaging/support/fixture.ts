/**
 * Messaging on a fresh migrated database of each engine, with the config sections a test gives, quiet logs and
 * short timings so that retries and reconnects happen within a test.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import pino from 'pino';
import { type Database, openDatabase } from '../../../src/persistence/database.ts';
import { type OnFreshDatabase, onFreshDatabase, type TestDatabase } from '../../support/databases.ts';
import type { Messaging } from '../../../src/domain/messaging/messaging.ts';
import {
  createMessaging,
  type MessagingConfig,
  type MessagingOptions,
} from '../../../src/domain/messaging/messaging-service.ts';
import type { Config } from '../../../src/platform/config.ts';
import { SMSC_ACCOUNT } from './smsc.ts';

export const QUIET = pino({ level: 'silent' });

export const FAST: MessagingOptions = {
  worker: { idleMs: 50, retryBaseMs: 100, retryMaxMs: 400 },
  smpp: { backoffMs: 50, maxBackoffMs: 200, responseTimeoutMs: 2000 },
};

/** A claim lease short enough that a killed process's claimed rows come back within the crash test. */
export const CRASH_OPTIONS: MessagingOptions = { ...FAST, worker: { ...FAST.worker, leaseMs: 1000 } };

export function smppConfig(port: number, messagesPerSecond = 1000): NonNullable<Config['smpp']> {
  return {
    host: '127.0.0.1',
    port,
    ...SMSC_ACCOUNT,
    systemType: '',
    sourceAddr: 'Switchboard',
    messagesPerSecond,
    enquireLinkSeconds: 0.3,
  };
}

/** A started Messaging; stopped by the caller. */
export async function startMessaging(
  db: Database,
  config: MessagingConfig,
  options: MessagingOptions = FAST,
): Promise<Messaging> {
  const messaging = createMessaging({ config, db, logger: QUIET }, options);
  await messaging.start();
  return messaging;
}

/** Polls check until it returns something other than undefined, or fails after timeoutMs. */
export async function eventually<T>(check: () => Promise<T | undefined> | T | undefined, timeoutMs = 5000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`not within ${timeoutMs} ms`);
    await sleep(20);
  }
}

/** A migrated fresh database, with its URL for what opens it again (another process, a real server). */
export type FreshDatabase = OnFreshDatabase<{ db: Database; test: TestDatabase }>;

export function freshDatabase(open: () => Promise<TestDatabase>): Promise<FreshDatabase> {
  return onFreshDatabase(open, async (test, undo) => {
    const db = await openDatabase(test.url);
    undo(() => db.close());
    await db.migrate();
    return { db, test };
  });
}
