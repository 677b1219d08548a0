/**
 * The user agent client of the calls Switchboard places (RFC 3261 §13, §17.1), on a port of its own, UDP and TCP:
 * the legs get an address where their responses and the parties' in-dialog requests (BYE) arrive. A phone registered
 * over WebSocket is reached through the edge instead, on the connection it registered on (RFC 7118), its responses
 * and BYE handed over by the edge. Over UDP, INVITE client transactions retransmit on Timer A and BYE on Timer E;
 * over TCP and WebSocket nothing is retransmitted (§17.1.1.2); Timer B and F end a transaction without an answer
 * either way. Non-2xx finals are acknowledged in the transaction, 2xx by a new ACK.
 */
import type { Socket } from 'node:dgram';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import type { Logger } from 'pino';
import { formatHostPort } from '../../protocol/sip/addresses.ts';
import { newBranch, newTag, randomHex } from '../../protocol/sip/identifiers.ts';
import {
  parseNameAddr,
  parseSipMessage,
  responseTo,
  serializeSipMessage,
  SipHeaders,
  SipParseError,
  type SipMessage,
  type SipRequest,
  type SipResponse,
} from '../../protocol/sip/message.ts';
import type { CallLeg, CallLegs, LegOutcome, LegRequest, LegTarget } from '../../domain/telephony/calls/call-legs.ts';
import type { SipEdge } from './edge.ts';
import { CallTcpLinks } from './call-tcp-links.ts';
import { bindOwnUdpPort } from './own-port.ts';

/** RFC 3261 §17.1.1.1 timers; tests may shorten T1. */
export interface SipTimers {
  t1: number;
  t2: number;
}
const DEFAULT_TIMERS: SipTimers = { t1: 500, t2: 4000 };
/** Ports tried for a UDP port whose TCP twin is free. */
const PORT_ATTEMPTS = 10;

/** The edge as the legs use it: sending to WebSocket phones, and hearing their responses and requests. */
export type LegsEdge = Pick<SipEdge, 'send' | 'onResponse' | 'onRequest'>;

/** The legs' UDP socket and TCP listener, on one port the system chooses on host, beside the edge. */
export async function startCallLegs(
  host: string,
  edge: LegsEdge,
  logger: Logger,
  timers = DEFAULT_TIMERS,
): Promise<SipCallLegs> {
  for (let attempt = 1; ; attempt++) {
    const socket = await bindOwnUdpPort(host);
    const legs = new SipCallLegs(socket, edge, logger, timers);
    try {
      await legs.listenTcp(host);
      return legs;
    } catch (e) {
      await legs.close();
      if (attempt >= PORT_ATTEMPTS) throw e;
    }
  }
}

type Reply = (message: SipMessage) => void;

/**
 * For a socket bound to every interface (0.0.0.0, ::), the first external address of the machine of that family
 * (loopback when there is none); any other bound address as it is.
 */
export function reachableAddress(bound: string): string {
  if (bound !== '0.0.0.0' && bound !== '::') return bound;
  const family = bound === '::' ? 'IPv6' : 'IPv4';
  const external = Object.values(networkInterfaces())
    .flat()
    .find((i) => i && i.family === family && !i.internal && !i.address.startsWith('fe80:'));
  return external?.address ?? (family === 'IPv6' ? '::1' : '127.0.0.1');
}

export class SipCallLegs implements CallLegs {
  readonly #socket: Socket;
  readonly #tcp: CallTcpLinks;
  readonly #edge: LegsEdge;
  readonly #logger: Logger;
  readonly #timers: SipTimers;
  readonly #legs = new Map<string, ClientLeg>();

