/** What every MOR page shares: the authenticated user, the owner check on ids in the path, the language. */
import type { CachedUser } from '../../../domain/accounts/user-cache.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import type { MorContext } from '../context.ts';

/** The interface speaks English: the one language offered (the seed's samples offer en and ru). */
export const LANGUAGE = 'en';
export const LANGUAGES = [LANGUAGE];

/** The user of an `auth: user` page (the runtime has authenticated them before the handler runs). */
export function me(ctx: MorContext): CachedUser {
  if (!ctx.user) throw new SwitchboardError('auth-failed', 'not logged in');
  return ctx.user;
}

/** A user id a page names (path or form) must be the authenticated user's: another user's data is never shown. */
export function ownUserId(ctx: MorContext, userid: number | undefined): CachedUser {
  const user = me(ctx);
  if (userid !== undefined && userid !== user.id)
    throw new SwitchboardError('access-denied', `user ${userid} is not you: a page shows only your own data`);
  return user;
}

/** Runs a step of an action page, its failure worded as the page words it ("CLI not created: …"). */
export async function failingAs<T>(prefix: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (e) {
    if (e instanceof SwitchboardError && e.code !== 'access-denied' && !e.message.startsWith(prefix)) {
      throw new SwitchboardError(e.code, `${prefix}: ${e.message}`, e.issues);
    }
    throw e;
  }
}

/** "all" or a number from a filter field. */
export function allOr(value: string): number | undefined {
  return value === 'all' ? undefined : Number(value);
}

/** A share in percent with two decimals (0 of nothing). */
export function percentOf(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 100;
}

/** Seconds as minutes with two decimals. */
export function minutes(seconds: number): number {
  return Math.round((seconds / 60) * 100) / 100;
}
