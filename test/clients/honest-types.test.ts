// The typed clients against a real server return what their types declare: MOR's repeated elements are arrays with
// 0, 1 and 2 entries and its integers numbers; every dialect's refusal is one ApiError whose code is a string and
// whose HTTP status a number; and the MOR client hashes exactly the parameters the server's hash list covers
// (call_list_filter's `status` is not among them: spec/mor/call_list_filter.yaml, `hashed: false`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MinisipClient } from '../../generated/minisip/client.ts';
import { MizuV1Client } from '../../generated/mizu-v1/client.ts';
import { MizuV2Client } from '../../generated/mizu-v2/client.ts';
import { MorClient } from '../../generated/mor/client.ts';
import { ApiError } from '../../src/protocol/clients/errors.ts';
import { ADMIN } from '../support/server.ts';
import { morHash } from '../../src/protocol/digests.ts';
import { type ClientWorld, type ScenarioEnv, startClientWorld } from './world.ts';

let world: ClientWorld;
let env: ScenarioEnv;
beforeAll(async () => {
  world = await startClientWorld();
  env = await world.user();
});
afterAll(() => world?.stop());

const morClient = (as: ScenarioEnv, secret = as.morSecret, fetch?: typeof globalThis.fetch) =>
  new MorClient({ baseUrl: as.baseUrl, hash: { userId: as.userId, secret }, ...(fetch ? { fetch } : {}) });

describe('honest client types', () => {
  it('reads a repeated MOR element as an array with 0, 1 and 2 entries, and userid as a number', async () => {
    const own = await world.user();
    const { userId } = own;
    const mor = morClient(own);
    const entries = async () => (await mor.phonebookList({ userid: userId })).page.entries.entry;
    expect(await entries()).toEqual([]);
    await mor.phonebookAdd({ userid: userId, number: '37060000011', name: 'First' });
    expect(await entries()).toEqual([expect.objectContaining({ entry_number: '37060000011', entry_name: 'First' })]);
    await mor.phonebookAdd({ userid: userId, number: '37060000012', name: 'Second' });
    expect((await entries()).map((e) => e.entry_name)).toEqual(['First', 'Second']);
    const page = (await mor.phonebookList({ userid: userId })).page;
    expect(page.userid).toBe(userId);
    const calls = (await mor.callListFilter({ userid: userId, period_start: '2000-01-01' })).page;
    expect([calls.total_calls, calls.calls_stat.calls.call]).toEqual([0, []]);
  });

  it('hashes call_list_filter without status, as the server checks it, and the server serves the page', async () => {
    const { userId, morSecret } = env;
    const sent: URL[] = [];
    const recording: typeof fetch = (input, init) => {
      sent.push(new URL(String(input)));
      return fetch(input, init);
    };
    const filters = { userid: userId, period_start: '2000-01-01', calltype: 'outgoing', status: 'answered' } as const;
    const page = (await morClient(env, morSecret, recording).callListFilter(filters)).page;
    expect(page.status).toBe('answered');
    const expected = morHash([String(userId), String(userId), '2000-01-01', 'outgoing'], morSecret);
    expect(sent[0]?.searchParams.get('hash')).toBe(expected);
  });

  it('gives a Mizu v2 download as its type says: the bytes as body, with its media type and name', async () => {
    const { baseUrl, authkey } = env;
    const admin = new MizuV2Client({ baseUrl, authkey, username: ADMIN.username, password: ADMIN.password });
    const bytes = Uint8Array.from([0, 1, 2, 250, 255, 10, 13]);
    await admin.putfile({ filename: 'client/bytes.bin', filedata: Buffer.from(bytes).toString('base64') });
    const file = await admin.getfile({ filename: 'client/bytes.bin' });
    expect(file.body).toEqual(bytes);
    expect(file.filename).toMatch(/bytes\.bin$/);
    expect(typeof file.mediaType).toBe('string');
  });

  it('throws one ApiError from every dialect: the dialect, its code as a string, the HTTP status as a number', async () => {
    const { baseUrl, authkey, v1key, username } = env;
    const refusals = await Promise.all(
      [
        new MizuV2Client({ baseUrl, authkey, username, password: 'wrong-pw-1' }).balance(),
        new MizuV1Client({ baseUrl, key: v1key, username, password: 'wrong-pw-1' }).balance(),
        new MinisipClient({ baseUrl, syskey: env.syskey }).localuserQuery({ usrname: 'nobody-here' }),
        morClient(env, 'not-the-secret').main(),
        morClient(env, 'not-the-secret').callListCsv({ userid: env.userId }),
      ].map((call) =>
        call.then(
          () => undefined,
          (e: unknown) => e,
        ),
      ),
    );
    for (const e of refusals) {
      expect(e).toBeInstanceOf(ApiError);
      expect(typeof (e as ApiError).code).toBe('string');
      expect(typeof (e as ApiError).httpStatus).toBe('number');
    }
    expect(refusals.map((e) => [(e as ApiError).dialect, (e as ApiError).code])).toEqual([
      ['mizu-v2', 'auth-failed'],
      ['mizu-v1', 'ERROR'],
      ['minisip', 'not-found'],
      ['mor', 'error'],
      ['mor', 'error'],
    ]);
    // MOR refuses with HTTP 200, a download page too: still an error, not a file holding the refusal.
    expect(refusals.slice(3).map((e) => (e as ApiError).message)).toEqual(['Incorrect hash', 'Incorrect hash']);
  });
});
