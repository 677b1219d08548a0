/** phonebook_list (GET /phonebooks/list/{userid}; 004:L686-L704): List the user's phonebook entries. */
import type { PhonebookListParams, PhonebookListResult } from '../../../../generated/mor/types.ts';
import { phonebookOf } from '../../../domain/mor/phonebook.ts';
import { formatDateTime } from '../../../domain/mor/time.ts';
import type { MorContext } from '../context.ts';
import { LANGUAGE, ownUserId } from '../shared/common.ts';

export async function phonebookList(params: PhonebookListParams, ctx: MorContext): Promise<PhonebookListResult> {
  const user = ownUserId(ctx, params.userid);
  const entries = await phonebookOf(ctx.em, user.id);
  return {
    page: {
      pagename: 'Phonebook',
      language: LANGUAGE,
      userid: user.id,
      entries: {
        entry: entries.map((e) => ({
          entry_number: e.number,
          entry_name: e.name,
          entry_added: formatDateTime(e.addedAt),
        })),
      },
    },
  };
}
