// transfercredit: user A sends credit to user B in one transaction with a ledger row each; A never goes below zero
// (or below its credit limit when postpaid); parallel transfers never lose or make money — on SQLite and PostgreSQL.
import { describe, expect, it } from 'vitest';
import { CreditEntry } from '../../../../src/persistence/entities/credit-entry.ts';
import { User } from '../../../../src/persistence/entities/user.ts';
import { testEngines } from '../../../support/databases.ts';
import { serverOn } from './fixture.ts';

const engines = await testEngines('the transfercredit tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('transfercredit (%#)', (open) => {
  const f = serverOn(open);
  const em = () => f.sb.server.services.db.em();
  let made = 0;
  /** A new sender with 10.00 and a new receiver with nothing, so that a test needs no other test's users. */
  const pair = async () => {
    const n = ++made;
    await f.user(`sender${n}`, { credit: '10' });
    await f.user(`receiver${n}`);
    return { from: `sender${n}`, to: `receiver${n}` };
  };

  it('moves the amount from the sender to the receiver, with a ledger row for each', async () => {
    const anna = await f.user('anna', { credit: '10' });
    const ben = await f.user('ben', { credit: '1' });
    const answer = await f.as('anna', { apientry: 'transfercredit', username: 'ben', credit: '2.75' });
    expect(answer.message).toBe('2.75 USD transferred to ben; your credit is 7.25 USD');
    expect([await f.credit('anna'), await f.credit('ben')]).toEqual(['7.25', '3.75']);
    const entries = await em().find(
      CreditEntry,
      { userId: { $in: [anna, ben] }, reason: 'transfer anna to ben' },
      { orderBy: { userId: 'asc' } },
    );
    expect(entries.map((e) => [e.userId, BigInt(e.amountMicros), BigInt(e.afterMicros)])).toEqual([
      [anna, -2_750_000n, 7_250_000n],
      [ben, 2_750_000n, 3_750_000n],
    ]);
    expect(entries[0]!.requestId).toBe(entries[1]!.requestId);
    // The balance both read follows at once (the user cache is invalidated).
    expect((await f.as('ben', { apientry: 'balance' })).data.credit).toBe('3.75');
  });

  it('refuses more than the prepaid sender has, changing nothing', async () => {
    await f.user('amos', { credit: '7.25' });
    await f.user('bea', { credit: '3.75' });
    const answer = await f.as('amos', { apientry: 'transfercredit', username: 'bea', credit: '7.26' });
    expect(answer.error).toMatchObject({ code: 'insufficient-credit' });
    expect([await f.credit('amos'), await f.credit('bea')]).toEqual(['7.25', '3.75']);
  });

  it('lets a postpaid sender go below zero down to its credit limit, not further', async () => {
    await f.user('paul', { credit: '1' });
    await f.user('rita');
    await em().nativeUpdate(User, { username: 'paul' }, { postpaid: true, creditLimitMicros: 5_000_000n });
    await f.sb.server.services.accounts.cache.invalidate((await f.row('paul')).id);
    expect((await f.as('paul', { apientry: 'transfercredit', username: 'rita', credit: '6' })).status).toBe('OK');
    expect(await f.credit('paul')).toBe('-5.00');
    expect((await f.as('paul', { apientry: 'transfercredit', username: 'rita', credit: '0.01' })).error?.code).toBe(
      'insufficient-credit',
    );
  });

  it.each([
    ['to oneself', 'sender', '1', 'invalid-parameter'],
    ['a zero amount', 'receiver', '0', 'invalid-parameter'],
    ['a negative amount (taking credit)', 'receiver', '-1', 'invalid-parameter'],
    ['an amount with 7 decimals', 'receiver', '0.0000001', 'invalid-parameter'],
    ['to an unknown user', 'nobody', '1', 'user-not-found'],
  ] as const)('refuses a transfer %s', async (_what, to, credit, code) => {
    const { from, to: receiver } = await pair();
    const username = to === 'sender' ? from : to === 'receiver' ? receiver : to;
    expect((await f.as(from, { apientry: 'transfercredit', username, credit })).error?.code).toBe(code);
    expect([await f.credit(from), await f.credit(receiver)]).toEqual(['10.00', '0.00']);
  });

  it('refuses a transfer between accounts of different currencies', async () => {
    const { from } = await pair();
    await f.user('eric', { currency: 'EUR' });
    expect((await f.as(from, { apientry: 'transfercredit', username: 'eric', credit: '1' })).error?.message).toMatch(
      /eric's account is in EUR and yours in USD/,
    );
  });

  it('never loses, makes or overspends credit when 60 transfers run at once in both directions', async () => {
    const names = ['x1', 'x2', 'x3'];
    for (const n of names) await f.user(n, { credit: '5' });
    const transfers = Array.from({ length: 60 }, (_, i) => ({
      from: names[i % 3]!,
      to: names[(i + 1 + (i % 2)) % 3]!,
      credit: ['0.50', '1.25', '2'][i % 3]!,
    }));
    const answers = await Promise.all(
      transfers.map((t) => f.as(t.from, { apientry: 'transfercredit', username: t.to, credit: t.credit })),
    );
    for (const a of answers) if (a.status !== 'OK') expect(a.error?.code).toBe('insufficient-credit');
    const credits = await Promise.all(names.map((n) => f.credit(n)));
    expect(credits.reduce((sum, c) => sum + Math.round(Number(c) * 100), 0)).toBe(1500);
    for (const c of credits) expect(Number(c)).toBeGreaterThanOrEqual(0);
    // Every balance is its start plus its ledger rows: nothing moved outside the ledger.
    for (const n of names) {
      const id = (await f.row(n)).id;
      const entries = await em().find(CreditEntry, { userId: id });
      expect(entries.reduce((sum, e) => sum + BigInt(e.amountMicros), 0n)).toBe(BigInt((await f.row(n)).creditMicros));
    }
    expect(answers.filter((a) => a.status === 'OK').length).toBeGreaterThan(0);
  });

  it('does a retried transfer once: a repeat with the idempotencykey answers the first result', async () => {
    await f.user('ivy', { credit: '4' });
    await f.user('jay');
    const answers = await Promise.all(
      Array.from({ length: 6 }, () =>
        f.as('ivy', { apientry: 'transfercredit', username: 'jay', credit: '1.5', idempotencykey: 'ivy-jay-1' }),
      ),
    );
    expect(answers.every((a) => a.status === 'OK')).toBe(true);
    expect(answers.filter((a) => !/already applied/.test(a.message ?? ''))).toHaveLength(1);
    expect([await f.credit('ivy'), await f.credit('jay')]).toEqual(['2.50', '1.50']);
    const other = await f.as('ivy', {
      apientry: 'transfercredit',
      username: 'jay',
      credit: '2',
      idempotencykey: 'ivy-jay-1',
    });
    expect(other.error?.message).toMatch(/idempotencykey ivy-jay-1 was already used for a different request/);
  });
});