  constructor(socket: Socket, edge: LegsEdge, logger: Logger, timers: SipTimers) {
    this.#socket = socket;
    this.#edge = edge;
    this.#logger = logger;
    this.#timers = timers;
    socket.on('message', (bytes, rinfo) =>
      this.#receive(bytes, (answer) => this.#sendUdp(answer, { address: rinfo.address, port: rinfo.port })),
    );
    this.#tcp = new CallTcpLinks((bytes, reply) =>
      this.#receive(bytes, (answer) => reply(serializeSipMessage(answer))),
    );
    // What WebSocket phones send back comes in through the edge; the message client hears its own responses there.
    edge.onResponse((res) => this.#legs.get(res.headers.get('Call-ID') ?? '')?.response(res));
    edge.onRequest('BYE', async (req) => this.#inDialog(req));
  }

  listenTcp(host: string): Promise<void> {
    return this.#tcp.listen(host, (this.#socket.address() as AddressInfo).port);
  }

  /** host:port the legs' Via and Contact name: an address the parties can send to, never the wildcard. */
  get local(): string {
    const { address, port } = this.#socket.address() as AddressInfo;
    return formatHostPort(reachableAddress(address), port);
  }

  invite(request: LegRequest): CallLeg {
    const leg = new ClientLeg(request, {
      local: this.local,
      timers: this.#timers,
      send: (message, to) => this.#send(message, to, () => leg.unreachable()),
      forget: (callId) => this.#legs.delete(callId),
    });
    this.#legs.set(leg.callId, leg);
    leg.start();
    return leg;
  }

  async close(): Promise<void> {
    for (const leg of this.#legs.values()) leg.abandon();
    this.#legs.clear();
    await this.#tcp.close();
    await new Promise<void>((resolve) => this.#socket.close(() => resolve()));
  }

  /** unreachable: told when it cannot be sent at all (a WebSocket phone's connection closed). */
  #send(message: SipMessage, to: LegTarget, unreachable: () => void): void {
    if (to.transport === 'tcp') this.#tcp.send(serializeSipMessage(message), to);
    else if (to.transport === 'udp') this.#sendUdp(message, to);
    else
      this.#edge.send(message, to).catch((err: unknown) => {
        this.#logger.warn({ err, to }, 'SIP call leg send failed');
        unreachable();
      });
  }

  #sendUdp(message: SipMessage, to: { address: string; port: number }): void {
    this.#socket.send(serializeSipMessage(message), to.port, to.address, (err) => {
      if (err) this.#logger.warn({ err, to }, 'SIP call leg send failed');
    });
  }

  #receive(bytes: Buffer, reply: Reply): void {
    let message: SipMessage;
    try {
      message = parseSipMessage(bytes);
    } catch (e) {
      if (e instanceof SipParseError) return; // garbage on the legs' port is dropped
      throw e;
    }
    const leg = this.#legs.get(message.headers.get('Call-ID') ?? '');
    if (message.kind === 'response') {
      leg?.response(message);
      return;
    }
    if (message.method === 'ACK') return;
    reply(this.#inDialog(message));
  }

  /** A party's request inside a leg's dialog, answered by the leg; 481 for a dialog there is none of. */
  #inDialog(req: SipRequest): SipResponse {
    const leg = this.#legs.get(req.headers.get('Call-ID') ?? '');
    return leg ? leg.request(req) : responseTo(req, 481, 'Call/Transaction Does Not Exist');
  }
}

interface LegPlumbing {
  local: string;
  timers: SipTimers;
  send(message: SipMessage, to: LegTarget): void;
  forget(callId: string): void;
}

type LegState = 'calling' | 'proceeding' | 'answered' | 'failed' | 'ended';

class ClientLeg implements CallLeg {
  readonly callId = `${randomHex(12)}@switchboard`;
  readonly outcome: Promise<LegOutcome>;
  readonly #request: LegRequest;
  readonly #plumbing: LegPlumbing;
  readonly #fromTag = newTag();
  readonly #invite: SipRequest;
  #state: LegState = 'calling';
  #cseq = 1;
  #settle!: (outcome: LegOutcome) => void;
  #remoteTo = '';
  #remoteTarget = '';
  #ackSent: SipRequest | undefined;
  #timers: NodeJS.Timeout[] = [];
  #remoteHangUp: (() => void) | undefined;
  #byeDone: (() => void) | undefined;

