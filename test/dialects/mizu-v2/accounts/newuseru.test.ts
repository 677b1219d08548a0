// Public sign-up (newuseru): the documented fields, duplicates refused, weak input refused with the rule named,
// and racing sign-ups for one username — on SQLite and PostgreSQL.
import { beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../support/databases.ts';
import { serverOn } from './fixture.ts';

const engines = await testEngines('the newuseru tests on PostgreSQL');
const signUp = (fields: Record<string, string>) => ({ apientry: 'newuseru', u_password: 'Str0ng-pass', ...fields });

describe.each(engines.map((open) => [open]))('newuseru (%#)', (open) => {
  const f = serverOn(open, { globals: { maxsignupsperdevice: '2' } });
  // The weak-password rules below are a stricter policy's: the default takes the vendors' example passwords.
  beforeAll(() => {
    f.sb.config.passwordPolicy = { minLength: 8, requireLetter: true, requireDigit: true, refuseGuessable: true };
  });

  it('creates a prepaid enduser with the documented fields and no credit', async () => {
    const answer = await f.call(
      signUp({
        u_username: 'nina',
        u_name: 'Nina Ray',
        u_email: 'nina@example.com',
        u_phone: '+3612345',
        u_currency: 'eur',
        u_country: 'AU',
        u_address: '1 Main St',
        deviceid: 'dev-1',
      }),
    );
    expect(answer.status).toBe('OK');
    expect(answer.data).toEqual({ userid: expect.any(Number), username: 'nina' });
    expect(await f.row('nina')).toMatchObject({
      id: answer.data.userid,
      type: 'enduser',
      name: 'Nina Ray',
      email: 'nina@example.com',
      phone: '+3612345',
      currency: 'EUR',
      country: 'AU',
      address: '1 Main St',
      deviceid: 'dev-1',
      postpaid: false,
    });
    expect(await f.credit('nina')).toBe('0.00');
  });

  it('the new user can log in with the password it chose', async () => {
    expect((await f.call(signUp({ u_username: 'omar', u_password: 'Sesame-open-9' }))).status).toBe('OK');
    expect((await f.call({ apientry: 'balance', authid: 'omar', authpwd: 'Sesame-open-9' })).data).toMatchObject({
      credit: '0.00',
    });
    expect((await f.call({ apientry: 'balance', authid: 'omar', authpwd: 'Str0ng-pass' })).error?.code).toBe(
      'auth-failed',
    );
  });

  it.each([
    ['a taken username', { u_username: 'nina' }, 'duplicate', /username nina is taken/],
    [
      'an email another account uses (any case)',
      { u_username: 'nina2', u_email: 'NINA@example.com' },
      'duplicate',
      /email address already exists/,
    ],
    ['a short password', { u_username: 'p1', u_password: 'ab1' }, 'invalid-parameter', /at least 8 characters/],
    [
      'a password without digits',
      { u_username: 'p2', u_password: 'onlyletters' },
      'invalid-parameter',
      /both letters and digits/,
    ],
    [
      'a password containing the username',
      { u_username: 'patricia', u_password: 'patricia2024' },
      'invalid-parameter',
      /must not contain the username/,
    ],
    [
      'a most common password',
      { u_username: 'p3', u_password: 'Password123' },
      'invalid-parameter',
      /most commonly used/,
    ],
    ['a digit sequence', { u_username: 'p4', u_password: '1234567890ab' }, 'invalid-parameter', /digit sequence/],
    ['an unknown currency', { u_username: 'p5', u_currency: 'XYZ' }, 'invalid-parameter', /ISO 4217/],
    ['a malformed email', { u_username: 'p6', u_email: 'not-an-email' }, 'invalid-parameter', /u_email/],
    ['a username with spaces', { u_username: 'two words' }, 'invalid-parameter', /username may hold only/],
    [
      'control characters in the name',
      { u_username: 'p7', u_name: 'bad\u0007name' },
      'invalid-parameter',
      /control characters/,
    ],
  ])('refuses %s', async (_what, fields, code, message) => {
    const answer = await f.call(signUp(fields));
    expect(answer.error?.code).toBe(code);
    expect(answer.error?.message ?? '').toMatch(message);
  });

  it('refuses a missing username or password', async () => {
    expect((await f.call({ apientry: 'newuseru', u_password: 'Str0ng-pass' })).error?.code).toBe('missing-parameter');
    expect((await f.call({ apientry: 'newuseru', u_username: 'quinn' })).error?.code).toBe('missing-parameter');
  });

  it('limits the sign-ups of one device (maxsignupsperdevice)', async () => {
    expect((await f.call(signUp({ u_username: 'dev2a', deviceid: 'dev-2' }))).status).toBe('OK');
    expect((await f.call(signUp({ u_username: 'dev2b', deviceid: 'dev-2' }))).status).toBe('OK');
    const third = await f.call(signUp({ u_username: 'dev2c', deviceid: 'dev-2' }));
    expect(third.error?.code).toBe('access-denied');
    expect(third.error?.message).toMatch(/signed up 2 accounts/);
    expect((await f.call(signUp({ u_username: 'dev3a', deviceid: 'dev-3' }))).status).toBe('OK');
  });

  it('lets exactly one of many racing sign-ups take a username', async () => {
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => f.call(signUp({ u_username: 'race', u_name: `racer ${i}` }))),
    );
    expect(answers.filter((a) => a.status === 'OK')).toHaveLength(1);
    for (const a of answers.filter((x) => x.status !== 'OK')) expect(a.error?.code).toBe('duplicate');
  });
});
