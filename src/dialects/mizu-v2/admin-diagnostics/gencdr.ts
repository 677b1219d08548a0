/**
 * gencdr (admin): writes synthetic test calls into tb_cdrs, rated by each user's deck (see spec/mizu-v2/gencdr.yaml).
 */
import type { GencdrParams, GencdrResult } from '../../../../generated/mizu-v2/types.ts';
import { generateTestCdrs } from '../../../domain/cdr/test-cdrs.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import type { MizuContext } from '../../mizu/context.ts';

export async function gencdr(params: GencdrParams, ctx: MizuContext): Promise<GencdrResult> {
  let userId: number | undefined;
  if (params.user) {
    const user = await ctx.services.accounts.cache.find(params.user, () => ctx.em);
    if (!user) throw new SwitchboardError('user-not-found', `no user ${params.user}`);
    userId = user.id;
  }
  const result = await generateTestCdrs(ctx.em, ctx.services.rateDecks, ctx.services.cdrChanges, {
    count: params.count,
    days: params.days,
    userId,
    dir: params.dir,
    connectedPercent: params.connected,
    maxDuration: params.maxduration,
    seed: params.seed,
  });
  ctx.services.logger.info({ generated: result.generated, user: params.user }, 'gencdr wrote test CDRs');
  return result;
}
