/**
 * SQL text cut into what may be rewritten and what may not: code, 'string literals' (the value between the quotes,
 * '' unescaped), "quoted identifiers" and comments, so keyword binding and idiom translation never touch text
 * inside a literal by accident.
 */

export type Segment =
  | { kind: 'code'; text: string }
  | { kind: 'literal'; value: string }
  | { kind: 'verbatim'; text: string };

export function segments(sql: string): Segment[] {
  const out: Segment[] = [];
  let code = '';
  let i = 0;
  const flush = () => {
    if (code) out.push({ kind: 'code', text: code });
    code = '';
  };
  while (i < sql.length) {
    const c = sql[i]!;
    const next = sql[i + 1];
    if (c === "'") {
      flush();
      let value = '';
      i++;
      while (i < sql.length) {
        if (sql[i] === "'" && sql[i + 1] === "'") {
          value += "'";
          i += 2;
        } else if (sql[i] === "'") {
          break;
        } else {
          value += sql[i++];
        }
      }
      if (i >= sql.length) throw new SyntaxError('unterminated string literal in the SQL');
      i++;
      out.push({ kind: 'literal', value });
    } else if (c === '"' || (c === '-' && next === '-') || (c === '/' && next === '*')) {
      flush();
      const end = c === '"' ? sql.indexOf('"', i + 1) + 1 : c === '-' ? lineEnd(sql, i) : sql.indexOf('*/', i + 2) + 2;
      const stop = end <= (c === '/' ? 1 : 0) ? sql.length : end;
      out.push({ kind: 'verbatim', text: sql.slice(i, stop) });
      i = stop;
    } else {
      code += c;
      i++;
    }
  }
  flush();
  return out;
}

/** A literal written back as SQL. */
export function quoteLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

function lineEnd(sql: string, from: number): number {
  const n = sql.indexOf('\n', from);
  return n === -1 ? sql.length : n;
}
