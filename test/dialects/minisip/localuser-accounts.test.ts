// A local user is the account every dialect shares: one created through Mizu is a local user here with the default
// settings, one added here logs in through Mizu with its password, and the columns both know (display name, e-mail,
// forwarding) are the same values (SQLite and PostgreSQL).
import { describe, expect, it } from 'vitest';
import { User } from '../../../src/persistence/entities/user.ts';
import { MinisipLocalUser } from '../../../src/persistence/entities/minisip/index.ts';
import { testEngines } from '../../support/databases.ts';
import { mizuJson } from '../../support/mizu.ts';
import { useMinisipServer } from './support.ts';

const engines = await testEngines('the local user / account tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('local users are accounts (%#)', (openDatabase) => {
  const f = useMinisipServer(openDatabase);
  const balance = (username: string, password: string) =>
    mizuJson(f.sb.port, { apientry: 'balance', authid: username, authpwd: password });

  it('a user created through Mizu is a local user with the default settings', async () => {
    const { accounts, db: database } = f.sb.server.services;
    await accounts.create(
      database.em(),
      { username: '500', password: 'pw-500', email: 'five@example.com' },
      { name: 'mizu test', requestId: 't' },
    );
    expect(await f.client.localuserQuery({ usrname: '500' })).toMatchObject({
      usrname: '500',
      usrpwd: '***',
      email: 'five@example.com',
      dialPlan: 'default',
      calllevel: 0,
      right_cfu: 0,
    });
    expect((await f.client.localuserList()).rows).toContainEqual({
      usrname: '500',
      description: '',
      dispname: '',
      addr: '',
      state: 0,
      userAgent: '',
    });
  });

  it('a local user added here authenticates through Mizu with its password', async () => {
    await f.client.localuserSet({
      usrname: '600',
      usrpwd: 'pw-600',
      dispname: 'Six',
      email: 'six@example.com',
      dialPlan: 'office',
      right_cfu: 1,
      cfunbr: '0123',
    });
    expect((await balance('600', 'pw-600')).error).toBeUndefined();
    expect((await balance('600', 'wrong')).error?.code).toBe('auth-failed');
    const row = await f.sb.server.services.db.em().findOneOrFail(User, { username: '600' });
    expect(row).toMatchObject({ type: 'enduser', displayname: 'Six', email: 'six@example.com', forwardalways: '0123' });
    expect(await f.sb.server.services.db.em().findOneOrFail(MinisipLocalUser, { userId: row.id })).toMatchObject({
      dialPlan: 'office',
      right_cfu: 1,
    });
  });

  it('changes the password, and keeps it when the mask is sent back', async () => {
    await f.client.localuserSet({ usrname: '600', usrpwd: 'pw-600-new' });
    expect((await balance('600', 'pw-600-new')).error).toBeUndefined();
    const answer = await f.client.localuserQuery({ usrname: '600' });
    await f.client.localuserSet({ ...answer, description: 'edited after a query' });
    expect((await balance('600', 'pw-600-new')).error).toBeUndefined();
    expect(await f.client.localuserQuery({ usrname: '600' })).toMatchObject({
      description: 'edited after a query',
      dispname: 'Six',
      cfunbr: '0123',
      dialPlan: 'office',
    });
  });

  it('sees a change Mizu made to a shared column', async () => {
    const { accounts, db: database } = f.sb.server.services;
    const user = await database.em().findOneOrFail(User, { username: '600' });
    await accounts.update(
      database.em(),
      user.id,
      { forwardonbusy: '0456', displayname: 'Six Six' },
      { name: 'mizu test', requestId: 't', action: 'user.update' },
    );
    expect(await f.client.localuserQuery({ usrname: '600' })).toMatchObject({ cfbnbr: '0456', dispname: 'Six Six' });
  });

  it('needs a password to add a user, and refuses a name held by an account that is not a local user', async () => {
    await expect(f.client.localuserSet({ usrname: '700' })).rejects.toMatchObject({
      code: 'missing-parameter',
      message: expect.stringMatching(/usrpwd is required/),
    });
    await expect(f.client.localuserQuery({ usrname: '700' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(f.client.localuserSet({ usrname: 'admin', usrpwd: 'x' })).rejects.toMatchObject({
      code: 'invalid-parameter',
      message: expect.stringMatching(/admin account, not a local user/),
    });
    await expect(f.client.localuserQuery({ usrname: 'admin' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses a specific external line that does not exist, writing nothing', async () => {
    await expect(f.client.localuserSet({ usrname: '800', usrpwd: 'pw', specextline: 'ghost' })).rejects.toMatchObject({
      code: 'invalid-parameter',
    });
    expect(await f.sb.server.services.db.em().count(User, { username: '800' })).toBe(0);
  });

  it('deletes the account with its settings and operator record: Mizu no longer knows it', async () => {
    await f.client.hginfoSet({ grpID: 1, strategy: 1 });
    await f.client.hgoperSet({ oper: '600', grpID: 1, autoInd: 0 });
    const id = (await f.sb.server.services.db.em().findOneOrFail(User, { username: '600' })).id;
    expect(await f.client.localuserDelete({ usrname: '600' })).toEqual({ message: 'local user 600 deleted' });
    expect((await balance('600', 'pw-600-new')).error?.code).toBe('auth-failed');
    expect(await f.sb.server.services.db.em().count(MinisipLocalUser, { userId: id })).toBe(0);
    expect((await f.client.hgoperList()).rows).toEqual([]);
    await expect(f.client.localuserDelete({ usrname: '600' })).rejects.toMatchObject({ code: 'not-found' });
  });
});
