/** A service a user is subscribed to (004:L424-L451). */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { moneyChecks } from '../money-checks.ts';

export const MorSubscription = defineEntity({
  name: 'MorSubscription',
  tableName: 'mor_subscriptions',
  checks: moneyChecks('mor_subscriptions', ['price_micros']),
  properties: {
    id: p.integer().primary().autoincrement(),
    userId: p.integer().index(),
    service: p.string().length(255),
    priceMicros: p.bigint('bigint'),
    currency: p.string().length(3),
    addedAt: p.datetime().onCreate(() => new Date()),
    activationStart: p.datetime(),
    /** Open-ended when null. */
    activationEnd: p.datetime().nullable(),
  },
});

export type MorSubscriptionRow = InferEntity<typeof MorSubscription>;
