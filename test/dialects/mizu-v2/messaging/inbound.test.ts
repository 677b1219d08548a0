// Inbound SMS, on SQLite and PostgreSQL: smsreceive from an httpsmscallbackip address and from another, and SMPP
// deliver_sm; an API command in the text (balance, cli…) runs for the user the sender number belongs to and its answer
// goes back to the sender by SMS; other texts are kept, and handed to the user the destination number belongs to.
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { ApiPolicy } from '../../../../src/persistence/entities/api-policy.ts';
import { InboundSmsMessage } from '../../../../src/persistence/entities/messaging/index.ts';
import { sqliteDatabase, testEngines } from '../../../support/databases.ts';
import { loadDeck } from '../calls/support.ts';
import { eventually, messagingServer } from './fixture.ts';

const engines = await testEngines('the inbound SMS tests on PostgreSQL');
const GATEWAY = '127.0.0.1';
const ELSEWHERE = '127.0.0.2';

describe.each(engines.map((open) => [open]))('inbound SMS (%#)', (open) => {
  // apideftrustadmin 0: a loopback address is no admin, so only httpsmscallbackip lets the callback in.
  const f = messagingServer(open, { globals: { httpsmscallbackip: GATEWAY, apideftrustadmin: '0' } });
  const inbound = (sender: string) =>
    f.sb.server.services.db.em().find(InboundSmsMessage, { sender }, { disableIdentityMap: true });
  const repliesTo = (number: string) => f.smsc.submitted.filter((s) => s.destination === number);

  it('smsreceive from the gateway: a balance request from the user’s phone is answered by SMS to that phone', async () => {
    await f.user('mobile', { credit: '4.5', phone: '36301112222' });
    const answer = await f.call(
      { apientry: 'smsreceive', anum: '36301112222', bnum: '3612000000', txt: 'balance' },
      GATEWAY,
    );
    expect(answer.status).toBe('OK');
    const [reply] = await f.smsTo('36301112222');
    expect(reply).toMatchObject({ text: 'Your credit is $4.5', source: '3612000000' });
    const [stored] = await inbound('36301112222');
    expect(stored).toMatchObject({ recipient: '3612000000', body: 'balance', via: 'http' });
    expect(stored!.answerId).not.toBeNull();
  });

  it('smsreceive from an address not in httpsmscallbackip is refused and nothing is stored', async () => {
    await f.user('victim', { credit: '3', phone: '36302223333' });
    const answer = await f.call(
      { apientry: 'smsreceive', anum: '36302223333', bnum: '3612000000', txt: 'balance' },
      ELSEWHERE,
    );
    expect(answer.error).toMatchObject({ code: 'access-denied', message: expect.stringContaining(ELSEWHERE) });
    expect(await inbound('36302223333')).toHaveLength(0);
    await new Promise((r) => setTimeout(r, 300));
    expect(repliesTo('36302223333')).toHaveLength(0);
  });

  it('an SMS over SMPP from a number added with cli runs the command for that user', async () => {
    await f.user('texter', { credit: '7.25' });
    expect((await f.as('texter', { apientry: 'cli', anum: '36303334444' })).status).toBe('OK');
    await eventually(() => f.smsc.bindCount || undefined);
    await f.smsc.deliverInbound('36303334444', 'Switchboard', 'BALANCE');
    const [reply] = await f.smsTo('36303334444');
    expect(reply!.text).toBe('Your credit is $7.25');
    // A command with a named parameter: cli adds another number of the sender.
    await f.smsc.deliverInbound('36303334444', 'Switchboard', 'cli anum=36303335555');
    const [second] = await eventually(() =>
      repliesTo('36303334444').length > 1 ? repliesTo('36303334444').slice(1) : undefined,
    );
    expect(second!.text).toMatch(/^OK: pin-less number 36303335555 added for texter/);
  });

  it('a command with its parameter by position: rating 3630… answers the rate by SMS', async () => {
    await loadDeck(f.sb, 'default', [['3630', 'Hungary-mobile', '0.2']]);
    await f.user('rater', { credit: '1', phone: '36305554444' });
    await f.call(
      { apientry: 'smsreceive', anum: '36305554444', bnum: '3612000000', txt: 'rating 36301234567' },
      GATEWAY,
    );
    const [reply] = await f.smsTo('36305554444');
    expect(reply!.text).toBe('0.2 USD, Destination: Hungary-mobile');
  });

  it('keeps other texts and texts from unknown numbers without answering them', async () => {
    await f.user('chatty', { credit: '1', phone: '36304445555' });
    await f.call({ apientry: 'smsreceive', anum: '36304445555', bnum: '3612000000', txt: 'hello there' }, GATEWAY);
    await f.call({ apientry: 'smsreceive', anum: '36309990000', bnum: '3612000000', txt: 'balance' }, GATEWAY);
    expect(await inbound('36304445555')).toHaveLength(1);
    expect(await inbound('36309990000')).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(repliesTo('36304445555')).toHaveLength(0);
    expect(repliesTo('36309990000')).toHaveLength(0);
  });

  it('hands a text for a person to the user its destination number belongs to: kept until they register', async () => {
    await f.user('reader', { credit: '1', phone: '3612555000' });
    await f.call({ apientry: 'smsreceive', anum: '36307778888', bnum: '3612555000', txt: 'see you at 8' }, GATEWAY);
    const waiting = await eventually(async () => {
      const kept = await f.sb.server.services.offlineMessages.waitingFor('reader');
      return kept.length ? kept : undefined;
    });
    expect(waiting).toMatchObject([{ sender: '36307778888', text: 'see you at 8' }]);
    // A command word is for the server, never handed to the number's owner.
    await f.call({ apientry: 'smsreceive', anum: '36307778888', bnum: '3612555000', txt: 'balance' }, GATEWAY);
    await new Promise((r) => setTimeout(r, 300));
    expect(await f.sb.server.services.offlineMessages.waitingFor('reader')).toHaveLength(1);
  });

  it('Mizu v1 sms is taken only from the httpsmscallbackip addresses when the option is set (000:L145)', async () => {
    await f.user('oldclient', { credit: '3' });
    const path = '/xmapi/sms?usr=oldclient&pwd=oldclient-pw-1&bnum=36306667777&txt=hi';
    const v1 = (from: string) =>
      new Promise<string>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: f.sb.port, path, localAddress: from, agent: false }, (res) => {
          let body = '';
          res.on('data', (d: Buffer) => {
            body += d;
          });
          res.on('end', () => resolve(body.trim()));
        });
        req.on('error', reject);
        req.end();
      });
    expect(await v1(ELSEWHERE)).toBe('ERROR:SMS commands are accepted only from the httpsmscallbackip addresses');
    expect(await v1(GATEWAY)).toMatch(/^OK: \d+$/);
    expect(await f.smsTo('36306667777')).toHaveLength(1);
  });
});

