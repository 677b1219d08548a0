/**
 * A real SMSC for the tests: the `smpp` package's server side on a loopback ephemeral port. It binds transceivers
 * that give the right account, answers submit_sm with its own message_id and records each (the decoded text, the
 * UDH, the data_coding), sends delivery receipts when asked, sends inbound SMS, and can be killed and started again
 * on the same port.
 */
import type { AddressInfo } from 'node:net';
import smpp, { type Pdu, type Server, type Session } from 'smpp';

export const SMSC_ACCOUNT = { systemId: 'sbtest', password: 'secret' };

export interface Submitted {
  messageId: string;
  /** Which bind (1 for the first the SMSC accepted) the submit_sm came over. */
  bind: number;
  /** When it arrived (performance.now()). */
  at: number;
  source: string;
  destination: string;
  dataCoding: number;
  esmClass: number;
  registeredDelivery: number;
  /** validity_period, as an absolute time. */
  validUntil: Date | undefined;
  /** The concatenation IE (reference, total, sequence) when the part carries one. */
  concat?: { reference: number; total: number; sequence: number };
  text: string;
}

export class TestSmsc {
  readonly submitted: Submitted[] = [];
  /** Receipt stat the SMSC sends after each accepted submit_sm; undefined: none. */
  receiptStat: string | undefined;
  /** A hung SMSC: the connection stays open and nothing is answered. */
  silent = false;
  enquireLinks = 0;
  #server: Server | undefined;
  #port = 0;
  #nextId = 1;
  #bound: Session[] = [];
  #binds = 0;

  static async start(): Promise<TestSmsc> {
    const smsc = new TestSmsc();
    await smsc.listen();
    return smsc;
  }

  get port(): number {
    return this.#port;
  }

  get bindCount(): number {
    return this.#bound.length;
  }

  /** Listens on the port it had (a restart), or an ephemeral one the first time. */
  async listen(): Promise<void> {
    const server = smpp.createServer((session) => this.#serve(session));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.#port, '127.0.0.1', () => resolve());
    });
    this.#port = (server.address() as AddressInfo).port;
    this.#server = server;
  }

  /** The SMSC goes away: every session cut, the port closed. */
  async kill(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    this.#server = undefined;
    for (const session of [...server.sessions]) session.destroy();
    this.#bound = [];
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** An SMS from a handset to the bound ESME (deliver_sm, not a receipt); concat: one part of a long one. */
  deliverInbound(from: string, to: string, text: string, concat?: Submitted['concat']): Promise<Pdu> {
    const udh = concat && Buffer.from([0x05, 0x00, 0x03, concat.reference, concat.total, concat.sequence]);
    const short_message = udh ? { udh, message: text } : text;
    return this.#deliver({ source_addr: from, destination_addr: to, esm_class: 0, short_message });
  }

  sendReceipt(messageId: string, stat: string): Promise<Pdu> {
    const text = `id:${messageId} sub:001 dlvrd:${stat === 'DELIVRD' ? '001' : '000'} submit date:2612051200 done date:2612051201 stat:${stat} err:${stat === 'DELIVRD' ? '000' : '001'} text:`;
    return this.#deliver({ source_addr: '1', destination_addr: '2', esm_class: 0x04, short_message: text });
  }

  #deliver(fields: Record<string, unknown>): Promise<Pdu> {
    const session = this.#bound[0];
    if (!session) return Promise.reject(new Error('no ESME bound'));
    return new Promise((resolve) => session.send(new smpp.PDU('deliver_sm', fields), resolve));
  }

  #serve(session: Session): void {
    let bind = 0;
    session.on('error', () => {});
    session.on('bind_transceiver', (pdu: Pdu) => {
      if (this.silent) return;
      const ok = pdu.system_id === SMSC_ACCOUNT.systemId && pdu.password === SMSC_ACCOUNT.password;
      session.send(pdu.response({ command_status: ok ? 0 : 0x0e, system_id: 'testsmsc' }));
      if (!ok) return;
      this.#bound.push(session);
      bind = ++this.#binds;
    });
    session.on('enquire_link', (pdu: Pdu) => {
      if (this.silent) return;
      this.enquireLinks += 1;
      session.send(pdu.response());
    });
    session.on('unbind', (pdu: Pdu) => {
      session.send(pdu.response());
      session.close();
    });
    session.on('close', () => {
      this.#bound = this.#bound.filter((s) => s !== session);
    });
    session.on('submit_sm', (pdu: Pdu) => {
      if (this.silent) return;
      const messageId = `m${this.#nextId++}`;
      this.submitted.push(record(pdu, messageId, bind));
      session.send(pdu.response({ message_id: messageId }));
      if (this.receiptStat) void this.sendReceipt(messageId, this.receiptStat);
    });
  }
}

function record(pdu: Pdu, messageId: string, bind: number): Submitted {
  const sm = pdu.short_message as { message: string; udh?: Buffer[] };
  const ie = sm.udh?.find((h) => h[0] === 0x00);
  return {
    messageId,
    bind,
    at: performance.now(),
    source: String(pdu.source_addr),
    destination: String(pdu.destination_addr),
    dataCoding: Number(pdu.data_coding),
    esmClass: Number(pdu.esm_class),
    registeredDelivery: Number(pdu.registered_delivery),
    validUntil: pdu.validity_period instanceof Date ? pdu.validity_period : undefined,
    ...(ie ? { concat: { reference: ie[2]!, total: ie[3]!, sequence: ie[4]! } } : {}),
    text: sm.message,
  };
}
