/** What a MOR page handler receives besides its validated parameters. */
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { CachedUser } from '../../domain/accounts/user-cache.ts';
import type { PageState } from '../../domain/mor/sessions.ts';
import type { Services } from '../../domain/services.ts';

export interface MorContext {
  services: Services;
  /** The request's unit of work, forked when first read. */
  em: SqlEntityManager;
  ip: string;
  requestId: string;
  transport: 'http' | 'https';
  /** The authenticated user: set on every `auth: user` page, absent on the login form and the login itself. */
  user?: CachedUser;
  /** How the user was proven: the session cookie, or the stateless user_id + hash. */
  via?: 'session' | 'hash';
  /** The filters this session last posted (empty for the stateless form, which keeps no state). */
  state: PageState;
  /** Remembers a page's filters for the rest of the session (nothing for the stateless form). */
  remember(page: string, filters: Record<string, string>): Promise<void>;
  /** Starts a session for user (the login page): the answer carries its cookie. */
  startSession(user: CachedUser): Promise<void>;
}
