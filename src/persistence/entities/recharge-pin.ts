/** A recharge PIN voucher: redeemed once, by one user, into credit (charge). */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { moneyChecks } from './money-checks.ts';

export const RechargePin = defineEntity({
  name: 'RechargePin',
  tableName: 'recharge_pins',
  checks: moneyChecks('recharge_pins', ['value_micros']),
  properties: {
    pin: p.string().length(64).primary(),
    valueMicros: p.bigint('bigint'),
    currency: p.string().length(3).default('USD'),
    usedBy: p.integer().nullable(),
    usedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export type RechargePinRow = InferEntity<typeof RechargePin>;
