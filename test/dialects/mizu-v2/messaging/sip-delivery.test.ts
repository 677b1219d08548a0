// SMS to and from Switchboard users over the SIP edge, on SQLite and PostgreSQL. Outbound: an SMS to a DID a user
// holds is on-net — a SIP MESSAGE to the user's registered phone, nothing to the SMSC — charged at the rated SMS price
// like any SMS, kept until the phone registers when it is not, and sent without any SMS gateway configured. Inbound:
// an SMS to a user's number (smsreceive, SMPP deliver_sm) reaches the registered phone at once, with its text and
// its sender.
import { afterAll, describe, expect, it } from 'vitest';
import { addToPool, lockNumber } from '../../../../src/domain/accounts/phone-numbers.ts';
import { CreditEntry } from '../../../../src/persistence/entities/credit-entry.ts';
import { OutboxMessage } from '../../../../src/persistence/entities/messaging/index.ts';
import { TestPhone } from '../../../sip/messages/phone.ts';
import { testEngines } from '../../../support/databases.ts';
import { loadDeck } from '../calls/support.ts';
import { eventually, type MessagingFixture, messagingServer } from './fixture.ts';

const engines = await testEngines('the SIP delivery SMS tests on PostgreSQL');
const GATEWAY = '127.0.0.1';

/** Phones and DIDs on one fixture's server. */
function sipUsers(f: MessagingFixture) {
  const phones: TestPhone[] = [];
  afterAll(() => {
    for (const phone of phones) phone.close();
  });
  const em = () => f.sb.server.services.db.em();
  return {
    /** A user holding the pool number did. */
    async withDid(username: string, did: string, credit = '1'): Promise<number> {
      const id = await f.user(username, { credit });
      await addToPool(em(), [did]);
      expect(await lockNumber(em(), did, id, 60_000)).toBe('locked');
      return id;
    },
    /** The user's phone, registered over UDP. */
    async phone(username: string): Promise<TestPhone> {
      const phone = await new TestPhone(username, `${username}-pw-1`).start();
      phones.push(phone);
      expect(await phone.register(f.sipPort)).toBe(200);
      return phone;
    },
    waiting: (username: string) => f.sb.server.services.offlineMessages.waitingFor(username),
    /** Whether anything reached the SMSC for number, a moment after the request was answered. */
    async smscGot(number: string): Promise<boolean> {
      await new Promise((r) => setTimeout(r, 300));
      return (
        f.smsc.submitted.some((s) => s.destination === number) ||
        (await em().count(OutboxMessage, { recipient: number })) > 0
      );
    },
  };
}

const body = (phone: TestPhone, i = 0) => phone.received[i]!.request.body.toString();
const fromOf = (phone: TestPhone, i = 0) => phone.received[i]!.request.headers.get('From');

