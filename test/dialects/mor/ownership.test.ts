// A user sees only their own data: another user's id, device or phonebook entry in a path or a form answers an
// error — never that user's data, and nothing of theirs changes — by session and by hash alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { morHash } from '../../../src/protocol/digests.ts';
import { testEngines } from '../../support/databases.ts';
import type { TestServer } from '../../support/server.ts';
import { addCalls, API_SECRET, call, loginCookie, request } from './support.ts';
import { startMorWorld, type MorWorld, todayAt, type World } from './world.ts';

const engines = await testEngines('the MOR ownership tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('MOR ownership (%#)', (open) => {
  let world: MorWorld | undefined;
  let sb: TestServer;
  let w: World;
  let cookie: string;
  let bobCall: number;

  beforeAll(async () => {
    world = await startMorWorld(open);
    ({ sb, w } = world);
    cookie = await loginCookie(sb, 'alice');
    [bobCall = 0] = await addCalls(sb, [
      call({ calledUserId: w.bob, direction: 'in', startedAt: todayAt(60), caller: '37060000077' }),
    ]);
  });
  afterAll(() => world?.stop());

  const asAlice = (path: string, form?: Record<string, string>) =>
    request(sb, path, { headers: { cookie }, ...(form ? { form } : {}) });
  const sql = <T>(text: string, params: unknown[] = []) =>
    sb.server.services.db.em().getConnection().execute<T[]>(text, params);

  it.each([
    ['the phonebook', () => `/phonebooks/list/${w.bob}`],
    ['the faxes', () => `/stats/faxes_list/${w.bob}`],
    ['the call list CSV', () => `/stats/call_list_to_csv/${w.bob}`],
    ['the call list PDF', () => `/stats/call_list_to_pdf/${w.bob}`],
    ['the personal rates CSV', () => `/tariffs/generate_personal_rates_csv/${w.bob}`],
    ['the personal rates PDF', () => `/tariffs/generate_personal_rates_pdf/${w.bob}`],
    ["a device's call flow", () => `/devices/callflow/${w.bobPhone}`],
    ["a device's call state", () => `/devices/callflow_edit/${w.bobPhone}?cft=busy`],
  ])('refuses %s of another user', async (_what, path) => {
    const answer = await asAlice(path());
    expect(answer.status).toBe(200);
    expect(answer.doc.status.error).toMatch(/not you|not one of your devices/);
    expect(answer.text).not.toMatch(/Bob secret|37069999999|201/);
  });

  it("refuses another user's id in the stateless form too, though the hash is right", async () => {
    const hash = morHash([String(w.alice), String(w.bob)], API_SECRET);
    const answer = await request(sb, `/phonebooks/list/${w.bob}?user_id=${w.alice}&hash=${hash}`);
    expect([answer.doc.status.error, answer.text.includes('Bob secret')]).toEqual([
      expect.stringMatching(/not you/),
      false,
    ]);
  });

  it('changes nothing of another user: details, phonebook, call flow, CLIs, processed calls', async () => {
    const details = await asAlice(`/users/update_personal_details/${w.bob}`, { reg_city: 'Hijacked' });
    expect([details.status, details.doc.action.status]).toEqual([200, 'failed']);
    expect(await sql('select * from mor_user_details where user_id = ?', [w.bob])).toEqual([]);

    const destroy = await asAlice(`/phonebooks/destroy/${w.bobEntryId}`, {});
    expect([destroy.status, destroy.doc.action.status]).toEqual([200, 'failed']);
    expect(await sql('select id from mor_phonebook where id = ?', [w.bobEntryId])).toHaveLength(1);

    const forward = await asAlice(`/devices/callflow_edit/${w.bobPhone}?cft=busy`, {
      cf_action: 'forward',
      whattodo: 'change_local_device',
      deviceid: String(w.phone),
    });
    expect(forward.doc.status.error).toMatch(/not one of your devices/);
    const toBob = await asAlice(`/devices/callflow_edit/${w.phone}?cft=busy`, {
      cf_action: 'forward',
      whattodo: 'change_local_device',
      deviceid: String(w.bobPhone),
    });
    expect(toBob.doc.status.error).toMatch(/not one of your devices/);
    expect(
      await sql('select * from mor_callflows where device_id = ? or target_device_id = ?', [w.bobPhone, w.bobPhone]),
    ).toEqual([]);

    const cli = await asAlice('/devices/cli_add', { device_id: String(w.bobPhone), cli: '5550001' });
    expect([cli.status, cli.doc.action.status]).toEqual([200, 'failed']);
    expect(await sql('select id from mor_clis where cli = ?', ['5550001'])).toEqual([]);

    const processed = await asAlice('/stats/missed_calls', { processed: String(bobCall) });
    expect(processed.doc.status.error).toBeDefined();
    expect(await sql<{ processed: unknown }>('select processed from tb_cdrs where id = ?', [bobCall])).toEqual([
      { processed: expect.toSatisfy((v: unknown) => !v) },
    ]);
  });

  it("refuses another user's device as a call list filter", async () => {
    const answer = await asAlice('/stats/call_list', { device: String(w.bobPhone) });
    expect(answer.doc.status.error).toMatch(/not one of your devices/);
    const faxes = await asAlice(`/stats/faxes_list/${w.alice}`, { device_id: String(w.bobPhone) });
    expect(faxes.doc.status.error).toMatch(/not one of your devices/);
  });
});
