/**
 * willstop ("no more creditcheck"): the server will stop soon. Every process hears it through the shared state and
 * from then on lets running calls run out their credit rather than cutting them, so a shutdown drops no call for
 * billing. It lasts until the process restarts.
 */
import type { SharedState } from '../../platform/state/shared-state.ts';

const CHANNEL = 'admin:will-stop';

export class StopNotice {
  readonly #state: Pick<SharedState, 'publish' | 'subscribe'>;
  #announced = false;

  constructor(state: Pick<SharedState, 'publish' | 'subscribe'>) {
    this.#state = state;
  }

  /** Hears an announcement made by any process. */
  async start(): Promise<void> {
    await this.#state.subscribe(CHANNEL, () => {
      this.#announced = true;
    });
  }

  /** willstop: here at once, in the other processes as soon as they hear it. */
  async announce(): Promise<void> {
    this.#announced = true;
    await this.#state.publish(CHANNEL, String(Date.now()));
  }

  /** What the credit check of running calls asks before cutting one. */
  get creditChecksStopped(): boolean {
    return this.#announced;
  }
}
