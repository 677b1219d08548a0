// The generated typed client configures a whole PBX over the openapi — users, lines, trunks, a routing group, the
// dial plan, speed dial and a hunting group — and the routing engine then routes calls exactly as configured
// (SQLite and PostgreSQL).
import { beforeAll, describe, expect, it } from 'vitest';
import type { MinisipClient } from '../../../generated/minisip/client.ts';
import { testEngines } from '../../support/databases.ts';
import { useMinisipServer } from './support.ts';
import type { CallInput } from '../../../src/domain/routing/index.ts';
import { mizuJson } from '../../support/mizu.ts';

const engines = await testEngines('the client configuration test on PostgreSQL');

async function configure(api: MinisipClient): Promise<void> {
  for (const usrname of ['100', '101', '102'])
    await api.localuserSet({ usrname, usrpwd: `pw-${usrname}`, dispname: `Extension ${usrname}` });
  await api.localuserSet({ usrname: '200', usrpwd: 'pw-200', dialPlan: 'lobby', maxdura: 300 });
  await api.sysinfoUpdate({ ogpfx: '9' });

  await api.natranSet({
    tranID: 1,
    type: 3,
    tranStart: 0,
    tranLen: 1,
    prefix: '',
    description: 'drop the out-group prefix 9',
  });
  await api.natranSet({
    tranID: 2,
    type: 2,
    tranStart: 0,
    tranLen: 1,
    prefix: '+49',
    description: 'national to international',
  });
  await api.refinecldnbrSet({ groupID: 1, calledPrefix: '0', transID: 2, description: 'carrier wants +49' });

  await api.extlineSet({ extLine: 'backup-line', host: 'sip.backup.test', origCallerNbr: 1 });
  await api.extlineSet({
    extLine: 'carrier-line',
    host: 'sip.carrier.test',
    port: 5080,
    shareInd: 1,
    chain: 'backup-line',
    password: 'line-pw',
  });
  await api.peerserverSet({ servID: 2, servAddr: '192.0.2.2' });
  await api.peerserverSet({
    servID: 1,
    servAddr: '192.0.2.1',
    callerID: '+4930111',
    ogGroupID: 1,
    chainTrunkID: 2,
    transport: 1,
  });
  await api.peerserverSet({ servID: 3, servAddr: '198.51.100.3', dialPlan: 'from-carrier', desc: 'incoming carrier' });

  await api.routegroupSet({ groupID: 1, description: 'national' });
  await api.routeAdd({ groupID: 1, routeType: 2, sipTrunkID: 1, extLine: '' });
  await api.routeAdd({ groupID: 1, routeType: 1, sipTrunkID: 0, extLine: 'carrier-line' });

  await api.anacldnbrSet({ dialPlan: 'default', calledNbr: '1', routeType: 0, description: 'extensions' });
  await api.anacldnbrSet({
    dialPlan: 'default',
    calledNbr: '9',
    changeInd: 1,
    tranID: 1,
    reAnaInd: 1,
    description: 'out-group prefix',
  });
  await api.anacldnbrSet({ dialPlan: 'default', calledNbr: '0', routeType: 6, rtGroupID: 1, maxDuration: 3600 });
  await api.anacldnbrSet({ dialPlan: 'default', calledNbr: '00', routeType: 2, servID: 2, callLevel: 1 });
  await api.anacldnbrSet({ dialPlan: 'default', calledNbr: '110', routeType: 4 });
  await api.anacldnbrSet({ dialPlan: 'lobby', calledNbr: '1', routeType: 0 });
  await api.anacldnbrSet({ dialPlan: 'lobby', calledNbr: '0', routeType: 1 });

  await api.speeddialSet({ callerNbr: '100', dialedNbr: '1', destNbr: '90301234567', desc: 'head office' });
  await api.hginfoSet({ grpID: 1, strategy: 1, desc: 'support desk', noAnsTmr: 15 });
  await api.hgoperSet({ oper: '101', grpID: 1, autoInd: 1 });
  await api.hgoperSet({ oper: '102', grpID: 1, autoInd: 1 });
  await api.hgdectSet({ dialPlan: 'from-carrier', calledNbr: '4930200', grpID: 1 });
}

