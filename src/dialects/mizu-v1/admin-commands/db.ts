/**
 * db (000:L32, 000:L52): Run any database query (select, update, etc.); only if the authenticated user is an admin.
 * Served by its Mizu v2 counterpart, db.
 */
import type { DbParams } from '../../../../generated/mizu-v1/types.ts';
import { renderAnswer } from '../../mizu/answer/index.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { db as dbV2 } from '../../mizu-v2/admin-commands/db.ts';

/** "any database query": rows as the v2 text answer shows them. */
export const db = async (params: DbParams, ctx: MizuContext) => ({
  text: renderAnswer('cleartext', { ok: true, kind: 'list', data: await dbV2({ txt: params.txt }, ctx) }).body,
});
