// E-mail through a real SMTP server started in the test (smtp-server): envelope, headers and body as sent, the
// login when configured, and a refused recipient failing the message with the server's answer.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Messaging } from '../../src/domain/messaging/messaging.ts';
import { type MigratedDatabase, migratedDatabase, testEngines } from '../support/databases.ts';
import { startMessaging } from './support/fixture.ts';

const engines = await testEngines('the SMTP messaging tests on PostgreSQL');

interface Received {
  from: string;
  to: string[];
  user: string | undefined;
  raw: string;
}

describe.each(engines.map((open) => [open]))('e-mail over SMTP (%#)', (open) => {
  let fresh: MigratedDatabase;
  let server: SMTPServer;
  let messaging: Messaging;
  const received: Received[] = [];

  beforeAll(async () => {
    fresh = await migratedDatabase(open);
    server = new SMTPServer({
      disabledCommands: ['STARTTLS'],
      authOptional: true,
      onAuth: (auth, _session, done) =>
        auth.username === 'mailer' && auth.password === 'pw'
          ? done(null, { user: auth.username })
          : done(new Error('no')),
      onRcptTo: (address, _session, done) =>
        address.address.endsWith('@nowhere.example')
          ? done(Object.assign(new Error('no such user'), { responseCode: 550 }))
          : done(),
      onData: (stream, session, done) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            user: session.user,
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          done();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as AddressInfo;
    messaging = await startMessaging(fresh.db, {
      smtp: { host: '127.0.0.1', port, secure: false, user: 'mailer', password: 'pw', from: 'switchboard@example.org' },
    });
  });
  afterAll(async () => {
    await messaging?.stop();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await fresh?.stop();
  });

  it('sends subject and text from the configured sender, logged in', async () => {
    const outcome = await messaging.sendEmailNow({
      to: 'alice@example.org',
      subject: 'Your balance',
      text: 'Credit: 5.00 EUR\nThanks.',
    });
    expect(outcome.state).toBe('delivered');
    const mail = received.find((m) => m.to.includes('alice@example.org'));
    expect(mail).toMatchObject({ from: 'switchboard@example.org', user: 'mailer' });
    expect(mail?.raw).toMatch(/^Subject: Your balance\r$/m);
    expect(mail?.raw).toMatch(/^From: switchboard@example\.org\r$/m);
    expect(mail?.raw).toContain('Credit: 5.00 EUR\r\nThanks.');
  });

  it('uses the sender the caller names', async () => {
    await messaging.sendEmailNow({ from: 'billing@example.org', to: 'bob@example.org', subject: 's', text: 't' });
    expect(received.find((m) => m.to.includes('bob@example.org'))?.from).toBe('billing@example.org');
  });

  it('fails a message the server refuses for good (5xx), with its answer', async () => {
    const outcome = await messaging.sendEmailNow({ to: 'ghost@nowhere.example', subject: 's', text: 't' });
    expect(outcome.state).toBe('failed');
    expect(outcome.reason).toMatch(/^SMTP: .*550.*no such user/);
  });
});
