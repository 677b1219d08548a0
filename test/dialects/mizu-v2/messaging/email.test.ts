// sendmail and asendemail against a real SMTP server, on SQLite and PostgreSQL: the e-mail goes through the outbox to
// the SMTP server with its sender, recipient, subject and body; a user may not send as another address.
import { describe, expect, it } from 'vitest';
import { testEngines } from '../../../support/databases.ts';
import { eventually, messagingServer, SERVER_FROM } from './fixture.ts';

const engines = await testEngines('the e-mail command tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('e-mail commands (%#)', (open) => {
  const f = messagingServer(open);

  it('sendmail with an empty from: the server’s sender, the subject and the body arrive', async () => {
    await f.user('writer', { email: 'writer@example.org' });
    const answer = await f.as('writer', {
      apientry: 'sendmail',
      from: '',
      to: 'friend@example.org',
      subject: 'Lunch',
      message: 'At noon?',
    });
    expect(answer.data).toMatchObject({ messageid: expect.stringMatching(/^\d+$/), state: 'queued' });
    const [mail] = await eventually(() =>
      f.smtp.to('friend@example.org').length ? f.smtp.to('friend@example.org') : undefined,
    );
    expect(mail).toMatchObject({ from: SERVER_FROM, subject: 'Lunch' });
    expect(mail!.raw).toContain('At noon?');
  });

  it('sendmail from the account’s own address; another address is refused and nothing is sent', async () => {
    await f.user('owner', { email: 'owner@example.org' });
    expect(
      (await f.as('owner', { apientry: 'sendmail', from: 'owner@example.org', to: 'x@example.org', txt: 'hi' })).status,
    ).toBe('OK');
    const mail = await eventually(() => f.smtp.to('x@example.org')[0]);
    expect(mail.from).toBe('owner@example.org');
    const forged = await f.as('owner', {
      apientry: 'sendmail',
      from: 'ceo@example.org',
      to: 'y@example.org',
      txt: 'pay',
    });
    expect(forged.error?.code).toBe('invalid-parameter');
    await new Promise((r) => setTimeout(r, 300));
    expect(f.smtp.to('y@example.org')).toHaveLength(0);
  });

  it('asendemail: the admin sends from any address, positional form included', async () => {
    const answer = await f.admin({
      apientry: 'asendemail',
      param1: 'ops@example.org',
      param2: 'team@example.org',
      param3: 'Maintenance',
      param4: 'Tonight 22:00',
    });
    expect(answer.status).toBe('OK');
    const mail = await eventually(() => f.smtp.to('team@example.org')[0]);
    expect(mail).toMatchObject({ from: 'ops@example.org', subject: 'Maintenance' });
    expect(mail.raw).toContain('Tonight 22:00');
  });

  it('refuses an address that is none', async () => {
    await f.user('sloppy', { email: 'sloppy@example.org' });
    expect((await f.as('sloppy', { apientry: 'sendmail', to: 'not-an-address', txt: 'x' })).error?.code).toBe(
      'invalid-parameter',
    );
  });
});
