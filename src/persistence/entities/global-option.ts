/** The vendor global config table: option name (lower case, vendor spelling) → value. */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const GlobalOption = defineEntity({
  name: 'GlobalOption',
  tableName: 'global_config',
  properties: {
    name: p.string().length(64).primary(),
    value: p.text(),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});

export type GlobalOptionRow = InferEntity<typeof GlobalOption>;
