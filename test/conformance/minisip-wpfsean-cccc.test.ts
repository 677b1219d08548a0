// wpfsean/CCCC (an Android intercom app) against a real Switchboard on SQLite and PostgreSQL: the contact list of
// app/src/main/java/com/zkth/mst/client/ui/fragment/ChatListFragment.java, fetched through utils/SipHttpUtils.java as
// the app fetches it (its URL with the JSON percent-encoded) and read as it reads it (minisip-android.ts).
import { describe, expect, it } from 'vitest';
import { MinisipClient } from '../../generated/minisip/client.ts';
import { testEngines } from '../support/databases.ts';
import { useMinisipServer } from '../dialects/minisip/support.ts';
import { readSipClients, sipHttpGet } from './minisip-android.ts';

const CLIENT = 'wpfsean/CCCC app/src/main/java/com/zkth/mst/client/ui/fragment/ChatListFragment.java';
const engines = await testEngines('the wpfsean/CCCC conformance tests on PostgreSQL');
/** The app's administrator password, as its URL carries it. */
const SYSKEY = '123456';
/** ChatListFragment.getData's URL, the host and port aside. */
const LIST = '/openapi/localuser/list?{%22syskey%22:%22123456%22}';

describe.each(engines.map((open) => [open]))(`${CLIENT} (%#)`, (open) => {
  const f = useMinisipServer(open, { syskey: SYSKEY });
  /** Sets the users up (the apps only read them). */
  const admin = () => new MinisipClient({ baseUrl: f.sb.baseUrl, syskey: SYSKEY });

  it(`${CLIENT} getData: the list is a JSONArray whose rows give usrname, description, dispname, addr, state and userAgent`, async () => {
    await admin().localuserSet({ usrname: '7008', usrpwd: 'pw-7008', dispname: 'Gate 1', description: 'north gate' });
    await admin().localuserSet({ usrname: '7009', usrpwd: 'pw-7009', dispname: 'Gate 2' });
    expect(readSipClients(await sipHttpGet(f.sb.port, LIST))).toEqual([
      { usrname: '7008', description: 'north gate', dispname: 'Gate 1', addr: '', state: '0', userAgent: '' },
      { usrname: '7009', description: '', dispname: 'Gate 2', addr: '', state: '0', userAgent: '' },
    ]);
  });

  it(`${CLIENT} getData through utils/SipHttpUtils.java: a wrong syskey is not a 200, so the fragment shows its error view`, async () => {
    const answer = await sipHttpGet(f.sb.port, '/openapi/localuser/list?{%22syskey%22:%22654321%22}');
    expect(answer).toBe('Execption:code != 200');
    expect(readSipClients(answer)).toBeUndefined();
  });
});
