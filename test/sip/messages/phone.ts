/**
 * A SIP phone over UDP or TCP for the instant message tests, built on Switchboard's own SIP parser and digest: it
 * registers with its account (challenged, then digest with qop=auth), and answers each MESSAGE it receives with the
 * status the test sets (200 by default; none at all for the first `ignore` requests, to see the server retransmit),
 * and each INVITE with 486 Busy Here (a call placed to it is seen, and fails without media).
 * Over TCP it keeps its one connection to the server, which the server's requests come back on (RFC 3261 §18.2.1).
 */
import { createHash, randomBytes } from 'node:crypto';
import { createSocket, type Socket } from 'node:dgram';
import { connect, type AddressInfo, type Socket as TcpSocket } from 'node:net';
import { digestHa1, digestResponse } from '../../../src/domain/telephony/digest.ts';
import {
  nextStreamFrame,
  parseSipMessage,
  responseTo,
  serializeSipMessage,
  SipHeaders,
  type SipMessage,
  type SipRequest,
  type SipResponse,
} from '../../../src/protocol/sip/message.ts';

export interface ReceivedMessage {
  request: SipRequest;
  /** When it arrived (ms, performance.now()): retransmissions are spaced by Timer E. */
  at: number;
}

export class TestPhone {
  readonly username: string;
  readonly password: string;
  /** Every MESSAGE request received, retransmissions included. */
  readonly received: ReceivedMessage[] = [];
  /** The status answered to a MESSAGE (200 accepts it). */
  answer = 200;
  /** How many MESSAGE requests to leave unanswered first. */
  ignore = 0;
  /** Every INVITE received (a call placed to the phone): each is answered 486 Busy Here, so no media is needed. */
  readonly invites: SipRequest[] = [];
  readonly transport: 'udp' | 'tcp';
  #socket: Socket | undefined;
  #tcp: TcpSocket | undefined;
  #waiting: ((m: SipResponse) => void) | undefined;
  #cseq = 0;
  readonly #callId = `${randomBytes(8).toString('hex')}@phone`;

  constructor(username: string, password: string, transport: 'udp' | 'tcp' = 'udp') {
    this.username = username;
    this.password = password;
    this.transport = transport;
  }

  get port(): number {
    return ((this.#tcp ?? this.#socket!).address() as AddressInfo).port;
  }

  /** UDP: binds its socket; TCP: connects to the server's SIP port (serverPort). */
  async start(serverPort?: number): Promise<this> {
    if (this.transport === 'tcp') {
      const tcp = connect({ host: '127.0.0.1', port: serverPort! });
      await new Promise<void>((resolve, reject) => tcp.once('connect', resolve).once('error', reject));
      let pending = Buffer.alloc(0);
      tcp.on('data', (chunk: Buffer) => {
        pending = Buffer.concat([pending, chunk]);
        for (let frame = nextStreamFrame(pending); frame; frame = nextStreamFrame(pending)) {
          if (frame.kind === 'message') this.#receive(parseSipMessage(pending.subarray(0, frame.length)));
          pending = pending.subarray(frame.length);
        }
      });
      this.#tcp = tcp;
      return this;
    }
    const socket = createSocket('udp4');
    socket.on('message', (bytes, rinfo) => this.#receive(parseSipMessage(bytes), rinfo));
    await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
    this.#socket = socket;
    return this;
  }

  close(): void {
    this.#socket?.close();
    this.#tcp?.destroy();
  }

  /** REGISTER, answered 401, then again with the digest: the final status. */
  async register(serverPort: number, expires = 300): Promise<number> {
    const first = await this.#request(serverPort, this.#register(serverPort, expires));
    if (first.status !== 401) return first.status;
    const challenge = first.headers.get('WWW-Authenticate') ?? '';
    const realm = /realm="([^"]*)"/.exec(challenge)![1]!;
    const nonce = /nonce="([^"]*)"/.exec(challenge)![1]!;
    const uri = `sip:127.0.0.1:${serverPort}`;
    const c = { nonce, uri, qop: 'auth', nc: '00000001', cnonce: randomBytes(4).toString('hex') };
    const response = digestResponse(digestHa1(this.username, realm, this.password), 'REGISTER', c);
    const again = this.#register(serverPort, expires);
    again.headers.append(
      'Authorization',
      `Digest username="${this.username}", realm="${realm}", nonce="${nonce}", uri="${uri}", response="${response}", qop=auth, nc=${c.nc}, cnonce="${c.cnonce}", algorithm=MD5`,
    );
    return (await this.#request(serverPort, again)).status;
  }

  /** Resolves once count MESSAGE requests (retransmissions included) have arrived, or fails after ms. */
  async messages(count: number, ms = 5000): Promise<ReceivedMessage[]> {
    const deadline = Date.now() + ms;
    while (this.received.length < count) {
      if (Date.now() > deadline) throw new Error(`${this.username}: ${this.received.length} of ${count} MESSAGEs`);
      await new Promise((r) => setTimeout(r, 20));
    }
    return this.received;
  }

  #register(serverPort: number, expires: number): SipRequest {
    const headers = new SipHeaders();
    const via = this.transport.toUpperCase();
    headers.append(
      'Via',
      `SIP/2.0/${via} 127.0.0.1:${this.port};branch=z9hG4bK${randomBytes(6).toString('hex')};rport`,
    );
    headers.append('Max-Forwards', '70');
    headers.append(
      'From',
      `<sip:${this.username}@127.0.0.1>;tag=${createHash('md5').update(this.#callId).digest('hex')}`,
    );
    headers.append('To', `<sip:${this.username}@127.0.0.1>`);
    headers.append('Call-ID', this.#callId);
    headers.append('CSeq', `${++this.#cseq} REGISTER`);
    const contactTransport = this.transport === 'tcp' ? ';transport=tcp' : '';
    headers.append('Contact', `<sip:${this.username}@127.0.0.1:${this.port}${contactTransport}>`);
    headers.append('Expires', String(expires));
    headers.append('User-Agent', 'switchboard-test-phone');
    return { kind: 'request', method: 'REGISTER', uri: `sip:127.0.0.1:${serverPort}`, headers, body: Buffer.alloc(0) };
  }

  #request(serverPort: number, req: SipRequest): Promise<SipResponse> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.username}: no answer to ${req.method}`)), 5000);
      this.#waiting = (res) => {
        clearTimeout(timer);
        resolve(res);
      };
      this.#send(serializeSipMessage(req), { address: '127.0.0.1', port: serverPort });
    });
  }

  #send(bytes: Buffer, to: { address: string; port: number }): void {
    if (this.#tcp) this.#tcp.write(bytes);
    else this.#socket!.send(bytes, to.port, to.address);
  }

  /** from: the datagram's sender (UDP); over TCP the answer goes back on the connection. */
  #receive(message: SipMessage, from = { address: '127.0.0.1', port: 0 }): void {
    if (message.kind === 'response') {
      if (message.status >= 200) this.#waiting?.(message);
      return;
    }
    if (message.method === 'INVITE') {
      this.invites.push(message);
      this.#send(serializeSipMessage(responseTo(message, 486, 'Busy Here', 'phone')), from);
      return;
    }
    if (message.method !== 'MESSAGE') return;
    this.received.push({ request: message, at: performance.now() });
    if (this.received.length <= this.ignore) return;
    const reply = responseTo(message, this.answer, this.answer === 200 ? 'OK' : 'Busy Here', 'phone');
    this.#send(serializeSipMessage(reply), from);
  }
}
