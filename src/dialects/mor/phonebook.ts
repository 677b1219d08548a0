/** The phonebook (004:L686-L744). */
import type {
  PhonebookAddParams, PhonebookAddResult, PhonebookDestroyParams, PhonebookDestroyResult, PhonebookListParams, PhonebookListResult,
} from '../../../generated/mor/types.ts';
import { addEntry, deleteEntry, phonebookOf } from '../../domain/mor/phonebook.ts';
import { formatDateTime } from '../../domain/mor/time.ts';
import type { MorContext } from './context.ts';
import { failingAs, LANGUAGE, me, ownUserId } from './common.ts';

export async function phonebookList(params: PhonebookListParams, ctx: MorContext): Promise<PhonebookListResult> {
  const user = ownUserId(ctx, params.userid);
  const entries = await phonebookOf(ctx.em, user.id);
  return {
    page: {
      pagename: 'Phonebook', language: LANGUAGE, userid: user.id,
      entries: { entry: entries.map((e) => ({ entry_number: e.number, entry_name: e.name, entry_added: formatDateTime(e.addedAt) })) },
    },
  };
}

export async function phonebookAdd(params: PhonebookAddParams, ctx: MorContext): Promise<PhonebookAddResult> {
  const user = ownUserId(ctx, params.userid);
  await failingAs('Record not added', () => addEntry(ctx.em, user.id, params.number, params.name));
  return { action: { name: 'add_phonebook_entry', status: 'ok', status_message: 'Record added' } };
}

export async function phonebookDestroy(params: PhonebookDestroyParams, ctx: MorContext): Promise<PhonebookDestroyResult> {
  const user = me(ctx);
  await failingAs("We're sorry, but something went wrong", () => deleteEntry(ctx.em, user.id, params.entryid));
  return { action: { name: 'delete_phonebook_entry', status: 'ok', status_message: 'Record deleted' } };
}
