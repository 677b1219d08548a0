// The synchronous SMS commands through an HTTP SMS gateway (config.smsHttp) started in the test, on SQLite and
// PostgreSQL: the gateway's acceptance is answered; its refusal is answered as the command's failure with the
// gateway's reason, and the charge taken before sending is given back through the ledger — once, and also when the
// message was queued (sendsms answers at once) and fails afterwards.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CreditEntry } from '../../../../src/persistence/entities/credit-entry.ts';
import { testEngines } from '../../../support/databases.ts';
import { loadDeck } from '../calls/support.ts';
import { messagingServer } from './fixture.ts';

const engines = await testEngines('the HTTP SMS gateway command tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('SMS commands through an HTTP gateway (%#)', (open) => {
  /** What the gateway was asked: to and text of each request. */
  const asked: { to: string; text: string }[] = [];
  let gateway: Server;
  let port = 0;
  beforeAll(async () => {
    // Numbers starting 99 are barred: 403, a refusal the outbox does not retry.
    gateway = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://gateway');
      const to = url.searchParams.get('to') ?? '';
      asked.push({ to, text: url.searchParams.get('text') ?? '' });
      res.writeHead(to.startsWith('99') ? 403 : 200).end(to.startsWith('99') ? 'barred' : 'queued');
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', () => resolve()));
    port = (gateway.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => gateway.close(() => resolve())));
  const f = messagingServer(open, {
    channels: () => ({
      smsHttp: { url: `http://127.0.0.1:${port}/send?to={to}&text={text}&from={from}`, method: 'GET' },
    }),
  });

  it('answers the accepted message as submitted, charged once', async () => {
    await loadDeck(f.sb, 'default-sms', [
      ['36', 'Hungary', '0.05'],
      ['99', 'Barred', '0.05'],
    ]);
    await f.user('gw', { credit: '1' });
    const answer = await f.as('gw', { apientry: 'sendsmssync', bnum: '36301234567', txt: 'via HTTP' });
    expect(answer.data).toMatchObject({ state: 'submitted', charged: '0.05' });
    expect(asked).toContainEqual({ to: '36301234567', text: 'via HTTP' });
    expect(await f.credit('gw')).toBe('0.95');
  });

  it("answers the gateway's refusal as the command's failure and gives the charge back", async () => {
    const id = await f.user('barred', { credit: '1' });
    const answer = await f.as('barred', { apientry: 'sendsmsunicodesync', bnum: '9912345', txt: 'nope' });
    expect(answer.error).toEqual({
      code: 'command-failed',
      message: 'the SMS to 9912345 was not sent: SMS gateway answered HTTP 403',
    });
    expect(await f.credit('barred')).toBe('1.00');
    const entries = await f.sb.server.services.db
      .em()
      .find(CreditEntry, { userId: id, reason: { $like: 'sms%' } }, { orderBy: { id: 'asc' } });
    expect(entries.map((e) => e.amountMicros)).toEqual([-50_000n, 50_000n]);
    expect(entries[1]!.reason).toBe('sms to 9912345 not sent: SMS gateway answered HTTP 403');
  });

  it('gives the charge back, once, for a queued message that fails after the command answered', async () => {
    const id = await f.user('queued', { credit: '1' });
    const answer = await f.as('queued', { apientry: 'sendsms', bnum: '9954321', txt: 'later' });
    expect(answer.error).toBeUndefined();
    expect(await f.credit('queued')).toBe('0.95');
    const refunds = () =>
      f.sb.server.services.db
        .em()
        .find(CreditEntry, { userId: id, reason: { $like: 'sms%' } }, { orderBy: { id: 'asc' } });
    await vi.waitFor(async () => expect((await refunds()).length).toBe(2), { timeout: 10_000 });
    expect((await refunds()).map((e) => e.amountMicros)).toEqual([-50_000n, 50_000n]);
    expect(await f.credit('queued')).toBe('1.00');
  });
});
