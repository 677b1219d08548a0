// A messaging process killed with SIGKILL in the middle of a queue: nothing is lost (the rows it had claimed come
// back when their lease ends), and the only messages sent twice are the ones in flight at the kill — the window the
// outbox worker documents (SMSC acknowledged, record not yet committed), at most one per message in flight.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Messaging } from '../../src/domain/messaging/messaging.ts';
import { createMessaging } from '../../src/domain/messaging/messaging-service.ts';
import { OutboxMessage } from '../../src/persistence/entities/messaging/index.ts';
import { testEngines } from '../support/databases.ts';
import { CRASH_OPTIONS, eventually, type FreshDatabase, freshDatabase, QUIET, smppConfig } from './support/fixture.ts';
import { TestSmsc } from './support/smsc.ts';

const engines = await testEngines('the messaging crash test on PostgreSQL');
const MESSAGES = 400;
const text = (n: number) => `crash test message ${String(n).padStart(3, '0')}`;

describe.each(engines.map((open) => [open]))('a messaging process killed mid-queue (%#)', (open) => {
  let fresh: FreshDatabase;
  let smsc: TestSmsc;
  let resumed: Messaging | undefined;

  beforeAll(async () => {
    fresh = await freshDatabase(open);
    smsc = await TestSmsc.start();
  });
  afterAll(async () => {
    await resumed?.stop();
    await smsc?.kill();
    await fresh?.stop();
  });

  it('loses nothing, and sends again only what was in flight', { timeout: 30_000 }, async () => {
    const config = { smpp: smppConfig(smsc.port) };
    const messaging = createMessaging({ config, db: fresh.db, logger: QUIET }, CRASH_OPTIONS);
    for (let n = 1; n <= MESSAGES; n++) await messaging.queueSms({ from: '4930123', to: '4915100000', text: text(n) });

    const child = spawn(
      process.execPath,
      [join(import.meta.dirname, 'support/messaging-process.ts'), fresh.test.url, String(smsc.port)],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    await eventually(() => (smsc.submitted.length >= 150 ? true : undefined), 15_000);
    child.kill('SIGKILL');
    await once(child, 'exit');
    expect(smsc.submitted.length).toBeLessThan(MESSAGES);

    resumed = createMessaging({ config, db: fresh.db, logger: QUIET }, CRASH_OPTIONS);
    await resumed.start();
    await eventually(
      async () => ((await fresh.db.em().count(OutboxMessage, { state: 'submitted' })) === MESSAGES ? true : undefined),
      15_000,
    );

    const timesSent = new Map<string, number>();
    for (const s of smsc.submitted) timesSent.set(s.text, (timesSent.get(s.text) ?? 0) + 1);
    expect(timesSent.size).toBe(MESSAGES);
    const twice = [...timesSent.entries()].filter(([, times]) => times > 1);
    expect(twice.every(([, times]) => times === 2)).toBe(true);
    const inFlight = fresh.db.engine === 'postgresql' ? 8 : 1;
    expect(twice.length).toBeLessThanOrEqual(inFlight);
  });
});
