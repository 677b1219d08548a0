/**
 * What a pure function answered for each key, kept up to a bound and then forgotten all at once. For values every
 * request computes again from a few inputs that repeat (client addresses, counter keys); the bound holds when the
 * inputs do not repeat (an attacker's many addresses).
 */
export class Memo<K, V> {
  readonly #answers = new Map<K, V>();
  readonly #compute: (key: K) => V;
  readonly #max: number;

  constructor(compute: (key: K) => V, max = 10_000) {
    this.#compute = compute;
    this.#max = max;
  }

  get(key: K): V {
    let answer = this.#answers.get(key);
    if (answer === undefined) {
      if (this.#answers.size >= this.#max) this.#answers.clear();
      answer = this.#compute(key);
      this.#answers.set(key, answer);
    }
    return answer;
  }
}
