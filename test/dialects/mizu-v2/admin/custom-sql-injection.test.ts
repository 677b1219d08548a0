// tb_api customsql keywords are bound parameters, never SQL text (002:L565-L593 warns "Be aware of SQL injections";
// Switchboard removes the risk): injection attempts through [USERID], [USERNAME], [SPARAMn], {field} from the
// request and from the user, and the custom_action body, on SQLite and PostgreSQL.
import { describe, expect, it } from 'vitest';
import { User } from '../../../../src/persistence/entities/user.ts';
import { testEngines } from '../../../support/databases.ts';
import { serverOn } from './fixture.ts';

const engines = await testEngines('the custom SQL injection tests on PostgreSQL');

const ATTEMPTS = [
  "x' or '1'='1",
  "' or ''='",
  '1 or 1=1',
  '1; drop table tb_users; --',
  "'); drop table tb_users; --",
  "\\'; delete from tb_users; --",
  "x' union select username from tb_users --",
];

describe.each(engines.map((open) => [open]))('custom SQL keywords are bound parameters (%#)', (open) => {
  const f = serverOn(open);
  const em = () => f.sb.server.services.db.em();
  const userCount = async () => em().count(User, {});

  it('[SPARAM1] bare, quoted and inside a LIKE pattern matches the text, never the SQL', async () => {
    await f.user('alice');
    await f.user('bob');
    await f.api({
      fname: 'findbare',
      reqUser: 12,
      customsql: '*select username from tb_users where username = [SPARAM1]',
    });
    await f.api({
      fname: 'findquoted',
      reqUser: 12,
      customsql: "*select username from tb_users where username = '[SPARAM1]'",
    });
    await f.api({
      fname: 'findlike',
      reqUser: 12,
      customsql: "*select username from tb_users where username like '%[SPARAM1]%' order by username",
    });
    const before = await userCount();
    expect((await f.as('alice', { apientry: 'findbare', sparam1: 'bob' })).data.rows).toEqual([{ username: 'bob' }]);
    expect((await f.as('alice', { apientry: 'findquoted', sparam1: 'bob' })).data.rows).toEqual([{ username: 'bob' }]);
    expect((await f.as('alice', { apientry: 'findlike', sparam1: 'o' })).data.rows).toEqual([{ username: 'bob' }]);
    for (const attempt of ATTEMPTS) {
      for (const api of ['findbare', 'findquoted', 'findlike']) {
        const answer = await f.as('alice', { apientry: api, sparam1: attempt });
        expect(answer.status, `${api} with ${attempt}`).toBe('OK');
        expect(answer.data.rows, `${api} with ${attempt}`).toEqual([]);
      }
    }
    expect(await userCount()).toBe(before);
  });

  it('[SPARAMn] up to 99 in a write changes only the row and column the statement names', async () => {
    const id = await f.user('carol');
    await f.api({
      fname: 'setname',
      reqUser: 12,
      customsql: '*update tb_users set name = [SPARAM99], address = [SPARAM2] where id = [USERID]',
    });
    const attempt = "x', type = 'admin', name = 'y";
    const answer = await f.as('carol', { apientry: 'setname', sparam99: attempt, sparam2: '1; drop table tb_users' });
    expect(answer.data.rows).toEqual([{ affected: 1 }]);
    const row = await em().findOneOrFail(User, { id }, { disableIdentityMap: true });
    expect(row.name).toBe(attempt);
    expect(row.address).toBe('1; drop table tb_users');
    expect(row.type).toBe('enduser');
  });

  it('[USERNAME] and {field} from the user bind the stored value, even one written to break out of a literal', async () => {
    const id = await f.user('dave');
    // A username and a name no sign-up would accept, written straight into the table.
    await em().nativeUpdate(User, { id }, { username: "dave' or '1'='1", name: "d' or '1'='1" });
    await f.sb.server.services.accounts.cache.invalidate(id);
    await f.api({
      fname: 'mycount',
      reqUser: 12,
      customsql: "*select count(*) as n from tb_users where username = '[USERNAME]' or name = {name}",
    });
    const answer = await f.as("dave' or '1'='1", { apientry: 'mycount', authpwd: 'dave-pw-1' });
    expect(answer.status).toBe('OK');
    expect(Number(answer.data.rows[0].n)).toBe(1);
  });

  it('{field} from the request binds the parameter, and cannot pose as a field of the user', async () => {
    await f.user('erin', { email: 'erin@example.com' });
    await f.api({ fname: 'byemail', reqUser: 12, customsql: '*select username from tb_users where email = {lookup}' });
    expect((await f.as('erin', { apientry: 'byemail', lookup: 'erin@example.com' })).data.rows).toEqual([
      { username: 'erin' },
    ]);
    for (const attempt of ATTEMPTS)
      expect((await f.as('erin', { apientry: 'byemail', lookup: attempt })).data.rows, attempt).toEqual([]);
    await f.api({
      fname: 'whoami',
      reqUser: 12,
      customsql: '*select {username} as me, {id} as myid, [USERID] as alsoid',
    });
    const me = await f.as('erin', { apientry: 'whoami', username: 'admin', id: '1' });
    expect(me.data.rows[0].me).toBe('erin');
    expect(Number(me.data.rows[0].myid)).toBe(Number(me.data.rows[0].alsoid));
    expect(Number(me.data.rows[0].myid)).not.toBe(1);
    await f.api({ fname: 'leak', reqUser: 12, customsql: '*select {authpwd} as p, {password} as q, {pin} as r' });
    expect((await f.as('erin', { apientry: 'leak' })).data.rows).toEqual([{ p: null, q: null, r: null }]);
  });

  it('the custom_action SQL binds USERID and {field} too', async () => {
    const id = await f.user('frank');
    await f.api({
      fname: 'note',
      reqUser: 12,
      customAction: 8,
      customActionBody: 'update tb_users set address = {note} where id = USERID',
    });
    const attempt = "z' where 1=1; update tb_users set address = 'pwned";
    expect((await f.as('frank', { apientry: 'note', note: attempt })).status).toBe('OK');
    await f.eventually(
      async () => (await em().findOneOrFail(User, { id }, { disableIdentityMap: true })).address === attempt,
      'the action to run',
    );
    expect(await em().count(User, { address: 'pwned' })).toBe(0);
  });

  it('no keyword reaches the SQL text: the statement the driver sees is the same whatever the values', async () => {
    await f.api({
      fname: 'echo',
      reqUser: 12,
      customsql: "*select [SPARAM1] as a, '[SPARAM2]' as b, 'pre-[SPARAM3]-post' as c, {x} as d",
    });
    const answer = await f.as('alice', {
      apientry: 'echo',
      sparam1: "'",
      sparam2: "''",
      sparam3: "';--",
      x: '"; select 1',
    });
    expect(answer.data.rows).toEqual([{ a: "'", b: "''", c: "pre-';---post", d: '"; select 1' }]);
  });
});
