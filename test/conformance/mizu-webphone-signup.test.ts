// The Mizu webphone's sign-up (PRGskullbulks/mizu js/softphone/_newuser.js and js/softphone/_smscodeverify.js) against
// a real Switchboard on SQLite and PostgreSQL: the `newuser` URL the server's Client Config writes (002:L899), filled in
// from the form as the page fills it, and the answers read as the page reads them.
import { describe, expect, it } from 'vitest';
import { testEngines } from '../support/databases.ts';
import { mizuJson } from '../support/mizu.ts';
import { serverOn } from '../dialects/mizu-v2/accounts/fixture.ts';
import { recordedAnswer, wireSources } from './spec-wire.ts';
import {
  fillSignupUrl,
  fillSmsCodeUrl,
  pageReadsSuccess,
  type SignupForm,
  userDataOf,
  WEBPHONE,
  webphoneGet,
} from './mizu-webphone.ts';

const engines = await testEngines('the Mizu webphone sign-up conformance tests on PostgreSQL');

const KEY = '31796042';
/** How the operator tells the pages which answers are failures and successes; the webphone sends them along. */
const ANSWER_WORDS = 'ERRORSTRING=ERROR&SUCCESSSTRING=OK';
/** "Create new user from untrusted devices" (002:L899), the webphone's `newuser` setting. */
const NEWUSER_URL = `*http://serverdomain:8080/mvapireq/?apientry=newuseru&authkey=${KEY}&u_username=USERNAME&u_password=PASSWORD&u_name=NAME&u_email=MAIL&u_phone=PHONE&u_currency=CURRENCY&u_country=COUNTRY&u_address=ADDRESS&deviceid=DEVICEID&now=415&${ANSWER_WORDS}`;
/** The `newuser_second` (SMS code) URL in the comment of js/softphone/_smscodeverify.js VerifyPhonenumber. */
const SMSCODE_URL = `http://185.20.99.144/mvapireq/?apientry=newusercode&authkey=${KEY}&u_code=SMSCODE&u_username=USERNAME&u_password=PASSWORD&deviceid=DEVICEID&now=415&${ANSWER_WORDS}`;

const form = (username: string, email: string): SignupForm => ({
  username,
  password: `${username}-Pw-77`,
  email,
  name: 'Wendy W. Ward',
  phone: '+36 1 234 5678',
  country: 'Hungary',
  deviceId: 'webphone-device-1',
});

describe('spec/mizu-v2/newuseru.yaml', () => {
  it('names the webphone pages this test reads as the sources of its wire answers', () => {
    expect(wireSources('mizu-v2', 'newuseru')).toEqual([
      `${WEBPHONE} js/softphone/_newuser.js`,
      `${WEBPHONE} js/softphone/_smscodeverify.js`,
    ]);
  });
});

describe.each(engines.map((open) => [open]))(`${WEBPHONE} js/softphone/_newuser.js sign-up (%#)`, (open) => {
  const f = serverOn(open, { globals: { apiv2key: KEY } });
  const signUp = (fields: SignupForm) => webphoneGet(f.sb.port, fillSignupUrl(NEWUSER_URL, fields));

  it('_newuser.js HttpResponseHandler (newuserreg) reads the sign-up answer as a success, and the account logs in with what the form saved', async () => {
    const wendy = form('wendy', 'wendy@example.org');
    const answer = await signUp(wendy);
    expect(answer.status).toBe(200);
    expect(answer.body).toBe(recordedAnswer('mizu-v2', 'newuseru', 'success'));
    expect(pageReadsSuccess(answer.body, NEWUSER_URL)).toBe(true);
    // The page saves the form's username and password as the SIP and API credentials.
    const balance = await mizuJson(f.sb.port, {
      apientry: 'balance',
      authkey: KEY,
      authid: 'wendy',
      authpwd: wendy.password,
    });
    expect(balance.status).toBe('OK');
    expect((await f.row('wendy')).email).toBe('wendy@example.org');
  });

  it('_newuser.js HttpResponseHandler (newuserreg) reads a taken username as a failure and shows the answer', async () => {
    await signUp(form('vera', 'vera@example.org'));
    const again = await signUp(form('vera', 'vera.other@example.org'));
    expect(again.body).toBe(recordedAnswer('mizu-v2', 'newuseru', 'duplicate', { username: 'vera' }));
    expect(pageReadsSuccess(again.body, NEWUSER_URL)).toBe(false);
  });

  it('_smscodeverify.js HttpResponseHandler (verifysmscode) reads the SMS code step as a failure, with no password handed back', async () => {
    // newusercode is not among the seeds' commands: the page must show the server's refusal, not log in.
    const url = fillSmsCodeUrl(SMSCODE_URL, {
      username: 'wendy2',
      password: 'wendy2-Pw-77',
      code: '4711',
      deviceId: 'webphone-device-1',
      userId: 'wendy2',
    });
    const answer = await webphoneGet(f.sb.port, url);
    expect(answer.body).toBe(recordedAnswer('mizu-v2', 'newuseru', 'unknown-command'));
    expect(pageReadsSuccess(answer.body, SMSCODE_URL)).toBe(false);
    expect(userDataOf(answer.body)).toBeUndefined();
  });
});