describe.each(engines.map((open) => [open]))('a PBX configured with the generated client (%#)', (openDatabase) => {
  const f = useMinisipServer(openDatabase);
  const route = (call: CallInput, placeCall = false) => f.sb.server.services.routing.resolveCall(call, { placeCall });
  const tried = (r: Awaited<ReturnType<typeof route>>) =>
    r.destinations.map((d) => `${d.kind}:${d.target} ${d.caller}→${d.called}`);

  beforeAll(() => configure(f.client));

  it('reads the configuration back through the client', async () => {
    expect((await f.client.localuserList()).rows.map((r) => [r.usrname, r.dispname])).toEqual([
      ['100', 'Extension 100'],
      ['101', 'Extension 101'],
      ['102', 'Extension 102'],
      ['200', ''],
    ]);
    expect((await f.client.routeList()).rows).toEqual([
      { groupID: 1, routeType: 2, sipTrunkID: 1, extLine: '' },
      { groupID: 1, routeType: 1, sipTrunkID: 0, extLine: 'carrier-line' },
    ]);
    expect(await f.client.extlineQuery({ extLine: 'carrier-line' })).toMatchObject({
      password: '***',
      chain: 'backup-line',
      shareInd: 1,
    });
    expect((await f.client.anacldnbrList()).rows.map((r) => `${r.dialPlan}/${r.calledNbr}`)).toEqual([
      'default/0',
      'default/00',
      'default/1',
      'default/110',
      'default/9',
      'lobby/0',
      'lobby/1',
    ]);
  });

  it('routes an extension call to the extension', async () => {
    const r = await route({ caller: '100', called: '102' });
    expect(r).toMatchObject({ outcome: 'routed', dialPlan: 'default' });
    expect(tried(r)).toEqual(['localuser:102 100→102']);
  });

  it("strips the out-group prefix, analyses again, and tries the routing group with each member's chain and numbers", async () => {
    const r = await route({ caller: '100', called: '90301234567' });
    expect(r.applied.map((a) => `${a.object} ${a.key}`)).toEqual([
      'anacldnbr default/9',
      'natran 1',
      'anacldnbr default/0',
      'refinecldnbr 1/0',
    ]);
    expect(tried(r)).toEqual([
      'trunk:1 +4930111→+49301234567',
      'trunk:2 100→0301234567',
      'extline:carrier-line carrier-line→0301234567',
      'extline:backup-line 100→0301234567',
    ]);
    expect(r.destinations.map((d) => [d.address, d.transport])).toEqual([
      ['192.0.2.1:5060', 'tcp'],
      ['192.0.2.2:5060', 'udp'],
      ['sip.carrier.test:5080', 'udp'],
      ['sip.backup.test:5060', 'udp'],
    ]);
    expect(r.maxDuration).toBe(3600);
  });

  it("expands the caller's speed dial before analysis", async () => {
    const r = await route({ caller: '100', called: '1' });
    expect(r.applied[0]).toMatchObject({ object: 'speeddial', key: '100/1' });
    expect(r.destinations[0]).toMatchObject({ kind: 'trunk', target: '1', called: '+49301234567' });
  });

  it("applies the caller's own dial plan, call level and max duration", async () => {
    expect(await route({ caller: '200', called: '110' })).toMatchObject({ dialPlan: 'lobby', outcome: 'unroutable' });
    const lobbyOut = await route({ caller: '200', called: '0301234' });
    expect(tried(lobbyOut)).toEqual(['extline:carrier-line carrier-line→0301234', 'extline:backup-line 200→0301234']);
    expect(lobbyOut.maxDuration).toBe(300);
    expect(await route({ caller: '100', called: '0044123' })).toMatchObject({ outcome: 'rejected', callLevel: 1 });
    expect(await route({ caller: '100', called: '110' })).toMatchObject({ outcome: 'intercepted' });
  });

  it("sends a call from the carrier's trunk to the hunting group, round robin as calls are placed", async () => {
    const call = { caller: '+4917012345', called: '4930200', ip: '198.51.100.3' };
    const dryRun = await route(call);
    expect(dryRun).toMatchObject({
      origin: { kind: 'trunk', id: '3' },
      dialPlan: 'from-carrier',
      huntGroup: { grpID: 1, strategy: 1 },
    });
    expect(dryRun.destinations.map((d) => d.target)).toEqual(['101', '102']);
    expect((await route(call, true)).destinations.map((d) => d.target)).toEqual(['101', '102']);
    expect((await route(call, true)).destinations.map((d) => d.target)).toEqual(['102', '101']);
    expect((await route(call)).destinations.map((d) => d.target)).toEqual(['101', '102']);
  });

  it('sees a rule change made through the client at the next call', async () => {
    await f.client.natranSet({
      tranID: 3,
      type: 2,
      tranStart: 0,
      tranLen: 3,
      prefix: '101',
      description: 'the operator',
    });
    await f.client.anacldnbrSet({
      dialPlan: 'default',
      calledNbr: '110',
      routeType: 0,
      changeInd: 1,
      tranID: 3,
      reAnaInd: 1,
    });
    const r = await route({ caller: '100', called: '110' });
    expect(r).toMatchObject({ outcome: 'routed', called: '101' });
    expect(tried(r)).toEqual(['localuser:101 100→101']);
  });
  it("answers Mizu's routingtest from the same engine, and says why a call would not be routed", async () => {
    for (const called of ['102', '90301234567', '1']) {
      const expected = await route({ caller: '100', called });
      const answer = await mizuJson(f.sb.port, { apientry: 'routingtest', caller: '100', called });
      expect(
        answer.data.rows.map(
          (r: { kind: string; target: string; caller: string; called: string }) =>
            `${r.kind}:${r.target} ${r.caller}→${r.called}`,
        ),
        called,
      ).toEqual(tried(expected));
    }
    const refused = await mizuJson(f.sb.port, { apientry: 'routingtest', caller: '100', called: '0044123' });
    expect(refused.error).toMatchObject({ code: 'not-found', message: expect.stringMatching(/^rejected: /) });
  });
});
