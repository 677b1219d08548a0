/** A tariff (price list) users are rated on; its rate deck arrives with the rating work. */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const Tariff = defineEntity({
  name: 'Tariff',
  tableName: 'tariffs',
  properties: {
    id: p.integer().primary().autoincrement(),
    name: p.string().length(64).unique(),
    currency: p.string().length(3).default('USD'),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export type TariffRow = InferEntity<typeof Tariff>;
