/** A user's phonebook (004:L686-L744). */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { MorPhonebookEntry, type MorPhonebookEntryRow } from '../../persistence/entities/mor/phonebook-entry.ts';
import { SwitchboardError } from '../../platform/errors.ts';

export const PHONEBOOK_LIMIT = 10_000;

export async function phonebookOf(em: SqlEntityManager, userId: number): Promise<MorPhonebookEntryRow[]> {
  return em.find(MorPhonebookEntry, { userId }, { orderBy: { name: 'asc', id: 'asc' }, disableIdentityMap: true });
}

export async function addEntry(
  em: SqlEntityManager,
  userId: number,
  number: string,
  name: string,
): Promise<MorPhonebookEntryRow> {
  if ((await em.count(MorPhonebookEntry, { userId })) >= PHONEBOOK_LIMIT)
    throw new SwitchboardError('command-failed', `a phonebook holds at most ${PHONEBOOK_LIMIT} entries`);
  const entry = em.create(MorPhonebookEntry, { userId, number, name: name.trim(), addedAt: new Date() });
  await em.flush();
  return entry;
}

/** Deletes one of the user's entries: another user's answers access-denied, a missing one not-found. */
export async function deleteEntry(em: SqlEntityManager, userId: number, entryId: number): Promise<void> {
  const entry = await em.findOne(MorPhonebookEntry, { id: entryId }, { disableIdentityMap: true });
  if (!entry) throw new SwitchboardError('not-found', `no phonebook entry ${entryId}`);
  if (entry.userId !== userId)
    throw new SwitchboardError('access-denied', `phonebook entry ${entryId} is not in your phonebook`);
  await em.nativeDelete(MorPhonebookEntry, { id: entryId, userId });
}
