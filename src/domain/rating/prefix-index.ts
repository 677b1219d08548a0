/**
 * The longest-prefix index of one rate deck, in memory: a map keyed by prefix, probed from the longest possible
 * prefix of the number down. At most one probe per digit of the longest prefix, whatever the size of the deck.
 */

/** A dialled number as decks key it: spaces, dashes, dots and brackets dropped, a leading + removed. */
export function dialledDigits(number: string): string {
  return number.replace(/[\s\-.()]/g, '').replace(/^\+/, '');
}

export class PrefixIndex<T> {
  readonly #byPrefix = new Map<string, T>();
  #longest = 0;

  constructor(entries: Iterable<[prefix: string, value: T]> = []) {
    for (const [prefix, value] of entries) this.set(prefix, value);
  }

  get size(): number {
    return this.#byPrefix.size;
  }

  set(prefix: string, value: T): void {
    this.#byPrefix.set(prefix, value);
    if (prefix.length > this.#longest) this.#longest = prefix.length;
  }

  /** The value of the longest prefix of number, and that prefix; undefined when none matches. */
  longestPrefix(number: string): { prefix: string; value: T } | undefined {
    for (let length = Math.min(number.length, this.#longest); length > 0; length--) {
      const prefix = number.slice(0, length);
      const value = this.#byPrefix.get(prefix);
      if (value !== undefined) return { prefix, value };
    }
    return undefined;
  }

  /** Every prefix, for generating numbers under the deck (gencdr). */
  prefixes(): string[] {
    return [...this.#byPrefix.keys()];
  }

  /** Every prefix with its value (the MOR rates page lists a whole deck). */
  entries(): IterableIterator<[prefix: string, value: T]> {
    return this.#byPrefix.entries();
  }
}
