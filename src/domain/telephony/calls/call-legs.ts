/**
 * The port the call controller places its legs through (RFC 3261 §13, §15): one INVITE per leg, its final outcome,
 * the ACK, and hanging up. The SIP user agent client behind it lives in src/runtime/sip/call-legs-client.ts.
 */

/**
 * Where a leg is sent: the request URI, and the transport, address and port it goes to (over UDP the phone's
 * registered source, over TCP a connection to its contact, over WebSocket the connection the phone registered on,
 * named by its source address and port).
 */
export interface LegTarget {
  uri: string;
  transport: 'udp' | 'tcp' | 'ws' | 'wss';
  address: string;
  port: number;
}

export interface LegRequest {
  target: LegTarget;
  /** The user part of the From (who the called phone sees calling). */
  caller: string;
  /** The session description offered in the INVITE; none for RFC 3725 flow I's first leg. */
  sdp?: Buffer;
  /** How long the phone may ring before the INVITE is cancelled. */
  ringTimeoutMs: number;
}

/** The INVITE's final answer: 2xx with its session description, or the failure (408 when it timed out, 487 cancelled). */
export type LegOutcome = { answered: true; sdp: Buffer } | { answered: false; status: number; reason: string };

export interface CallLeg {
  /** The SIP Call-ID of the leg's dialog. */
  readonly callId: string;
  readonly outcome: Promise<LegOutcome>;
  /** Acknowledges the 2xx (a new transaction, RFC 3261 §13.2.2.4), carrying the answer when the 2xx held the offer. */
  ack(sdp?: Buffer): Promise<void>;
  /** Ends the leg: BYE once answered, CANCEL while it rings; resolves when the far end confirmed or gave up. */
  hangUp(): Promise<void>;
  /** Called once when the far end sends BYE (the leg is then over). */
  onRemoteHangUp(listener: () => void): void;
}

export interface CallLegs {
  invite(request: LegRequest): CallLeg;
  close(): Promise<void>;
}
