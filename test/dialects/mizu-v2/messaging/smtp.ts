/**
 * A real SMTP server for the tests (the `smtp-server` package) on a loopback ephemeral port: it takes every message
 * and keeps its envelope and its raw text, headers and body, as they arrived.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  /** The message as sent: headers, a blank line, the body. */
  raw: string;
  subject: string;
}

export class TestSmtp {
  readonly received: ReceivedMail[] = [];
  readonly #server: SMTPServer;
  #port = 0;

  private constructor() {
    this.#server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, session, done) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          this.received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw,
            subject: /^Subject: (.*)$/im.exec(raw)?.[1]?.trim() ?? '',
          });
          done();
        });
      },
    });
  }

  static async start(): Promise<TestSmtp> {
    const smtp = new TestSmtp();
    await new Promise<void>((resolve) => smtp.#server.listen(0, '127.0.0.1', () => resolve()));
    smtp.#port = (smtp.#server.server.address() as AddressInfo).port;
    return smtp;
  }

  get port(): number {
    return this.#port;
  }

  /** The mail to `to`, once it arrived. */
  to(address: string): ReceivedMail[] {
    return this.received.filter((m) => m.to.includes(address));
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }
}
