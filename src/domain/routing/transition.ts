/**
 * natran (003:L650-L655): add, replace or delete characters at tranStart over tranLen, with prefix inserted exactly as
 * typed.
 */
import type { Transition } from './types.ts';

export const TRANSITION_TYPE = { add: 1, replace: 2, delete: 3 } as const;

/** A start past the end acts at the end; a length past the end stops there. Unknown types leave the number alone. */
export function applyTransition(number: string, t: Transition): string {
  const start = Math.min(Math.max(t.tranStart, 0), number.length);
  const end = Math.min(start + Math.max(t.tranLen, 0), number.length);
  switch (t.type) {
    case TRANSITION_TYPE.add:
      return number.slice(0, start) + t.prefix + number.slice(start);
    case TRANSITION_TYPE.replace:
      return number.slice(0, start) + t.prefix + number.slice(end);
    case TRANSITION_TYPE.delete:
      return number.slice(0, start) + number.slice(end);
    default:
      return number;
  }
}

export function describeTransition(t: Transition): string {
  switch (t.type) {
    case TRANSITION_TYPE.add:
      return `add "${t.prefix}" at ${t.tranStart}`;
    case TRANSITION_TYPE.replace:
      return `replace ${t.tranLen} at ${t.tranStart} with "${t.prefix}"`;
    case TRANSITION_TYPE.delete:
      return `delete ${t.tranLen} at ${t.tranStart}`;
    default:
      return `unknown type ${t.type}`;
  }
}
