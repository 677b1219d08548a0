// The Mizu webphone's conference rooms (PRGskullbulks/mizu js/lib/lib_webphone.js, CreateConferenceRoom and
// ConferenceRoomReceived) against a real Switchboard on SQLite and PostgreSQL: the room request as the page builds it,
// the answer read as the page reads it.
import { describe, expect, it } from 'vitest';
import { mizuV2AuthMd5 } from '../../src/protocol/digests.ts';
import { serverOn } from '../dialects/mizu-v2/accounts/fixture.ts';
import { testEngines } from '../support/databases.ts';
import { conferenceRoomOf, WEBPHONE, webphoneGet } from './mizu-webphone.ts';

const engines = await testEngines('the Mizu webphone conference-room conformance tests on PostgreSQL');

const KEY = '1568108345';

describe.each(engines.map((open) => [open]))(`${WEBPHONE} js/lib/lib_webphone.js CreateConferenceRoom (%#)`, (open) => {
  const f = serverOn(open, { globals: { apiv2key: KEY } });
  /** The page's template, USERNAME, MD5VALUE and MD5SALT filled in for the user. */
  const roomRequest = (username: string, password: string) => {
    const salt = '8812345';
    const md5 = mizuV2AuthMd5(username, password, '', salt);
    return `http://server.example/mvapireq/?authkey=${KEY}&authid=${username}&authmd5=${md5}&authsalt=${salt}&apientry=getconfroom`;
  };

  it('ConferenceRoomReceived reads the answer as an error, so the webphone dials no room (Switchboard mixes no conferences)', async () => {
    await f.user('cleo');
    const answer = await webphoneGet(f.sb.port, roomRequest('cleo', 'cleo-pw-1'));
    expect(answer.status).toBe(200);
    const read = conferenceRoomOf(answer.body);
    expect(read).toMatchObject({ error: expect.stringMatching(/not supported/) });
  });

  it('ConferenceRoomReceived reads the room from the answer spec/mizu-v2/getconfroom.yaml records for success', () => {
    expect(conferenceRoomOf('OK: 4321\n')).toEqual({ room: '4321' });
    expect(conferenceRoomOf('OK: conference room: 4321\n')).toEqual({ room: '4321' });
    expect(conferenceRoomOf('OK\nroom=4321\n')).toBeUndefined();
  });
});
