// Migration 0007 on SQLite and PostgreSQL: a call is recorded once per Call-ID and direction from then on, and the
// copies that earlier double imports left are kept, their Call-IDs marked, never deleted.
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../src/persistence/database.ts';
import { testEngines, type TestDatabase } from '../../support/databases.ts';

const engines = await testEngines('the CDR identity migration tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('migration 0007 identifies calls by Call-ID and leg (%#)', (open) => {
  let test: TestDatabase | undefined;
  let db: Database | undefined;

  afterEach(async () => {
    await db?.close();
    await test?.drop();
    [db, test] = [undefined, undefined];
  });

  it('keeps every earlier double import, marking the later copies, and then refuses a new one', async () => {
    test = await open();
    db = await openDatabase(test.url);
    await db.orm.migrator.up({ to: '0006-calls' });
    const sql = db.em().getConnection();
    const insert =
      'insert into tb_cdrs (caller, called, direction, started_at, ended_at, sip_call_id) values (?, ?, ?, ?, ?, ?)';
    const at = new Date('2026-11-01T10:00:00Z');
    for (const [direction, callId] of [
      ['out', 'call-1'],
      ['out', 'call-1'],
      ['out', 'call-1'],
      ['in', 'call-1'],
      ['out', ''],
      ['out', ''],
    ])
      await sql.execute(insert, ['100', '200', direction, at, at, callId]);

    await db.orm.migrator.up({ to: '0007-cdr-call-leg' });
    const rows = await sql.execute<{ id: number; direction: string; sip_call_id: string }[]>(
      'select id, direction, sip_call_id from tb_cdrs order by id',
    );
    const ids = rows.map((r) => Number(r.id));
    expect(rows.map((r) => [r.direction, r.sip_call_id])).toEqual([
      ['out', 'call-1'],
      ['out', `call-1#dup${ids[1]}`],
      ['out', `call-1#dup${ids[2]}`],
      ['in', 'call-1'],
      ['out', ''],
      ['out', ''],
    ]);
    await expect(sql.execute(insert, ['100', '200', 'out', at, at, 'call-1'])).rejects.toThrow();
    await sql.execute(insert, ['100', '200', 'out', at, at, '']);
  });
});