describe.each(engines.map((open) => [open]))('SMS over the SIP edge (%#)', (open) => {
  const f = messagingServer(open, { sip: true, globals: { httpsmscallbackip: GATEWAY, apideftrustadmin: '0' } });
  const u = sipUsers(f);

  it('sendsms to a DID a registered user holds: a SIP MESSAGE to the phone, charged at the SMS price, no SMSC', async () => {
    await loadDeck(f.sb, 'default-sms', [['3612', 'Budapest', '0.03']]);
    const senderId = await f.user('texter', { credit: '1' });
    await u.withDid('onnet', '3612555100');
    const phone = await u.phone('onnet');
    const answer = await f.as('texter', { apientry: 'sendsms', bnum: '3612555100', txt: 'lunch at 12?' });
    expect(answer.data).toMatchObject({
      messageid: expect.stringMatching(/^sip-\d+$/),
      state: 'queued',
      charged: '0.03',
    });
    await phone.messages(1);
    expect(body(phone)).toBe('lunch at 12?');
    expect(fromOf(phone)).toMatch(/^<sip:texter@/);
    expect(phone.received[0]!.request.headers.get('To')).toMatch(/^<sip:onnet@/);
    expect(await f.credit('texter')).toBe('0.97');
    const ledger = await f.sb.server.services.db
      .em()
      .find(CreditEntry, { userId: senderId, reason: { $like: 'sms%' } });
    expect(ledger.map((e) => [e.amountMicros, e.reason])).toEqual([[-30_000n, 'sms to 3612555100']]);
    expect(await u.smscGot('3612555100')).toBe(false);
    await expect.poll(() => u.waiting('onnet')).toEqual([]);
  });

  it('sendsmssync answers delivered once the phone accepted it, from the sender id given (escaped in the URI)', async () => {
    await f.user('shop', { credit: '1' });
    await u.withDid('customer', '3612555200');
    const phone = await u.phone('customer');
    const answer = await f.as('shop', { apientry: 'sendsmssync', anum: 'Shop 24', bnum: '3612555200', txt: 'ready' });
    expect(answer.data).toMatchObject({ state: 'delivered', charged: '0.03' });
    expect(body(phone)).toBe('ready');
    expect(fromOf(phone)).toMatch(/^<sip:Shop%2024@/);
    expect(await u.smscGot('3612555200')).toBe(false);
  });

  it('sms (and Mizu v1 sms) to a user not registered: kept, and sent when the phone registers', async () => {
    await u.withDid('later', '3612555300');
    await f.user('early', { credit: '1' });
    expect(await f.asText('early', { apientry: 'sms', bnum: '3612555300', txt: 'first' })).toMatch(/^OK: sip-\d+/);
    const v1 = await fetch(
      `${f.sb.baseUrl}/xmapi/sms?${new URLSearchParams({ usr: 'early', pwd: 'early-pw-1', bnum: '3612555300', txt: 'second' })}`,
    );
    expect((await v1.text()).trim()).toMatch(/^OK: sip-\d+$/);
    expect((await u.waiting('later')).map((m) => [m.sender, m.text])).toEqual([
      ['early', 'first'],
      ['early', 'second'],
    ]);
    expect(await f.credit('early')).toBe('0.94');
    const phone = await u.phone('later');
    await phone.messages(2);
    expect([body(phone, 0), body(phone, 1)]).toEqual(['first', 'second']);
    await expect.poll(() => u.waiting('later')).toEqual([]);
    expect(await u.smscGot('3612555300')).toBe(false);
  });

  it('a number that is a user’s own mobile (its phone, not a DID it holds) still goes to the SMSC', async () => {
    await f.user('mobileowner', { credit: '1', phone: '3612555400' });
    await u.phone('mobileowner');
    await f.user('writer', { credit: '1' });
    const answer = await f.as('writer', { apientry: 'sendsms', bnum: '3612555400', txt: 'to your mobile' });
    expect(answer.data.messageid).toMatch(/^\d+$/);
    expect((await f.smsTo('3612555400'))[0]!.text).toBe('to your mobile');
  });

  it('an inbound SMS by smsreceive to a registered user’s number reaches the phone with its text and sender', async () => {
    await u.withDid('reader', '3612555500');
    const phone = await u.phone('reader');
    const answer = await f.call(
      { apientry: 'smsreceive', anum: '36307778888', bnum: '3612555500', txt: 'see you at 8' },
      GATEWAY,
    );
    expect(answer.status).toBe('OK');
    await phone.messages(1);
    expect(body(phone)).toBe('see you at 8');
    expect(fromOf(phone)).toMatch(/^<sip:36307778888@/);
    await expect.poll(() => u.waiting('reader')).toEqual([]);
  });

  it('an inbound SMS by SMPP deliver_sm to a registered user’s number reaches the phone with its text and sender', async () => {
    await u.withDid('listener', '3612555600');
    const phone = await u.phone('listener');
    await eventually(() => f.smsc.bindCount || undefined);
    await f.smsc.deliverInbound('36307779999', '3612555600', 'via the SMSC');
    await phone.messages(1);
    expect(body(phone)).toBe('via the SMSC');
    expect(fromOf(phone)).toMatch(/^<sip:36307779999@/);
  });
});

describe.each(engines.map((open) => [open]))('on-net SMS without an SMS gateway (%#)', (open) => {
  const f = messagingServer(open, { sip: true, channels: 'off' });
  const u = sipUsers(f);

  it('sends an SMS to a user’s DID as a SIP MESSAGE; any other number is refused as SMS off', async () => {
    await u.withDid('nogateway', '3612555700');
    const phone = await u.phone('nogateway');
    await f.user('sender', { credit: '1' });
    const answer = await f.as('sender', { apientry: 'sendsms', bnum: '3612555700', txt: 'no SMSC needed' });
    expect(answer.data).toMatchObject({ state: 'queued', charged: '0.00' });
    await phone.messages(1);
    expect(body(phone)).toBe('no SMSC needed');
    const off = await f.as('sender', { apientry: 'sendsms', bnum: '3630111222333', txt: 'to a mobile' });
    expect(off.error).toMatchObject({ code: 'unsupported', message: expect.stringContaining('SMS is off') });
  });

  it('refuses a prepaid user without credit before anything is kept or sent', async () => {
    await u.withDid('guarded', '3612555800');
    await f.user('broke', { credit: '0' });
    const answer = await f.as('broke', { apientry: 'sendsms', bnum: '3612555800', txt: 'free ride?' });
    expect(answer.error).toMatchObject({ code: 'insufficient-credit' });
    expect(await u.waiting('guarded')).toEqual([]);
  });
});