describe('SMS commands the operator limits', () => {
  const f = messagingServer(async () => sqliteDatabase(), { limits: { perUser: 2 } });

  it('runs and answers as many as the per-user limit lets through, the rest get no answer', async () => {
    await f.user('eager', { credit: '1', phone: '36308889999' });
    await eventually(() => f.smsc.bindCount || undefined);
    for (let i = 0; i < 4; i++) await f.smsc.deliverInbound('36308889999', 'Switchboard', 'balance');
    await f.smsTo('36308889999', 2);
    await new Promise((r) => setTimeout(r, 400));
    expect(f.smsc.submitted.filter((s) => s.destination === '36308889999')).toHaveLength(2);
  });

  // tb_api names a command by its name, whatever name the text used: a row for callback holds cb too.
  it.each([
    ['balance', 'balance', '36308887777'],
    ['callback', 'cb 36301112222', '36308886666'],
  ])('does not run a command tb_api disables (%s, sent as "%s")', async (fname, text, phone) => {
    await f.user(`blocked${phone.slice(-4)}`, { credit: '1', phone });
    await f.sb.server.services.db.em().upsert(ApiPolicy, { fname, enabled: 0 } as never);
    expect((await f.admin({ apientry: 'apireload' })).status).toBe('OK');
    await eventually(() => f.smsc.bindCount || undefined);
    await f.smsc.deliverInbound(phone, 'Switchboard', text);
    await new Promise((r) => setTimeout(r, 400));
    expect(f.smsc.submitted.filter((s) => s.destination === phone)).toHaveLength(0);
  });
});
