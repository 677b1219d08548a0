// The Mizu webphone's dialpad menu (PRGskullbulks/mizu js/softphone/_dialpad.js: Recharge, Callback; Phone to phone in
// js/lib/lib_webphone.js Phone2Phone)
// against a real Switchboard on SQLite and PostgreSQL. The page sends the operator's `recharge`, `callback` and `p2p`
// URLs, the server's own Client Config forms (002:L845-L872, L65), with the PIN or numbers typed in. It hands the
// answer to js/lib/lib_webphone.js, whose handler could not be read (1.3 MB minified): the answers are read here with
// the rule the webphone's pages apply to API answers (js/softphone/_newuser.js, _smscodeverify.js).
import { describe, expect, it } from 'vitest';
import { addPins } from '../../src/domain/billing/recharge-pins.ts';
import { toMicros } from '../../src/platform/money.ts';
import { mizuV2AuthMd5 } from '../../src/protocol/digests.ts';
import { testEngines } from '../support/databases.ts';
import { serverOn } from '../dialects/mizu-v2/accounts/fixture.ts';
import { WEBPHONE, webphoneGet, answerHasError } from './mizu-webphone.ts';

const engines = await testEngines('the Mizu webphone dialpad conformance tests on PostgreSQL');

const KEY = '31796042';
/** 002:L65, the PIN recharge, as the webphone's `recharge` setting (a leading * makes it an API request). */
const RECHARGE_URL = `*http://domain.com/mvapireq/?apientry=charge&authkey=${KEY}&authid=USRNAME&authmd5=MD5&authsalt=SALT&anum=PINCODE&now`;
/** 002:L872 "Initiate callback call (for endusers)": the md5 form with both salts. */
const CALLBACK_URL = `*http://serverdomain:8080/mvapireq/?apientry=callback&authkey=${KEY}&authid=USRNAME&authmd5=MD5&authsalt=SALT&authsalt2=232079&anum=PHONE&now=555`;
/** 002:L847, the P2P call with the password in clear (Phone2Phone sends it only when it starts with *). */
const P2P_URL = `*https://serverdomain.com/mvapireq/?apientry=p2p&authkey=${KEY}&authid=USRNAME&authpwd=PASSWORD&anum=PHONE1&bnum=PHONE2&now=777`;

describe.each(engines.map((open) => [open]))(`${WEBPHONE} js/softphone/_dialpad.js menu (%#)`, (open) => {
  const f = serverOn(open, { globals: { apiv2key: KEY } });
  /** The configured URL with the user's credentials and the typed values put in its placeholders. */
  const filled = (template: string, username: string, values: Record<string, string>) => {
    const salt = '530586';
    const md5 = mizuV2AuthMd5(username, `${username}-pw-1`, '', salt);
    const all: Record<string, string> = {
      USRNAME: username,
      PASSWORD: `${username}-pw-1`,
      MD5: md5,
      SALT: salt,
      ...values,
    };
    return Object.entries(all).reduce((url, [placeholder, value]) => url.replace(placeholder, value), template);
  };

  it('_dialpad.js Recharge: the webphone reads a redeemed PIN as a success and the credit rises by its value', async () => {
    await f.user('rita');
    await addPins(f.sb.server.services.db.em(), f.sb.server.services.secrets, ['7733-1199'], toMicros('8.40'), 'USD');
    const answer = await webphoneGet(f.sb.port, filled(RECHARGE_URL, 'rita', { PINCODE: '7733-1199' }));
    expect(answer.status).toBe(200);
    expect(answerHasError(answer.body)).toBe(false);
    expect(await f.credit('rita')).toBe('8.40');
  });

  it('_dialpad.js Recharge: the webphone reads a used PIN as a failure and the credit stays', async () => {
    await f.user('rolf');
    const answer = await webphoneGet(f.sb.port, filled(RECHARGE_URL, 'rolf', { PINCODE: '7733-1199' }));
    expect(answerHasError(answer.body)).toBe(true);
    expect(await f.credit('rolf')).toBe('0.00');
  });

  it('_dialpad.js Callback: the md5 request with its extra authsalt2 passes authentication and the webphone shows the refusal, not a false success', async () => {
    await f.user('cora');
    const answer = await webphoneGet(f.sb.port, filled(CALLBACK_URL, 'cora', { PHONE: '3612345678' }));
    expect(answerHasError(answer.body)).toBe(true);
    expect(answer.body).toMatch(/calls need the SIP edge/); // this server runs without it (sip.port 0)
  });

  it('_dialpad.js Phone to phone: the request passes authentication and the webphone shows the refusal, not a false success', async () => {
    await f.user('pete');
    const answer = await webphoneGet(
      f.sb.port,
      filled(P2P_URL, 'pete', { PHONE1: '3612345678', PHONE2: '3619876543' }),
    );
    expect(answerHasError(answer.body)).toBe(true);
    expect(answer.body).toMatch(/calls need the SIP edge/);
  });

  it('_dialpad.js Recharge: a wrong digest is a failure the webphone shows, and the PIN stays unused', async () => {
    await f.user('walt');
    await addPins(f.sb.server.services.db.em(), f.sb.server.services.secrets, ['5151-6262'], toMicros('3'), 'USD');
    const url = filled(RECHARGE_URL, 'walt', { PINCODE: '5151-6262' }).replace(/authmd5=[0-9a-f]+/, 'authmd5=0000');
    expect(answerHasError((await webphoneGet(f.sb.port, url)).body)).toBe(true);
    expect(await f.credit('walt')).toBe('0.00');
    const retried = await webphoneGet(f.sb.port, filled(RECHARGE_URL, 'walt', { PINCODE: '5151-6262' }));
    expect(answerHasError(retried.body)).toBe(false);
  });
});
