/**
 * Work gathered during one event-loop turn and done at its end, all of it at once. Answers written one by one, each as
 * soon as it is made, each woke a client waiting for it, and that wake-up cost the server several times the write of
 * a burst (bench/README.md): the UDP answers and the lean HTTP answers both leave this way.
 */
export class EndOfTurn<T> {
  readonly #done: (items: T[]) => void;
  #items: T[] = [];
  readonly #flush = () => {
    const items = this.#items;
    this.#items = [];
    this.#done(items);
  };

  constructor(done: (items: T[]) => void) {
    this.#done = done;
  }

  add(item: T): void {
    if (this.#items.length === 0) setImmediate(this.#flush);
    this.#items.push(item);
  }
}
