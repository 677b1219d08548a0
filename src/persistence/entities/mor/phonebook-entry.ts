/** One entry of a user's phonebook (004:L686-L744). */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const MorPhonebookEntry = defineEntity({
  name: 'MorPhonebookEntry',
  tableName: 'mor_phonebook',
  properties: {
    id: p.integer().primary().autoincrement(),
    userId: p.integer().index(),
    number: p.string().length(32),
    name: p.string().length(255),
    addedAt: p.datetime().onCreate(() => new Date()),
  },
});

export type MorPhonebookEntryRow = InferEntity<typeof MorPhonebookEntry>;
