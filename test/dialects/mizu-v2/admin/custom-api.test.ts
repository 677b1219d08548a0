// Custom APIs from tb_api (002:L563-L625): new API names, customsql replacing a command, the * synchronous prefix,
// the 100-row cap, access from the row, and the custom_action codes (SQL runs; e-mail and SMS refused while their channel is off; the rest is refused).
import { describe, expect, it } from 'vitest';
import { User } from '../../../../src/persistence/entities/user.ts';
import { testEngines } from '../../../support/databases.ts';
import { serverOn } from './fixture.ts';

const engines = await testEngines('the custom API tests on PostgreSQL');

const COUNT_TO_150 = 'with recursive n(i) as (select 1 union all select i + 1 from n where i < 150) select i from n';

describe.each(engines.map((open) => [open]))('custom APIs (%#)', (open) => {
  const f = serverOn(open);
  const em = () => f.sb.server.services.db.em();
  const address = async (username: string) =>
    (await em().findOneOrFail(User, { username }, { disableIdentityMap: true })).address;

  it('a row naming no command is a new API, unknown until the row exists and apireload ran', async () => {
    await f.user('alice');
    expect((await f.admin({ apientry: 'myrequest' })).error?.code).toBe('unknown-command');
    await f.api({ fname: 'myrequest', customsql: "select 'hello' as greeting" });
    expect((await f.admin({ apientry: 'myrequest' })).data).toEqual({ rows: [{ greeting: 'hello' }] });
  });

  it('a SELECT answers at most 100 rows', async () => {
    await f.api({ fname: 'counting', customsql: COUNT_TO_150 });
    const rows = (await f.admin({ apientry: 'counting' })).data.rows as { i: number }[];
    expect(rows).toHaveLength(100);
    expect(rows.map((r) => Number(r.i))).toEqual(Array.from({ length: 100 }, (_, k) => k + 1));
  });

  it('takes its access from the row: admin by default, users with req_user 12, disabled with enabled 0', async () => {
    await f.api({ fname: 'adminonly', customsql: 'select 1 as one' });
    expect((await f.as('alice', { apientry: 'adminonly' })).error?.code).toBe('access-denied');
    await f.api({ fname: 'foreveryone', reqUser: 12, customsql: 'select [USERNAME] as me' });
    expect((await f.as('alice', { apientry: 'foreveryone' })).data.rows).toEqual([{ me: 'alice' }]);
    await f.api({ fname: 'foreveryone', reqUser: 12, enabled: 0, customsql: 'select [USERNAME] as me' });
    expect((await f.as('alice', { apientry: 'foreveryone' })).error?.code).toBe('access-denied');
  });

  it('with the * prefix a write runs before the answer and answers the rows affected, or its error', async () => {
    await f.api({
      fname: 'setaddress',
      reqUser: 12,
      customsql: '*update tb_users set address = [SPARAM1] where id = [USERID]',
    });
    expect((await f.as('alice', { apientry: 'setaddress', sparam1: 'Main St 1' })).data.rows).toEqual([
      { affected: 1 },
    ]);
    expect(await address('alice')).toBe('Main St 1');
    await f.api({ fname: 'broken', customsql: '*update no_such_table set x = 1' });
    const answer = await f.admin({ apientry: 'broken' });
    expect(answer.error?.code).toBe('command-failed');
    expect(answer.error?.message).toMatch(/no_such_table/);
  });

  it('without it a write runs after the answer, and a failure goes to the log', async () => {
    await f.api({
      fname: 'later',
      reqUser: 12,
      customsql: 'update tb_users set address = [SPARAM1] where id = [USERID]',
    });
    const answer = await f.as('alice', { apientry: 'later', sparam1: 'Side St 2' });
    expect(answer).toMatchObject({ status: 'OK', message: 'queued' });
    await f.eventually(async () => (await address('alice')) === 'Side St 2', 'the queued update');
    await f.api({ fname: 'laterbroken', customsql: 'update no_such_table set x = 1' });
    expect((await f.admin({ apientry: 'laterbroken' })).status).toBe('OK');
    const line = await f.eventually(
      async () => f.sb.logs.find((l) => l.includes('laterbroken') && l.includes('its SQL failed')),
      'the failure in the log',
    );
    expect(line).toMatch(/no_such_table/);
  });

  it('customsql on an existing command replaces its behaviour', async () => {
    await f.user('bob', { credit: '3.25' });
    expect((await f.as('bob', { apientry: 'balance' })).data).toMatchObject({ credit: '3.25' });
    await f.api({ fname: 'balance', customsql: "select 'replaced' as what, [USERNAME] as who" });
    expect((await f.as('bob', { apientry: 'balance' })).data.rows).toEqual([{ what: 'replaced', who: 'bob' }]);
    await f.api({ fname: 'balance', customsql: null });
    expect((await f.as('bob', { apientry: 'balance' })).data).toMatchObject({ credit: '3.25' });
  });

  it("translates the MS SQL idioms of the vendor's examples (top N, with(nolock))", async () => {
    await f.api({ fname: 'firstuser', customsql: '*select top 1 username from tb_users with(nolock) order by id' });
    expect((await f.admin({ apientry: 'firstuser' })).data.rows).toEqual([{ username: 'admin' }]);
  });

  it('custom_action 8 runs its SQL after a success, 58 after a failure, each only then', async () => {
    await f.api({
      fname: 'apitest',
      customAction: 8,
      customActionBody: "update tb_users set address = 'after success' where username = {who}",
    });
    expect((await f.call({ apientry: 'apitest', who: 'alice' })).status).toBe('OK');
    await f.eventually(async () => (await address('alice')) === 'after success', 'the success action');
    await f.api({
      fname: 'balance',
      customAction: 58,
      customActionBody: "update tb_users set address = 'after failure' where username = {authid}",
    });
    expect((await f.as('bob', { apientry: 'balance' })).status).toBe('OK');
    expect((await f.as('bob', { apientry: 'balance', authpwd: 'wrong' })).error?.code).toBe('auth-failed');
    await f.eventually(async () => (await address('bob')) === 'after failure', 'the failure action');
    await f.api({
      fname: 'apitest',
      customAction: 58,
      customActionBody: "update tb_users set address = 'wrongly' where username = 'alice'",
    });
    await f.api({ fname: 'balance', customAction: null, customActionBody: null });
    expect((await f.call({ apientry: 'apitest' })).status).toBe('OK');
    await new Promise((r) => setTimeout(r, 200));
    expect(await address('alice')).toBe('after success');
  });

  it.each([
    [1, 'unsupported', /custom_action 1, which cannot run: e-mail is off/],
    [2, 'unsupported', /custom_action 2, which cannot run: SMS is off/],
    [51, 'unsupported', /custom_action 51, which cannot run: e-mail is off/],
    [52, 'unsupported', /custom_action 52, which cannot run: SMS is off/],
    [4, 'unsupported', /restart.*supervisor/],
    [54, 'unsupported', /restart.*supervisor/],
    [6, 'unsupported', /reboot/],
    [56, 'unsupported', /reboot/],
    [7, 'unsupported', /command lines/],
    [57, 'unsupported', /command lines/],
  ])('custom_action %i is refused with its reason, and the API does nothing', async (code, error, reason) => {
    await f.api({
      fname: `action${code}`,
      reqUser: 12,
      customsql: "*update tb_users set address = 'ran' where id = [USERID]",
      customAction: code,
      customActionBody: 'x',
    });
    const answer = await f.as('alice', { apientry: `action${code}` });
    expect(answer.error?.code).toBe(error);
    expect(answer.error?.message).toMatch(reason);
    expect(await address('alice')).not.toBe('ran');
  });
});
