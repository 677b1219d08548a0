// The stateless form (004:L73-L82): user_id and hash = SHA1(user_id + secret), the seed's words, or SHA1(user_id +
// the values sent, in the spec's order + the API secret key), as the generated client computes it; a wrong hash or user is refused with the seed's errors,
// counts toward the IP ban, and the form is refused clearly when no secret is configured.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/protocol/clients/errors.ts';
import { morHash } from '../../../src/protocol/digests.ts';
import { testEngines } from '../../support/databases.ts';
import type { TestServer } from '../../support/server.ts';
import { API_SECRET, hashClient, request } from './support.ts';
import { startMorWorld, type MorWorld, type World } from './world.ts';

const engines = await testEngines('the MOR hash authentication tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('MOR stateless hash (%#)', (open) => {
  let world: MorWorld | undefined;
  let sb: TestServer;
  let w: World;

  beforeAll(async () => {
    world = await startMorWorld(open, { limits: { authFailures: 12 } });
    ({ sb, w } = world);
  });
  afterAll(() => world?.stop());

  const signed = (values: string[]) => morHash([String(w.alice), ...values], API_SECRET);

  it('works from the generated client: no parameters, path, query, form body and lists', async () => {
    const alice = hashClient(sb, w.alice);
    expect((await alice.main()).page.userid).toBe(w.alice);
    expect((await alice.phonebookList({ userid: w.alice })).page.entries).toBeTruthy();
    expect((await alice.userRates({ currency: 'EUR' })).page.currency).toBe('EUR');
    const edited = await alice.callflowUpdate({
      device_id: w.phone,
      cft: 'noanswer',
      cf_action: 'forward',
      whattodo: 'change_local_device',
      deviceid: w.sip,
    });
    expect(edited.page.callflow.call_state).toBe('No answer');
    const calls = await alice.callListFilter({
      userid: w.alice,
      period_start: '2000-01-01',
      calltype: 'outgoing',
      search_on: true,
    });
    expect(calls.page.total_calls).toBe(1);
    const missed = await alice.missedCallsFilter({ processed: [String(w.missedCallId)] });
    expect(missed.page.calls_stat.calls.call).toMatchObject([{ call_id: w.missedCallId, processed: 1 }]);
  });

  it('hashes user_id, then the values sent in the order the spec lists them, then the secret', async () => {
    const path = `/devices/callflow_edit/${w.phone}?cft=busy`;
    const right = await request(sb, `${path}&user_id=${w.alice}&hash=${signed([String(w.phone), 'busy'])}`);
    expect(right.status).toBe(200);
    expect(right.doc.page.callflow.call_state).toBe('Busy');
    const swapped = await request(sb, `${path}&user_id=${w.alice}&hash=${signed(['busy', String(w.phone)])}`);
    expect([swapped.status, swapped.doc.status.error]).toEqual([200, 'Incorrect hash']);
    const body = { number: '37061234567', name: 'Hashed' };
    const added = await request(
      sb,
      `/phonebooks/add_new/${w.alice}?user_id=${w.alice}&hash=${signed([String(w.alice), body.number, body.name])}`,
      { form: body },
    );
    expect(added.doc.action.status).toBe('ok');
  });

  it("accepts the seed's bare SHA1(user_id + secret) on pages with parameters, beside the ordered form", async () => {
    const bare = signed([]);
    const path = `/devices/callflow_edit/${w.phone}?cft=busy&user_id=${w.alice}`;
    const seedForm = await request(sb, `${path}&hash=${bare}`);
    expect([seedForm.status, seedForm.doc.page.callflow.call_state]).toEqual([200, 'Busy']);
    const ordered = await request(sb, `${path}&hash=${signed([String(w.phone), 'busy'])}`);
    expect([ordered.status, ordered.doc.page.callflow.call_state]).toEqual([200, 'Busy']);
    const body = { number: '37061234568', name: 'Bare' };
    const added = await request(sb, `/phonebooks/add_new/${w.alice}?user_id=${w.alice}&hash=${bare}`, { form: body });
    expect(added.doc.action.status).toBe('ok');
    const wrong = await request(sb, `${path}&hash=${signed(['busy'])}`);
    expect([wrong.status, wrong.doc.status.error]).toEqual([200, 'Incorrect hash']);
  });

  it("leaves call_list_filter's status, which the seed does not name, out of the spec-order hash (hashed: false)", async () => {
    const form = { userid: String(w.alice), period_start: '2000-01-01', calltype: 'outgoing', status: 'all' };
    const filter = (values: string[]) =>
      request(sb, `/stats/call_list?user_id=${w.alice}&hash=${signed(values)}`, { form });
    const seeded = await filter([form.userid, form.period_start, form.calltype]);
    expect([seeded.status, seeded.doc.page.total_calls]).toEqual([200, '1']);
    const withStatus = await filter([form.userid, form.period_start, form.calltype, form.status]);
    expect([withStatus.status, withStatus.doc.status.error]).toEqual([200, 'Incorrect hash']);
    const statusFirst = await filter([form.status, form.userid, form.period_start, form.calltype]);
    expect([statusFirst.status, statusFirst.doc.status.error]).toEqual([200, 'Incorrect hash']);
  });

  it("accepts the vendor's form: user_id, then the parameters MOR itself hashes, in its own order", async () => {
    const form = {
      userid: String(w.alice),
      period_start: '2000-01-01',
      calltype: 'outgoing',
      device: 'all',
      status: 'all',
    };
    // MOR hashes device and status (in that order) but not userid, a date-form period_start or calltype=outgoing.
    const calls = await request(sb, `/stats/call_list?user_id=${w.alice}&hash=${signed(['all', 'all'])}`, { form });
    expect([calls.status, calls.doc.page.total_calls]).toEqual([200, '1']);
    const body = { number: '37061234569', name: 'Vendor' };
    const added = await request(
      sb,
      `/phonebooks/add_new/${w.alice}?user_id=${w.alice}&hash=${signed([body.number, body.name])}`,
      { form: body },
    );
    expect(added.doc.action.status).toBe('ok');
    const reordered = await request(
      sb,
      `/phonebooks/add_new/${w.alice}?user_id=${w.alice}&hash=${signed([body.name, body.number])}`,
      { form: { number: '37061234570', name: 'Vendor' } },
    );
    expect([reordered.status, reordered.doc.status.error]).toEqual([200, 'Incorrect hash']);
  });

  it("refuses a wrong hash, a changed parameter and an unknown user with the seed's errors", async () => {
    await expect(hashClient(sb, w.alice, 'not-the-secret').main()).rejects.toMatchObject({
      message: 'Incorrect hash',
      httpStatus: 200,
    });
    const tampered = await request(
      sb,
      `/devices/callflow/${w.bobPhone}?user_id=${w.alice}&hash=${signed([String(w.phone)])}`,
    );
    expect([tampered.status, tampered.doc.status.error]).toEqual([200, 'Incorrect hash']);
    const nobody = await request(sb, `/callc/main?user_id=987654&hash=${morHash(['987654'], API_SECRET)}`);
    expect([nobody.status, nobody.doc.status.error]).toEqual([200, 'User was not found']);
    expect(nobody.text).toContain('<error>User was not found</error>');
    const garbage = await request(sb, '/callc/main?user_id=abc&hash=0');
    expect(garbage.doc.status.error).toBe('User was not found');
  });

  it("is refused in MOR's words while no API secret key is configured", async () => {
    const secret = sb.config.mor.apiSecretKey;
    sb.config.mor.apiSecretKey = undefined;
    try {
      const answer = await request(sb, `/callc/main?user_id=${w.alice}&hash=${signed([])}`);
      expect([answer.status, answer.doc.status.error]).toEqual([200, 'API must have Secret Key']);
    } finally {
      sb.config.mor.apiSecretKey = secret;
    }
  });

  it('counts failed hashes toward the IP ban and in the metrics; a banned address is refused first', async () => {
    for (let i = 0; i < 12; i++) await request(sb, `/callc/main?user_id=${w.alice}&hash=${'0'.repeat(40)}`);
    const banned = await hashClient(sb, w.alice)
      .main()
      .catch((e: ApiError) => e);
    expect(banned).toBeInstanceOf(ApiError);
    expect((banned as ApiError).message).toMatch(/too many failed requests/);
    const metrics = await (await fetch(`${sb.baseUrl}/metrics`)).text();
    const counted = /switchboard_auth_failures_total\{dialect="mor",reason="incorrect hash"\} (\d+)/.exec(metrics);
    expect(Number(counted?.[1])).toBeGreaterThanOrEqual(10);
    await sb.server.services.bans.lift(sb.server.services.db.em(), 'all');
    expect((await hashClient(sb, w.alice).main()).page.pagename).toBe('Main page');
  });
});
