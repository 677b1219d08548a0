// The Mizu webphone's call-divert settings (PRGskullbulks/mizu js/lib/lib_webphone.js, HandleCalldivert) against a real
// Switchboard on SQLite and PostgreSQL: the page sends its forwards as apientry=calldivert with its own parameter names,
// the word null for an empty forward, and reads the answer with its pages' failure rule.
import { describe, expect, it } from 'vitest';
import { serverOn } from '../dialects/mizu-v2/accounts/fixture.ts';
import { testEngines } from '../support/databases.ts';
import { answerHasError, WEBPHONE, webphoneGet } from './mizu-webphone.ts';

const engines = await testEngines('the Mizu webphone call-divert conformance tests on PostgreSQL');

const KEY = '1568108345';

/** HandleCalldivert's request: key, login, then the four settings, an unset forward sent as null. */
function calldivertUrl(
  username: string,
  password: string,
  forwards: { busy?: string; noAnswer?: string; always?: string; timeout: string },
): string {
  const value = (number?: string) => (number === undefined || number.length < 1 ? 'null' : number);
  return `http://server.example/mvapireq/?authkey=${KEY}&authid=${username}&authpwd=${password}&apientry=calldivert&callforwardonbusy=${value(forwards.busy)}&callforwardonnoanswer=${value(forwards.noAnswer)}&callforwardalways=${value(forwards.always)}&callforwardonnoanswertimeout=${forwards.timeout}&now=415`;
}

describe.each(engines.map((open) => [open]))(`${WEBPHONE} js/lib/lib_webphone.js HandleCalldivert (%#)`, (open) => {
  const f = serverOn(open, { globals: { apiv2key: KEY } });

  it('saves the forwards and the no-answer timeout the webphone sends, and the webphone reads a success', async () => {
    await f.user('dana');
    const url = calldivertUrl('dana', 'dana-pw-1', { noAnswer: '3612345678', timeout: '20' });
    const answer = await webphoneGet(f.sb.port, url);
    expect(answer.status).toBe(200);
    expect(answerHasError(answer.body)).toBe(false);
    const row = await f.row('dana');
    expect([row.forwardonbusy, row.forwardonnoanswer, row.forwardalways]).toEqual(['', '3612345678', '']);
    expect(Number(row.noanswertimeout)).toBe(20);
  });

  it('clears a forward the webphone sends as null', async () => {
    await f.user('dirk');
    await webphoneGet(f.sb.port, calldivertUrl('dirk', 'dirk-pw-1', { always: '*3612', timeout: '0' }));
    expect((await f.row('dirk')).forwardalways).toBe('*3612');
    const cleared = await webphoneGet(f.sb.port, calldivertUrl('dirk', 'dirk-pw-1', { timeout: '0' }));
    expect(answerHasError(cleared.body)).toBe(false);
    expect((await f.row('dirk')).forwardalways).toBe('');
  });

  it('a wrong password is a failure the webphone sees, and nothing changes', async () => {
    await f.user('dora');
    const answer = await webphoneGet(f.sb.port, calldivertUrl('dora', 'wrong', { busy: '3611', timeout: '15' }));
    expect(answerHasError(answer.body)).toBe(true);
    expect((await f.row('dora')).forwardonbusy).toBe('');
  });
});
