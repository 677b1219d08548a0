// Every sample request of seed 003, replayed in the document's order against a real server (SQLite and PostgreSQL),
// gets the documented kind of answer: the operation's success schema from the generated OpenAPI document, or — for
// the three the order itself makes impossible, and the one waiting for the SIP edge — the error saying why.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MinisipClient } from '../../../generated/minisip/client.ts';
import { loadSpec } from '../../../generator/load/index.ts';
import { testEngines } from '../../support/databases.ts';
import { errorProblems, successProblems } from './answers.ts';
import { sendSample, useMinisipServer } from './support.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const SEED = join(root, '..', 'shared', 'seeds', '003_77bb0eab33d5f6a4.txt');

/** The samples as the spec copies them from the seed, in the seed's line order. */
const samples = loadSpec(root)
  .operations.minisip.flatMap((op) =>
    op.examples.map((e) => ({ id: op.id, url: e.request, line: Number(/L(\d+)/.exec(e.seed ?? '')?.[1]) })),
  )
  .sort((a, b) => a.line - b.line);

/**
 * The requests whose documented success the replay order rules out, with the answer they get instead.
 * route/delete: routegroup/delete (003:L530) deleted group 1 with its members just before.
 * hgoper/delete: localuser/delete (003:L249) deleted user 100 with its operator record.
 * session/release: no call is in progress, so none involves the number.
 */
const EXPECTED_ERRORS: Record<string, { code: string; status: number }> = {
  'route/delete': { code: 'not-found', status: 404 },
  'hgoper/delete': { code: 'not-found', status: 404 },
  'session/release': { code: 'not-found', status: 404 },
};

/** What the samples name exists before the replay, so queries and deletes have something to act on. */
async function preload(client: MinisipClient): Promise<void> {
  await client.localuserSet({ usrname: '100', usrpwd: 'pw-100' });
  await client.extlineSet({ extLine: '5678', host: '10.0.0.5' });
  await client.extlineSet({ extLine: 'eee', host: '10.0.0.6' });
  await client.peerserverSet({ servID: 1, servAddr: '10.0.0.1' });
  await client.routegroupSet({ groupID: 1, description: 'to NY' });
  await client.routeAdd({ groupID: 1, routeType: 1, extLine: 'eee', sipTrunkID: 0 });
  await client.natranSet({
    tranID: 1,
    type: 1,
    tranStart: 0,
    tranLen: 0,
    prefix: '0',
    description: 'named by the refine samples',
  });
  await client.natranSet({
    tranID: 101,
    type: 2,
    tranStart: 0,
    tranLen: 3,
    prefix: '0105678',
    description: 'demo record',
  });
  await client.refineclrnbrSet({ grpID: 1, callerNbr: '1', tranID: 1, description: 'demo record' });
  await client.refinecldnbrSet({ groupID: 1, calledPrefix: '1', transID: 1, description: 'demo record' });
  await client.anaclrnbrSet({ callerNbr: '1', description: 'demo record', dialPlan: 'default', tranID: 1 });
  await client.anacldnbrSet({ dialPlan: 'default', calledNbr: '1', routeType: 0 });
  await client.speeddialSet({ callerNbr: '1', dialedNbr: '1', destNbr: '111' });
  await client.hginfoSet({ grpID: 1, strategy: 1 });
  await client.hginfoSet({ grpID: 2, strategy: 2 });
  await client.hgoperSet({ oper: '100', grpID: 2, autoInd: 1 });
  await client.hgdectSet({ dialPlan: 'default', calledNbr: '1234', grpID: 2 });
  await client.hgdectSet({ dialPlan: 'default', calledNbr: '5678', grpID: 2 });
}

it('the spec holds the 58 sample requests of seed 003, verbatim and in order', () => {
  expect(samples).toHaveLength(58);
  if (!existsSync(SEED)) return;
  const inSeed = readFileSync(SEED, 'utf8')
    .split('\n')
    .filter((l) => /^http:\/\/localhost:8080\/openapi\/\S+\?\{/.test(l));
  expect(samples.map((s) => s.url)).toEqual(inSeed);
});

const engines = await testEngines('the seed 003 replay on PostgreSQL');

describe.each(engines.map((open) => [open]))('seed 003 sample requests in order (%#)', (openDatabase) => {
  const f = useMinisipServer(openDatabase);
  const answers: { id: string; url: string; status: number; body: any }[] = [];

  beforeAll(async () => {
    await preload(f.client);
    for (const sample of samples) {
      const answer = await sendSample(f.sb.port, sample.url);
      answers.push({ id: sample.id, url: sample.url, status: answer.status, body: answer.body });
    }
  });

  it.each(samples.map((s, i) => [i + 1, s.id, s.url] as const))('%i %s', (index, id) => {
    const answer = answers[index - 1]!;
    const expected = EXPECTED_ERRORS[id];
    if (expected) {
      expect(answer.status).toBe(expected.status);
      expect(errorProblems(answer.body)).toEqual([]);
      expect(answer.body.error.code).toBe(expected.code);
    } else {
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      expect(successProblems(id, answer.body)).toEqual([]);
    }
  });

  it('answers the queries with the records the samples name, the lists with rows (localuser/list bare)', () => {
    const by = (id: string) => answers.filter((a) => a.id === id).map((a) => a.body);
    expect(by('version/query')[0].verInfo).toMatch(/^Switchboard /);
    expect(by('localuser/query')[0]).toMatchObject({ usrname: '100', usrpwd: '***' });
    expect(by('extline/query')[0]).toMatchObject({ extLine: '5678', host: '10.0.0.5' });
    expect(by('natran/query')[0]).toMatchObject({ tranID: 101, type: 2, tranStart: 0, tranLen: 3, prefix: '0105678' });
    expect(by('hgdect/query')[0]).toEqual({ dialPlan: 'default', calledNbr: '1234', grpID: 2 });
    expect(by('localuser/list')[0].map((r: any) => r.usrname)).toEqual(['100']);
    expect(by('extline/list')[0].rows.map((r: any) => r.extLine)).toEqual(['5678', 'eee']);
  });

  it('leaves the configuration the sets describe', async () => {
    const client = f.client;
    expect(await client.sysinfoQuery()).toMatchObject({ ogpfx: '0' });
    expect(await client.extlineQuery({ extLine: '5678' })).toMatchObject({ host: '10.0.0.1' });
    expect(await client.peerserverQuery({ servID: 1 })).toMatchObject({ servAddr: '10.0.0.1', servPort: 5678 });
    expect(await client.routeList()).toEqual({ rows: [{ groupID: 1, routeType: 1, sipTrunkID: 0, extLine: 'eee' }] });
    expect(await client.speeddialQuery({ callerNbr: '3', dialedNbr: '3' })).toEqual({
      callerNbr: '3',
      dialedNbr: '3',
      desc: 'demo record',
      destNbr: '333',
    });
    expect(await client.hgoperList()).toEqual({ rows: [{ oper: '100', grpID: 1, autoInd: 1 }] });
    expect(await client.hgdectQuery({ dialPlan: 'default', calledNbr: '5678' })).toEqual({
      dialPlan: 'default',
      calledNbr: '5678',
      grpID: 1,
    });
    await expect(client.refinecldnbrQuery({ groupID: 1, calledPrefix: '1' })).resolves.toMatchObject({
      transID: 1,
      description: 'demo record',
    });
  });
});
