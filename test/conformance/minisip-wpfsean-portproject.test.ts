// wpfsean/PortProject (an Android sentry-post app) against a real Switchboard on SQLite and PostgreSQL: the contact
// list app/src/main/java/com/zhketech/mstapp/client/port/project/pagers/ChatListActivity.java refreshes through
// utils/TimeDo.java, whose URL carries the JSON unencoded (?{"syskey":"123456"}), read as the screen reads it
// (minisip-android.ts).
import { describe, expect, it } from 'vitest';
import { MinisipClient } from '../../generated/minisip/client.ts';
import { testEngines } from '../support/databases.ts';
import { useMinisipServer } from '../dialects/minisip/support.ts';
import { readSipClients, sipHttpGet } from './minisip-android.ts';

const CLIENT = 'wpfsean/PortProject app/src/main/java/com/zhketech/mstapp/client/port/project/utils/TimeDo.java';
const engines = await testEngines('the wpfsean/PortProject conformance tests on PostgreSQL');
const SYSKEY = '123456';
/** TimeDo.sipServerDataUrl, the host and port aside: the quotes and braces go on the request line as they are. */
const LIST = '/openapi/localuser/list?{"syskey":"123456"}';

describe.each(engines.map((open) => [open]))(`${CLIENT} (%#)`, (open) => {
  const f = useMinisipServer(open, { syskey: SYSKEY });
  /** Sets the users up (the apps only read them). */
  const admin = () => new MinisipClient({ baseUrl: f.sb.baseUrl, syskey: SYSKEY });

  it(`${CLIENT} with pagers/ChatListActivity.java initData: an empty server is an empty JSONArray, not an error`, async () => {
    expect(readSipClients(await sipHttpGet(f.sb.port, LIST))).toEqual([]);
  });

  it(`${CLIENT} with pagers/ChatListActivity.java initData: the raw-JSON URL lists the local users with the six fields the screen reads`, async () => {
    await admin().localuserSet({ usrname: '8001', usrpwd: 'pw-8001', dispname: 'Post 1' });
    expect(readSipClients(await sipHttpGet(f.sb.port, LIST))).toEqual([
      { usrname: '8001', description: '', dispname: 'Post 1', addr: '', state: '0', userAgent: '' },
    ]);
  });
});
