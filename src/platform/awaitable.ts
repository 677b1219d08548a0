/**
 * A value now, or a promise of it. The in-process shared state and the user cache answer at once, Redis and the
 * database later: the request path goes on synchronously when it can, since every await costs a promise and a
 * microtask hop, and a dozen of them a request showed in the profiles (bench/README.md).
 */
export type Awaitable<T> = T | PromiseLike<T>;

/** A promise or any other thenable, as `await` tells them apart. */
export function isPending<T>(value: Awaitable<T>): value is PromiseLike<T> {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    typeof (value as PromiseLike<T>).then === 'function'
  );
}

/** next(value) at once when value is at hand, else once it arrives; a throw from next rejects in the second case. */
export function whenReady<T, U>(value: Awaitable<T>, next: (value: T) => Awaitable<U>): Awaitable<U> {
  return isPending(value) ? Promise.resolve(value).then(next) : next(value);
}
