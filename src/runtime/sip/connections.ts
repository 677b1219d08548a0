/** The open TCP and WebSocket connections by peer, so that `send` reaches a phone on the connection it registered on. */
import type { SipPeer } from '../../protocol/sip/message.ts';

export interface SipConnection {
  write(bytes: Buffer): void;
  end(): void;
}

export class SipConnections {
  readonly #open = new Map<string, SipConnection>();

  /** Registers a connection; the function returned forgets it (call it when the connection closes). */
  add(peer: SipPeer, connection: SipConnection): () => void {
    const key = peerKey(peer);
    this.#open.set(key, connection);
    return () => {
      if (this.#open.get(key) === connection) this.#open.delete(key);
    };
  }

  writerFor(peer: SipPeer): SipConnection['write'] | undefined {
    return this.#open.get(peerKey(peer))?.write;
  }

  closeAll(): void {
    for (const connection of this.#open.values()) connection.end();
  }
}

function peerKey(peer: SipPeer): string {
  return `${peer.transport}|${peer.address}|${peer.port}`;
}
