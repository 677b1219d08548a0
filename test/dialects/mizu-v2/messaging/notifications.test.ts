// The e-mail the seeds' notification commands send, on SQLite and PostgreSQL, read at a real SMTP server:
// forgotpasswordanswer (a new password to the account's address), dailyreport (senddailyemail), checkcredits
// (sendlowcreditemail, once a day) and checkmails (where the e-mail jobs stand).
import { describe, expect, it } from 'vitest';
import { hashAnswer } from '../../../../src/domain/accounts/secret-answer.ts';
import { testEngines } from '../../../support/databases.ts';
import { call, replaceCalls, today } from '../calls/support.ts';
import { eventually, messagingServer } from './fixture.ts';

const engines = await testEngines('the notification tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('notifications (%#)', (open) => {
  const f = messagingServer(open);

  it('forgotpasswordanswer: a wrong answer is refused; the right one e-mails a new password that logs in', async () => {
    await f.user('forgetful', {
      email: 'forgetful@example.org',
      credit: '1',
      more: { forgotpasswordquestion: 'Pet?', forgotpasswordanswerhash: hashAnswer('Rex') },
    });
    const wrong = await f.call({
      apientry: 'forgotpasswordanswer',
      email: 'forgetful@example.org',
      forgotpasswordanswer: 'Max',
    });
    expect(wrong.error?.code).toBe('auth-failed');
    const right = await f.call({
      apientry: 'forgotpasswordanswer',
      email: 'FORGETFUL@example.org',
      forgotpasswordanswer: ' rex ',
    });
    expect(right).toMatchObject({ status: 'OK', message: 'a new password was sent to forgetful@example.org' });
    const mail = await eventually(() => f.smtp.to('forgetful@example.org')[0]);
    expect(f.smtp.to('forgetful@example.org')).toHaveLength(1);
    const password = /^([A-Za-z0-9]{16})\s*$/m.exec(mail.raw)?.[1];
    expect(password).toBeDefined();
    expect((await f.call({ apientry: 'balance', authid: 'forgetful', authpwd: password! })).status).toBe('OK');
    expect((await f.as('forgetful', { apientry: 'balance' })).error?.code).toBe('auth-failed');
  });

  it("dailyreport: yesterday's calls to each user with senddailyemail, nobody else", async () => {
    const t = await today();
    const id = await f.user('reported', { email: 'reported@example.org', more: { senddailyemail: 1 } });
    const quiet = await f.user('quiet', { email: 'quiet@example.org' });
    await replaceCalls(f.sb, [
      call({ userId: id, startedAt: t.at(-1, 9), duration: 90, costMicros: 120_000n }),
      call({ userId: id, startedAt: t.at(-1, 15), duration: 30, costMicros: 30_000n }),
      call({ userId: id, startedAt: t.at(0, 0), duration: 600, costMicros: 999_000n }),
      call({ userId: quiet, startedAt: t.at(-1, 10), duration: 60, costMicros: 10_000n }),
    ]);
    const day = new Date(t.at(-1)).toISOString().slice(0, 10);
    const answer = await f.admin({ apientry: 'dailyreport' });
    expect(answer.message).toBe(`1 daily report of ${day} queued`);
    const mail = await eventually(() => f.smtp.to('reported@example.org')[0]);
    expect(mail.subject).toBe(`Daily report ${day}`);
    expect(mail.raw).toContain('calls: 2');
    expect(mail.raw).toContain('duration: 2 min 0 s');
    expect(mail.raw).toContain('cost: 0.15 USD');
    await new Promise((r) => setTimeout(r, 300));
    expect(f.smtp.to('quiet@example.org')).toHaveLength(0);
  });

  it('checkcredits: a low-credit e-mail to a prepaid user who asked for one, once a day; checkmails counts the jobs', async () => {
    await f.user('low', { email: 'low@example.org', credit: '0', more: { sendlowcreditemail: 1 } });
    await f.user('rich', { email: 'rich@example.org', credit: '50', more: { sendlowcreditemail: 1 } });
    expect((await f.admin({ apientry: 'checkcredits' })).message).toBe('1 low-credit e-mail queued');
    const mail = await eventually(() => f.smtp.to('low@example.org')[0]);
    expect(mail.subject).toBe('Your credit is low');
    expect(mail.raw).toContain('The credit of low is 0.00 USD');
    expect((await f.admin({ apientry: 'checkcredits' })).message).toBe('0 low-credit e-mails queued');
    expect((await f.admin({ apientry: 'checkmails' })).message).toMatch(
      /^\d+ e-mails? waiting to be sent.*; 0 failed in the last day$/,
    );
    expect(f.smtp.to('rich@example.org')).toHaveLength(0);
  });
});
