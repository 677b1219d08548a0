/**
 * Results remembered for the values seen lately. Two generations of at most `size` entries: a hit in the older moves
 * to the newer, and when the newer is full the older is dropped whole, so memory stays bounded without bookkeeping
 * per entry.
 */
export class RecentResults<T> {
  readonly #size: number;
  #newer = new Map<string, T>();
  #older = new Map<string, T>();

  constructor(size: number) {
    this.#size = size;
  }

  get(key: string): T | undefined {
    const hit = this.#newer.get(key);
    if (hit !== undefined) return hit;
    const old = this.#older.get(key);
    if (old !== undefined) this.remember(key, old);
    return old;
  }

  remember(key: string, result: T): T {
    if (this.#newer.size >= this.#size) {
      this.#older = this.#newer;
      this.#newer = new Map();
    }
    this.#newer.set(key, result);
    return result;
  }
}

/**
 * compute, with its results remembered for the values seen lately: a SIP request's URIs and addresses are read by the
 * parser's checks, then by whoever handles it and by the response built from it, and a phone's answer to a challenge
 * carries the same ones again. A call that throws is not remembered.
 */
export function rememberingResults<T>(compute: (text: string) => T, size: number): (text: string) => T {
  const recent = new RecentResults<T>(size);
  return (text) => recent.get(text) ?? recent.remember(text, compute(text));
}
