/**
 * SIP over TCP for the calls Switchboard places (RFC 3261 §18.1.1, §18.3): a connection opened to a party's contact
 * when a leg is sent there (reused while open), and a listener on the legs' port for parties that open their own for
 * in-dialog requests. Messages are framed by Content-Length; keep-alive pings are answered; a stream that cannot be
 * framed is closed.
 */
import { connect, createServer, type Server, type Socket } from 'node:net';
import { nextStreamFrame, SipParseError } from '../../protocol/sip/message.ts';

/** Sends bytes back on the connection a message came in on. */
export type StreamReply = (bytes: Buffer) => void;
export type StreamReceiver = (bytes: Buffer, reply: StreamReply) => void;

const PONG = Buffer.from('\r\n');
/** A connection nobody used for this long is closed (calls keep theirs busy with nothing but the BYE at the end). */
const IDLE_MS = 3_600_000;

export class CallTcpLinks {
  readonly #receive: StreamReceiver;
  readonly #open = new Map<string, Socket>();
  readonly #server: Server;

  constructor(receive: StreamReceiver) {
    this.#receive = receive;
    this.#server = createServer((socket) => this.#serve(socket));
  }

  listen(host: string, port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#server.once('error', reject);
      // Exclusive: the port is the worker's own UDP port (call-legs-client.ts), not one shared by the fleet.
      this.#server.listen({ port, host, exclusive: true }, () => {
        this.#server.off('error', reject);
        resolve();
      });
    });
  }

  /** Writes on the open connection to address:port, opening one first when there is none. */
  send(bytes: Buffer, to: { address: string; port: number }): void {
    const key = `${to.address}|${to.port}`;
    let socket = this.#open.get(key);
    if (!socket || socket.destroyed) {
      socket = connect({ host: to.address, port: to.port });
      this.#open.set(key, socket);
      const opened = socket;
      opened.once('close', () => {
        if (this.#open.get(key) === opened) this.#open.delete(key);
      });
      this.#serve(opened);
    }
    socket.write(bytes);
  }

  async close(): Promise<void> {
    for (const socket of this.#open.values()) socket.destroy();
    this.#open.clear();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #serve(socket: Socket): void {
    const reply = (bytes: Buffer) => {
      if (socket.writable) socket.write(bytes);
    };
    socket.setTimeout(IDLE_MS, () => socket.destroy());
    socket.on('error', () => socket.destroy());
    let buffer = Buffer.alloc(0);
    socket.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      try {
        for (let frame = nextStreamFrame(buffer); frame; frame = nextStreamFrame(buffer)) {
          const bytes = buffer.subarray(0, frame.length);
          buffer = buffer.subarray(frame.length);
          if (frame.kind === 'ping') reply(PONG);
          else if (frame.kind === 'message') this.#receive(bytes, reply);
        }
      } catch (e) {
        if (!(e instanceof SipParseError)) throw e;
        socket.destroy();
      }
    });
  }
}
