/** lists (002:L421): Show the server's internal lists (name only in the seed). */
import type { ListsParams, ListsResult } from '../../../../generated/mizu-v2/types.ts';
import { ApiPolicy } from '../../../persistence/entities/api-policy.ts';
import type { MizuContext } from '../../mizu/context.ts';

export async function lists(_params: ListsParams, ctx: MizuContext): Promise<ListsResult> {
  const s = ctx.services;
  const activity = s.activity;
  return {
    rows: [
      { name: 'cached users', count: s.accounts.cache.size },
      { name: 'tb_api rules', count: await ctx.em.count(ApiPolicy, {}) },
      { name: 'global config options set', count: Object.keys(s.options.masked()).length },
      { name: 'banned IPs', count: (await s.state.listBans()).length },
      { name: 'background jobs', count: activity.jobs().length },
      { name: 'locks', count: activity.locks().length },
      { name: 'recent log lines', count: s.recentLog.tail(Number.MAX_SAFE_INTEGER).length },
    ],
  };
}
