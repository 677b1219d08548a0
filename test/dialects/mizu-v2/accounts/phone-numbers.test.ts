// The free DID pool (getphonenumber, lockphonenumber, the sign-up that takes a reserved number) and the user's own
// caller numbers (cli, addcallbacknumber): one number belongs to one user, also when requests race — on SQLite and
// PostgreSQL.
import { describe, expect, it } from 'vitest';
import { addToPool } from '../../../../src/domain/accounts/phone-numbers.ts';
import { PhoneNumber } from '../../../../src/persistence/entities/phone-number.ts';
import { testEngines } from '../../../support/databases.ts';
import { asAdmin, serverOn } from './fixture.ts';

const engines = await testEngines('the phone number tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('phone numbers (%#)', (open) => {
  const f = serverOn(open);
  const em = () => f.sb.server.services.db.em();
  const owner = async (number: string) =>
    (await em().findOne(PhoneNumber, { number }, { disableIdentityMap: true }))?.userId ?? null;

  it('offers count free numbers of the pool, with only the API key (the seed example)', async () => {
    expect(await addToPool(em(), ['3451', '3452', '3453', '3454', '3455', '3456'])).toBe(6);
    const answer = await f.call({ apientry: 'getphonenumber', count: '3', now: '555' });
    expect(answer.status).toBe('OK');
    const numbers = answer.data.rows.map((r: { number: string }) => r.number);
    expect(numbers).toHaveLength(3);
    expect(new Set(numbers).size).toBe(3);
    for (const n of numbers) expect(['3451', '3452', '3453', '3454', '3455', '3456']).toContain(n);
    expect((await f.call({ apientry: 'getphonenumbers' })).data.rows).toHaveLength(1);
  });

  it('locks a number to the user for good, and stops offering it', async () => {
    const sam = await f.user('sam');
    expect((await f.as('sam', { apientry: 'lockphonenumber', num: '3451' })).message).toBe('3451 locked for sam');
    expect(await owner('3451')).toBe(sam);
    expect((await f.as('sam', { apientry: 'lockphonenumbers', num: '3451' })).message).toMatch(
      /already locked for sam/,
    );
    const offered = (await f.call({ apientry: 'getphonenumber', count: '100' })).data.rows.map(
      (r: { number: string }) => r.number,
    );
    expect(offered).not.toContain('3451');
  });

  it('refuses a number another user locked, and a number not in the pool', async () => {
    await f.user('tia');
    expect((await f.as('tia', { apientry: 'lockphonenumber', num: '3451' })).error).toMatchObject({
      code: 'duplicate',
      message: '3451 is already locked by another user',
    });
    expect((await f.as('tia', { apientry: 'lockphonenumber', num: '9999' })).error?.code).toBe('not-found');
  });

  it('lets exactly one of 10 users racing for one number lock it', async () => {
    const racers = Array.from({ length: 10 }, (_, i) => `racer${i}`);
    for (const r of racers) await f.user(r);
    const answers = await Promise.all(racers.map((r) => f.as(r, { apientry: 'lockphonenumber', num: '3452' })));
    expect(answers.filter((a) => a.status === 'OK')).toHaveLength(1);
    for (const a of answers.filter((x) => x.status !== 'OK')) expect(a.error?.code).toBe('duplicate');
    const winner = racers[answers.findIndex((a) => a.status === 'OK')]!;
    expect(await owner('3452')).toBe((await f.row(winner)).id);
  });

  it('reserves a number for a sign-up without credentials; the sign-up takes it, nobody else can meanwhile', async () => {
    expect((await f.call({ apientry: 'lockphonenumber', num: '3453', now: '555' })).message).toMatch(
      /3453 reserved for 15 minutes/,
    );
    await f.user('uma');
    expect((await f.as('uma', { apientry: 'lockphonenumber', num: '3453' })).error?.message).toMatch(
      /reserved for a sign-up/,
    );
    expect((await f.call({ apientry: 'lockphonenumber', num: '3453' })).error?.code).toBe('duplicate');
    // A bare username proves nothing: it does not lock for that user.
    expect((await f.call({ apientry: 'lockphonenumber', num: '3453', authid: 'uma' })).error?.code).toBe('duplicate');
    const signUp = await f.call({ apientry: 'newuseru', u_username: '3453', u_password: 'Number-owner-1' });
    expect(signUp.status).toBe('OK');
    expect(await owner('3453')).toBe(signUp.data.userid);
  });

  it('refuses a sign-up as a pool number that belongs to someone', async () => {
    expect(
      (await f.call({ apientry: 'newuseru', u_username: '3451', u_password: 'Number-owner-1' })).error,
    ).toMatchObject({ code: 'duplicate', message: 'the number 3451 belongs to another account' });
  });

  it('registers pin-less numbers (cli) and callback numbers, each number for one user', async () => {
    const vic = await f.user('vic');
    await f.user('wes');
    expect((await f.as('vic', { apientry: 'cli', anum: '+3670111' })).message).toBe(
      'pin-less number +3670111 added for vic',
    );
    expect((await f.as('vic', { apientry: 'addcallbacknumber', anum: '+3670222' })).message).toBe(
      'callback number +3670222 added for vic',
    );
    expect((await f.as('vic', { apientry: 'cli', anum: '+3670111' })).message).toMatch(/already registered to vic/);
    expect((await f.as('wes', { apientry: 'addcallbacknumber', anum: '+3670111' })).error).toMatchObject({
      code: 'duplicate',
      message: '+3670111 is registered to another user',
    });
    expect((await f.as('wes', { apientry: 'cli', anum: '3454' })).error?.message).toMatch(/DID pool/);
    expect((await f.as('wes', { apientry: 'cli' })).error?.code).toBe('missing-number');
    // Bare, as the seeds list it: nothing added, and says so with the numbers the user has.
    expect((await f.as('vic', { apientry: 'addcallbacknumber' })).message).toBe(
      'nothing added: no number given (send it in anum); callback numbers of vic: +3670222',
    );
    expect(await em().find(PhoneNumber, { userId: vic }, { orderBy: { number: 'asc' } })).toMatchObject([
      { number: '+3670111', kind: 'ani' },
      { number: '+3670222', kind: 'callback' },
    ]);
  });

  it("gives a deleted user's pool numbers back to the pool and drops its own numbers", async () => {
    const xena = await f.user('xena');
    await f.as('xena', { apientry: 'lockphonenumber', num: '3455' });
    await f.as('xena', { apientry: 'cli', anum: '+3670333' });
    expect((await f.call({ ...asAdmin, apientry: 'deluser', u_id: String(xena) })).status).toBe('OK');
    expect(await em().findOne(PhoneNumber, { number: '3455' })).toMatchObject({ userId: null, lockedAt: null });
    expect(await em().findOne(PhoneNumber, { number: '+3670333' })).toBeNull();
  });

  it('answers the callback access number the operator configured', async () => {
    await f.user('yan');
    expect((await f.as('yan', { apientry: 'callbackaccessnumber' })).error?.code).toBe('not-found');
    await f.sb.server.services.options.set(em(), 'callbackaccessnumber', '+3615559999');
    expect((await f.as('yan', { apientry: 'callbackaccessnumber' })).data).toEqual({ value: '+3615559999' });
  });
});
