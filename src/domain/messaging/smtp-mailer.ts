/**
 * E-mail through the configured SMTP server (nodemailer). The server's 250 is as far as SMTP can tell: the message is
 * then delivered as far as Switchboard is concerned. A 5xx answer is a refusal; anything else is tried again.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../../platform/config.ts';
import type { OutboxMessageRow } from '../../persistence/entities/messaging/outbox-message.ts';
import type { Sender, SendResult } from './sender.ts';

export class SmtpMailer implements Sender {
  readonly #transport: Transporter;
  constructor(smtp: NonNullable<Config['smtp']>) {
    this.#transport = nodemailer.createTransport({
      host: smtp.host,
      port: smtp.port,
      secure: smtp.secure,
      ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password } } : {}),
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
    });
  }

  start(): void {}

  ready(): boolean {
    return true;
  }

  async send(row: OutboxMessageRow): Promise<SendResult> {
    try {
      await this.#transport.sendMail({
        from: row.sender,
        to: row.recipient,
        subject: row.subject ?? '',
        text: row.body,
      });
      return { ok: true, state: 'delivered' };
    } catch (e) {
      const code = (e as { responseCode?: number }).responseCode;
      return { ok: false, permanent: code !== undefined && code >= 500, reason: `SMTP: ${(e as Error).message}` };
    }
  }

  async stop(): Promise<void> {
    this.#transport.close();
  }
}
