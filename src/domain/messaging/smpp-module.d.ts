/** The part of the `smpp` package (0.5, untyped) Switchboard uses: sessions, PDUs, and its GSM 03.38 coder. */
declare module 'smpp' {
  import type { EventEmitter } from 'node:events';
  import type { Server as NetServer } from 'node:net';

  export interface Pdu {
    command: string;
    command_status: number;
    sequence_number: number;
    [field: string]: unknown;
    isResponse(): boolean;
    response(options?: Record<string, unknown>): Pdu;
  }
  export const PDU: new (command: string, options?: Record<string, unknown>) => Pdu;
  export interface Session extends EventEmitter {
    send(pdu: Pdu, onResponse?: (pdu: Pdu) => void): boolean;
    close(callback?: () => void): void;
    destroy(callback?: () => void): void;
    /** One method per command (bind_transceiver, submit_sm, deliver_sm, enquire_link, unbind, …). */
    [command: string]: unknown;
  }
  export interface Server extends NetServer {
    sessions: Session[];
  }
  export interface ConnectOptions {
    host: string;
    port: number;
    auto_enquire_link_period?: number;
  }
  export function connect(options: ConnectOptions): Session;
  export function createServer(listener: (session: Session) => void): Server;
  export const gsmCoder: {
    GSM: { charRegex: RegExp };
    encode(text: string, table: number): Buffer;
    decode(bytes: Buffer, table: number): string;
  };
}
