/**
 * What the user and admin commands read from a request besides their parameters: who acts, for the ledger and audit
 * log.
 */
import type { Actor } from '../../../domain/accounts/accounts.ts';
import type { CachedUser } from '../../../domain/accounts/user-cache.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { actorName } from '../../mizu/principal.ts';

/** The user the command acts on (the login, or the targetuser of an admin). */
export function requireUser(ctx: MizuContext): CachedUser {
  const user = ctx.principal.user;
  if (!user) throw new SwitchboardError('auth-failed', 'authentication required: send authid with authpwd or authmd5');
  return user;
}

export function actor(ctx: MizuContext): Actor {
  return { name: actorName(ctx.principal), requestId: ctx.requestId };
}

/** The Switchboard idempotencykey extension, when sent. */
export function idempotencyKey(ctx: MizuContext): string | undefined {
  return ctx.raw.idempotencykey || undefined;
}

/** Whether any of these names was sent at all, even empty (an empty value means "clear", an absent one "leave"). */
export function sent(ctx: MizuContext, names: readonly string[]): boolean {
  return names.some((name) => Object.hasOwn(ctx.raw, name));
}
