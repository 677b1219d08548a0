/**
 * News that call records changed, for what is kept in memory from them (the MOR main page's figures). Every writer
 * of tb_cdrs calls `changed` once its change has committed, naming the users whose calls it touched (the user billed
 * and the user called); listeners in this process hear at once, other processes through the shared state.
 */
import type { SharedState } from '../../platform/state/shared-state.ts';

export const CDRS_CHANGED = 'cdrs:changed';
/** The message of a change across the table (every user's calls). */
const EVERYONE = '*';

/** The users whose calls changed, or everyone. */
export type ChangedUsers = ReadonlySet<number> | 'everyone';
export type CdrListener = (users: ChangedUsers) => void;

export class CdrChanges {
  readonly #state: SharedState | undefined;
  readonly #listeners = new Set<CdrListener>();
  #subscribed: Promise<void> | undefined;

  /** Without a shared state (a command-line run with no Redis), only this process's listeners hear. */
  constructor(state?: SharedState) {
    this.#state = state;
  }

  /** Hears every change from now on, this process's and, once this resolves, every other's. */
  listen(listener: CdrListener): Promise<void> {
    this.#listeners.add(listener);
    this.#subscribed ??=
      this.#state?.subscribe(CDRS_CHANGED, (message) => this.#tell(parse(message))) ?? Promise.resolve();
    return this.#subscribed;
  }

  /** After a write to tb_cdrs commits: the users whose calls it touched. */
  async changed(users: Iterable<number> | 'everyone'): Promise<void> {
    const changed: ChangedUsers = users === 'everyone' ? 'everyone' : new Set(users);
    if (changed !== 'everyone' && changed.size === 0) return;
    this.#tell(changed);
    await this.#state?.publish(CDRS_CHANGED, changed === 'everyone' ? EVERYONE : [...changed].join(','));
  }

  #tell(users: ChangedUsers): void {
    for (const listener of this.#listeners) listener(users);
  }
}

function parse(message: string): ChangedUsers {
  return message === EVERYONE ? 'everyone' : new Set(message.split(',').map(Number).filter(Number.isInteger));
}

/** The users whose calls these rows are: the one billed and the one called. */
export function usersOf(rows: Iterable<{ userId?: number | null; calledUserId?: number | null }>): Set<number> {
  const users = new Set<number>();
  for (const r of rows) {
    if (r.userId != null) users.add(r.userId);
    if (r.calledUserId != null) users.add(r.calledUserId);
  }
  return users;
}
