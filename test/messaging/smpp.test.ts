// SMS over SMPP 3.4 against a real SMSC (the smpp package's server side): the text and its encoding, long messages
// split with concatenation UDHs, receipts settling the outbox row, inbound SMS answered by SMS, and a restarted SMSC.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Messaging } from '../../src/domain/messaging/messaging.ts';
import { InboundSmsMessage } from '../../src/persistence/entities/messaging/index.ts';
import { type MigratedDatabase, migratedDatabase, testEngines } from '../support/databases.ts';
import { eventually, smppConfig, startMessaging } from './support/fixture.ts';
import { type Submitted, TestSmsc } from './support/smsc.ts';

const engines = await testEngines('the SMPP messaging tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('SMS over SMPP (%#)', (open) => {
  let fresh: MigratedDatabase;
  let smsc: TestSmsc;
  let messaging: Messaging;

  beforeAll(async () => {
    fresh = await migratedDatabase(open);
    smsc = await TestSmsc.start();
    messaging = await startMessaging(fresh.db, { smpp: smppConfig(smsc.port) });
    await eventually(() => (smsc.bindCount > 0 ? true : undefined));
  });
  afterAll(async () => {
    await messaging?.stop();
    await smsc?.kill();
    await fresh?.stop();
  });

  /** The submit_sm PDUs the SMSC received for text sent to `to`. */
  const sentTo = (to: string, count = 1) =>
    eventually(() => {
      const parts = smsc.submitted.filter((s) => s.destination === to);
      return parts.length >= count ? parts : undefined;
    });

  it('sends a GSM text as GSM 7-bit (data_coding 0), extension characters included, and asks for a receipt', async () => {
    const outcome = await messaging.sendSmsNow({ from: '4930123', to: '+4915100001', text: 'Hi {there} €5 @home' });
    expect(outcome).toMatchObject({ state: 'submitted', parts: 1 });
    const [part] = await sentTo('4915100001');
    expect(part).toMatchObject({
      source: '4930123',
      dataCoding: 0,
      esmClass: 0,
      registeredDelivery: 1,
      text: 'Hi {there} €5 @home',
    });
    // Valid as long as the outbox keeps it: a day.
    expect(Math.abs(part!.validUntil!.getTime() - (Date.now() + 86_400_000))).toBeLessThan(60_000);
  });

  it('sends text outside the GSM alphabet as UCS-2 (data_coding 8), and forced UCS-2 when asked', async () => {
    await messaging.queueSms({ from: 'Switchboard', to: '4915100002', text: 'Привет, 你好 👋' });
    await messaging.queueSms({ from: 'Switchboard', to: '4915100003', text: 'plain', unicode: true });
    const [cyrillic] = await sentTo('4915100002');
    const [forced] = await sentTo('4915100003');
    expect(cyrillic).toMatchObject({ dataCoding: 8, text: 'Привет, 你好 👋', source: 'Switchboard' });
    expect(forced).toMatchObject({ dataCoding: 8, text: 'plain' });
  });

  it('splits a long text into parts with a concatenation UDH: one reference, total and sequence numbers', async () => {
    const text = Array.from({ length: 40 }, (_, i) => `line ${i};`).join(' ');
    const outcome = await messaging.queueSms({ from: '4930123', to: '4915100004', text });
    expect(outcome.parts).toBe(3);
    const parts = await sentTo('4915100004', 3);
    expect(parts.map((p) => p.concat)).toEqual(
      [1, 2, 3].map((sequence) => ({ reference: Number(outcome.id) & 0xff, total: 3, sequence })),
    );
    expect(parts.every((p) => p.esmClass & 0x40)).toBe(true);
    expect(parts.map((p) => p.text.length)).toEqual([153, 153, text.length - 306]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    const ucs2 = 'Ж'.repeat(150);
    await messaging.queueSms({ from: '4930123', to: '4915100005', text: ucs2 });
    const ucs2Parts = await sentTo('4915100005', 3);
    expect(ucs2Parts.map((p) => [p.dataCoding, p.text.length])).toEqual([
      [8, 67],
      [8, 67],
      [8, 16],
    ]);
  });

  it('settles a message from its receipts: delivered once every part is, failed or expired with the SMSC stat', async () => {
    const long = await messaging.sendSmsNow({ from: '1', to: '4915100006', text: 'x'.repeat(200) });
    const parts = await sentTo('4915100006', 2);
    await smsc.sendReceipt(parts[0]!.messageId, 'DELIVRD');
    expect((await messaging.outcome(long.id))?.state).toBe('submitted');
    await smsc.sendReceipt(parts[1]!.messageId, 'DELIVRD');
    await eventually(async () => ((await messaging.outcome(long.id))?.state === 'delivered' ? true : undefined));

    const lost = await messaging.sendSmsNow({ from: '1', to: '4915100007', text: 'to nowhere' });
    const [part] = await sentTo('4915100007');
    await smsc.sendReceipt((part as Submitted).messageId, 'UNDELIV');
    const failed = await eventually(async () => {
      const outcome = await messaging.outcome(lost.id);
      return outcome?.state === 'failed' ? outcome : undefined;
    });
    expect(failed.reason).toBe('SMSC receipt UNDELIV err:001');

    const late = await messaging.sendSmsNow({ from: '1', to: '4915100008', text: 'too late' });
    await smsc.sendReceipt((await sentTo('4915100008'))[0]!.messageId, 'EXPIRED');
    expect(await messaging.outcome(late.id)).toMatchObject({
      state: 'expired',
      reason: 'SMSC receipt EXPIRED err:001',
    });
  });

  it('stores an inbound SMS, hands it to the handler and sends its answer back to the sender', async () => {
    const seen: string[] = [];
    messaging.onInbound(async (sms) => {
      seen.push(`${sms.via} ${sms.from}>${sms.to}: ${sms.text}`);
      return 'balance: 5.00 EUR';
    });
    const response = await smsc.deliverInbound('4917700001', '4930999', 'balance');
    expect(response.command_status).toBe(0);
    expect(seen).toEqual(['smpp 4917700001>4930999: balance']);
    const [answer] = await sentTo('4917700001');
    expect(answer).toMatchObject({ source: '4930999', text: 'balance: 5.00 EUR' });
    const stored = await fresh.db.em().find(InboundSmsMessage, { sender: '4917700001' });
    expect(stored.map((r) => [r.recipient, r.body, r.via, r.answerId !== null])).toEqual([
      ['4930999', 'balance', 'smpp', true],
    ]);
  });

  it('joins the parts of a long inbound SMS, whatever order they come in, before handing it on', async () => {
    const seen: string[] = [];
    messaging.onInbound(async (sms) => {
      seen.push(`${sms.from}: ${sms.text}`);
      return undefined;
    });
    const concat = (sequence: number) => ({ reference: 0x42, total: 3, sequence });
    await smsc.deliverInbound('4917700002', '4930999', 'third', concat(3));
    await smsc.deliverInbound('4917700002', '4930999', 'first, ', concat(1));
    expect(seen).toEqual([]);
    await smsc.deliverInbound('4917700002', '4930999', 'second, ', concat(2));
    expect(seen).toEqual(['4917700002: first, second, third']);
  });

  it('binds again after the SMSC is killed and restarted, and sends what was queued meanwhile, once each', async () => {
    await smsc.kill();
    const queued = await Promise.all(
      [1, 2, 3].map((n) => messaging.queueSms({ from: '1', to: '4915100010', text: `during the outage ${n}` })),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const { id } of queued) expect((await messaging.outcome(id))?.state).toBe('queued');
    await smsc.listen();
    const parts = await sentTo('4915100010', 3);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(
      smsc.submitted
        .filter((s) => s.destination === '4915100010')
        .map((s) => s.text)
        .sort(),
    ).toEqual(['during the outage 1', 'during the outage 2', 'during the outage 3']);
    expect(parts).toHaveLength(3);
    for (const { id } of queued) expect((await messaging.outcome(id))?.state).toBe('submitted');
  });

  it('keeps the link alive with enquire_link, and binds again when the SMSC goes silent and comes back', async () => {
    const before = smsc.enquireLinks;
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(smsc.enquireLinks - before).toBeGreaterThanOrEqual(2);
    smsc.silent = true;
    // Three silent keep-alive periods (0.3 s each): the session is given up, and no new one is bound meanwhile.
    await eventually(() => (smsc.bindCount === 0 ? true : undefined), 3000);
    smsc.silent = false;
    await eventually(() => (smsc.bindCount === 1 ? true : undefined), 3000);
    await messaging.sendSmsNow({ from: '1', to: '4915100020', text: 'after the silence' });
    expect((await sentTo('4915100020'))[0]?.text).toBe('after the silence');
  });

  it('holds submit_sm to messagesPerSecond', async () => {
    // The only messaging bound meanwhile, so that it sends every row.
    await messaging.stop();
    const slow = await startMessaging(fresh.db, { smpp: smppConfig(smsc.port, 20) });
    try {
      for (let n = 1; n <= 12; n++) await slow.queueSms({ from: '1', to: '4915100030', text: `paced ${n}` });
      const at = (await sentTo('4915100030', 12)).map((p) => p.at);
      // 20 a second: 11 intervals of 50 ms at least between the first and the last (arrivals jitter a little).
      expect(at.at(-1)! - at[0]!).toBeGreaterThanOrEqual(11 * 45);
    } finally {
      await slow.stop();
      await messaging.start();
    }
  });
});
