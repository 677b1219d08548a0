// The MS SQL idioms the vendor's examples use (002:L903 select top 1, with(nolock)) become SQLite/PostgreSQL SQL.
import { describe, expect, it } from 'vitest';
import { fromMsSql } from '../../../src/domain/admin/mssql-idioms.ts';

describe('fromMsSql', () => {
  it.each([
    ['select top 1 username from tb_users', 'select username from tb_users\nlimit 1'],
    ['SELECT DISTINCT TOP (5) a FROM t ORDER BY a;', 'SELECT DISTINCT a FROM t ORDER BY a\nlimit 5'],
    [
      'select top 1 callednumber from tb_cdrs with(nolock) where callerid = 3',
      'select callednumber from tb_cdrs where callerid = 3\nlimit 1',
    ],
    ['select top 2 a from t -- the first two', 'select a from t -- the first two\nlimit 2'],
    ['select a from t WITH (NOLOCK) join u with(nolock) on 1=1', 'select a from t join u on 1=1'],
    ["select 'top 3 with(nolock)' from t", "select 'top 3 with(nolock)' from t"],
    ['update t set top = 1', 'update t set top = 1'],
    ['select a from t limit 3', 'select a from t limit 3'],
  ])('%s', (sql, want) => {
    expect(fromMsSql(sql)).toBe(want);
  });
});
