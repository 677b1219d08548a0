/**
 * How long the primary waits before replacing a worker that died: 0.5 s, doubling with each death in a row up to
 * 30 s, so a worker that crashes at once does not spin the machine; a worker that lived a minute starts it afresh.
 */
const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 30_000;
/** A worker that lived this long was healthy: its death is not one of a row. */
const HEALTHY_AFTER_MS = 60_000;

export class RespawnBackoff {
  #lastDelayMs = 0;

  /** The wait before the next replacement, given how long the dead worker lived. */
  next(livedMs: number): number {
    this.#lastDelayMs =
      livedMs >= HEALTHY_AFTER_MS || this.#lastDelayMs === 0
        ? FIRST_DELAY_MS
        : Math.min(this.#lastDelayMs * 2, MAX_DELAY_MS);
    return this.#lastDelayMs;
  }
}
