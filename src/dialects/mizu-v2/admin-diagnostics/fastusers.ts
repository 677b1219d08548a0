/** fastusers (001:L416, 002:L413): List the cached (in-memory) users. */
import type { FastusersParams, FastusersResult } from '../../../../generated/mizu-v2/types.ts';
import { fromMicros } from '../../../platform/money.ts';
import type { MizuContext } from '../../mizu/context.ts';

export function fastusers(_params: FastusersParams, ctx: MizuContext): FastusersResult {
  const users = ctx.services.accounts.cache.entries().sort((a, b) => a.id - b.id);
  return {
    rows: users.map((u) => ({
      userid: u.id,
      username: u.username,
      type: u.type,
      enabled: u.enabled,
      credit: fromMicros(u.creditMicros),
      currency: u.currency,
    })),
  };
}
