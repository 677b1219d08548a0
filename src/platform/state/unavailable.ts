/**
 * The shared state as requests see it when Redis is away: every promise the state answers that fails for want of
 * Redis (connection closed, no answer within the command timeout) fails instead with SwitchboardError `unavailable`,
 * which each dialect renders as its 503-class error. Requests fail closed: with no ban list and no rate-limit counters
 * to consult, none is served rather than served unchecked. A reply error from Redis itself (a script failing) is a
 * fault of ours and goes on as it is.
 */
import { ReplyError } from 'ioredis';
import { SwitchboardError } from '../errors.ts';
import type { SharedState } from './shared-state.ts';

export function unavailableWhileDown<T extends SharedState>(state: T): T {
  // One wrapper a method, made when first asked for: the ban and rate-limit checks run on every request.
  const wrappers = new Map<PropertyKey, unknown>();
  return new Proxy(state, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      let wrapper = wrappers.get(property);
      if (wrapper === undefined) {
        wrapper = (...args: unknown[]) => {
          const answer = value.apply(target, args);
          return answer instanceof Promise ? answer.catch(asUnavailable) : answer;
        };
        wrappers.set(property, wrapper);
      }
      return wrapper;
    },
  });
}

function asUnavailable(err: unknown): never {
  if (err instanceof ReplyError || err instanceof SwitchboardError) throw err;
  throw new SwitchboardError('unavailable', 'shared state unavailable: Redis does not answer');
}
