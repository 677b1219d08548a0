/**
 * The vendor's database is MS SQL Server, and the SQL its users send says so: the db example of 002:L903 is
 * "select top 1 username from tb_users", the tb_api examples use "with(nolock)". Those two idioms are translated for
 * SQLite and PostgreSQL (a leading TOP n becomes LIMIT n; NOLOCK table hints are dropped, both engines read without
 * blocking anyway); everything else runs as written.
 */
import { quoteLiteral, segments } from './sql-segments.ts';

const LEADING_TOP = /^(\s*select\s+(?:distinct\s+)?)top\s*(?:\(\s*(\d+)\s*\)|(\d+))\s+/i;
const NOLOCK = /\s*\bwith\s*\(\s*nolock\s*\)/gi;

export function fromMsSql(sql: string): string {
  const parts = segments(sql);
  let limit: string | undefined;
  const text = parts
    .map((s, i) => {
      if (s.kind === 'literal') return quoteLiteral(s.value);
      if (s.kind === 'verbatim') return s.text;
      let code = s.text.replace(NOLOCK, '');
      if (i === 0) {
        code = code.replace(LEADING_TOP, (_all, head: string, inParens?: string, bare?: string) => {
          limit = inParens ?? bare;
          return head;
        });
      }
      return code;
    })
    .join('');
  if (limit === undefined) return text;
  // On a line of its own, so a trailing -- comment cannot swallow it.
  return `${text.trim().replace(/;$/, '')}\nlimit ${limit}`;
}
