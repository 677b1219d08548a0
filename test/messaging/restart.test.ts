// "No message lost or sent twice across a Switchboard restart in the middle of a queue of 1,000": the SMSC counts
// submit_sm per message text; the real server is stopped part way (its messaging finishes the message in hand and
// hands back the rest of its claim) and started again, which resumes the queue — on PostgreSQL two servers at once,
// sharing the rows through their claims.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessaging } from '../../src/domain/messaging/messaging-service.ts';
import { OutboxMessage } from '../../src/persistence/entities/messaging/index.ts';
import { testEngines } from '../support/databases.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { eventually, FAST, type FreshDatabase, freshDatabase, QUIET, smppConfig } from './support/fixture.ts';
import { TestSmsc } from './support/smsc.ts';

const engines = await testEngines('the messaging restart test on PostgreSQL');
const MESSAGES = 1000;
const text = (n: number) => `queued message ${String(n).padStart(4, '0')}`;

describe.each(engines.map((open) => [open]))('a restart in the middle of a queue of 1,000 (%#)', (open) => {
  let fresh: FreshDatabase;
  let smsc: TestSmsc;
  /** Servers started and not yet stopped. */
  const running = new Set<TestServer>();
  const stop = async (server: TestServer) => {
    running.delete(server);
    await server.stop();
  };

  beforeAll(async () => {
    fresh = await freshDatabase(open);
    smsc = await TestSmsc.start();
  });
  afterAll(async () => {
    for (const server of running) await stop(server);
    await smsc?.kill();
    await fresh?.stop();
  });

  it('sends every message exactly once', { timeout: 30_000 }, async () => {
    const config = { smpp: smppConfig(smsc.port, 2000) };
    const queueing = createMessaging({ config, db: fresh.db, logger: QUIET }, FAST);
    for (let n = 1; n <= MESSAGES; n++) await queueing.queueSms({ from: '4930123', to: '4915100000', text: text(n) });

    const serve = async () => {
      const server = await startTestServer(fresh.test, { messaging: config });
      running.add(server);
      return server;
    };
    const first = await serve();
    await eventually(() => (smsc.submitted.length >= 300 ? true : undefined), 10_000);
    await stop(first);
    const sentBeforeRestart = smsc.submitted.length;
    const submittedRows = await fresh.db.em().count(OutboxMessage, { state: 'submitted' });
    // Stopped cleanly: every submit_sm the SMSC acknowledged is recorded, and nothing else.
    expect(submittedRows).toBe(sentBeforeRestart);
    expect(sentBeforeRestart).toBeLessThan(MESSAGES);

    // On PostgreSQL two servers (as two processes would) share the rest through their claims.
    const resumers = fresh.db.engine === 'postgresql' ? 2 : 1;
    const second = await Promise.all(Array.from({ length: resumers }, serve));
    await eventually(
      async () => ((await fresh.db.em().count(OutboxMessage, { state: 'submitted' })) === MESSAGES ? true : undefined),
      15_000,
    );
    await Promise.all(second.map(stop));
    const resumingBinds = new Set(smsc.submitted.slice(sentBeforeRestart).map((s) => s.bind));
    expect(resumingBinds.size).toBe(resumers);

    const timesSent = new Map<string, number>();
    for (const s of smsc.submitted) timesSent.set(s.text, (timesSent.get(s.text) ?? 0) + 1);
    const expected = Array.from({ length: MESSAGES }, (_, i) => text(i + 1));
    expect([...timesSent.keys()].sort()).toEqual(expected);
    expect([...timesSent.entries()].filter(([, times]) => times !== 1)).toEqual([]);
    await eventually(() => (smsc.bindCount === 0 ? true : undefined));
  });
});
