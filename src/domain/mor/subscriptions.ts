/** The services a user is subscribed to (004:L424-L451). */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { MorSubscription, type MorSubscriptionRow } from '../../persistence/entities/mor/subscription.ts';

export async function subscribe(
  em: SqlEntityManager,
  s: Omit<MorSubscriptionRow, 'id' | 'addedAt'>,
): Promise<MorSubscriptionRow> {
  const row = em.create(MorSubscription, { ...s, addedAt: new Date() });
  await em.flush();
  return row;
}

export async function subscriptionsOf(em: SqlEntityManager, userId: number): Promise<MorSubscriptionRow[]> {
  return em.find(
    MorSubscription,
    { userId },
    { orderBy: { activationStart: 'desc', id: 'desc' }, disableIdentityMap: true },
  );
}
