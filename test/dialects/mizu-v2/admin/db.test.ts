// db [txt] (001/002): any SQL statement, admin only (wherever remoteadmin allows); SELECT rows capped at 100, other
// statements answer the rows affected; the seed's MS SQL example (002:L903) works as written.
import { describe, expect, it } from 'vitest';
import { User } from '../../../../src/persistence/entities/user.ts';
import { testEngines } from '../../../support/databases.ts';
import { mizuGet } from '../../../support/mizu.ts';
import { serverOn } from './fixture.ts';

const engines = await testEngines('the db command tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('db (%#)', (open) => {
  const f = serverOn(open);

  it('answers the seed example, select top 1 username from tb_users', async () => {
    const answer = await f.admin({ apientry: 'db', txt: 'select top 1 username from tb_users' });
    expect(answer.data).toEqual({ rows: [{ username: 'admin' }] });
  });

  it('caps a SELECT at 100 rows', async () => {
    const answer = await f.admin({
      apientry: 'db',
      txt: 'with recursive n(i) as (select 1 union all select i + 1 from n where i < 250) select i from n',
    });
    expect(answer.data.rows).toHaveLength(100);
  });

  it('answers the rows affected by other statements, which take effect', async () => {
    await f.user('alice');
    await f.user('bob');
    const answer = await f.admin({
      apientry: 'db',
      txt: "update tb_users set address = 'Elm St' where username in ('alice', 'bob')",
    });
    expect(answer.data).toEqual({ rows: [{ affected: 2 }] });
    const em = f.sb.server.services.db.em();
    expect(await em.count(User, { address: 'Elm St' })).toBe(2);
  });

  it('shows the rows as CSV lines in the text format', async () => {
    const res = await mizuGet(f.sb.port, {
      apientry: 'db',
      authid: 'admin',
      authpwd: 'admin-secret-1',
      txt: "select username, address from tb_users where username = 'alice'",
    });
    expect(res.body).toBe('OK\nusername,address\nalice,Elm St\n');
  });

  it("answers an SQL error as command-failed, with the engine's reason", async () => {
    const answer = await f.admin({ apientry: 'db', txt: 'select x from no_such_table' });
    expect(answer.error?.code).toBe('command-failed');
    expect(answer.error?.message).toMatch(/no_such_table/);
  });

  it('refuses users who are not admins', async () => {
    await f.user('carol');
    const answer = await f.as('carol', { apientry: 'db', txt: 'select 1' });
    expect(answer.error?.code).toBe('access-denied');
  });
});

describe('db from an untrusted source', () => {
  const f = serverOn(engines[0]!, { allowtrustedip: '0' });

  it('runs with admin credentials where remoteadmin allows administration (002:L903 calls it remotely)', async () => {
    expect((await f.admin({ apientry: 'db', txt: 'select 1 as one' })).status).toBe('OK');
    await f.sb.server.services.options.set(f.sb.server.services.db.em(), 'remoteadmin', '3');
    const answer = await f.admin({ apientry: 'db', txt: 'select 1 as one' });
    expect(answer.error).toMatchObject({ code: 'access-denied', message: expect.stringMatching(/remoteadmin/) });
    await f.sb.server.services.options.set(f.sb.server.services.db.em(), 'remoteadmin', '5');
  });
});
