/**
 * unreg (002:L460): ends registrations from the API side: one user's or everyone's, optionally only those made from
 * one address. The bindings leave the shared store, so every process sees the user offline at once.
 */
import type { Binding, Registrations } from '../telephony/registrations.ts';

/** Removes the matching bindings; answers how many went. */
export async function unregister(
  registrations: Registrations,
  who: { username: string } | 'everyone',
  fromAddress?: string,
): Promise<number> {
  const bindings = who === 'everyone' ? await registrations.all() : await registrations.bindingsOf(who.username);
  const matching = bindings.filter((b) => fromAddress === undefined || sameAddress(b, fromAddress));
  let removed = 0;
  for (const b of matching) removed += await registrations.unbind(b.username, b.contact);
  return removed;
}

function sameAddress(binding: Binding, address: string): boolean {
  return binding.source.address.toLowerCase() === address.toLowerCase();
}
