/**
 * rebill (admin, 002 Admin — Reset, name only): re-rate a period's calls with the current decks and correct the
 * balances.
 */
import type { RebillParams, RebillResult } from '../../../../generated/mizu-v2/types.ts';
import { dayWindow } from '../../../domain/cdr/cdr-filter.ts';
import { rebillCdrs } from '../../../domain/cdr/rebill.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import { fromMicros } from '../../../platform/money.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { actorName } from '../../mizu/principal.ts';

export async function rebill(params: RebillParams, ctx: MizuContext): Promise<RebillResult> {
  let userId: number | undefined;
  if (params.user) {
    const user = await ctx.services.accounts.cache.find(params.user, () => ctx.em);
    if (!user) throw new SwitchboardError('user-not-found', `no user ${params.user}`);
    userId = user.id;
  }
  // Called bare (the seed lists no parameters): today's figures, changing nothing, rather than a re-bill by accident.
  const bare = params.days === undefined;
  const dryRun = bare || params.dryrun;
  const window = dayWindow(params.days ?? 'today');
  const done = await rebillCdrs(ctx.em, ctx.services.rateDecks, {
    window,
    userId,
    dryRun,
    actor: actorName(ctx.principal),
    requestId: ctx.requestId,
    cache: ctx.services.accounts.cache,
    changes: ctx.services.cdrChanges,
  });
  const credit = Object.fromEntries(
    [...done.creditMicros]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, micros]) => [currency, fromMicros(micros)]),
  );
  const { examined, rerated, unchanged, unrated, skipped, users } = done;
  ctx.services.logger.info(
    { days: params.days, user: params.user, dryrun: dryRun, examined, rerated, unrated, skipped, credit },
    'rebill re-rated call records',
  );
  return {
    from: window.from!.toISOString(),
    ...(window.to ? { to: window.to.toISOString() } : {}),
    examined,
    rerated,
    unchanged,
    unrated,
    skipped,
    users,
    credit,
    dryrun: dryRun,
  };
}
