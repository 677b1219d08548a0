/** The open TCP and WebSocket connections by peer, so that `send` reaches a phone on the connection it registered on. */
import { sourceKey } from '../../domain/telephony/registrations.ts';
import type { SipPeer } from '../../protocol/sip/message.ts';

export interface SipConnection {
  write(bytes: Buffer): void;
  end(): void;
}

export class SipConnections {
  readonly #open = new Map<string, SipConnection>();
  readonly #closedListeners: ((peer: SipPeer) => void)[] = [];

  /** Registers a connection; the function returned forgets it (call it when the connection closes). */
  add(peer: SipPeer, connection: SipConnection): () => void {
    const key = sourceKey(peer);
    this.#open.set(key, connection);
    return () => {
      if (this.#open.get(key) !== connection) return;
      this.#open.delete(key);
      for (const listener of this.#closedListeners) listener(peer);
    };
  }

  /** Hears each connection that closes, with its peer. */
  onClosed(listener: (peer: SipPeer) => void): void {
    this.#closedListeners.push(listener);
  }

  writerFor(peer: SipPeer): SipConnection['write'] | undefined {
    return this.#open.get(sourceKey(peer))?.write;
  }

  closeAll(): void {
    for (const connection of this.#open.values()) connection.end();
  }
}
