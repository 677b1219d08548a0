// What users do to their own account: getdetails, changepwd, callforward, forgotpasswordquestion; and cccharge,
// unsupported without a payment provider — on SQLite and PostgreSQL.
import { describe, expect, it } from 'vitest';
import { testEngines } from '../../../support/databases.ts';
import { serverOn } from './fixture.ts';

const engines = await testEngines('the user settings tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('user settings (%#)', (open) => {
  const f = serverOn(open, { limits: { authFailures: 3 } });

  it('getdetails answers the status page at min, normal (default) and max', async () => {
    const id = await f.user('gina', { credit: '4.2', email: 'gina@example.com' });
    await f.as('gina', { apientry: 'setfield', fieldname: 'displayname', fieldvalue: 'Gina' });
    const min = await f.as('gina', { apientry: 'getdetails', mode: 'min' });
    expect(min.data).toEqual({ userid: id, username: 'gina', credit: '4.20', currency: 'USD', status: 1 });
    expect((await f.as('gina', { apientry: 'getdetails' })).data).toEqual({
      ...min.data,
      name: '',
      email: 'gina@example.com',
      phone: '',
    });
    const max = await f.as('gina', { apientry: 'getdetails', mode: 'max' });
    expect(max.data).toMatchObject({
      displayname: 'Gina',
      settings: { voicemail: 0, forwardonbusy: '', utc: '', displayname: 'Gina' },
    });
    expect(Object.keys(max.data.settings)).toHaveLength(28 + 16 + 1);
    expect(JSON.stringify(max.data)).not.toMatch(/sealed|answerhash|"v1:/);
  });

  it('changepwd needs the old password and a strong new one', async () => {
    await f.user('hank');
    expect(
      (await f.as('hank', { apientry: 'changepwd', oldpassword: 'wrong-1', newpassword: 'Brand-new-7' })).error?.code,
    ).toBe('auth-failed');
    // The password policy (config passwordPolicy) decides what is strong enough: here at least 8 characters.
    const policy = f.sb.config.passwordPolicy;
    f.sb.config.passwordPolicy = { ...policy, minLength: 8 };
    expect(
      (await f.as('hank', { apientry: 'changepwd', oldpassword: 'hank-pw-1', newpassword: 'short1' })).error?.message,
    ).toMatch(/weak password: .*at least 8/);
    f.sb.config.passwordPolicy = policy;
    expect(
      (await f.as('hank', { apientry: 'changepwd', oldpassword: 'hank-pw-1', newpassword: 'hank-pw-1' })).error
        ?.message,
    ).toMatch(/same as the old/);
    expect(
      (await f.as('hank', { apientry: 'changepwd', oldpassword: 'hank-pw-1', newpassword: 'Brand-new-7' })).status,
    ).toBe('OK');
    expect((await f.call({ apientry: 'balance', authid: 'hank', authpwd: 'Brand-new-7' })).status).toBe('OK');
    expect((await f.as('hank', { apientry: 'balance' })).error?.code).toBe('auth-failed');
  });

  it('callforward sets the three forwards; absent leaves one, empty clears it', async () => {
    await f.user('ines');
    expect((await f.as('ines', { apientry: 'callforward', anum: '111', bnum: '222', cnum: '333' })).message).toBe(
      'forwardonbusy=111, forwardonnoanswer=222, forwardalways=333',
    );
    expect((await f.as('ines', { apientry: 'callforward', bnum: '444', cnum: '' })).status).toBe('OK');
    expect(await f.row('ines')).toMatchObject({ forwardonbusy: '111', forwardonnoanswer: '444', forwardalways: '' });
    expect((await f.as('ines', { apientry: 'callforward' })).error?.code).toBe('invalid-parameter');
    expect((await f.as('ines', { apientry: 'callforward', anum: 'not a number' })).error?.code).toBe(
      'invalid-parameter',
    );
  });

  it('forgotpasswordquestion answers the saved question by email to a logged-in user (002:L342), and counts unknown addresses toward a ban', async () => {
    await f.user('jill', { email: 'Jill@Example.com' });
    expect(
      (await f.call({ apientry: 'forgotpasswordquestion', email: 'jill@example.com' })).error?.code,
      'the seed lists it for authenticated users',
    ).toBe('auth-failed');
    expect(
      (await f.as('jill', { apientry: 'forgotpasswordquestion', email: 'jill@example.com' })).error?.message,
    ).toMatch(/no security question/);
    await f.as('jill', { apientry: 'setfield', fieldname: 'forgotpasswordquestion', fieldvalue: 'Town of birth?' });
    expect((await f.as('jill', { apientry: 'forgotpasswordquestion', email: 'jill@example.com' })).data).toEqual({
      value: 'Town of birth?',
    });
    const prober = '127.0.0.12';
    for (let i = 0; i < 3; i++)
      expect(
        (await f.as('jill', { apientry: 'forgotpasswordquestion', email: `x${i}@example.com` }, prober)).error?.code,
      ).toBe('user-not-found');
    expect(
      (await f.as('jill', { apientry: 'forgotpasswordquestion', email: 'jill@example.com' }, prober)).error?.code,
    ).toBe('banned');
  });

  it('forgotpasswordanswer says e-mail is off where no smtp section would carry the new password', async () => {
    const answer = await f.call({
      apientry: 'forgotpasswordanswer',
      email: 'jill@example.com',
      forgotpasswordanswer: 'x',
    });
    expect(answer.error).toEqual({ code: 'unsupported', message: 'e-mail is off: the config has no smtp section' });
  });

  it('cccharge answers that no payment provider is configured', async () => {
    await f.user('kim');
    const answer = await f.as('kim', {
      apientry: 'cccharge',
      cardnum: '4111111111111111',
      expireyear: '2030',
      expmonth: '12',
      ccv2: '123',
      ammount: '10',
    });
    expect(answer.error).toEqual({ code: 'unsupported', message: 'not supported: no payment provider is configured' });
    expect(await f.credit('kim')).toBe('0.00');
  });
});
