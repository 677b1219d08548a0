/**
 * SMS over an SMPP account: each outbox row as submit_sm parts (sms-encoding.ts) valid until the row expires, paced
 * to messagesPerSecond, each
 * accepted part recorded the moment its submit_sm_resp arrives (so no retry submits it again); deliver_sm is a
 * receipt (settles the row its message_id names) or an inbound SMS (its parts kept in the database before the
 * deliver_sm_resp goes back, joined, then handed to onInbound with the removal of the parts for its transaction).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import type { Pdu } from 'smpp';
import type { Config } from '../../platform/config.ts';
import type { Database } from '../../persistence/database.ts';
import type { OutboxMessageRow } from '../../persistence/entities/messaging/outbox-message.ts';
import type { Alongside } from '../billing/credit-ledger.ts';
import { isReceipt, messageIdForms, parseReceipt } from './delivery-receipt.ts';
import { type Assembled, concatenationOf, InboundAssembly } from './inbound-assembly.ts';
import { InboundParts } from './inbound-parts.ts';
import type { InboundSms } from './messaging.ts';
import type { Outbox } from './outbox.ts';
import { Pacer } from './pacer.ts';
import type { Sender, SendResult } from './sender.ts';
import { SmppLink, SmppLinkDown, type SmppLinkOptions } from './smpp-link.ts';
import { smsPayloads } from './sms-encoding.ts';

/** command_status values worth trying again (SMPP 3.4 §5.1.3): system error, queue full, throttled. */
const TRANSIENT_STATUS = new Set([0x08, 0x14, 0x58]);
/** registered_delivery: an SMSC receipt on success or failure. */
const RECEIPT_REQUESTED = 0x01;
/** How long the parts of a long inbound SMS wait for the missing ones, from the first part's arrival. */
const PARTS_HOLD_MS = 120_000;
/** A receipt can overtake the commit of its part's submit_sm_resp: looked for again this many times. */
const RECEIPT_LOOKUPS = 20;

export class SmppChannel implements Sender {
  readonly #account: NonNullable<Config['smpp']>;
  readonly #outbox: Outbox;
  readonly #logger: Logger;
  readonly #onInbound: (sms: InboundSms, alongside?: Alongside) => Promise<void>;
  readonly #pacer: Pacer;
  readonly #link: SmppLink;
  readonly #assembly: InboundAssembly;

