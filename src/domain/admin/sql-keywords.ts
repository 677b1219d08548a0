/**
 * The custom-SQL keywords of tb_api (002:L579-L593, 002:L621-L625): [USERID], [USERNAME], [SPARAM1]..[SPARAM99],
 * {field}, and in a custom_action_body the bare USERID. The vendor splices them into the SQL text and warns about
 * injection; here each becomes a bound parameter. A keyword inside a string literal splits the literal into a
 * concatenation ('%[SPARAM1]%' → '%' || ? || '%'), so the SQL the vendor's users write keeps working.
 */
import type { Engine } from '../../persistence/database.ts';
import { placeholder } from './native-sql.ts';
import { quoteLiteral, segments } from './sql-segments.ts';
import type { SqlValue } from './sql-runner.ts';

export type Keyword =
  | { kind: 'userid' }
  | { kind: 'username' }
  | { kind: 'sparam'; n: number }
  | { kind: 'field'; name: string };

export interface BoundSql {
  text: string;
  values: SqlValue[];
}

const KEYWORDS = String.raw`\[(USERID|USERNAME|SPARAM([1-9][0-9]?))\]|\{([A-Za-z_][A-Za-z0-9_]*)\}`;
/** Outside literals only: "USERID is a special keyword" of custom_action_body (002:L625), spelt in capitals. */
const BARE_USERID = String.raw`|\bUSERID\b`;

export function bindKeywords(
  sql: string,
  valueOf: (k: Keyword) => SqlValue,
  options: { engine: Engine; bareUserid?: boolean },
): BoundSql {
  const values: SqlValue[] = [];
  const inCode = new RegExp(KEYWORDS + (options.bareUserid ? BARE_USERID : ''), 'g');
  const inLiteral = new RegExp(KEYWORDS, 'g');
  const bind = (m: readonly (string | undefined)[]): string => {
    values.push(valueOf(keywordOf(m)));
    return placeholder(options.engine, values.length);
  };
  const out = segments(sql).map((s) => {
    if (s.kind === 'verbatim') return s.text;
    if (s.kind === 'code') return s.text.replace(inCode, (...m: (string | undefined)[]) => bind(m));
    return literalWithKeywords(s.value, inLiteral, bind);
  });
  return { text: out.join(''), values };
}

function keywordOf([whole, bracket, sparam, brace]: readonly (string | undefined)[]): Keyword {
  if (brace !== undefined) return { kind: 'field', name: brace.toLowerCase() };
  if (sparam !== undefined) return { kind: 'sparam', n: Number(sparam) };
  if (bracket === 'USERNAME') return { kind: 'username' };
  if (bracket === 'USERID' || whole === 'USERID') return { kind: 'userid' };
  throw new Error(`not a keyword: ${whole}`);
}

/**
 * 'abc' stays a literal; '[USERID]' alone becomes the bare parameter (its type unforced); else a text concatenation.
 */
function literalWithKeywords(
  value: string,
  pattern: RegExp,
  bind: (m: readonly (string | undefined)[]) => string,
): string {
  const parts: string[] = [];
  let last = 0;
  for (const m of value.matchAll(pattern)) {
    if (m.index === 0 && m[0].length === value.length) return bind(m);
    if (m.index > last) parts.push(quoteLiteral(value.slice(last, m.index)));
    parts.push(`coalesce(cast(${bind(m)} as text), '')`);
    last = m.index + m[0].length;
  }
  if (parts.length === 0) return quoteLiteral(value);
  if (last < value.length) parts.push(quoteLiteral(value.slice(last)));
  return `(${parts.join(' || ')})`;
}
