/** An IP banned after repeated failed authentication, kept so bans survive a restart. */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const Ban = defineEntity({
  name: 'Ban',
  tableName: 'bans',
  properties: {
    ip: p.string().length(64).primary(),
    until: p.datetime(),
    reason: p.string().length(255),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export type BanRow = InferEntity<typeof Ban>;
