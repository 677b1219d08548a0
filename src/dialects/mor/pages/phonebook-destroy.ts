/** phonebook_destroy (POST /phonebooks/destroy/{entryid}; 004:L726-L744): Delete an entry from the user's phonebook. */
import type { PhonebookDestroyParams, PhonebookDestroyResult } from '../../../../generated/mor/types.ts';
import { deleteEntry } from '../../../domain/mor/phonebook.ts';
import type { MorContext } from '../context.ts';
import { failingAs, me } from '../shared/common.ts';

export async function phonebookDestroy(
  params: PhonebookDestroyParams,
  ctx: MorContext,
): Promise<PhonebookDestroyResult> {
  const user = me(ctx);
  await failingAs("We're sorry, but something went wrong", () => deleteEntry(ctx.em, user.id, params.entryid));
  return { action: { name: 'delete_phonebook_entry', status: 'ok', status_message: 'Record deleted' } };
}
