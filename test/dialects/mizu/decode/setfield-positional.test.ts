// setfield's two positional orders: the admin form lists the table first (001:L590, 002:L550), the user form starts
// at fieldtype (002:L386). Both are read, told apart by the first two values; the admin order then updates the row
// on a real server, on SQLite and PostgreSQL.
import { describe, expect, it } from 'vitest';
import { resolvePositional } from '../../../../src/dialects/mizu/decode/index.ts';
import { Tariff } from '../../../../src/persistence/entities/tariff.ts';
import { testEngines } from '../../../support/databases.ts';
import { asAdmin, serverOn } from '../../mizu-v2/accounts/fixture.ts';

describe('resolvePositional for setfield', () => {
  it.each([
    [
      'the admin order with apientry named, counted from the first function parameter',
      { apientry: 'setfield', param1: 'tb_users', param2: 'string', param3: 'email', param4: 'a@example.org' },
      { table: 'tb_users', param5: 'string', param6: 'email', param7: 'a@example.org' },
    ],
    [
      'the admin order in the full positional form, fieldtype left empty',
      { param1: 'setfield', param2: 'K', param3: 'a', param4: 'p', param5: 'tb_users', param6: '', param7: 'email' },
      { apientry: 'setfield', table: 'tb_users', param5: '', param6: 'email' },
    ],
  ])('reads %s', (_, given: Record<string, string>, want) => {
    const resolved = resolvePositional(given);
    expect(resolved).toMatchObject(want);
    const last = Math.max(...Object.keys(given).map((k) => Number(/^param(\d+)$/.exec(k)?.[1] ?? 0)));
    expect(resolved[`param${last + (given.apientry ? 4 : 0)}`]).toBeUndefined();
  });

  it.each([
    ['the user order', { apientry: 'setfield', param1: 'INT', param2: 'voicemail', param3: '1' }],
    ['a named table', { apientry: 'setfield', table: 'tb_users', param1: 'users', param2: 'int' }],
    ['a second value that is no fieldtype', { apientry: 'setfield', param1: 'strnig', param2: 'voicemail' }],
    ['another command', { apientry: 'getfield', param1: 'tariffs', param2: 'string' }],
  ])('keeps the positions of %s', (_, given: Record<string, string>) => {
    const resolved = resolvePositional(given);
    expect(resolved.table).toBe(given.table);
    expect(resolved.param5).toBe(given.param1);
  });
});

const engines = await testEngines('the setfield positional tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('setfield positional orders on a server (%#)', (open) => {
  const f = serverOn(open);

  it("updates another table's row from the admin order, table first", async () => {
    const em = f.sb.server.services.db.em();
    const tariff = em.create(Tariff, { name: 'retail', currency: 'USD' });
    await em.flush();
    // The full positional form: function name, key (none is set), login, then the admin order.
    const answer = await f.call({
      param1: 'setfield',
      param2: '',
      param3: asAdmin.authid,
      param4: asAdmin.authpwd,
      param5: 'tariffs',
      param6: 'string',
      param7: 'name',
      param8: 'wholesale',
      param9: String(tariff.id),
    });
    expect(answer.status, JSON.stringify(answer)).toBe('OK');
    expect((await f.sb.server.services.db.em().findOneOrFail(Tariff, { id: tariff.id })).name).toBe('wholesale');
  });

  it("updates the admin's own tb_users row from the admin order counted from the first function parameter", async () => {
    const answer = await f.call({
      ...asAdmin,
      apientry: 'setfield',
      param1: 'tb_users',
      param2: 'string',
      param3: 'displayname',
      param4: 'The Admin',
    });
    expect(answer.status, JSON.stringify(answer)).toBe('OK');
    expect((await f.row(asAdmin.authid)).displayname).toBe('The Admin');
  });

  it("updates the user's own field from the user order, fieldtype first", async () => {
    await f.user('pia');
    const answer = await f.as('pia', { apientry: 'setfield', param1: 'int', param2: 'voicemail', param3: '1' });
    expect(answer.status, JSON.stringify(answer)).toBe('OK');
    expect((await f.row('pia')).voicemail).toBe(1);
  });
});
