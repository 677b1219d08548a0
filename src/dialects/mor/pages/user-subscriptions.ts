/**
 * user_subscriptions (GET /services/user_subscriptions; 004:L424-L451): List the services the user is subscribed to.
 */
import type { UserSubscriptionsParams, UserSubscriptionsResult } from '../../../../generated/mor/types.ts';
import { money } from '../../../domain/mor/amounts.ts';
import { subscriptionsOf } from '../../../domain/mor/subscriptions.ts';
import { formatDateTime } from '../../../domain/mor/time.ts';
import type { MorContext } from '../context.ts';
import { LANGUAGE, me } from '../shared/common.ts';
import { when } from '../shared/accounting.ts';

export async function userSubscriptions(
  _params: UserSubscriptionsParams,
  ctx: MorContext,
): Promise<UserSubscriptionsResult> {
  const user = me(ctx);
  const subscriptions = await subscriptionsOf(ctx.em, user.id);
  return {
    page: {
      pagename: 'User subscriptions',
      language: LANGUAGE,
      userid: user.id,
      subscriptions: {
        subscription: subscriptions.map((s) => ({
          service: s.service,
          date_added: formatDateTime(s.addedAt),
          acivation_start: formatDateTime(s.activationStart),
          acivation_end: when(s.activationEnd),
          activation_start: formatDateTime(s.activationStart),
          activation_end: when(s.activationEnd),
          price: money(BigInt(s.priceMicros), s.currency),
        })),
      },
    },
  };
}
