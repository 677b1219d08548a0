// The pages answer the user's real data: the figures of the main page, the call filters, missed and new calls,
// statistics, rates with VAT and currencies, call flow changes and personal details, on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../support/databases.ts';
import type { TestServer } from '../../support/server.ts';
import { loginCookie, request } from './support.ts';
import { startMorWorld, type MorWorld, type World } from './world.ts';

const engines = await testEngines('the MOR page content tests on PostgreSQL');
const list = <T>(x: T | T[] | undefined | ''): T[] => (x === undefined || x === '' ? [] : Array.isArray(x) ? x : [x]);

describe.each(engines.map((open) => [open]))('MOR page content (%#)', (open) => {
  let world: MorWorld | undefined;
  let sb: TestServer;
  let w: World;
  let cookie: string;

  beforeAll(async () => {
    world = await startMorWorld(open);
    ({ sb, w } = world);
    cookie = await loginCookie(sb, 'alice');
  });
  afterAll(() => world?.stop());

  const get = async (path: string) => (await request(sb, path, { headers: { cookie } })).doc;
  const post = async (path: string, form: Record<string, string>) =>
    (await request(sb, path, { headers: { cookie }, form })).doc;

  it('main page: missed calls, this month and today, finances', async () => {
    const { page } = await get('/callc/main');
    expect(page.username).toBe('Very Important User');
    expect(page.stats.missed_calls).toEqual({ missed_today: '1', missed_total: '1' });
    expect(page.stats.call_history.calls).toEqual([
      { call_counts: '3', period: 'Month', call_duration: '00:02:11' },
      { call_counts: '3', period: 'Day', call_duration: '00:02:11' },
    ]);
    expect(page.stats.finances).toEqual({ account: 'Prepaid', balance: '10.00 USD', credit: '0.00 USD' });
  });

  it("call list: the user's calls both ways, newest first, priced for what the user pays", async () => {
    const { page } = await get('/stats/call_list');
    expect([page.total_calls, page.show_device, page.direction, page.status, page.currency, page.error_msg]).toEqual([
      '3',
      'all',
      'all',
      'all',
      'USD',
      '',
    ]);
    expect(page.calls_stat.calls.call.map((c: any) => [c.called_from, c.hangup_cause, c.duration, c.price])).toEqual([
      ['37060000009', 'Answered', '00:01:35', '0.00'],
      ['12129989282', 'No Answer', '00:00:00', '0.00'],
      ['101', 'Answered', '00:00:36', '0.049'],
    ]);
  });

  it.each([
    [{ direction: 'outgoing' }, ['101']],
    [{ calltype: 'incoming' }, ['37060000009', '12129989282']],
    [{ direction: 'outgoing', calltype: 'incoming' }, []],
    [{ status: 'answered' }, ['37060000009', '101']],
    [{ status: 'no_answer' }, ['12129989282']],
    [{ period_start: '2000-01-01', period_end: '2000-12-31' }, []],
  ])('call list filter %o', async (filter, callers) => {
    const { page } = await post('/stats/call_list', { search_on: '1', ...filter });
    expect(list(page.calls_stat.calls.call).map((c: any) => c.called_from)).toEqual(callers);
    expect(page.total_calls).toBe(String(callers.length));
  });

  it('call list device filter, remembered by the session for the next Calls page', async () => {
    await post('/stats/call_list', {
      search_on: '1',
      device: String(w.phone),
      period_start: '2001-02-03 04:05',
      period_end: '2100-01-01',
    });
    const { page } = await get('/stats/call_list');
    expect([page.show_device, page.calls_stat.period.period_start]).toEqual([String(w.phone), '2001-02-03 04:05:00']);
    expect(list(page.calls_stat.calls.call).map((c: any) => c.called_from)).toEqual(['12129989282', '101']);
    await post('/stats/call_list', { search_on: '1', device: 'all' });
  });

  it('refuses a period that ends before it starts, or is no date', async () => {
    const bad = await request(sb, '/stats/call_list', { headers: { cookie }, form: { period_start: '2024-02-30' } });
    expect([bad.status, bad.doc.status.error]).toEqual([200, expect.stringMatching(/period_start must be YYYY-MM-DD/)]);
    const backwards = await request(sb, '/stats/call_list', {
      headers: { cookie },
      form: { period_start: '2024-03-02', period_end: '2024-03-01' },
    });
    expect(backwards.doc.status.error).toMatch(/before/);
  });

  it('missed calls are processed by call_id; processed calls are no longer new', async () => {
    const before = (await get('/stats/missed_calls')).page;
    expect(before.missed_total).toBe('1');
    expect(before.calls_stat.calls.call).toMatchObject({
      call_id: String(w.missedCallId),
      hangup_cause: 'No Answer',
      processed: '0',
    });
    expect((await get('/stats/new_calls_list')).page.calls_stat.total_calls).toBe('2');
    const after = (await post('/stats/missed_calls', { processed: String(w.missedCallId) })).page;
    expect(after.calls_stat.calls.call.processed).toBe('1');
    const fresh = (await get('/stats/new_calls_list')).page.calls_stat;
    expect([fresh.total_calls, fresh.calls.call.called_from]).toEqual(['1', '37060000009']);
  });

  it('detailed statistics: by direction and outcome, by day, answered share', async () => {
    const { page } = await get('/stats/user_stats');
    expect(page.details.calls).toEqual({
      incoming: { answered: '1', no_answer: '1', busy: '0', failed: '0' },
      outgoing: { answered: '1', no_answer: '0', busy: '0', failed: '0' },
    });
    expect(page.details.main_details.todays_normative).toBe('66.67');
    const day = page.details.detailed_by_date.call_by_date;
    expect([day.calls_count, day.duration, day.avg_time, day.calls_normative]).toEqual(['3', '2.18', '0.73', '66.67']);
    const empty = (await post('/stats/user_stats', { period_start: '2001-01-01', period_end: '2001-01-31' })).page;
    expect([empty.start_date, empty.end_date, empty.details.detailed_by_date]).toEqual([
      '2001-01-01',
      '2001-01-31',
      '',
    ]);
    expect((await get('/stats/user_stats')).page.start_date).toBe('2001-01-01');
  });

  it('rates per destination group and type with VAT, in another currency on demand', async () => {
    const { page } = await get('/tariffs/user_rates');
    expect([page.currency, page.vat_percent, page.aval_currencies.currency]).toEqual(['USD', '15.0', ['EUR', 'USD']]);
    expect(page.rates.rate).toEqual([
      { ratename: 'Australia', rateicon: 'aust.png', ratetype: 'FIX', ratecost: '0.02', rate_vat_cost: '0.023' },
      { ratename: 'Australia', rateicon: 'aust.png', ratetype: 'MOB', ratecost: '0.10', rate_vat_cost: '0.115' },
      { ratename: 'United Kingdom', rateicon: '', ratetype: '', ratecost: '0.03', rate_vat_cost: '0.0345' },
    ]);
    const euro = (await get('/tariffs/user_rates?currency=eur')).page;
    expect([euro.currency, euro.rates.rate[0].ratecost, euro.rates.rate[1].rate_vat_cost]).toEqual([
      'EUR',
      '0.01',
      '0.0575',
    ]);
    const unknown = await request(sb, '/tariffs/user_rates?currency=JPY', { headers: { cookie } });
    expect([unknown.status, unknown.doc.status.error]).toEqual([200, expect.stringMatching(/JPY is not available/)]);
  });

  it('destinations of a group; an unknown group is not found', async () => {
    const { page } = await get(`/directions/dg_list_user_destinations/${w.groupId}`);
    expect([page.groupname, page.groupicon]).toEqual(['Australia', 'aust.png']);
    expect(page.directions.direction).toEqual([
      { details: 'Australia Canberra', prefix: '61261', dir_code: 'FIX' },
      { details: 'Australia Canberra', prefix: '61262', dir_code: 'FIX' },
      { details: 'Australia Mobile', prefix: '614', dir_code: 'MOB' },
    ]);
    const unknownGroup = await request(sb, '/directions/dg_list_user_destinations/9999', { headers: { cookie } });
    expect([unknownGroup.status, unknownGroup.doc.status.error]).toEqual([200, expect.any(String)]);
  });

  it('call flow: defaults, forward to a device or a number, fax detect, and the refusals', async () => {
    const shown = async () =>
      Object.fromEntries(
        (await get(`/devices/callflow/${w.phone}`)).page.device.callflows.callflow.map((c: any) => [
          c.call_state,
          c.callflow_action,
        ]),
      );
    expect(await shown()).toEqual({
      'Before call': '-',
      Call: 'Dial(IAX2/101)',
      Answered: 'Hangup',
      'No answer': '-',
      Busy: 'Voicemail',
      Failed: '-',
    });
    const edit = (cft: string, form: Record<string, string>) =>
      request(sb, `/devices/callflow_edit/${w.phone}?cft=${cft}`, { headers: { cookie }, form });
    const page = (
      await edit('noanswer', { cf_action: 'forward', whattodo: 'change_local_device', deviceid: String(w.sip) })
    ).doc.page;
    expect(page.callflow.call_state).toBe('No answer');
    expect(page.callflow.actions.action.map((a: any) => [a.action_id, a.aval_devices?.device?.device_name])).toEqual([
      ['2', 'SIP/103'],
      ['3', undefined],
      ['4', 'FAX/102'],
    ]);
    await edit('failed', { cf_action: 'forward', whattodo: 'change_external_device', ext_number: '+370 600 00000' });
    await edit('before_call', { cf_action: 'forward', whattodo: 'change_fax_device', deviceid: String(w.fax) });
    await edit('busy', { whattodo: 'change_action' });
    expect(await shown()).toMatchObject({
      'Before call': 'Fax detect(FAX/102)',
      'No answer': 'Forward(SIP/103)',
      Busy: '-',
      Failed: 'Forward(+37060000000)',
    });
    expect(
      (await edit('call', { cf_action: 'forward', whattodo: 'change_local_device', deviceid: String(w.phone) })).doc
        .status.error,
    ).toMatch(/itself/);
    expect((await edit('call', { cf_action: 'faxdetect', deviceid: String(w.sip) })).doc.status.error).toMatch(
      /needs a fax device/,
    );
    expect((await edit('call', { cf_action: 'forward' })).doc.status.error).toMatch(/needs deviceid/);
  });

  it('devices with their credentials; CLIs with their device', async () => {
    const devices = (await get('/devices/user_devices')).page.devices.device;
    expect(devices[0]).toMatchObject({
      acc: String(w.phone),
      type: 'IAX2',
      extension: '101',
      username: '101',
      password: 'pw101',
      cid: '"101" <101>',
      last_time_registered: '',
    });
    const clis = (await get('/devices/user_device_clis')).page;
    expect(clis.aval_devices.device[1]).toEqual({ '#text': 'FAX/102', '@_id': String(w.fax) });
    expect(list(clis.clis.cli)[0]).toMatchObject({
      device: 'IAX2/101',
      device_icon: 'phone.png',
      cli_name: '5555555',
      cli_desc: 'Linus',
    });
  });

  it('personal details: shown, changed (shared fields on the account), validated', async () => {
    const before = (await get('/users/personal_details')).page.details;
    expect(before.main_details).toEqual({ alias: '101', account: 'Prepaid', balance: '10.00 USD', credit: '0.00 USD' });
    expect(before.other_details).toMatchObject({
      username: 'Andrey',
      surname: 'Mazunin',
      agreement_date: '2008-03-11',
      vat_percent: '15.0',
    });
    const changed = await post(`/users/update_personal_details/${w.alice}`, {
      surname: 'Ivanov',
      reg_email: 'andrey@example.com',
      reg_phone: '+998 97 555 0000',
    });
    expect(changed.action).toEqual({ name: 'edit_personal', status: 'ok', status_message: 'Personal details changed' });
    const after = (await get('/users/personal_details')).page.details;
    expect([
      after.other_details.surname,
      after.other_details.username,
      after.registration.reg_email,
      after.registration.reg_phone,
    ]).toEqual(['Ivanov', 'Andrey', 'andrey@example.com', '+998975550000']);
    const cached = await sb.server.services.accounts.cache.byId(w.alice, () => sb.server.services.db.em());
    expect(cached?.email).toBe('andrey@example.com');
    const invalid = await request(sb, `/users/update_personal_details/${w.alice}`, {
      headers: { cookie },
      form: { agreement_date: '2008-13-01' },
    });
    expect([invalid.status, invalid.doc.action.status, invalid.doc.action.status_message]).toEqual([
      200,
      'failed',
      expect.stringMatching(/^Personal details not changed: agreement_date/),
    ]);
  });

  it('payments, invoices and subscriptions with VAT', async () => {
    expect((await get('/payments/personal_payments')).page.payments.payment).toMatchObject({
      payment_type: 'Manual',
      amount: '10.00',
      vat: '15.0',
      amount_vat: '11.50',
      currency: 'USD',
      completed: 'Yes',
    });
    expect((await get('/accounting/user_invoices')).page.invoices.invoice).toMatchObject({
      user: 'alice',
      paid: 'No',
      price: '0.049',
      vat: '15.0',
      price_vat: '0.05635',
    });
    expect((await get('/services/user_subscriptions')).page.subscriptions.subscription).toMatchObject({
      service: 'Some useful service',
      acivation_end: '',
      price: '10.00 USD',
    });
  });

  it('faxes by status and device', async () => {
    const all = (await get(`/stats/faxes_list/${w.alice}`)).page;
    expect(all.faxes.fax).toMatchObject({
      device: 'FAX/102',
      filename: 'fax-1.pdf',
      sender: '37052000000',
      status: 'Received',
    });
    const failed = (await post(`/stats/faxes_list/${w.alice}`, { fax_status: 'Failed' })).page;
    expect(failed.faxes.fax).toBeUndefined();
    const byDevice = (await post(`/stats/faxes_list/${w.alice}`, { device_id: String(w.fax), fax_status: 'all' })).page;
    expect([byDevice.show_device, byDevice.faxes.fax.status]).toEqual([String(w.fax), 'Received']);
  });

  it('callback on a server without the SIP edge: the failure in the action form', async () => {
    const answer = await request(sb, `/functions/activate_callback?src=37060000001&dst=37060000002&acc=${w.phone}`, {
      method: 'POST',
      headers: { cookie },
    });
    expect(answer.status).toBe(200);
    expect(answer.doc.action).toEqual({
      name: 'callback',
      status: 'failed',
      status_message: 'Callback not activated: calls need the SIP edge: set sip.port',
    });
  });

  it('answers an unknown page, and a GET of a POST-only page, with an error', async () => {
    const unknownPage = await request(sb, '/no/such/page', { headers: { cookie } });
    expect([unknownPage.status, unknownPage.doc.status.error]).toEqual([404, expect.stringMatching(/no such page/)]);
    const get = await request(sb, `/phonebooks/destroy/${w.bobEntryId}`, { headers: { cookie } });
    expect([get.status, get.doc.status.error]).toEqual([200, 'GET Requests are disabled']);
  });
});
