// The tb_api keywords become placeholders with their values beside them (002:L579-L593): the SQL text never holds a
// value.
import { describe, expect, it } from 'vitest';
import { bindKeywords, type Keyword } from '../../../src/domain/admin/sql-keywords.ts';

const VALUES: Record<string, string | number | null> = {
  userid: 42,
  username: "o'hara",
  sparam1: "x' or '1'='1",
  sparam99: 'last',
  email: 'a@b.c',
};
const valueOf = (k: Keyword) =>
  k.kind === 'userid'
    ? VALUES.userid!
    : k.kind === 'username'
      ? VALUES.username!
      : k.kind === 'sparam'
        ? (VALUES[`sparam${k.n}`] ?? null)
        : (VALUES[k.name] ?? null);

describe('bindKeywords', () => {
  it.each([
    ['a bare keyword', 'select * from t where id = [USERID]', 'select * from t where id = $1', [42]],
    [
      'every kind',
      'select [USERNAME], [SPARAM1], [SPARAM99], {email}, {nosuch}',
      'select $1, $2, $3, $4, $5',
      ["o'hara", "x' or '1'='1", 'last', 'a@b.c', null],
    ],
    ['a literal that is only a keyword', "where name = '[USERNAME]'", 'where name = $1', ["o'hara"]],
    [
      'a keyword inside a literal',
      "where name like '%[SPARAM1]%'",
      "where name like ('%' || coalesce(cast($1 as text), '') || '%')",
      ["x' or '1'='1"],
    ],
    [
      'two keywords in a literal',
      "'[USERID]-[USERNAME]'",
      "(coalesce(cast($1 as text), '') || '-' || coalesce(cast($2 as text), ''))",
      [42, "o'hara"],
    ],
    [
      'a literal with quotes kept',
      "select 'it''s [SPARAM1]'",
      "select ('it''s ' || coalesce(cast($1 as text), ''))",
      ["x' or '1'='1"],
    ],
    [
      'no keyword in comments or quoted names',
      'select "[USERID]" -- [USERNAME]\n/* {email} */ from t',
      'select "[USERID]" -- [USERNAME]\n/* {email} */ from t',
      [],
    ],
    ['lower case brackets are MS SQL names, not keywords', 'select [userid] from t', 'select [userid] from t', []],
    ['JSON in a literal stays', `select '{"a": 1}'`, `select '{"a": 1}'`, []],
    ['bare USERID only when asked', 'where callerid = USERID', 'where callerid = USERID', []],
  ])('%s', (_, sql, text, values) => {
    expect(bindKeywords(sql, valueOf, { engine: 'postgresql' })).toEqual({ text, values });
  });

  it('binds the bare USERID of a custom_action body, outside literals', () => {
    expect(
      bindKeywords("update t set a = 'USERID' where callerid = USERID", valueOf, {
        engine: 'postgresql',
        bareUserid: true,
      }),
    ).toEqual({ text: "update t set a = 'USERID' where callerid = $1", values: [42] });
  });

  it('uses ? for SQLite, bound in order', () => {
    expect(bindKeywords("select [SPARAM1], '[USERID]'", valueOf, { engine: 'sqlite' })).toEqual({
      text: 'select ?, ?',
      values: ["x' or '1'='1", 42],
    });
  });

  it('refuses an unterminated literal rather than guess where it ends', () => {
    expect(() => bindKeywords("select 'abc", valueOf, { engine: 'sqlite' })).toThrow(/unterminated/);
  });
});
