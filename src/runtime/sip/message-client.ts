/**
 * The UAC side of SIP MESSAGE (RFC 3428) for instant messages: one non-INVITE client transaction per contact
 * (RFC 3261 §17.1.2), to the address the contact's REGISTER came from (a phone behind NAT is reached where it
 * registered from, not at the private address its Contact names). Over UDP the request leaves from a socket of its
 * own, so the response comes back to it by the Via (§18.2.2), retransmitted on Timer E (T1 doubling to T2; T2 after a provisional) until Timer F (64*T1). Over TCP
 * and WebSocket it goes on the connection the phone registered on (the edge's send) with Timer F only, and its
 * response comes back on that connection: only when the edge hands such responses to `receive` (responsesOnConnections).
 * Until then a contact on TCP or WebSocket is not sent to — the message is kept as for an offline user — since sending
 * blind would deliver it and keep it too.
 */
import { createSocket, type Socket } from 'node:dgram';
import type { AddressInfo } from 'node:net';
import type { Binding } from '../../domain/telephony/registrations.ts';
import type { MessageCarrier } from '../../domain/telephony/messages/instant-messages.ts';
import { formatHostPort, formatUser } from '../../protocol/sip/addresses.ts';
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
import { bindOwnUdpPort } from './own-port.ts';
import { newBranch, newTag, randomHex } from '../../protocol/sip/identifiers.ts';

/** RFC 3261 §17.1.1.1 defaults; tests shorten them. */
export interface TransactionTimers {
  t1: number;
  t2: number;
}

export const RFC3261_TIMERS: TransactionTimers = { t1: 500, t2: 4000 };

export interface MessageClientOptions {
  edge: Pick<SipEdge, 'send' | 'port'>;
  /** The address the edge listens on: the UDP socket binds there and Via names it. */
  host: string;
  /** The domain of the From and To URIs (sip.realm); without one, the address the Via names. */
  domain?: string;
  timers?: TransactionTimers;
  /** The edge passes responses arriving on TCP/WebSocket connections to `receive`. */
  responsesOnConnections: boolean;
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
  #wildcard = false;

  constructor(options: MessageClientOptions) {
    this.#o = options;
    this.#timers = options.timers ?? RFC3261_TIMERS;
  }

  async start(): Promise<void> {
    this.#wildcard = isWildcard(this.#o.host);
    const socket = await bindOwnUdpPort(this.#o.host);
    socket.on('message', (datagram) => this.#datagram(datagram));
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
    if (to.source.transport === 'udp' ? !udp : !this.#o.responsesOnConnections) return false;
    const branch = newBranch();
    const request = this.#request(
      to,
      from,
      text,
      branch,
      udp,
      udp && this.#wildcard ? await localAddressToward(to.source) : undefined,
    );
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

  #request(
    to: Binding,
    from: string,
    text: string,
    branch: string,
    udp: Socket | undefined,
    viaHost = this.#o.host,
  ): SipRequest {
    const port = udp ? (udp.address() as AddressInfo).port : this.#o.edge.port;
    const transport = to.source.transport.toUpperCase();
    const domain = this.#o.domain ?? formatHostPort(viaHost);
    const headers = new SipHeaders();
    headers.append('Via', `SIP/2.0/${transport} ${formatHostPort(viaHost, port)};branch=${branch};rport`);
    headers.append('Max-Forwards', '70');
    // A sender may be an SMS's alphanumeric sender id ("Shop 24"): escaped, as any user part.
    headers.append('From', `<sip:${formatUser(from)}@${domain}>;tag=${newTag()}`);
    headers.append('To', `<sip:${formatUser(to.username)}@${domain}>`);
    headers.append('Call-ID', `${randomHex(12)}@${domain}`);
    headers.append('CSeq', '1 MESSAGE');
    headers.append('Content-Type', 'text/plain;charset=UTF-8');
    return { kind: 'request', method: 'MESSAGE', uri: to.contact, headers, body: Buffer.from(text, 'utf8') };
  }
}

function isWildcard(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || host === '';
}

/**
 * The address of this host on the route to peer (listening on every address, the Via must name one the phone can
 * answer to): what the system picks for a UDP socket connected there; nothing is sent.
 */
function localAddressToward(peer: { address: string; port: number }): Promise<string> {
  const probe = createSocket({ type: peer.address.includes(':') ? 'udp6' : 'udp4' });
  return new Promise<string>((resolve, reject) => {
    probe.once('error', reject);
    probe.connect(peer.port, peer.address, () => resolve(probe.address().address));
  }).finally(() => probe.close());
}
