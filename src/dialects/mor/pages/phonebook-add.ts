/**
 * phonebook_add (POST /phonebooks/add_new/{userid}; 004:L705-L725): Add an entry (number and name) to the user's
 * phonebook.
 */
import type { PhonebookAddParams, PhonebookAddResult } from '../../../../generated/mor/types.ts';
import { addEntry } from '../../../domain/mor/phonebook.ts';
import type { MorContext } from '../context.ts';
import { failingAs, ownUserId } from '../shared/common.ts';

export async function phonebookAdd(params: PhonebookAddParams, ctx: MorContext): Promise<PhonebookAddResult> {
  const user = ownUserId(ctx, params.userid);
  await failingAs('Record not added', () => addEntry(ctx.em, user.id, params.number, params.name));
  return { action: { name: 'add_phonebook_entry', status: 'ok', status_message: 'Record added' } };
}
