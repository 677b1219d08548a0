// "Nothing lost" for a long inbound SMS across a restart: the SMSC never sends a part again once its deliver_sm is
// acknowledged, so a part that came before a (graceful) stop is joined with the rest after the start on the same
// database — the whole text stored once and answered once — and a message whose hold runs out across the restart is
// handed on once, as far as it came, when its hold (counted from its first part) is up.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboundSms, Messaging } from '../../src/domain/messaging/messaging.ts';
import { createMessaging } from '../../src/domain/messaging/messaging-service.ts';
import { toMicros } from '../../src/platform/money.ts';
import { InboundSmsMessage, InboundSmsPart } from '../../src/persistence/entities/messaging/index.ts';
import { testEngines } from '../support/databases.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { eventually, FAST, type FreshDatabase, freshDatabase, QUIET, smppConfig } from './support/fixture.ts';
import { TestSmsc } from './support/smsc.ts';

const engines = await testEngines('the inbound SMS restart tests on PostgreSQL');
const HOLD_MS = 1000;

describe.each(engines.map((open) => [open]))('a long inbound SMS across a restart (%#)', (open) => {
  let fresh: FreshDatabase;
  let smsc: TestSmsc;
  const stops = new Set<() => Promise<void>>();
  const stop = async (what: () => Promise<void>) => {
    stops.delete(what);
    await what();
  };

  beforeAll(async () => {
    fresh = await freshDatabase(open);
    smsc = await TestSmsc.start();
  });
  afterAll(async () => {
    await stopAll();
    await smsc?.kill();
    await fresh?.stop();
  });

  const em = () => fresh.db.em();
  const stored = (sender: string) => em().find(InboundSmsMessage, { sender }, { disableIdentityMap: true });
  const kept = (sender: string) => em().count(InboundSmsPart, { sender });
  const bound = () => eventually(() => (smsc.bindCount > 0 ? true : undefined));
  /** Every server stopped, and the SMSC has seen its session close. */
  const stopAll = async () => {
    for (const what of [...stops]) await stop(what);
    await eventually(() => (smsc.bindCount === 0 ? true : undefined));
  };
  const concat = (reference: number, sequence: number) => ({ reference, total: 3, sequence });

  it('joins a part that came before a server restart with those after it: stored once and answered once', async () => {
    const config = { smpp: smppConfig(smsc.port) };
    const serve = async () => {
      const server: TestServer = await startTestServer(fresh.test, { messaging: config });
      stops.add(server.stop);
      await bound();
      return server;
    };
    const phone = '36307770001';
    const first = await serve();
    const who = { name: 'test', requestId: 'setup' };
    await first.server.services.accounts.create(
      em(),
      { username: 'texter', password: 'texter-pw-1', phone, creditMicros: toMicros('7.25') },
      who,
    );

    const ack = await smsc.deliverInbound(phone, 'Switchboard', 'bal', concat(0x21, 1));
    expect(ack.command_status).toBe(0);
    // Acknowledged only once it is in the database.
    expect(await kept(phone)).toBe(1);
    await stopAll();

    await serve();
    await smsc.deliverInbound(phone, 'Switchboard', 'an', concat(0x21, 2));
    await smsc.deliverInbound(phone, 'Switchboard', 'ce', concat(0x21, 3));
    const replies = () => smsc.submitted.filter((s) => s.destination === phone);
    const [reply] = await eventually(() => (replies().length > 0 ? replies() : undefined));
    expect(reply!.text).toBe('Your credit is $7.25');
    await sleep(300);
    expect(replies()).toHaveLength(1);
    expect((await stored(phone)).map((r) => r.body)).toEqual(['balance']);
    expect(await kept(phone)).toBe(0);
    await stopAll();
  });

  /** Messaging with a short hold, its inbound SMS collected; started after the handler is set (resume hands on). */
  const startMessaging = async (seen: InboundSms[]): Promise<Messaging> => {
    const config = { smpp: smppConfig(smsc.port) };
    const messaging = createMessaging(
      { config, db: fresh.db, logger: QUIET },
      { ...FAST, smpp: { ...FAST.smpp, partsHoldMs: HOLD_MS } },
    );
    messaging.onInbound(async (sms) => {
      seen.push(sms);
      return undefined;
    });
    await messaging.start();
    stops.add(() => messaging.stop());
    await bound();
    return messaging;
  };
  const restart = async (sender: string, reference: number, downMs: number) => {
    const seen: InboundSms[] = [];
    const before = await startMessaging([]);
    const firstAt = Date.now();
    await smsc.deliverInbound(sender, '4930999', 'one ', concat(reference, 1));
    await smsc.deliverInbound(sender, '4930999', 'three', concat(reference, 3));
    await stopAll();
    expect(before.sms).toBe('smpp');
    await sleep(downMs);
    await startMessaging(seen);
    return { seen, firstAt };
  };

  it('hands on a message whose hold runs out after the restart once, when the hold from its first part is up', async () => {
    const { seen, firstAt } = await restart('4917700010', 0x31, 0);
    expect(seen).toEqual([]);
    await eventually(() => (seen.length > 0 ? true : undefined), 5000);
    expect(Date.now() - firstAt).toBeGreaterThanOrEqual(HOLD_MS - 50);
    await sleep(300);
    expect(seen.map((s) => [s.from, s.text])).toEqual([['4917700010', 'one three']]);
    expect((await stored('4917700010')).map((r) => r.body)).toEqual(['one three']);
    expect(await kept('4917700010')).toBe(0);
  });

  it('hands on a message whose hold ran out while the server was down once, at the start', async () => {
    const { seen } = await restart('4917700011', 0x32, HOLD_MS + 200);
    await eventually(() => (seen.length > 0 ? true : undefined), 1000);
    await sleep(300);
    expect(seen.map((s) => [s.from, s.text])).toEqual([['4917700011', 'one three']]);
    expect((await stored('4917700011')).map((r) => r.body)).toEqual(['one three']);
    expect(await kept('4917700011')).toBe(0);
  });
});
