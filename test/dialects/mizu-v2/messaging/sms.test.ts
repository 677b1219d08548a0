// The SMS commands against a real SMSC, on SQLite and PostgreSQL: sms (the PHP client 1.x form and the seed's),
// sendsms with phone1/phone2/message (what real integrations send), the unicode and synchronous forms, the admin's
// asendsms, and the refusals (no credit, a bad number), each checked at the SMSC.
import { describe, expect, it } from 'vitest';
import { testEngines } from '../../../support/databases.ts';
import { mizuGet } from '../../../support/mizu.ts';
import { messagingServer } from './fixture.ts';

const engines = await testEngines('the SMS command tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('SMS commands (%#)', (open) => {
  const f = messagingServer(open);

  it('sms: queued at once with its id, then at the SMSC with the text, the sender and the destination', async () => {
    await f.user('ann', { credit: '5' });
    const answer = await f.as('ann', { apientry: 'sms', anum: 'AnnCo', bnum: '3630123456701', txt: 'Hello from sms' });
    expect(answer.status).toBe('OK');
    expect(answer.data).toMatchObject({ messageid: expect.stringMatching(/^\d+$/), state: 'queued', parts: 1 });
    const [part] = await f.smsTo('3630123456701');
    expect(part).toMatchObject({ text: 'Hello from sms', source: 'AnnCo', dataCoding: 0 });
  });

  it("sms as the PHP client 1.x sends it (apientry, txt, anum, bnum, message): OK before the first ':'", async () => {
    await f.user('php1', { credit: '5' });
    const body = await f.asText('php1', {
      apientry: 'sms',
      txt: 'Testing the provider',
      anum: 'Test',
      bnum: '+38971234567',
      message: 'Testing the provider',
    });
    const [status, id] = body.trim().split(':');
    expect(status).toBe('OK');
    expect(id?.trim()).toMatch(/^\d+$/);
    expect((await f.smsTo('+38971234567'))[0]!.text).toBe('Testing the provider');
  });

  it('sendsms with phone1, phone2 and message (the integrations’ names): "OK,<id>"', async () => {
    await f.user('integ', { credit: '5' });
    const body = await f.asText('integ', {
      apientry: 'sendsms',
      phone1: 'Shop',
      phone2: '3630123456702',
      message: 'Your order shipped',
    });
    expect(body.trim()).toMatch(/^OK,\d+$/);
    expect((await f.smsTo('3630123456702'))[0]).toMatchObject({ text: 'Your order shipped', source: 'Shop' });
  });

  it('sendsmsunicode sends UCS-2 even for plain text; sendsmssync answers the SMSC’s submit result', async () => {
    await f.user('uni', { credit: '5' });
    expect((await f.as('uni', { apientry: 'sendsmsunicode', bnum: '3630123456703', txt: 'plain' })).status).toBe('OK');
    expect((await f.smsTo('3630123456703'))[0]).toMatchObject({ text: 'plain', dataCoding: 8 });
    const sync = await f.as('uni', { apientry: 'sendsmssync', to: '3630123456704', message: 'árvíztűrő' });
    expect(sync.data).toMatchObject({ state: 'submitted' });
    expect((await f.smsTo('3630123456704'))[0]).toMatchObject({ text: 'árvíztűrő', dataCoding: 8 });
    const unicodeSync = await f.as('uni', { apientry: 'sendsmsunicodesync', bnum: '3630123456705', txt: 'x' });
    expect(unicodeSync.data).toMatchObject({ state: 'submitted' });
  });

  it('asendsms and asendsmssync: the admin sends, nothing is charged', async () => {
    const queued = await f.admin({ apientry: 'asendsms', from: 'Ops', to: '3630123456706', message: 'maintenance' });
    expect(queued.data).toMatchObject({ state: 'queued' });
    const sync = await f.admin({ apientry: 'asendsmssync', bnum: '3630123456707', txt: 'done' });
    expect(sync.data).toMatchObject({ state: 'submitted' });
    expect((await f.smsTo('3630123456706'))[0]!.text).toBe('maintenance');
    expect((await f.smsTo('3630123456707'))[0]!.text).toBe('done');
  });

  it('refuses a user without credit before anything is sent', async () => {
    await f.user('broke', { credit: '0' });
    const answer = await f.as('broke', { apientry: 'sendsms', bnum: '3630123456708', txt: 'free?' });
    expect(answer.error).toMatchObject({
      code: 'insufficient-credit',
      message: expect.stringMatching(/insufficient credit/),
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(f.smsc.submitted.filter((s) => s.destination === '3630123456708')).toHaveLength(0);
  });

  it('refuses a number that is no phone number, and a missing one, sending nothing', async () => {
    await f.user('typo', { credit: '5' });
    const bad = await f.as('typo', { apientry: 'sms', bnum: 'call-me', txt: 'x' });
    expect(bad.error?.code).toBe('invalid-parameter');
    const missing = await f.as('typo', { apientry: 'sendsms', txt: 'x' });
    expect(missing.error?.code).toBe('missing-number');
    expect(f.smsc.submitted.filter((s) => s.destination === 'call-me')).toHaveLength(0);
  });

  it('Mizu v1 /xmapi/sms (the seed’s example): OK and the message at the SMSC', async () => {
    await f.user('v1user', { credit: '5' });
    const res = await new Promise<string>((resolve, reject) => {
      const path = `/xmapi/sms?usr=v1user&pwd=v1user-pw-1&anum=2222&bnum=3630123456789&txt=Testsms&now`;
      fetch(`${f.sb.baseUrl}${path}`).then((r) => r.text().then(resolve), reject);
    });
    expect(res.trim()).toMatch(/^OK: \d+$/);
    expect((await f.smsTo('3630123456789'))[0]).toMatchObject({ text: 'Testsms', source: '2222' });
    // The same command through /mvapireq with the old names (usr, pwd).
    const mv = await mizuGet(f.sb.port, {
      apientry: 'sms',
      usr: 'v1user',
      pwd: 'v1user-pw-1',
      bnum: '3630123456790',
      txt: 'v2',
    });
    expect(mv.body).toMatch(/^OK: \d+/);
  });
});
