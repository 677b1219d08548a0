// SMS through an HTTP gateway (a node:http server in the test): the URL template filled and URL-encoded, GET or POST,
// a 2xx submitted; a 5xx tried again with back-off until it is taken, a 4xx failed, a message the gateway never takes
// expired; and a channel the config leaves out refused with a clear error.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Messaging } from '../../src/domain/messaging/messaging.ts';
import { type MigratedDatabase, migratedDatabase, testEngines } from '../support/databases.ts';
import { eventually, FAST, startMessaging } from './support/fixture.ts';

const engines = await testEngines('the HTTP SMS gateway tests on PostgreSQL');

interface Hit {
  method: string;
  url: string;
  body: string;
}

describe.each(engines.map((open) => [open]))('SMS over an HTTP gateway (%#)', (open) => {
  let fresh: MigratedDatabase;
  let gateway: Server;
  let base: string;
  const hits: Hit[] = [];
  /** Statuses to answer before 200, per recipient. */
  const refusals = new Map<string, number[]>();
  const running: Messaging[] = [];

  beforeAll(async () => {
    fresh = await migratedDatabase(open);
    gateway = createServer(async (req: IncomingMessage, res) => {
      let body = '';
      for await (const chunk of req) body += chunk;
      hits.push({ method: req.method ?? '', url: req.url ?? '', body });
      const to = new URLSearchParams((req.url ?? '').split('?')[1] ?? body).get('to') ?? '';
      res.statusCode = refusals.get(to)?.shift() ?? 200;
      res.end('OK');
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const messaging of running) await messaging.stop();
    await new Promise((resolve) => gateway?.close(resolve));
    await fresh?.stop();
  });

  const start = async (method: 'GET' | 'POST', options = FAST) => {
    const url = `${base}/send?to={to}&text={text}&from={from}`;
    const messaging = await startMessaging(fresh.db, { smsHttp: { url, method } }, options);
    running.push(messaging);
    return messaging;
  };

  it('GETs the template with the number, text and sender URL-encoded; a 2xx is submitted', async () => {
    const messaging = await start('GET');
    expect(messaging.sms).toBe('http');
    const outcome = await messaging.sendSmsNow({ from: 'Shop & Co', to: '+4915100001', text: 'Grüße 50% off?' });
    expect(outcome.state).toBe('submitted');
    expect(hits.at(-1)).toEqual({
      method: 'GET',
      url: '/send?to=%2B4915100001&text=Gr%C3%BC%C3%9Fe%2050%25%20off%3F&from=Shop%20%26%20Co',
      body: '',
    });
    await messaging.stop();
  });

  it('POSTs the filled query as a form body', async () => {
    const messaging = await start('POST');
    await messaging.sendSmsNow({ from: '1', to: '4915100002', text: 'a b' });
    expect(hits.at(-1)).toEqual({ method: 'POST', url: '/send', body: 'to=4915100002&text=a%20b&from=1' });
    await messaging.stop();
  });

  it('tries a 5xx again with back-off until the gateway takes it, and fails a 4xx at once', async () => {
    const messaging = await start('GET');
    refusals.set('4915100003', [503, 502]);
    refusals.set('4915100004', [400]);
    const retried = await messaging.queueSms({ from: '1', to: '4915100003', text: 'again' });
    const refused = await messaging.queueSms({ from: '1', to: '4915100004', text: 'no' });
    const done = await eventually(async () => {
      const outcome = await messaging.outcome(retried.id);
      return outcome?.state === 'submitted' ? outcome : undefined;
    });
    expect(done.state).toBe('submitted');
    expect(hits.filter((h) => h.url.includes('to=4915100003'))).toHaveLength(3);
    expect(await messaging.outcome(refused.id)).toMatchObject({
      state: 'failed',
      reason: 'SMS gateway answered HTTP 400',
    });
    await messaging.stop();
  });

  it('expires a message not sent before its expiry', async () => {
    const messaging = await start('GET', { ...FAST, expireAfterMs: 300 });
    refusals.set('4915100005', Array(100).fill(503));
    const outcome = await messaging.queueSms({ from: '1', to: '4915100005', text: 'too late' });
    const expired = await eventually(async () => {
      const now = await messaging.outcome(outcome.id);
      return now?.state === 'expired' ? now : undefined;
    });
    expect(expired.reason).toBe('not sent before it expired');
    await messaging.stop();
  });

  it('refuses SMS and e-mail when the config has no section for them', async () => {
    const messaging = await startMessaging(fresh.db, {});
    running.push(messaging);
    expect([messaging.sms, messaging.email]).toEqual([undefined, false]);
    await expect(messaging.queueSms({ from: '1', to: '2', text: 'x' })).rejects.toMatchObject({
      name: 'SwitchboardError',
      message: 'SMS is off: the config has no smpp or smsHttp section',
    });
    await expect(messaging.sendEmailNow({ to: 'a@b.c', subject: 's', text: 't' })).rejects.toThrow(
      'e-mail is off: the config has no smtp section',
    );
  });
});
