/** Who a Mizu request acts as, once authenticated and authorised. */
import type { CachedUser } from '../../domain/accounts/user-cache.ts';

export interface Principal {
  /** The user the command acts on (the target user when an admin impersonates one). */
  user?: CachedUser;
  /** The admin behind targetuser, when there is one. */
  actingAdmin?: CachedUser;
  /** Admin rights: an admin user, or a trusted address per apideftrustadmin. */
  admin: boolean;
  trustedIp: boolean;
  /** How the credentials were proven. */
  via: 'public' | 'trusted-ip' | 'password' | 'pin' | 'md5' | 'nonce' | 'username';
}

const ADMIN_TYPES = new Set(['admin', 'srvadmin']);

export function isAdminUser(user: CachedUser | undefined): boolean {
  return !!user && ADMIN_TYPES.has(user.type);
}

/** The name written in the ledger and audit log for what this principal does. */
export function actorName(p: Principal): string {
  if (p.actingAdmin) return `${p.actingAdmin.username} as ${p.user?.username ?? '?'}`;
  return p.user?.username ?? (p.trustedIp ? 'trusted-ip' : 'public');
}
