// tb_api custom actions 1/2 (after a success) and 51/52 (after a failure), on SQLite and PostgreSQL: the e-mail reaches
// the SMTP server and the SMS the SMSC, with {field} keywords filled from the user and the request, ***TO and
// ***SUBJECT read off the body; an action for the other outcome sends nothing.
import { describe, expect, it } from 'vitest';
import { ApiPolicy } from '../../../../src/persistence/entities/api-policy.ts';
import { testEngines } from '../../../support/databases.ts';
import { eventually, messagingServer } from './fixture.ts';

const engines = await testEngines('the custom action tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('tb_api custom actions (%#)', (open) => {
  const f = messagingServer(open);
  const api = async (row: Record<string, unknown> & { fname: string }) => {
    await f.sb.server.services.db.em().upsert(ApiPolicy, {
      enabled: 1,
      customsql: null,
      ...row,
    } as never);
    expect((await f.admin({ apientry: 'apireload' })).status).toBe('OK');
  };

  it('1: an e-mail after a successful balance, to ***TO, with ***SUBJECT and the keywords filled in', async () => {
    const id = await f.user('carol', { credit: '3', email: 'carol@example.org' });
    await api({
      fname: 'balance',
      customAction: 1,
      customActionBody:
        '***TO ops@example.org\n***SUBJECT {username} asked for the balance\n{username} ({email}, user [USERID]) has {credit}; asked with {now}',
    });
    expect((await f.as('carol', { apientry: 'balance', now: '555' })).status).toBe('OK');
    const mail = await eventually(() => f.smtp.to('ops@example.org')[0]);
    expect(mail.subject).toBe('carol asked for the balance');
    expect(mail.raw).toContain(`carol (carol@example.org, user ${id}) has 3.00; asked with 555`);
    await api({ fname: 'balance', customAction: null, customActionBody: null });
  });

  it('2: an SMS to the user’s own phone after a successful balance, the keywords filled in; nothing for a failure', async () => {
    const id = await f.user('fred', { credit: '2.5', phone: '36305550001' });
    await api({
      fname: 'balance',
      customAction: 2,
      customActionBody: '{username} (user [USERID]) has {credit}, asked with {now}',
    });
    expect((await f.as('fred', { apientry: 'balance', now: '777' })).status).toBe('OK');
    const [sms] = await f.smsTo('36305550001');
    expect(sms!.text).toBe(`fred (user ${id}) has 2.50, asked with 777`);
    // A refused balance (a wrong password) is no success: no second SMS.
    const refused = await f.call({ apientry: 'balance', authid: 'fred', authpwd: 'wrong-pw' });
    expect(refused.status).toBe('ERROR');
    await new Promise((r) => setTimeout(r, 400));
    expect(f.smsc.submitted.filter((s) => s.destination === '36305550001')).toHaveLength(1);
    await api({ fname: 'balance', customAction: null, customActionBody: null });
  });

  it('52: an SMS to the user’s phone after a failed rating; 2 on success sends nothing for a failure', async () => {
    await f.user('dave', { credit: '3', phone: '36305556666' });
    await api({ fname: 'rating', customAction: 52, customActionBody: 'rating failed for {username}: {bnum}' });
    const failed = await f.as('dave', { apientry: 'rating', bnum: '4912345' });
    expect(failed.status).toBe('ERROR');
    const [sms] = await f.smsTo('36305556666');
    expect(sms!.text).toBe('rating failed for dave: 4912345');
    await api({ fname: 'rating', customAction: 2, customActionBody: '***TO 36307778888\nrated {bnum}' });
    expect((await f.as('dave', { apientry: 'rating', bnum: '4912345' })).status).toBe('ERROR');
    await new Promise((r) => setTimeout(r, 400));
    expect(f.smsc.submitted.filter((s) => s.destination === '36307778888')).toHaveLength(0);
    await api({ fname: 'rating', customAction: null, customActionBody: null });
  });

  it('51: an e-mail after a failed request of a custom API, to the user’s own address', async () => {
    await f.user('erin', { credit: '1', email: 'erin@example.org' });
    await api({
      fname: 'myreport',
      reqUser: 12,
      customsql: '*select nothing from no_such_table',
      customAction: 51,
      customActionBody: '***SUBJECT myreport failed\n{username}: your report could not be built',
    });
    expect((await f.as('erin', { apientry: 'myreport' })).status).toBe('ERROR');
    const mail = await eventually(() => f.smtp.to('erin@example.org')[0]);
    expect(mail.subject).toBe('myreport failed');
    expect(mail.raw).toContain('erin: your report could not be built');
  });
});