  constructor(request: LegRequest, plumbing: LegPlumbing) {
    this.#request = request;
    this.#plumbing = plumbing;
    this.outcome = new Promise((resolve) => {
      this.#settle = resolve;
    });
    this.#invite = this.#build('INVITE', request.target.uri, `<${request.target.uri}>`, request.sdp);
  }

  start(): void {
    const { t1 } = this.#plumbing.timers;
    const retransmit = (interval: number) => {
      if (this.#state !== 'calling') return;
      this.#sendRequest(this.#invite);
      if (!this.#reliable) this.#timers.push(setTimeout(() => retransmit(interval * 2), interval));
    };
    retransmit(t1);
    // Timer B ends only a transaction still calling (§17.1.1.2); a ringing one ends by the ring timeout's CANCEL.
    const timerB = () => {
      if (this.#state === 'calling') this.#fail(408, 'Request Timeout');
    };
    this.#timers.push(setTimeout(timerB, 64 * t1));
    this.#timers.push(setTimeout(() => void this.#giveUpRinging(), this.#request.ringTimeoutMs));
  }

  async ack(sdp?: Buffer): Promise<void> {
    if (this.#state !== 'answered' || this.#ackSent) return;
    this.#ackSent = this.#build('ACK', this.#remoteTarget, this.#remoteTo, sdp);
    this.#sendRequest(this.#ackSent);
  }

  async hangUp(): Promise<void> {
    if (this.#state === 'calling') return this.#fail(487, 'Request Terminated');
    if (this.#state === 'proceeding') return this.#cancel();
    if (this.#state !== 'answered') return;
    this.#state = 'ended';
    this.#stopTimers();
    this.#cseq += 1;
    const bye = this.#build('BYE', this.#remoteTarget, this.#remoteTo);
    await this.#nonInviteTransaction(bye);
    this.#plumbing.forget(this.callId);
  }

  onRemoteHangUp(listener: () => void): void {
    this.#remoteHangUp = listener;
  }

  /** The phone cannot be sent to (its WebSocket connection is gone): a leg not answered yet fails now. */
  unreachable(): void {
    this.#fail(503, 'Service Unavailable');
    this.#byeDone?.();
  }

  /** The socket is closing: nothing more will arrive. */
  abandon(): void {
    this.#stopTimers();
    if (this.#state === 'calling' || this.#state === 'proceeding') this.#fail(503, 'Service Unavailable');
    this.#byeDone?.();
  }

  response(res: SipResponse): void {
    const method = (res.headers.get('CSeq') ?? '').split(/\s+/)[1];
    if (method === 'BYE' || method === 'CANCEL') {
      if (res.status >= 200 && method === 'BYE') this.#byeDone?.();
      return;
    }
    if (method !== 'INVITE') return;
    if (res.status < 200) {
      if (this.#state === 'calling') this.#state = 'proceeding';
      return;
    }
    if (res.status < 300) {
      this.#answered(res);
      return;
    }
    // RFC 3261 §17.1.1.3: the ACK of a non-2xx is part of the INVITE transaction (same branch and Request-URI).
    const to = res.headers.get('To') ?? `<${this.#request.target.uri}>`;
    const ack = this.#build('ACK', this.#request.target.uri, to);
    ack.headers.set('Via', this.#invite.headers.get('Via')!);
    this.#sendRequest(ack);
    this.#fail(res.status, res.reason);
  }

  /** A request inside the leg's dialog: BYE ends it; anything else is answered without changing it. */
  request(req: SipRequest): SipResponse {
    if (req.method !== 'BYE') return responseTo(req, 200, 'OK');
    const wasUp = this.#state === 'answered';
    this.#state = 'ended';
    this.#stopTimers();
    this.#plumbing.forget(this.callId);
    if (wasUp) this.#remoteHangUp?.();
    return responseTo(req, 200, 'OK');
  }

  #answered(res: SipResponse): void {
    if (this.#state !== 'calling' && this.#state !== 'proceeding') {
      // A retransmitted 2xx: our ACK was lost (RFC 3261 §13.2.2.4).
      if (this.#ackSent) this.#sendRequest(this.#ackSent);
      return;
    }
    this.#state = 'answered';
    this.#stopTimers();
    this.#remember(res);
    this.#settle({ answered: true, sdp: res.body });
  }

  /** The dialog's remote tag (in To) and target (the 2xx's Contact) for the ACK and the BYE. */
  #remember(res: SipResponse): void {
    this.#remoteTo = res.headers.get('To') ?? '';
    const contact = res.headers.get('Contact');
    this.#remoteTarget = contact ? parseNameAddr(contact).uri : this.#request.target.uri;
  }

  async #cancel(): Promise<void> {
    const cancel = this.#build('CANCEL', this.#request.target.uri, `<${this.#request.target.uri}>`);
    cancel.headers.set('Via', this.#invite.headers.get('Via')!);
    this.#sendRequest(cancel);
    // The phone answers the INVITE 487; if it never does, the INVITE counts as cancelled after 64·T1 (§9.1).
    this.#timers.push(setTimeout(() => this.#fail(487, 'Request Terminated'), 64 * this.#plumbing.timers.t1));
    await this.outcome;
  }

  async #giveUpRinging(): Promise<void> {
    if (this.#state === 'proceeding') await this.#cancel();
    else if (this.#state === 'calling') this.#fail(408, 'Request Timeout');
  }

  #fail(status: number, reason: string): void {
    if (this.#state !== 'calling' && this.#state !== 'proceeding') return;
    this.#state = 'failed';
    this.#stopTimers();
    this.#plumbing.forget(this.callId);
    this.#settle({ answered: false, status, reason });
  }

  /** RFC 3261 §17.1.2.2: Timer E from T1 doubling up to T2, until a final response or Timer F (64*T1). */
  #nonInviteTransaction(req: SipRequest): Promise<void> {
    const { t1, t2 } = this.#plumbing.timers;
    return new Promise<void>((resolve) => {
      const timers: NodeJS.Timeout[] = [];
      const done = () => {
        for (const t of timers) clearTimeout(t);
        this.#byeDone = undefined;
        resolve();
      };
      this.#byeDone = done;
      const retransmit = (interval: number) => {
        this.#sendRequest(req);
        if (!this.#reliable) timers.push(setTimeout(() => retransmit(Math.min(interval * 2, t2)), interval));
      };
      retransmit(t1);
      timers.push(setTimeout(done, 64 * t1));
    });
  }

  /** A request of this leg's dialog, numbered with the current CSeq (ACK and CANCEL share the INVITE's). */
  #build(method: string, uri: string, to: string, body?: Buffer): SipRequest {
    const { local } = this.#plumbing;
    const headers = new SipHeaders();
    const transport = this.#request.target.transport;
    headers.append('Via', `SIP/2.0/${transport.toUpperCase()} ${local};branch=${newBranch()};rport`);
    headers.append('Max-Forwards', '70');
    headers.append('From', `<sip:${this.#request.caller}@${local}>;tag=${this.#fromTag}`);
    headers.append('To', to);
    headers.append('Call-ID', this.callId);
    headers.append('CSeq', `${this.#cseq} ${method}`);
    headers.append('Contact', `<sip:switchboard@${local}${transport === 'udp' ? '' : `;transport=${transport}`}>`);
    headers.append('User-Agent', 'Switchboard');
    if (body && body.length > 0) headers.append('Content-Type', 'application/sdp');
    return { kind: 'request', method, uri, headers, body: body ?? Buffer.alloc(0) };
  }

  /** TCP and WebSocket: the transport delivers, nothing is retransmitted (RFC 3261 §17.1.1.2, §17.1.2.2). */
  get #reliable(): boolean {
    return this.#request.target.transport !== 'udp';
  }

  #sendRequest(req: SipRequest): void {
    this.#plumbing.send(req, this.#request.target);
  }

  #stopTimers(): void {
    for (const t of this.#timers) clearTimeout(t);
    this.#timers = [];
  }
}
