/**
 * An IP banned after repeated failed authentication, kept so bans survive a restart. The row outlives its ban for a
 * while (domain/access/bans.ts): a new ban of the same address soon after is a repeat, and lasts longer.
 */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const Ban = defineEntity({
  name: 'Ban',
  tableName: 'bans',
  properties: {
    ip: p.string().length(64).primary(),
    until: p.datetime(),
    reason: p.string().length(255),
    /** Which ban of this address in a row this is: 1 for a first offence, each repeat one more. */
    strikes: p.integer().default(1),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export type BanRow = InferEntity<typeof Ban>;
