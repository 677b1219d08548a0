// SMS charging, on SQLite and PostgreSQL: the price is the longest prefix of the SMS tariff beside the user's
// (`<tariff>-sms`, `default-sms` for the default tariff), taken once per message before it is sent; too little credit
// refuses the message before anything reaches the SMSC; a destination the SMS tariff does not price is refused; a
// message the outbox does not take is not paid for (the charge commits with the queued row, or not at all).
import { describe, expect, it } from 'vitest';
import { CreditEntry } from '../../../../src/persistence/entities/credit-entry.ts';
import { OutboxMessage } from '../../../../src/persistence/entities/messaging/index.ts';
import { testEngines } from '../../../support/databases.ts';
import { loadDeck, setTariff } from '../calls/support.ts';
import { messagingServer } from './fixture.ts';

const engines = await testEngines('the SMS charging tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('SMS charging (%#)', (open) => {
  const f = messagingServer(open);
  const em = () => f.sb.server.services.db.em();
  /** A trigger that makes the database refuse an outbox row with this text (SQLite's RAISE, a PL/pgSQL exception). */
  const refuseOutboxInserts = async (text: string) => {
    const sql = em().getConnection();
    if (f.sb.server.services.db.engine === 'sqlite') {
      await sql.execute(
        `create trigger refuse_outbox before insert on message_outbox when new.body = '${text}'
           begin select raise(abort, 'refused by a test trigger'); end`,
      );
      return;
    }
    await sql.execute(
      `create function refuse_outbox() returns trigger language plpgsql as $$
         begin if new.body = '${text}' then raise exception 'refused by a test trigger'; end if; return new; end $$`,
    );
    await sql.execute(
      'create trigger refuse_outbox before insert on message_outbox for each row execute function refuse_outbox()',
    );
  };

  it('charges the default-sms price once per message, a long one included', async () => {
    await loadDeck(f.sb, 'default-sms', [
      ['36', 'Hungary', '0.08'],
      ['3630', 'Hungary mobile', '0.05'],
    ]);
    const id = await f.user('payer', { credit: '1' });
    const answer = await f.as('payer', { apientry: 'sms', bnum: '3630111222333', txt: 'x'.repeat(200) });
    expect(answer.data).toMatchObject({ charged: '0.05', parts: 2 });
    expect(await f.credit('payer')).toBe('0.95');
    await f.as('payer', { apientry: 'sendsms', bnum: '3612345678', txt: 'landline rate' });
    expect(await f.credit('payer')).toBe('0.87');
    const entries = await em().find(CreditEntry, { userId: id, reason: { $like: 'sms%' } }, { orderBy: { id: 'asc' } });
    expect(entries.map((e) => [e.amountMicros, e.reason])).toEqual([
      [-50_000n, 'sms to 3630111222333'],
      [-80_000n, 'sms to 3612345678'],
    ]);
    expect((await f.smsTo('3630111222333', 2)).map((p) => p.concat?.total)).toEqual([2, 2]);
    // The answer's balance is the charged one (the user cache was told).
    expect((await f.as('payer', { apientry: 'balance' })).data.credit).toBe('0.87');
  });

  it('refuses before sending when the credit does not cover the price, taking nothing', async () => {
    await f.user('short', { credit: '0.03' });
    const answer = await f.as('short', { apientry: 'sendsmssync', bnum: '3630999888777', txt: 'too dear' });
    expect(answer.error).toMatchObject({
      code: 'insufficient-credit',
      message: expect.stringContaining('costs 0.05 USD'),
    });
    expect(await f.credit('short')).toBe('0.03');
    await new Promise((r) => setTimeout(r, 300));
    expect(f.smsc.submitted.some((s) => s.destination === '3630999888777')).toBe(false);
  });

  it('refuses a destination the SMS tariff has no price for', async () => {
    await f.user('abroad', { credit: '5' });
    const answer = await f.as('abroad', { apientry: 'sms', bnum: '4420711122233', txt: 'hello London' });
    expect(answer.error).toMatchObject({
      code: 'not-found',
      message: 'no SMS rate for 4420711122233 in tariff default-sms',
    });
    expect(await f.credit('abroad')).toBe('5.00');
  });

  it('takes nothing when the outbox refuses the message: the charge and the queued row are one transaction', async () => {
    await loadDeck(f.sb, 'default-sms', [['3630', 'Hungary mobile', '0.05']]);
    const id = await f.user('unlucky', { credit: '1' });
    // A real refusal by the database: a trigger aborts the insert of this one text, after the charge in the
    // same transaction took the money.
    const refused = 'refused by the database';
    await refuseOutboxInserts(refused);
    const answer = await f.as('unlucky', { apientry: 'sendsms', bnum: '3630222333444', txt: refused });
    expect(answer.status).toBe('ERROR');
    expect(await f.credit('unlucky')).toBe('1.00');
    // Neither a charge nor a refund in the ledger: the charge was never committed.
    expect(await em().find(CreditEntry, { userId: id, reason: { $like: 'sms%' } })).toEqual([]);
    expect(await em().count(OutboxMessage, { recipient: '3630222333444' })).toBe(0);
    // The same user's next message, which the outbox takes, is charged once.
    const sent = await f.as('unlucky', { apientry: 'sendsms', bnum: '3630222333444', txt: 'fine' });
    expect(sent.data).toMatchObject({ charged: '0.05' });
    expect(await f.credit('unlucky')).toBe('0.95');
  });

  it("rates a user on its own tariff's SMS tariff (gold → gold-sms)", async () => {
    const gold = await loadDeck(f.sb, 'gold', [['36', 'Hungary', '0.01']]);
    await loadDeck(f.sb, 'gold-sms', [['36', 'Hungary', '0.02']]);
    const id = await f.user('vip', { credit: '1' });
    await setTariff(f.sb, id, gold.tariffId);
    const answer = await f.as('vip', { apientry: 'sms', bnum: '3630555444333', txt: 'gold' });
    expect(answer.data).toMatchObject({ charged: '0.02' });
    expect(await f.credit('vip')).toBe('0.98');
  });
});
