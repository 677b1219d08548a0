/**
 * What an integrator does with the packed client, written once in plain JavaScript and run as it is in an .mjs
 * script, a .cjs script and a browser page: Mizu v2 balance in each of the three password forms, Mizu v1 balance
 * with md5auth, a miniSIPServer query, MOR pages by hash (a phonebook with none and then one entry) and by session,
 * and three refusals. `checkScenario` holds what the answers must be.
 */
import { expect } from 'vitest';
import type { ScenarioEnv } from './world.ts';

/** `async (lib, env) => result`: lib is the package's exports. Plain JavaScript, no TypeScript. */
export const SCENARIO = `async (lib, env) => {
  const { MizuV1Client, MizuV2Client, MinisipClient, MorClient, ApiError } = lib;
  const { baseUrl, authkey, serverSalt, username, password, userId } = env;
  const refusal = (promise) =>
    promise.then(
      () => 'no error',
      (e) => ({ isApiError: e instanceof ApiError, dialect: e.dialect, code: e.code, httpStatus: e.httpStatus }),
    );
  const out = {};
  for (const auth of ['clear', 'md5', 'nonce'])
    out[auth] = await new MizuV2Client({ baseUrl, authkey, username, password, auth, serverSalt }).balance();
  out.v1 = await new MizuV1Client({ baseUrl, key: env.v1key, username, password, md5: true }).balance();
  out.localuser = await new MinisipClient({ baseUrl, syskey: env.syskey }).localuserQuery({ usrname: username });
  const mor = new MorClient({ baseUrl, hash: { userId, secret: env.morSecret } });
  out.noEntries = (await mor.phonebookList({ userid: userId })).page;
  await mor.phonebookAdd({ userid: userId, number: '37060000001', name: 'Packed' });
  out.oneEntry = (await mor.phonebookList({ userid: userId })).page;
  out.session = (await new MorClient({ baseUrl, login: { username, password } }).main()).page;
  out.refusals = [
    await refusal(new MizuV2Client({ baseUrl, authkey, username, password: 'wrong-pw-1' }).balance()),
    await refusal(new MinisipClient({ baseUrl, syskey: 'wrong' }).localuserQuery({ usrname: username })),
    await refusal(new MorClient({ baseUrl, hash: { userId, secret: 'wrong' } }).main()),
  ];
  return out;
}`;

/** Each call made the request the server expected and the answer came back in its declared type. */
export function checkScenario(out: Record<string, unknown>, env: ScenarioEnv): void {
  for (const auth of ['clear', 'md5', 'nonce']) expect(out[auth], auth).toEqual({ credit: '9.80', currency: 'USD' });
  expect(out.v1).toEqual({ value: '9.80' });
  expect(out.localuser).toMatchObject({ usrname: env.username, port: 0 });
  expect(out.noEntries).toMatchObject({ userid: env.userId, entries: { entry: [] } });
  expect(out.oneEntry).toMatchObject({
    userid: env.userId,
    entries: { entry: [{ entry_number: '37060000001', entry_name: 'Packed' }] },
  });
  expect(out.session).toMatchObject({ pagename: 'Main page', username: env.username, userid: env.userId });
  const refusal = (dialect: string, code: string) => ({
    isApiError: true,
    dialect,
    code,
    httpStatus: expect.any(Number),
  });
  expect(out.refusals).toEqual([
    refusal('mizu-v2', 'auth-failed'),
    refusal('minisip', 'auth-failed'),
    refusal('mor', 'error'),
  ]);
}
