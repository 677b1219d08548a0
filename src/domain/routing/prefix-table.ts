/**
 * "Maximum length matched": of the rules whose prefix starts the number, the longest wins (the miniSIPServer dial-plan
 * rule). One map lookup per distinct prefix length, longest first, so a lookup costs at most ~a dozen map probes
 * whatever the number of rules.
 */
export class PrefixTable<T> {
  readonly #byPrefix = new Map<string, T>();
  #lengths: number[] = [];

  set(prefix: string, value: T): void {
    if (!this.#byPrefix.has(prefix) && !this.#lengths.includes(prefix.length)) {
      this.#lengths = [...this.#lengths, prefix.length].sort((a, b) => b - a);
    }
    this.#byPrefix.set(prefix, value);
  }

  get size(): number {
    return this.#byPrefix.size;
  }

  /** The value of the longest prefix of number, with that prefix; undefined when none matches. */
  longest(number: string): { prefix: string; value: T } | undefined {
    for (const length of this.#lengths) {
      if (length > number.length) continue;
      const prefix = length === number.length ? number : number.slice(0, length);
      const value = this.#byPrefix.get(prefix);
      if (value !== undefined) return { prefix, value };
    }
    return undefined;
  }
}
