/** A caller ID (CLI) attached to one of a user's devices (004:L639-L685); a number identifies one device only. */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const MorCli = defineEntity({
  name: 'MorCli',
  tableName: 'mor_clis',
  properties: {
    id: p.integer().primary().autoincrement(),
    userId: p.integer().index(),
    deviceId: p.integer(),
    cli: p.string().length(32).unique(),
    description: p.string().length(255).default(''),
    addedAt: p.datetime().onCreate(() => new Date()),
  },
});

export type MorCliRow = InferEntity<typeof MorCli>;
