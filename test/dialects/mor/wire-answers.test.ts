// The answers spec/mor/*.yaml records under `wire:` (MOR's own, read from its source) are the bytes the server sends:
// every page's refusals, and login's, compared whole with the recorded body, on SQLite and PostgreSQL.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { testEngines } from '../../support/databases.ts';
import type { TestServer } from '../../support/server.ts';
import { morHash } from '../../../src/protocol/digests.ts';
import { API_SECRET, PASSWORD } from './support.ts';
import { startMorWorld, type MorWorld, type World } from './world.ts';

const engines = await testEngines('the MOR wire answer tests on PostgreSQL');

interface WireAnswer {
  outcome: string;
  status?: number;
  body: string;
}
interface PageSpec {
  page: string;
  method: 'GET' | 'POST';
  path: string;
  auth: string;
  wire?: { answers: WireAnswer[] };
}

const SPEC = join(import.meta.dirname, '..', '..', '..', 'spec', 'mor');
const pages: PageSpec[] = readdirSync(SPEC)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parse(readFileSync(join(SPEC, f), 'utf8')) as PageSpec);
const userPages = pages.filter((p) => p.auth === 'user');
const recorded = (page: PageSpec, outcome: string): WireAnswer => {
  const answer = page.wire?.answers.find((a) => a.outcome === outcome);
  if (!answer) throw new Error(`${page.page}: no wire answer for ${outcome}`);
  return answer;
};

describe.each(engines.map((open) => [open]))('MOR answers as its wire sections record (%#)', (open) => {
  let world: MorWorld | undefined;
  let sb: TestServer;
  let w: World;

  beforeAll(async () => {
    // Every page is refused a few times from one address: far below a limit that would ban it.
    world = await startMorWorld(open, { limits: { authFailures: 10_000 } });
    ({ sb, w } = world);
  });
  afterAll(() => world?.stop());

  const send = async (page: PageSpec, query: string) => {
    const path = page.path.replace(/\{\w+\}/g, String(w.alice));
    const res = await fetch(`${sb.baseUrl}/billing${path}${query ? `?${query}` : ''}`, { method: page.method });
    return { status: res.status, body: await res.text() };
  };
  const expectRecorded = (got: { status: number; body: string }, answer: WireAnswer) =>
    expect(got).toEqual({ status: answer.status ?? 200, body: answer.body });

  it.each(userPages.map((p) => [p.page, p] as const))(
    "%s refuses a wrong hash, an unknown user, no credentials and a missing secret key in MOR's recorded words",
    async (_name, page) => {
      expectRecorded(await send(page, `user_id=${w.alice}&hash=${'0'.repeat(40)}`), recorded(page, 'incorrect-hash'));
      expectRecorded(
        await send(page, `user_id=987654&hash=${morHash(['987654'], API_SECRET)}`),
        recorded(page, 'user-not-found'),
      );
      expectRecorded(await send(page, ''), recorded(page, 'auth-failed'));
      sb.config.mor.apiSecretKey = undefined;
      try {
        expectRecorded(
          await send(page, `user_id=${w.alice}&hash=${morHash([String(w.alice)], API_SECRET)}`),
          recorded(page, 'access-denied'),
        );
      } finally {
        sb.config.mor.apiSecretKey = API_SECRET;
      }
    },
  );

  it("login answers MOR's recorded action, ok with the user's id and failed, and refuses a GET as MOR does", async () => {
    const login = pages.find((p) => p.page === 'login')!;
    const ok = recorded(login, 'success');
    expectRecorded(await send(login, `u=alice&p=${PASSWORD}`), {
      ...ok,
      body: ok.body.replace('{user_id}', String(w.alice)),
    });
    expectRecorded(await send(login, 'u=alice&p=wrong'), recorded(login, 'auth-failed'));
    expectRecorded(await send({ ...login, method: 'GET' }, `u=alice&p=${PASSWORD}`), recorded(login, 'bad-request'));
  });
});
