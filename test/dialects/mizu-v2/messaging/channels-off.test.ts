// A server whose config has no smpp, smsHttp or smtp section: every messaging command answers that its channel is off,
// once and clearly, and takes no credit; a tb_api row whose custom action needs an off channel is refused.
import { describe, expect, it } from 'vitest';
import { ApiPolicy } from '../../../../src/persistence/entities/api-policy.ts';
import { sqliteDatabase } from '../../../support/databases.ts';
import { messagingServer } from './fixture.ts';

const SMS_OFF = 'SMS is off: the config has no smpp or smsHttp section';
const EMAIL_OFF = 'e-mail is off: the config has no smtp section';

describe('messaging commands with the channels off', () => {
  const f = messagingServer(async () => sqliteDatabase(), {
    channels: 'off',
    globals: { httpsmscallbackip: '127.0.0.1' },
  });

  it.each([
    ['sms', { bnum: '3630123456789', txt: 'x' }],
    ['sendsms', { phone2: '3630123456789', message: 'x' }],
    ['sendsmsunicode', { bnum: '3630123456789', txt: 'x' }],
    ['sendsmssync', { bnum: '3630123456789', txt: 'x' }],
    ['sendsmsunicodesync', { bnum: '3630123456789', txt: 'x' }],
  ])('%s: "%s"', async (apientry, params) => {
    await f.user(`off-${apientry}`, { credit: '2' });
    const answer = await f.as(`off-${apientry}`, { apientry, ...params });
    expect(answer.error).toEqual({ code: 'unsupported', message: SMS_OFF });
    expect(await f.credit(`off-${apientry}`)).toBe('2.00');
  });

  it('admin SMS, inbound SMS and every e-mail command say which channel is off', async () => {
    await f.user('mailer', { credit: '2', email: 'mailer@example.org' });
    expect((await f.admin({ apientry: 'asendsms', bnum: '3630123456789', txt: 'x' })).error?.message).toBe(SMS_OFF);
    expect((await f.admin({ apientry: 'asendsmssync', bnum: '3630123456789', txt: 'x' })).error?.message).toBe(SMS_OFF);
    expect((await f.call({ apientry: 'smsreceive', anum: '361', bnum: '362', txt: 'x' })).error?.message).toBe(SMS_OFF);
    expect((await f.as('mailer', { apientry: 'sendmail', to: 'a@example.org', txt: 'x' })).error?.message).toBe(
      EMAIL_OFF,
    );
    expect((await f.admin({ apientry: 'asendemail', to: 'a@example.org', txt: 'x' })).error?.message).toBe(EMAIL_OFF);
    for (const apientry of ['checkcredits', 'checkmails', 'dailyreport'])
      expect((await f.admin({ apientry })).error?.message).toBe(EMAIL_OFF);
  });

  it('a tb_api custom action that sends e-mail is refused while e-mail is off, and the API does not run', async () => {
    await f.sb.server.services.db.em().upsert(ApiPolicy, {
      fname: 'balance',
      enabled: 1,
      customAction: 1,
      customActionBody: 'balance asked',
    } as never);
    await f.admin({ apientry: 'apireload' });
    await f.user('asker', { credit: '2' });
    const answer = await f.as('asker', { apientry: 'balance' });
    expect(answer.error).toEqual({
      code: 'unsupported',
      message: `the balance API has custom_action 1, which cannot run: ${EMAIL_OFF}`,
    });
  });

  it('sendfax is unsupported, with the reason', async () => {
    await f.user('faxer', { credit: '2' });
    const answer = await f.as('faxer', { apientry: 'sendfax', bnum: '3612345678', filename: 'a.pdf' });
    expect(answer.error?.code).toBe('unsupported');
    expect(answer.error?.message).toMatch(/no fax gateway/);
  });
});
