/** A currency rates can be shown in, with its exchange rate against the operator's base currency (rate 1). */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const MorCurrency = defineEntity({
  name: 'MorCurrency',
  tableName: 'mor_currencies',
  properties: {
    code: p.string().length(3).primary(),
    name: p.string().length(64).default(''),
    /** Units of this currency per one unit of the base currency, exact micro-units. */
    exchangeRateMicros: p.bigint('bigint'),
    active: p.boolean().default(true),
  },
});

export type MorCurrencyRow = InferEntity<typeof MorCurrency>;
