// An idempotencykey is bound to the request it first came with (issue 17, finding 9): a repeat of the same request
// answers the first result ("already applied"), the same key with a different request — another receiver, amount,
// user, PIN, command or requester — is refused and changes nothing — on SQLite and PostgreSQL.
import { describe, expect, it } from 'vitest';
import { addPins } from '../../../src/domain/billing/recharge-pins.ts';
import { toMicros } from '../../../src/platform/money.ts';
import { testEngines } from '../../support/databases.ts';
import { asAdmin, serverOn } from '../../dialects/mizu-v2/accounts/fixture.ts';

const engines = await testEngines('the idempotency key tests on PostgreSQL');
const REFUSED = /idempotencykey [a-z0-9-]+ was already used for a different request/;

describe.each(engines.map((open) => [open]))('idempotency keys (%#)', (open) => {
  const f = serverOn(open);

  it('refuses a transfer key reused for another receiver, and replays the first transfer (1.5 or 1.50)', async () => {
    await f.user('tina', { credit: '10' });
    await f.user('uma');
    await f.user('vic');
    const transfer = (to: string, credit: string) =>
      f.as('tina', { apientry: 'transfercredit', username: to, credit, idempotencykey: 'tina-1' });
    expect((await transfer('uma', '1.5')).status).toBe('OK');
    const other = await transfer('vic', '1.5');
    expect(other.status).not.toBe('OK');
    expect(other.error?.message).toMatch(REFUSED);
    expect((await transfer('uma', '2')).error?.message).toMatch(REFUSED);
    expect((await transfer('uma', '1.50')).message).toMatch(/already applied/);
    expect([await f.credit('tina'), await f.credit('uma'), await f.credit('vic')]).toEqual(['8.50', '1.50', '0.00']);
  });

  it('refuses an addcredit key reused for another user, amount or command', async () => {
    await f.user('walt');
    await f.user('xena');
    const add = (pin: string, credit: string) =>
      f.call({ apientry: 'addcredit', pin, credit, idempotencykey: 'add-1', ...asAdmin });
    expect((await add('walt', '3')).status).toBe('OK');
    expect((await add('xena', '3')).error?.message).toMatch(REFUSED);
    expect((await add('walt', '4')).error?.message).toMatch(REFUSED);
    const asSetfield = await f.call({
      apientry: 'setfield',
      table: 'tb_users',
      fieldname: 'credit',
      fieldvalue: '3',
      rowid: String((await f.row('walt')).id),
      idempotencykey: 'add-1',
      ...asAdmin,
    });
    expect(asSetfield.error?.message).toMatch(REFUSED);
    expect((await add('walt', '3.000')).message).toMatch(/already applied/);
    expect([await f.credit('walt'), await f.credit('xena')]).toEqual(['3.00', '0.00']);
  });

  it('refuses a charge key reused with another PIN of the same value, which stays unused', async () => {
    await f.user('yan');
    const { db, secrets } = f.sb.server.services;
    await addPins(db.em(), secrets, ['idem-pin-1', 'idem-pin-2'], toMicros('5'), 'USD');
    const charge = (pin: string) => f.as('yan', { apientry: 'charge', pin, idempotencykey: 'yan-charge' });
    expect((await charge('idem-pin-1')).status).toBe('OK');
    expect((await charge('idem-pin-2')).error?.message).toMatch(REFUSED);
    expect((await charge('idem-pin-1')).message).toMatch(/already applied/);
    expect(await f.credit('yan')).toBe('5.00');
  });

  it('refuses a key reused by another requester for the same change', async () => {
    await f.user('zoe', { credit: '5' });
    await f.user('amy', { credit: '5' });
    await f.user('ben');
    const send = (from: string) =>
      f.as(from, { apientry: 'transfercredit', username: 'ben', credit: '1', idempotencykey: 'to-ben' });
    expect((await send('zoe')).status).toBe('OK');
    expect((await send('amy')).error?.message).toMatch(REFUSED);
    expect([await f.credit('amy'), await f.credit('ben')]).toEqual(['5.00', '1.00']);
  });

  it('refuses a setfield credit key reused for another value', async () => {
    await f.user('cleo', { credit: '1' });
    const rowid = String((await f.row('cleo')).id);
    const set = (value: string) =>
      f.call({
        apientry: 'setfield',
        table: 'tb_users',
        fieldname: 'credit',
        fieldvalue: value,
        rowid,
        idempotencykey: 'cleo-set',
        ...asAdmin,
      });
    expect((await set('9')).status).toBe('OK');
    expect((await set('8')).error?.message).toMatch(REFUSED);
    expect((await set('9.00')).message).toMatch(/already applied/);
    expect(await f.credit('cleo')).toBe('9.00');
  });
});
