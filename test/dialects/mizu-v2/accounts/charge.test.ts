// charge: a recharge PIN is redeemed once — also when many requests race for it — into the user's credit, through
// the ledger; retries with an idempotencykey answer the first result — on SQLite and PostgreSQL.
import { describe, expect, it } from 'vitest';
import { addPins } from '../../../../src/domain/billing/recharge-pins.ts';
import { toMicros } from '../../../../src/platform/money.ts';
import { CreditEntry } from '../../../../src/persistence/entities/credit-entry.ts';
import { RechargePin } from '../../../../src/persistence/entities/recharge-pin.ts';
import { testEngines } from '../../../support/databases.ts';
import { serverOn } from './fixture.ts';

const engines = await testEngines('the charge tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('charge (%#)', (open) => {
  const f = serverOn(open, { limits: { authFailures: 4 } });
  const em = () => f.sb.server.services.db.em();
  const load = (pins: string[], value: string, currency = 'USD') =>
    addPins(em(), f.sb.server.services.secrets, pins, toMicros(value), currency);
  /** The voucher row of a PIN: the table keys it by the PIN's digest. */
  const voucher = (pin: string) => em().findOneOrFail(RechargePin, { pin: f.sb.server.services.secrets.digest(pin) });

  it('adds the value of the PIN (sent as anum, as the seed example does) and uses it up', async () => {
    await f.user('alice');
    await load(['1111-2222'], '12.50');
    const answer = await f.as('alice', { apientry: 'charge', anum: '1111-2222' });
    expect(answer.status).toBe('OK');
    expect(answer.message).toMatch(/12\.50 USD added; credit is 12\.50 USD/);
    expect(await f.credit('alice')).toBe('12.50');
    expect((await voucher('1111-2222')).usedBy).toBe((await f.row('alice')).id);
    expect((await f.as('alice', { apientry: 'balance' })).data.credit).toBe('12.50');
  });

  it('refuses a used PIN and an unknown one', async () => {
    await f.user('ada');
    await f.user('bob');
    await load(['3333-4444'], '4');
    expect((await f.as('ada', { apientry: 'charge', pin: '3333-4444' })).status).toBe('OK');
    const used = await f.as('bob', { apientry: 'charge', pin: '3333-4444' });
    expect(used.error).toMatchObject({ code: 'pin-invalid', message: 'this PIN was already used' });
    expect((await f.as('bob', { apientry: 'charge', pin: '9999-0000' })).error).toMatchObject({
      code: 'pin-invalid',
      message: 'invalid PIN',
    });
    expect(await f.credit('bob')).toBe('0.00');
  });

  it('refuses a PIN worth another currency than the account', async () => {
    await f.user('carl', { currency: 'EUR' });
    await load(['usd-only-1'], '5');
    expect((await f.as('carl', { apientry: 'charge', pin: 'usd-only-1' })).error?.message).toMatch(
      /worth USD and the account is in EUR/,
    );
    expect((await voucher('usd-only-1')).usedBy).toBeNull();
  });

  it('credits a PIN once when 20 requests of 5 users race for it', async () => {
    const users = ['r1', 'r2', 'r3', 'r4', 'r5'];
    for (const u of users) await f.user(u);
    await load(['race-pin-1'], '7.25');
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => f.as(users[i % 5]!, { apientry: 'charge', pin: 'race-pin-1' })),
    );
    expect(answers.filter((a) => a.status === 'OK')).toHaveLength(1);
    for (const a of answers.filter((x) => x.status !== 'OK')) expect(a.error?.code).toBe('pin-invalid');
    const credits = await Promise.all(users.map((u) => f.credit(u)));
    expect(credits.filter((c) => c === '7.25')).toHaveLength(1);
    expect(credits.filter((c) => c === '0.00')).toHaveLength(4);
    const entries = await em().find(CreditEntry, { reason: 'charge (recharge PIN)', amountMicros: 7_250_000n });
    expect(entries).toHaveLength(1);
  });

  it('answers parallel retries with one idempotencykey with the first result, crediting once', async () => {
    await f.user('dora');
    await load(['retry-pin-1'], '3');
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        f.as('dora', { apientry: 'charge', pin: 'retry-pin-1', idempotencykey: 'dora-charge-1' }),
      ),
    );
    expect(answers.every((a) => a.status === 'OK')).toBe(true);
    expect(answers.filter((a) => !/already applied/.test(a.message ?? ''))).toHaveLength(1);
    expect(await f.credit('dora')).toBe('3.00');
    const again = await f.as('dora', { apientry: 'charge', pin: 'retry-pin-1', idempotencykey: 'dora-charge-1' });
    expect(again.message).toMatch(/credit is 3\.00 USD \(already applied\)/);
  });

  it('counts wrong PINs toward a ban of the address, so PINs cannot be guessed in bulk', async () => {
    await f.user('eve');
    const guesser = '127.0.0.9';
    for (let i = 0; i < 4; i++)
      expect((await f.as('eve', { apientry: 'charge', pin: `guess-${i}000` }, guesser)).error?.code).toBe(
        'pin-invalid',
      );
    expect((await f.as('eve', { apientry: 'charge', pin: 'guess-5000' }, guesser)).error?.code).toBe('banned');
  });
});