  constructor(
    account: NonNullable<Config['smpp']>,
    outbox: Outbox,
    db: Database,
    logger: Logger,
    onInbound: (sms: InboundSms, alongside?: Alongside) => Promise<void>,
    options: SmppLinkOptions & { partsHoldMs?: number } = {},
  ) {
    this.#account = account;
    this.#outbox = outbox;
    this.#logger = logger;
    this.#onInbound = onInbound;
    this.#pacer = new Pacer(account.messagesPerSecond);
    this.#link = new SmppLink(account, logger, (pdu) => this.#deliver(pdu), options);
    const holdMs = options.partsHoldMs ?? PARTS_HOLD_MS;
    this.#assembly = new InboundAssembly(new InboundParts(db), holdMs, async ({ sms, removeParts, complete }) => {
      if (!complete) logger.warn({ from: sms.from }, 'long inbound SMS incomplete; handled as far as it came');
      try {
        await onInbound(sms, removeParts);
      } catch (e) {
        logger.error({ err: e }, 'inbound SMS not stored; its parts are kept and tried again');
        throw e;
      }
    });
  }

  start(): void {
    // Queued before any deliver_sm: the parts kept before a restart are read first.
    this.#assembly.resume().catch((e: unknown) => this.#logger.error({ err: e }, 'waiting SMS parts not read'));
    this.#link.start();
  }

  ready(): boolean {
    return this.#link.bound;
  }

  async send(row: OutboxMessageRow): Promise<SendResult> {
    const payloads = smsPayloads(row.body, { unicode: row.unicode, reference: row.id });
    // Parts can have been accepted only on an earlier attempt (a claim that ended before the row was recorded).
    const accepted = row.attempts > 1 ? await this.#outbox.acceptedParts(row.id) : new Set<number>();
    for (const [i, payload] of payloads.entries()) {
      const part = i + 1;
      if (accepted.has(part)) continue;
      await this.#pacer.take();
      let answer: Pdu;
      try {
        answer = await this.#link.submit({
          ...addressFields('source', row.sender || this.#account.sourceAddr),
          ...addressFields('dest', row.recipient),
          destination_addr: plainNumber(row.recipient),
          esm_class: payload.esmClass,
          data_coding: payload.dataCoding,
          registered_delivery: RECEIPT_REQUESTED,
          // The SMSC gives up when the outbox would, and says so in an EXPIRED receipt.
          validity_period: row.expiresAt,
          short_message: payload.shortMessage,
        });
      } catch (e) {
        if (e instanceof SmppLinkDown) return { ok: false, permanent: false, reason: e.message };
        throw e;
      }
      const status = answer.command_status;
      if (status !== 0) {
        const reason = `SMSC refused part ${part}/${payloads.length}: command_status 0x${status.toString(16)}`;
        return { ok: false, permanent: !TRANSIENT_STATUS.has(status), reason };
      }
      await this.#outbox.partAccepted(row.id, part, String(answer.message_id));
    }
    return { ok: true, state: 'submitted' };
  }

  async stop(): Promise<void> {
    await this.#link.stop();
    await this.#assembly.stop();
  }

  async #deliver(pdu: Pdu): Promise<void> {
    const text = messageText(pdu);
    if (!isReceipt(Number(pdu.esm_class))) {
      const part: InboundSms = {
        from: String(pdu.source_addr),
        to: String(pdu.destination_addr),
        text,
        receivedAt: new Date(),
        via: 'smpp',
      };
      const concatenation = concatenationOf((pdu.short_message as { udh?: Buffer[] } | undefined)?.udh);
      // The part is in the database before this resolves, and so before the deliver_sm_resp (smpp-link.ts).
      const message: Assembled | undefined = concatenation
        ? await this.#assembly.add(part, concatenation)
        : { sms: part, complete: true };
      if (message) await this.#onInbound(message.sms, message.removeParts);
      return;
    }
    const receipt = parseReceipt(text, {
      receiptedId: pdu.receipted_message_id as string | undefined,
      messageState: pdu.message_state as number | undefined,
    });
    if (!receipt?.state) return;
    for (let i = 0; i < RECEIPT_LOOKUPS; i++) {
      if (await this.#outbox.receipt(messageIdForms(receipt.smscMessageId), receipt.state, receipt.detail)) return;
      await sleep(50);
    }
    this.#logger.warn({ smscMessageId: receipt.smscMessageId }, 'SMPP receipt for no message we sent');
  }
}

/** TON/NPI (SMPP 3.4 §5.2.5-6): an alphanumeric sender, or an international number. */
function addressFields(which: 'source' | 'dest', address: string): Record<string, unknown> {
  const alphanumeric = /[^+\d]/.test(address);
  const prefix = which === 'source' ? 'source_addr' : 'dest_addr';
  return {
    [`${prefix}_ton`]: alphanumeric ? 5 : 1,
    [`${prefix}_npi`]: alphanumeric ? 0 : 1,
    ...(which === 'source' ? { source_addr: alphanumeric ? address : plainNumber(address) } : {}),
  };
}

function plainNumber(number: string): string {
  return number.replace(/^\+|^00/, '');
}

/** The text of a deliver_sm as the package decoded it (by data_coding), without a UDH. */
function messageText(pdu: Pdu): string {
  const sm = pdu.short_message as { message?: unknown } | Buffer | undefined;
  const message = sm && !Buffer.isBuffer(sm) ? sm.message : sm;
  if (typeof message === 'string') return message;
  if (Buffer.isBuffer(message)) return message.toString('latin1');
  const payload = pdu.message_payload as { message?: unknown } | undefined;
  return typeof payload?.message === 'string' ? payload.message : '';
}
