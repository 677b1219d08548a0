// The Mizu v2 commands that waited for the SIP edge besides calls and presence (issue 15), against a real server on
// SQLite and PostgreSQL: the dial plan and the accounts cache read again, normalizechk from the routing engine,
// willstop heard, and each command Switchboard cannot serve answering the reason its spec gives.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../../../generator/load/index.ts';
import { MinisipAnalyzeCalled, MinisipTransition } from '../../../../src/persistence/entities/minisip/dial-plan.ts';
import { MinisipPeerServer } from '../../../../src/persistence/entities/minisip/lines.ts';
import { User } from '../../../../src/persistence/entities/user.ts';
import { testEngines } from '../../../support/databases.ts';
import { mizuGet } from '../../../support/mizu.ts';
import { asAdmin, serverOn } from '../accounts/fixture.ts';

const engines = await testEngines('the SIP admin command tests on PostgreSQL');
const spec = loadSpec(join(import.meta.dirname, '..', '..', '..', '..'));

const UNSUPPORTED = [
  'capcheck',
  'checkscanner',
  'getconfroom',
  'sipreset',
  'stopscanner',
  'syncmedia',
  'voicehere',
  'voicehere2',
  'voicerecdownload',
  'wsuser',
];
/** Parameters each needs to get past validation to its answer. */
const PARAMS: Record<string, Record<string, string>> = {
  capcheck: { direction: '-3330630' },
  voicehere: { dbcallid: '1' },
  voicehere2: { username: 'ann' },
};

describe.each(engines.map((open) => [open]))('SIP admin commands (%#)', (open) => {
  const f = serverOn(open);
  const em = () => f.sb.server.services.db.em().fork();
  const admin = (params: Record<string, string>) => f.call({ ...asAdmin, ...params });
  beforeAll(() => f.user('ann'));

  it('reloaddialplan: rules written to the database directly count after it, not before; normalizechk reads them', async () => {
    const unroutable = await admin({ apientry: 'normalizechk', called: '0301234', caller: '100' });
    expect(unroutable.error).toMatchObject({ code: 'not-found', message: expect.stringMatching(/^unroutable/) });
    const db = em();
    db.create(MinisipPeerServer, { servID: 7, servAddr: '192.0.2.7', servPort: 5060 });
    db.create(MinisipTransition, { tranID: 9, type: 2, tranStart: 0, tranLen: 1, prefix: '+49' });
    db.create(MinisipAnalyzeCalled, {
      dialPlan: 'default',
      calledNbr: '0',
      routeType: 2,
      servID: 7,
      changeInd: 1,
      tranID: 9,
    });
    await db.flush();
    // The plan in memory is the one read before the rows were written.
    expect((await admin({ apientry: 'normalizechk', called: '0301234' })).error).toMatchObject({ code: 'not-found' });

    expect((await admin({ apientry: 'reloaddialplan' })).data).toEqual({ message: 'dial plan reloaded' });
    expect((await admin({ apientry: 'normalizechk', called: '0301234', caller: '100', country: 'DE' })).data).toEqual({
      called: '+49301234',
      caller: '100',
    });
    expect((await admin({ apientry: 'normalizechk', called: '0301234' })).data).toEqual({ called: '+49301234' });
    expect((await admin({ apientry: 'normalizechk' })).error).toMatchObject({ code: 'missing-number' });
  });

  it.each(['reloadnumdircache', 'setfastregpwd'])(
    '%s: a user disabled in the database directly is refused after it, not before',
    async (command) => {
      const username = `cached-${command}`;
      await f.user(username);
      expect((await f.as(username, { apientry: 'balance' })).code).toBe(200);
      await em().nativeUpdate(User, { username }, { enabled: false });
      // Still cached: the change made behind the server's back is not seen yet.
      expect((await f.as(username, { apientry: 'balance' })).code).toBe(200);
      const answer = await admin({ apientry: command });
      expect(answer.data?.message).toMatch(/\d+ cached users dropped$/);
      expect((await f.as(username, { apientry: 'balance' })).code).not.toBe(200);
    },
  );

  it('willstop: the credit checks of running calls stop, for an admin only', async () => {
    expect((await f.as('ann', { apientry: 'willstop' })).error?.code).toBe('access-denied');
    expect(f.sb.server.services.stopNotice.creditChecksStopped).toBe(false);
    expect((await admin({ apientry: 'willstop' })).data).toEqual({
      message: 'credit checks of running calls stopped until restart',
    });
    expect(f.sb.server.services.stopNotice.creditChecksStopped).toBe(true);
  });

  it.each(['reloaddialplan', 'reloadnumdircache', 'setfastregpwd', 'normalizechk', 'sendamsg'])(
    '%s is refused to a user who is not an admin',
    async (command) => {
      const answer = await f.as('ann', { apientry: command, called: '0301234', agentid: 'all', txt: 'x' });
      expect(answer.error?.code).toBe('access-denied');
    },
  );

  it('sendim with the SIP edge off (sip.port 0) keeps the message for the user', async () => {
    await f.user('bea');
    const answer = await f.as('ann', { apientry: 'sendim', bnum: 'bea', txt: 'no edge' });
    expect(answer.data).toEqual({ message: 'OK: delivered 0, stored 1' });
    const waiting = await f.sb.server.services.offlineMessages.waitingFor('bea');
    expect(waiting.map((m) => [m.sender, m.text])).toEqual([['ann', 'no edge']]);
  });

  it.each(UNSUPPORTED)('%s answers unsupported with the reason its spec gives', async (command) => {
    const op = spec.operations['mizu-v2'].find((o) => o.id === command)!;
    expect(op.status).toBe('unsupported');
    const answer = await admin({ apientry: command, ...PARAMS[command] });
    expect(answer.error?.code).toBe('unsupported');
    expect(answer.error?.message).toContain(op.reason!.trim().split('\n')[0]!.slice(0, 60));
  });

  it("getconfroom's text answer is an error line, which the webphone reads as an error", async () => {
    const answer = await mizuGet(f.sb.port, { apientry: 'getconfroom', authid: 'ann', authpwd: 'ann-pw-1' });
    expect(answer.body).toMatch(/^ERROR: /);
  });
});
