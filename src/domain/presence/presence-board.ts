/**
 * The presence strings users set with presence_set (001:L336, 002:L354): one per user, held in every process's
 * memory and told to the others through the shared state, so any API node answers presence_get the same.
 */
import type { SharedState } from '../../platform/state/shared-state.ts';

export const PRESENCE_CHANGED = 'presence:changed';

export class PresenceBoard {
  readonly #state: SharedState | undefined;
  readonly #statuses = new Map<string, string>();
  #subscribed: Promise<void> | undefined;

  /** Without a shared state (a command-line run), only this process knows. */
  constructor(state?: SharedState) {
    this.#state = state;
  }

  /** Hears the other processes' changes from now on. */
  start(): Promise<void> {
    this.#subscribed ??=
      this.#state?.subscribe(PRESENCE_CHANGED, (message) => this.#apply(message)) ?? Promise.resolve();
    return this.#subscribed;
  }

  async set(username: string, status: string): Promise<void> {
    const message = JSON.stringify([username.toLowerCase(), status]);
    this.#apply(message);
    await this.#state?.publish(PRESENCE_CHANGED, message);
  }

  /** The string the user last set, if any. */
  get(username: string): string | undefined {
    return this.#statuses.get(username.toLowerCase());
  }

  #apply(message: string): void {
    const [username, status] = JSON.parse(message) as [string, string];
    this.#statuses.set(username, status);
  }
}
