/**
 * search [txt, maxcount]: the enabled users whose username or name contains the text; admins search every user, also
 * by email and phone, and see those. The text is a bound parameter with LIKE's wildcards escaped; without one (the
 * seed lists search bare), every user matches and the first page is answered.
 */
import type { SearchParams, SearchResult, SearchRow } from '../../../../generated/mizu-v2/types.ts';
import type { MizuContext } from '../../mizu/context.ts';

interface Found {
  id: number | string;
  username: string;
  name: string;
  email: string;
  phone: string;
}

export async function search(params: SearchParams, ctx: MizuContext): Promise<SearchResult> {
  const admin = ctx.principal.admin;
  const pattern = `%${(params.txt ?? '').toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const like = (column: string) => `lower(${column}) like ? escape '\\'`;
  const columns = admin ? ['username', 'name', 'email', 'phone'] : ['username', 'name'];
  const rows = await ctx.em
    .getConnection()
    .execute<Found[]>(
      `select id, username, name, email, phone from tb_users where (${columns.map(like).join(' or ')})${admin ? '' : ' and enabled = true'} order by username limit ?`,
      [...columns.map(() => pattern), params.maxcount],
    );
  return {
    rows: rows.map(
      (r): SearchRow => ({
        userid: Number(r.id),
        username: r.username,
        name: r.name,
        ...(admin ? { email: r.email, phone: r.phone } : {}),
      }),
    ),
  };
}
