/** What the outbox worker hands a row to: the SMPP account, the HTTP gateway or the SMTP server. */
import type { OutboxMessageRow } from '../../persistence/entities/messaging/outbox-message.ts';

export type SendResult =
  | { ok: true; state: 'submitted' | 'delivered' }
  /** permanent: the gateway refused the message itself (tried again it would be refused again). */
  | { ok: false; permanent: boolean; reason: string };

export interface Sender {
  /** false while the gateway cannot take messages (the SMPP link is down): the worker leaves rows queued. */
  ready(): boolean;
  send(row: OutboxMessageRow): Promise<SendResult>;
  /** Opens what the sender keeps open (the SMPP session). */
  start(): void;
  stop(): Promise<void>;
}
