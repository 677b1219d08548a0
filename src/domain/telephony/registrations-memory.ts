/** Registrations in this process only: the embedded single-process default. An expired binding is dropped when met. */
import { type Binding, byUserThenContact, type Registrations, soonestToExpire } from './registrations.ts';

export class MemoryRegistrations implements Registrations {
  /** username → contact → binding */
  readonly #byUser = new Map<string, Map<string, Binding>>();
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  async bind(binding: Binding): Promise<void> {
    let contacts = this.#byUser.get(binding.username);
    if (!contacts) this.#byUser.set(binding.username, (contacts = new Map()));
    contacts.set(binding.contact, { ...binding, source: { ...binding.source } });
  }

  async unbind(username: string, contact?: string): Promise<number> {
    const live = this.#live(username);
    const contacts = this.#byUser.get(username);
    if (!contacts) return 0;
    if (contact === undefined) {
      this.#byUser.delete(username);
      return live.length;
    }
    const removed = live.some((b) => b.contact === contact) ? 1 : 0;
    contacts.delete(contact);
    if (contacts.size === 0) this.#byUser.delete(username);
    return removed;
  }

  async bindingsOf(username: string): Promise<Binding[]> {
    return this.#live(username).sort(soonestToExpire);
  }

  async all(): Promise<Binding[]> {
    return [...this.#byUser.keys()].flatMap((username) => this.#live(username)).sort(byUserThenContact);
  }

  async online(username: string): Promise<boolean> {
    return this.#live(username).length > 0;
  }

  /** The user's unexpired bindings (copies), forgetting the expired ones. */
  #live(username: string): Binding[] {
    const contacts = this.#byUser.get(username);
    if (!contacts) return [];
    const now = this.#now();
    for (const [contact, binding] of contacts) if (binding.expiresAt <= now) contacts.delete(contact);
    if (contacts.size === 0) this.#byUser.delete(username);
    return [...contacts.values()].map((b) => ({ ...b, source: { ...b.source } }));
  }
}
