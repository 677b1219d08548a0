/**
 * The UAC side of SIP MESSAGE (RFC 3428) for instant messages: one non-INVITE client transaction per contact
 * (RFC 3261 §17.1.2). Over UDP the request leaves from a socket of its own, so the response comes back to it by the
 * Via (§18.2.2), retransmitted on Timer E (T1 doubling to T2; T2 after a provisional) until Timer F (64*T1). Over TCP
 * and WebSocket it goes on the connection the phone registered on (the edge's send) with Timer F only; its response
 * reaches `receive` once the edge hands client responses on (see the report of issue 15: the dispatch drops them).
 */
import { randomBytes } from 'node:crypto';
import { createSocket, type Socket } from 'node:dgram';
import type { AddressInfo } from 'node:net';
import type { Binding } from '../../domain/telephony/registrations.ts';
import type { MessageCarrier } from '../../domain/telephony/messages/instant-messages.ts';
import { formatHostPort } from '../../protocol/sip/addresses.ts';
import {
  parseSipMessage,
  parseVia,
  serializeSipMessage,
  SipHeaders,
  SipParseError,
  type SipRequest,
  type SipResponse,
} from '../../protocol/sip/message.ts';
import type { SipEdge } from './edge.ts';

/** RFC 3261 §17.1.1.1 defaults; tests shorten them. */
export interface TransactionTimers {
  t1: number;
  t2: number;
}

export const RFC3261_TIMERS: TransactionTimers = { t1: 500, t2: 4000 };
const MAGIC_COOKIE = 'z9hG4bK';

export interface MessageClientOptions {
  edge: Pick<SipEdge, 'send' | 'port'>;
  /** The address the edge listens on: the UDP socket binds there and Via names it. */
  host: string;
  /** The domain of the From and To URIs (sip.realm, else the host). */
  domain: string;
  timers?: TransactionTimers;
}

interface Pending {
  onProvisional(): void;
  onFinal(status: number): void;
}

export class SipMessageClient implements MessageCarrier {
  readonly #o: MessageClientOptions;
  readonly #timers: TransactionTimers;
  readonly #pending = new Map<string, Pending>();
  #udp: Socket | undefined;

  constructor(options: MessageClientOptions) {
    this.#o = options;
    this.#timers = options.timers ?? RFC3261_TIMERS;
  }

  async start(): Promise<void> {
    const socket = createSocket({ type: this.#o.host.includes(':') ? 'udp6' : 'udp4' });
    socket.on('message', (datagram) => this.#datagram(datagram));
    await new Promise<void>((resolve, reject) => {
      socket.once('error', reject);
      socket.bind(0, this.#o.host, () => {
        socket.off('error', reject);
        resolve();
      });
    });
    this.#udp = socket;
  }

  async stop(): Promise<void> {
    for (const pending of this.#pending.values()) pending.onFinal(408);
    this.#udp?.close();
    this.#udp = undefined;
  }

  /** True when the contact answered 2xx; false for any other final answer or none within Timer F. */
  async send(to: Binding, from: string, text: string): Promise<boolean> {
    const udp = to.source.transport === 'udp' ? this.#udp : undefined;
    if (to.source.transport === 'udp' && !udp) return false;
    const branch = `${MAGIC_COOKIE}${randomBytes(8).toString('hex')}`;
    const request = this.#request(to, from, text, branch, udp);
    const status = await new Promise<number>((resolve) => {
      let retransmit: NodeJS.Timeout | undefined;
      let interval = this.#timers.t1;
      const bytes = serializeSipMessage(request);
      const sendAgain = () => {
        udp?.send(bytes, to.source.port, to.source.address);
        interval = Math.min(interval * 2, this.#timers.t2);
        retransmit = setTimeout(sendAgain, interval);
      };
      const timerF = setTimeout(() => finish(408), 64 * this.#timers.t1);
      const finish = (final: number) => {
        clearTimeout(timerF);
        clearTimeout(retransmit);
        this.#pending.delete(branch);
        resolve(final);
      };
      this.#pending.set(branch, {
        onProvisional: () => {
          interval = this.#timers.t2;
        },
        onFinal: finish,
      });
      if (udp) {
        udp.send(bytes, to.source.port, to.source.address);
        retransmit = setTimeout(sendAgain, interval);
      } else this.#o.edge.send(request, to.source).catch(() => finish(503));
    });
    return status >= 200 && status < 300;
  }

  /** A response to one of our requests (from our UDP socket, or handed on by the edge for TCP/WebSocket). */
  receive(response: SipResponse): void {
    const via = response.headers.get('Via');
    if (via === undefined) return;
    const branch = parseVia(via).params.get('branch');
    const pending = branch === undefined ? undefined : this.#pending.get(branch);
    if (!pending) return;
    if (response.status < 200) pending.onProvisional();
    else pending.onFinal(response.status);
  }

  #datagram(datagram: Buffer): void {
    try {
      const message = parseSipMessage(datagram);
      if (message.kind === 'response') this.receive(message);
    } catch (e) {
      // Garbage on our socket is dropped, as the edge drops it.
      if (!(e instanceof SipParseError)) throw e;
    }
  }

  #request(to: Binding, from: string, text: string, branch: string, udp: Socket | undefined): SipRequest {
    const port = udp ? (udp.address() as AddressInfo).port : this.#o.edge.port;
    const transport = to.source.transport.toUpperCase();
    const headers = new SipHeaders();
    headers.append('Via', `SIP/2.0/${transport} ${formatHostPort(this.#o.host, port)};branch=${branch};rport`);
    headers.append('Max-Forwards', '70');
    headers.append('From', `<sip:${from}@${this.#o.domain}>;tag=${randomBytes(6).toString('hex')}`);
    headers.append('To', `<sip:${to.username}@${this.#o.domain}>`);
    headers.append('Call-ID', `${randomBytes(12).toString('hex')}@${this.#o.domain}`);
    headers.append('CSeq', '1 MESSAGE');
    headers.append('Content-Type', 'text/plain;charset=UTF-8');
    return { kind: 'request', method: 'MESSAGE', uri: to.contact, headers, body: Buffer.from(text, 'utf8') };
  }
}
