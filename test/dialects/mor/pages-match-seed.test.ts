// Every page answers the seed's XML element for element: the same element names, nesting and repetition as the
// seed's sample (fixtures/seed-pages.txt), on real data, on SQLite and PostgreSQL. Where MOR's own server answers
// more (spec wire: login's user_id, the subscriptions' correctly spelt activation_*), those elements are there too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../support/databases.ts';
import type { TestServer } from '../../support/server.ts';
import { loginCookie, request, seedSamples, shape, type Shape } from './support.ts';
import { startMorWorld, type MorWorld, type World } from './world.ts';

const engines = await testEngines('the MOR page structure tests on PostgreSQL');
const samples = seedSamples();

/** Elements MOR's server writes beyond the seed's sample (puneet18190/mor1 mor_api.rb, api_controller.rb). */
const VENDOR_ADDITIONS: Record<string, string[]> = {
  'login ok': ['user_id'],
  user_subscriptions: ['activation_start', 'activation_end'],
};

/** The shape without the named elements, and which of them it had. */
function apart(s: Shape, names: string[], found: Set<string>): Shape {
  const children = s.children.filter((c) => !(names.includes(c.name) && found.add(c.name)));
  return { name: s.name, children: children.map((c) => apart(c, names, found)) };
}

describe.each(engines.map((open) => [open]))('MOR pages match the seed (%#)', (open) => {
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

  const get = (path: string) => request(sb, path, { headers: { cookie } });
  const post = (path: string, form: Record<string, string>) => request(sb, path, { headers: { cookie }, form });
  const expectSeed = async (sample: string, answer: Promise<{ status: number; text: string }>, status = 200) => {
    const got = await answer;
    expect(got.status, got.text).toBe(status);
    const additions = VENDOR_ADDITIONS[sample] ?? [];
    const found = new Set<string>();
    expect(apart(shape(got.text), additions, found)).toEqual(shape(samples.get(sample)!));
    expect([...found].sort()).toEqual([...additions].sort());
  };

  const pages: [string, () => Promise<{ status: number; text: string }>][] = [
    ['login_form', () => request(sb, '/callc/login')],
    ['main', () => get('/callc/main')],
    ['personal_details', () => get('/users/personal_details')],
    ['user_devices', () => get('/devices/user_devices')],
    ['callflow', () => get(`/devices/callflow/${w.phone}`)],
    ['callflow_edit', () => get(`/devices/callflow_edit/${w.phone}?cft=before_call`)],
    ['user_rates', () => get('/tariffs/user_rates')],
    ['destinations', () => get(`/directions/dg_list_user_destinations/${w.groupId}`)],
    ['personal_payments', () => get('/payments/personal_payments')],
    ['user_invoices', () => get('/accounting/user_invoices')],
    ['user_subscriptions', () => get('/services/user_subscriptions')],
    ['call_list', () => get('/stats/call_list')],
    ['new_calls', () => get('/stats/new_calls_list')],
    ['missed_calls', () => get('/stats/missed_calls')],
    ['user_stats', () => get('/stats/user_stats')],
    ['user_device_clis', () => get('/devices/user_device_clis')],
    ['phonebook_list', () => get(`/phonebooks/list/${w.alice}`)],
    ['faxes_list', () => get(`/stats/faxes_list/${w.alice}`)],
  ];

  it.each(pages)('%s', async (sample, page) => {
    await expectSeed(sample, page());
  });

  it('answers the Calls, Missed calls, Faxes, statistics and Call State pages alike after their form posts', async () => {
    await expectSeed(
      'call_list',
      post('/stats/call_list', { search_on: '1', period_start: '2000-01-01', calltype: 'all' }),
    );
    await expectSeed('missed_calls', post('/stats/missed_calls', { period_start: '2000-01-01' }));
    await expectSeed(
      'faxes_list',
      post(`/stats/faxes_list/${w.alice}`, { search_on: '1', period_start: '2000-01-01' }),
    );
    await expectSeed('user_stats', post('/stats/user_stats', { period_start: '2000-01-01', period_end: '2100-12-31' }));
    await expectSeed(
      'callflow_edit',
      post(`/devices/callflow_edit/${w.phone}?cft=noanswer`, { cf_action: 'voicemail' }),
    );
  });

  it('answers the actions as the seed does, ok and failed', async () => {
    await expectSeed('login ok', request(sb, '/api/login?u=alice&p=pw-portal-1', { method: 'POST' }));
    await expectSeed('login failed', request(sb, '/api/login?u=alice&p=wrong', { method: 'POST' }));
    await expectSeed(
      'update_personal_details ok',
      post(`/users/update_personal_details/${w.alice}`, { reg_city: 'Samarkand' }),
    );
    await expectSeed(
      'update_personal_details failed',
      post(`/users/update_personal_details/${w.alice}`, { reg_email: 'not an address' }),
    );
    await expectSeed(
      'cli_add ok',
      post('/devices/cli_add', { device_id: String(w.sip), cli: '5555556', description: 'Desk' }),
    );
    await expectSeed('cli_add failed', post('/devices/cli_add', { device_id: String(w.sip), cli: '5555556' }));
    await expectSeed(
      'phonebook_add ok',
      post(`/phonebooks/add_new/${w.alice}`, { number: '37060011111', name: 'Office' }),
    );
    await expectSeed('phonebook_add failed', post(`/phonebooks/add_new/${w.alice}`, { number: '', name: '' }));
    const entries = (await get(`/phonebooks/list/${w.alice}`)).doc.page.entries.entry;
    expect(entries.length).toBe(2);
    await expectSeed('phonebook_destroy failed', post('/phonebooks/destroy/999999', {}));
    const added = await sb.server.services.db
      .em()
      .getConnection()
      .execute<{ id: number }[]>('select id from mor_phonebook where number = ?', ['37060011111']);
    await expectSeed('phonebook_destroy ok', post(`/phonebooks/destroy/${added[0]!.id}`, {}));
    await expectSeed(
      'activate_callback failed',
      request(sb, '/functions/activate_callback?src=37060000001&dst=37060000002&acc=1', {
        method: 'POST',
        headers: { cookie },
      }),
    );
  });
});
