// The answers spec/minisip/*.yaml records under `wire:` are the bytes the server sends: localuser/list as the Android
// clients read it (its placeholders filled with one run's values), and every operation's refusal of a wrong syskey,
// on SQLite and PostgreSQL.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { testEngines } from '../../support/databases.ts';
import { rawRequest, useMinisipServer } from './support.ts';

const engines = await testEngines('the miniSIPServer wire answer tests on PostgreSQL');

interface WireAnswer {
  outcome: string;
  status?: number;
  body: string;
}
interface ObjectSpec {
  object: string;
  operations: Record<string, { status: string; wire?: { answers: WireAnswer[] } }>;
}

const SPEC = join(import.meta.dirname, '..', '..', '..', 'spec', 'minisip');
const implemented = readdirSync(SPEC)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parse(readFileSync(join(SPEC, f), 'utf8')) as ObjectSpec)
  .flatMap((o) =>
    Object.entries(o.operations)
      .filter(([, op]) => op.status === 'implemented')
      .map(([name, op]) => ({ id: `${o.object}/${name}`, answers: op.wire?.answers ?? [] })),
  );
const recorded = implemented.filter((op) => op.answers.length > 0);
const answerOf = (id: string, outcome: string): WireAnswer => {
  const answer = recorded.find((r) => r.id === id)?.answers.find((a) => a.outcome === outcome);
  if (!answer) throw new Error(`${id}: no wire answer for ${outcome}`);
  return answer;
};

describe.each(engines.map((open) => [open]))('miniSIPServer answers as its wire sections record (%#)', (open) => {
  // Every operation is refused once from one address: far below a limit that would ban it.
  const f = useMinisipServer(open, { limits: { authFailures: 10_000 } });
  const get = (id: string, json: object) =>
    rawRequest(f.sb.port, `/openapi/${id}?${encodeURIComponent(JSON.stringify(json))}`);

  it('records a wire section for every implemented operation', () => {
    expect(implemented.filter((op) => op.answers.length === 0).map((op) => op.id)).toEqual([]);
  });

  it('localuser/list answers the recorded bare array, its placeholders filled with the user set up', async () => {
    await f.client.localuserSet({ usrname: '7008', usrpwd: 'pw-7008', dispname: 'Gate 1', description: 'north gate' });
    const expected = answerOf('localuser/list', 'success')
      .body.replace('{usrname}', '7008')
      .replace('{description}', 'north gate')
      .replace('{dispname}', 'Gate 1')
      .replace('{addr}', '');
    const got = await get('localuser/list', { syskey: '1234' });
    expect([got.status, got.text]).toEqual([200, expected]);
  });

  it.each(recorded.map((r) => [r.id] as const))('%s refuses a wrong syskey with the recorded answer', async (id) => {
    const refusal = answerOf(id, 'auth-failed');
    const got = await get(id, { syskey: 'not-the-key' });
    expect([got.status, got.text]).toEqual([refusal.status, refusal.body]);
  });
});
