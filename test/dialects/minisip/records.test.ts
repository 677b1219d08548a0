// set is an upsert by key where fields not sent keep their value and fields sent empty are cleared; references to
// records that do not exist are refused with nothing written; a record in use cannot be deleted; a group's members
// go with it; passwords are sealed and answered masked (SQLite and PostgreSQL).
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/protocol/clients/errors.ts';
import { MinisipExtLine, MinisipSpeedDial } from '../../../src/persistence/entities/minisip/index.ts';
import { testEngines } from '../../support/databases.ts';
import { openapi, useMinisipServer } from './support.ts';

const engines = await testEngines('the openapi record tests on PostgreSQL');

/** The error a call answers, as { code, message }. */
async function refusal(call: Promise<unknown>): Promise<{ code: string | number; message: string }> {
  try {
    await call;
  } catch (e) {
    if (e instanceof ApiError) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('the call was not refused');
}

describe.each(engines.map((open) => [open]))('openapi records (%#)', (openDatabase) => {
  const f = useMinisipServer(openDatabase);

  it('adds with defaults, updates only what is sent, and clears what is sent empty', async () => {
    expect(
      await f.client.extlineSet({ extLine: 'acme', host: 'sip.acme.test', description: 'main line', maxDur: 600 }),
    ).toEqual({ message: 'external line acme added' });
    expect(await f.client.extlineQuery({ extLine: 'acme' })).toMatchObject({
      host: 'sip.acme.test',
      port: 5060,
      maxMOCalls: 20,
      maxDur: 600,
      description: 'main line',
      type: 0,
    });
    expect(await f.client.extlineSet({ extLine: 'acme', port: 5080 })).toEqual({
      message: 'external line acme updated',
    });
    expect(await f.client.extlineQuery({ extLine: 'acme' })).toMatchObject({
      host: 'sip.acme.test',
      port: 5080,
      maxDur: 600,
      description: 'main line',
    });
    await openapi(f.sb.port, 'extline/set', { extLine: 'acme', description: '' });
    expect(await f.client.extlineQuery({ extLine: 'acme' })).toMatchObject({ description: '', host: 'sip.acme.test' });
  });

  it('lists in key order, 20 a page', async () => {
    for (let i = 0; i < 23; i++)
      await f.client.speeddialSet({ callerNbr: '100', dialedNbr: String(10 + i), destNbr: `5550${i}` });
    const first = await f.client.speeddialList();
    const second = await f.client.speeddialList({ pageIndex: 1 });
    expect(first.rows).toHaveLength(20);
    expect(second.rows.map((r) => r.dialedNbr)).toEqual(['30', '31', '32']);
    expect(first.rows[0]).toEqual({ callerNbr: '100', dialedNbr: '10', desc: '', destNbr: '55500' });
    expect((await f.client.speeddialList({ pageIndex: 2 })).rows).toEqual([]);
  });

  it('answers not-found for a record that does not exist', async () => {
    expect(await refusal(f.client.peerserverQuery({ servID: 404 }))).toEqual({
      code: 'not-found',
      message: 'no SIP trunk 404',
    });
    expect(await refusal(f.client.natranDelete({ tranID: 404 }))).toMatchObject({ code: 'not-found' });
  });

  it.each([
    [
      'a rule naming a missing trunk',
      () => f.client.anacldnbrSet({ dialPlan: 'default', calledNbr: '9', routeType: 2, servID: 77 }),
      /servID 77: there is no SIP trunk 77/,
    ],
    [
      'a rule naming a missing transition',
      () => f.client.refineclrnbrSet({ grpID: 1, callerNbr: '1', tranID: 77, description: '' }),
      /tranID 77: there is no transition/,
    ],
    [
      'a trunk rule without a trunk',
      () => f.client.anacldnbrSet({ dialPlan: 'default', calledNbr: '9', routeType: 2 }),
      /routeType 2 \(SIP trunk\) needs servID/,
    ],
    [
      'a group rule without a group',
      () => f.client.anacldnbrSet({ dialPlan: 'default', calledNbr: '9', routeType: 6 }),
      /needs rtGroupID/,
    ],
    [
      'a number change without a transition',
      () => f.client.anacldnbrSet({ dialPlan: 'default', calledNbr: '9', changeInd: 1 }),
      /changeInd 1 needs tranID/,
    ],
    [
      'a line chained to itself',
      () => f.client.extlineSet({ extLine: 'loop', chain: 'loop' }),
      /chain must name another/,
    ],
    [
      'a line chained to a missing line',
      () => f.client.extlineSet({ extLine: 'loop', chain: 'ghost' }),
      /chain "ghost": there is no external line ghost/,
    ],
    [
      'a member in a missing group',
      () => f.client.routeAdd({ groupID: 77, routeType: 1, sipTrunkID: 0, extLine: 'acme' }),
      /groupID 77: there is no routing group 77/,
    ],
    [
      'an operator who is not a local user',
      () => f.client.hgoperSet({ oper: '999', grpID: 1, autoInd: 0 }),
      /there is no (hunting group|local user)/,
    ],
  ])('refuses %s, writing nothing', async (_, call, message) => {
    const before = await f.sb.server.services.db.em().count(MinisipExtLine, {});
    const error = await refusal(call());
    expect(error.code).toBe('invalid-parameter');
    expect(error.message).toMatch(message);
    expect(await f.sb.server.services.db.em().count(MinisipExtLine, {})).toBe(before);
    await expect(f.client.anacldnbrQuery({ dialPlan: 'default', calledNbr: '9' })).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('keeps a record unchanged when an update is refused', async () => {
    await f.client.peerserverSet({ servID: 5, servAddr: '192.0.2.5' });
    await refusal(f.client.peerserverSet({ servID: 5, servAddr: '192.0.2.99', chainTrunkID: 404 }));
    expect(await f.client.peerserverQuery({ servID: 5 })).toMatchObject({ servAddr: '192.0.2.5', chainTrunkID: 0 });
  });

  it('refuses to delete what is in use, and deletes it once it is not', async () => {
    await f.client.natranSet({ tranID: 20, type: 3, tranStart: 0, tranLen: 1, prefix: '', description: '' });
    await f.client.peerserverSet({ servID: 15, servAddr: '192.0.2.15' });
    await f.client.peerserverSet({ servID: 16, servAddr: '192.0.2.16', chainTrunkID: 15 });
    await f.client.anacldnbrSet({
      dialPlan: 'default',
      calledNbr: '0',
      routeType: 2,
      servID: 15,
      changeInd: 1,
      tranID: 20,
    });
    expect(await refusal(f.client.natranDelete({ tranID: 20 }))).toEqual({
      code: 'command-failed',
      message: 'transition 20 is in use by 1 analyze-called-number rule(s) (anacldnbr): change or delete those first',
    });
    expect((await refusal(f.client.peerserverDelete({ servID: 15 }))).message).toMatch(
      /in use by 1 analyze-called-number rule/,
    );
    await f.client.anacldnbrDelete({ dialPlan: 'default', calledNbr: '0' });
    expect((await refusal(f.client.peerserverDelete({ servID: 15 }))).message).toMatch(/in use by 1 trunk chain/);
    await f.client.peerserverDelete({ servID: 16 });
    expect(await f.client.peerserverDelete({ servID: 15 })).toEqual({ message: 'SIP trunk 15 deleted' });
    expect(await f.client.natranDelete({ tranID: 20 })).toEqual({ message: 'transition 20 deleted' });
  });

  it('deletes a routing group with its members, and a hunting group with its operators', async () => {
    await f.client.extlineSet({ extLine: 'grouped', host: 'sip.grouped.test' });
    await f.client.routegroupSet({ groupID: 3 });
    await f.client.routeAdd({ groupID: 3, routeType: 1, sipTrunkID: 0, extLine: 'grouped' });
    expect((await refusal(f.client.extlineDelete({ extLine: 'grouped' }))).message).toMatch(/routing group member/);
    await f.client.routegroupDelete({ groupID: 3 });
    expect((await f.client.routeList()).rows.filter((r) => r.groupID === 3)).toEqual([]);
    await f.client.localuserSet({ usrname: '300', usrpwd: 'pw' });
    await f.client.hginfoSet({ grpID: 4, strategy: 2 });
    await f.client.hgoperSet({ oper: '300', grpID: 4, autoInd: 1 });
    await f.client.hgdectSet({ dialPlan: 'default', calledNbr: '444', grpID: 4 });
    expect((await refusal(f.client.hginfoDelete({ grpID: 4 }))).message).toMatch(/detection record/);
    await f.client.hgdectDelete({ dialPlan: 'default', calledNbr: '444' });
    await f.client.hginfoDelete({ grpID: 4 });
    expect((await f.client.hgoperList()).rows).toEqual([]);
  });

  it('adds a routing-group member once, and removes it by all four fields', async () => {
    await f.client.routegroupSet({ groupID: 8 });
    await f.client.peerserverSet({ servID: 8, servAddr: '192.0.2.8' });
    await f.client.routeAdd({ groupID: 8, routeType: 2, sipTrunkID: 8, extLine: '' });
    expect(await refusal(f.client.routeAdd({ groupID: 8, routeType: 2, sipTrunkID: 8, extLine: '' }))).toMatchObject({
      code: 'duplicate',
    });
    expect(
      (await refusal(f.client.routeAdd({ groupID: 8, routeType: 2, sipTrunkID: 8, extLine: 'acme' }))).message,
    ).toMatch(/extLine empty/);
    expect(await f.client.routeDelete({ groupID: 8, routeType: 2, sipTrunkID: 8, extLine: '' })).toEqual({
      message: 'SIP trunk 8 in routing group 8 deleted',
    });
  });

  it("keeps a group's last caller-refinement rule while a called-number rule refines with the group", async () => {
    await f.client.natranSet({
      tranID: 30,
      type: 1,
      tranStart: 0,
      tranLen: 0,
      prefix: '+49',
      description: 'international',
    });
    await f.client.refineclrnbrSet({ grpID: 9, callerNbr: '1', tranID: 30, description: '' });
    await f.client.refineclrnbrSet({ grpID: 9, callerNbr: '2', tranID: 30, description: '' });
    await f.client.anacldnbrSet({ dialPlan: 'default', calledNbr: '8', clrRefineID: 9 });
    await f.client.refineclrnbrDelete({ grpID: 9, callerNbr: '1' });
    expect((await refusal(f.client.refineclrnbrDelete({ grpID: 9, callerNbr: '2' }))).message).toMatch(
      /refine-caller-number group 9 is in use by 1 analyze-called-number rule/,
    );
  });

  it('answers every one of several concurrent adds of the same record, and keeps one record', async () => {
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        f.client.speeddialSet({ callerNbr: '900', dialedNbr: '9', destNbr: `55${i}` }),
      ),
    );
    expect(answers.filter((a) => a.message === 'speed-dial record 900/9 added')).toHaveLength(1);
    expect(await f.sb.server.services.db.em().count(MinisipSpeedDial, { callerNbr: '900' })).toBe(1);
  });

  it('takes a member without the field its route type does not use, as the vendor form allows', async () => {
    await f.client.extlineSet({ extLine: 'vendor', host: 'sip.vendor.test' });
    await f.client.routegroupSet({ groupID: 12 });
    expect((await openapi(f.sb.port, 'route/add', { groupID: 12, routeType: 1, extLine: 'vendor' })).body).toEqual({
      message: 'external line vendor added to routing group 12',
    });
    expect((await openapi(f.sb.port, 'route/delete', { groupID: 12, routeType: 1, extLine: 'vendor' })).body).toEqual({
      message: 'external line vendor in routing group 12 deleted',
    });
  });

  it("seals a line's password, answers it masked, and keeps it when the mask is sent back", async () => {
    await f.client.extlineSet({ extLine: 'secret', password: 's3cret' });
    const row = await f.sb.server.services.db.em().findOneOrFail(MinisipExtLine, { extLine: 'secret' });
    expect(row.password).not.toContain('s3cret');
    expect(row.password).toMatch(/^v1:/);
    const answer = await f.client.extlineQuery({ extLine: 'secret' });
    expect(answer.password).toBe('***');
    await f.client.extlineSet({ ...answer, description: 'edited after a query' });
    expect((await f.sb.server.services.db.em().findOneOrFail(MinisipExtLine, { extLine: 'secret' })).password).toBe(
      row.password,
    );
  });
});
