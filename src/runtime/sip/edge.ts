/** The SIP edge's face to the rest of Switchboard: who handles which method, and sending back to a peer. */
import type { SipMessage, SipPeer, SipRequest, SipResponse } from '../../protocol/sip/message.ts';

export type { SipPeer } from '../../protocol/sip/message.ts';

/** Answers a request; undefined when the handler sent (or will send) its answers itself through `send`. */
export type SipRequestHandler = (req: SipRequest, from: SipPeer) => Promise<SipResponse | undefined>;

/** Hears the responses that arrive (to requests Switchboard sent as a client: MESSAGE, INVITE legs). */
export type SipResponseHandler = (res: SipResponse, from: SipPeer) => void;

export interface SipEdge {
  /** The one handler for incoming requests of a method (the registrar for REGISTER); others are answered 405. */
  onRequest(method: string, handler: SipRequestHandler): void;
  /** Adds a listener for incoming responses (each hears every one and keeps what matches its own requests). */
  onResponse(handler: SipResponseHandler): void;
  /** Hears each TCP or WebSocket connection that closes, with its peer. */
  onConnectionClosed(listener: (peer: SipPeer) => void): void;
  /** Sends on the peer's connection/socket (TCP/WS: the connection it came in on, if still open). */
  send(message: SipMessage, to: SipPeer): Promise<void>;
  /** The UDP/TCP port (sip.port, or the one the system chose for 0 in tests); undefined when SIP is off. */
  readonly port: number;
  close(): Promise<void>;
}
