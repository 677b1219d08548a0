/**
 * One SMPP 3.4 transceiver session with the SMSC (the `smpp` package): bind_transceiver, enquire_link keep-alive,
 * answers to the SMSC's enquire_link and unbind, and a new connection with back-off (doubling up to a ceiling) after
 * the SMSC drops it, refuses the bind, or goes silent for three keep-alive periods (a dead peer TCP never reports). submit() resolves with the submit_sm_resp; a link that drops first rejects it.
 */
import type { Logger } from 'pino';
import smpp, { type Pdu, type Session } from 'smpp';
import type { Config } from '../../platform/config.ts';

export interface SmppLinkOptions {
  /** The first reconnect delay; doubled per failure up to maxBackoffMs. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** How long a submit_sm may wait for its response. */
  responseTimeoutMs?: number;
  /** Told after each successful bind (the outbox worker looks for queued rows at once). */
  onBound?: () => void;
}

export class SmppLinkDown extends Error {
  constructor(message = 'the SMPP link is down') {
    super(message);
    this.name = 'SmppLinkDown';
  }
}

/** The SMSC silent (not even an enquire_link_resp) for this many keep-alive periods: the session is given up. */
const SILENT_PERIODS = 3;

type Pending = { resolve(pdu: Pdu): void; reject(e: Error): void };

export class SmppLink {
  readonly #account: NonNullable<Config['smpp']>;
  readonly #logger: Logger;
  readonly #onDeliver: (pdu: Pdu) => Promise<void>;
  readonly #backoffMs: number;
  readonly #maxBackoffMs: number;
  readonly #responseTimeoutMs: number;
  readonly #onBound: () => void;
  #session: Session | undefined;
  #bound = false;
  #stopped = false;
  #failures = 0;
  #reconnect: NodeJS.Timeout | undefined;
  readonly #pending = new Set<Pending>();

  /** onDeliver: a deliver_sm (receipt or inbound SMS); its deliver_sm_resp goes back once it resolves. */
  constructor(
    account: NonNullable<Config['smpp']>,
    logger: Logger,
    onDeliver: (pdu: Pdu) => Promise<void>,
    options: SmppLinkOptions = {},
  ) {
    this.#account = account;
    this.#logger = logger;
    this.#onDeliver = onDeliver;
    this.#backoffMs = options.backoffMs ?? 1000;
    this.#maxBackoffMs = options.maxBackoffMs ?? 60_000;
    this.#responseTimeoutMs = options.responseTimeoutMs ?? 30_000;
    this.#onBound = options.onBound ?? (() => {});
  }

  get bound(): boolean {
    return this.#bound;
  }

  start(): void {
    this.#stopped = false;
    this.#connect();
  }

  /** Sends submit_sm; resolves with its response (any command_status). */
  submit(fields: Record<string, unknown>): Promise<Pdu> {
    const session = this.#session;
    if (!session || !this.#bound) return Promise.reject(new SmppLinkDown());
    return new Promise<Pdu>((resolve, reject) => {
      const timer = setTimeout(
        () => settle.reject(new SmppLinkDown('no submit_sm_resp in time')),
        this.#responseTimeoutMs,
      );
      const settle: Pending = {
        resolve: (pdu) => done(() => resolve(pdu)),
        reject: (e) => done(() => reject(e)),
      };
      const done = (then: () => void) => {
        clearTimeout(timer);
        this.#pending.delete(settle);
        then();
      };
      this.#pending.add(settle);
      const sent = session.send(new smpp.PDU('submit_sm', fields), (pdu) => settle.resolve(pdu));
      if (!sent) settle.reject(new SmppLinkDown());
    });
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#reconnect);
    const session = this.#session;
    if (!session) return;
    if (this.#bound) {
      this.#bound = false;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 1000);
        const unbound = () => {
          clearTimeout(timer);
          resolve();
        };
        if (!session.send(new smpp.PDU('unbind'), unbound)) unbound();
      });
    }
    await new Promise<void>((resolve) => session.destroy(resolve));
  }

  #connect(): void {
    const session = smpp.connect({
      host: this.#account.host,
      port: this.#account.port,
      auto_enquire_link_period: this.#account.enquireLinkSeconds * 1000,
    });
    this.#session = session;
    const periodMs = this.#account.enquireLinkSeconds * 1000;
    let lastHeard = Date.now();
    const watchdog = setInterval(() => {
      if (Date.now() - lastHeard > SILENT_PERIODS * periodMs) {
        this.#logger.warn({ silentMs: Date.now() - lastHeard }, 'SMPP link silent; dropping it');
        session.destroy();
      }
    }, periodMs);
    session.on('pdu', () => {
      lastHeard = Date.now();
    });
    session.on('connect', () => this.#bind(session));
    session.on('error', (e: Error) => this.#logger.warn({ err: e.message }, 'SMPP link error'));
    session.on('close', () => {
      clearInterval(watchdog);
      this.#dropped(session);
    });
    session.on('enquire_link', (pdu: Pdu) => session.send(pdu.response()));
    session.on('unbind', (pdu: Pdu) => {
      this.#bound = false;
      session.send(pdu.response());
      session.close();
    });
    session.on('deliver_sm', (pdu: Pdu) => {
      this.#onDeliver(pdu).then(
        () => session.send(pdu.response()),
        (e: Error) => {
          this.#logger.error({ err: e.message }, 'SMPP deliver_sm not handled');
          // ESME_RX_T_APPN (0x64): a temporary failure, the SMSC delivers it again later.
          session.send(pdu.response({ command_status: 0x64 }));
        },
      );
    });
  }

  #bind(session: Session): void {
    const fields = {
      system_id: this.#account.systemId,
      password: this.#account.password,
      system_type: this.#account.systemType,
      interface_version: 0x34,
    };
    session.send(new smpp.PDU('bind_transceiver', fields), (pdu) => {
      if (pdu.command_status === 0) {
        this.#bound = true;
        this.#failures = 0;
        this.#logger.info({ smsc: `${this.#account.host}:${this.#account.port}` }, 'SMPP bound (transceiver)');
        this.#onBound();
      } else {
        this.#logger.error({ status: pdu.command_status }, 'SMPP bind refused');
        session.close();
      }
    });
  }

  #dropped(session: Session): void {
    if (session !== this.#session) return;
    this.#bound = false;
    for (const pending of [...this.#pending]) pending.reject(new SmppLinkDown());
    if (this.#stopped) return;
    const delay = Math.min(this.#backoffMs * 2 ** this.#failures, this.#maxBackoffMs);
    this.#failures += 1;
    this.#logger.warn({ retryInMs: delay }, 'SMPP link closed; reconnecting');
    this.#reconnect = setTimeout(() => this.#connect(), delay);
  }
}
