/**
 * "A user registered" for the registrar's store: a Registrations that tells listeners after each binding is made or
 * refreshed (the registrar calls bind for both), so that waiting instant messages go out. Every other call passes
 * through unchanged.
 */
import type { Binding, Registrations } from '../registrations.ts';

export type BoundListener = (binding: Binding) => void;

export function withBindEvents(inner: Registrations, onBound: BoundListener): Registrations {
  return {
    async bind(binding) {
      await inner.bind(binding);
      onBound(binding);
    },
    unbind: (username, contact) => inner.unbind(username, contact),
    bindingsOf: (username) => inner.bindingsOf(username),
    all: () => inner.all(),
    online: (username) => inner.online(username),
  };
}
