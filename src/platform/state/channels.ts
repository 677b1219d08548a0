/** Publish/subscribe listeners by channel, shared by the in-process and Redis implementations. */

export type Listener = (message: string) => void;

export class Channels {
  readonly #byChannel = new Map<string, Set<Listener>>();

  add(channel: string, listener: Listener): void {
    let listeners = this.#byChannel.get(channel);
    if (!listeners) this.#byChannel.set(channel, (listeners = new Set()));
    listeners.add(listener);
  }

  /**
   * A throwing listener must not starve the others (nor the Redis reply parser): its error surfaces as uncaught
   * instead.
   */
  deliver(channel: string, message: string): void {
    for (const listener of this.#byChannel.get(channel) ?? []) {
      try {
        listener(message);
      } catch (err) {
        process.nextTick(() => {
          throw err;
        });
      }
    }
  }

  clear(): void {
    this.#byChannel.clear();
  }
}
