/**
 * The registration store port (RFC 3261 §10.3, the location service): which contacts each user has bound, until
 * when. Adapters: in-process (registrations-memory.ts, the embedded default), the database (registrations-database.ts,
 * several processes on one PostgreSQL) and Redis (registrations-redis.ts, expiry by key TTL).
 */

/** Where a request came from: the transport and the address and port it was sent from. */
export interface SipSource {
  transport: 'udp' | 'tcp' | 'ws' | 'wss';
  address: string;
  port: number;
}

/** One contact of one user (RFC 3261 §10.3 step 8: a binding is a user, a contact URI, an expiry, a Call-ID/CSeq). */
export interface Binding {
  username: string;
  /** The contact URI as the phone sent it, without display name or header parameters. */
  contact: string;
  /** epoch milliseconds */
  expiresAt: number;
  /** The User-Agent header of the REGISTER ('' when absent). */
  userAgent: string;
  source: SipSource;
  callId: string;
  cseq: number;
  /** epoch milliseconds: when this contact was first bound (kept across refreshes). */
  registeredAt: number;
}

export interface Registrations {
  /** Adds the binding, or replaces the one of the same user and contact. */
  bind(binding: Binding): Promise<void>;
  /** Removes the user's binding of contact, or all the user's bindings; answers how many were removed. */
  unbind(username: string, contact?: string): Promise<number>;
  /** The user's unexpired bindings, soonest to expire first. */
  bindingsOf(username: string): Promise<Binding[]>;
  /** Every unexpired binding, by username then contact. */
  all(): Promise<Binding[]>;
  /** Whether the user has at least one unexpired binding. */
  online(username: string): Promise<boolean>;
}

/** One connection's identity (a source over TCP or WebSocket): its transport and the peer's address and port. */
export function sourceKey(source: SipSource): string {
  return `${source.transport}|${source.address}|${source.port}`;
}

/** The order all() answers in, the same for every adapter. */
export function byUserThenContact(a: Binding, b: Binding): number {
  return a.username.localeCompare(b.username) || a.contact.localeCompare(b.contact);
}

/** The order bindingsOf() answers in. */
export function soonestToExpire(a: Binding, b: Binding): number {
  return a.expiresAt - b.expiresAt || a.contact.localeCompare(b.contact);
}
