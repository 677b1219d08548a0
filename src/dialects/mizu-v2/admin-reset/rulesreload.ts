/** rulesreload (002:L487): Reload the rules (meaning inferred from the name). */
import type { RulesreloadParams, RulesreloadResult } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';

export async function rulesreload(_params: RulesreloadParams, ctx: MizuContext): Promise<RulesreloadResult> {
  const s = ctx.services;
  const apirules = await s.policies.load(ctx.em);
  // The table is the record: bans added there come in, bans deleted there (by hand, by another process) go.
  await s.bans.restore(ctx.em);
  const inTable = new Set((await s.bans.list(ctx.em)).map((b) => b.ip));
  for (const ban of await s.state.listBans()) if (!inTable.has(ban.ip)) await s.state.deleteBan(ban.ip);
  return { apirules, bans: inTable.size };
}
