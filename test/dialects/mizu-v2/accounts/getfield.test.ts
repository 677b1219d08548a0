// getfield with the seed's defaults (table tb_users, retfieldname id, the filter guessed among username, callerid and
// userid), other tables and columns, and what it never answers — on SQLite and PostgreSQL.
import { describe, expect, it } from 'vitest';
import { User } from '../../../../src/persistence/entities/user.ts';
import { testEngines } from '../../../support/databases.ts';
import { asAdmin, serverOn } from './fixture.ts';

const engines = await testEngines('the getfield tests on PostgreSQL');
const get = (params: Record<string, string>) => ({ ...asAdmin, apientry: 'getfield', ...params });

describe.each(engines.map((open) => [open]))('getfield (%#)', (open) => {
  const f = serverOn(open);
  let quinn: number;
  let rita: number;

  it('answers the id of the user whose username is the value, by default', async () => {
    quinn = await f.user('quinn', { credit: '3.5', email: 'q@example.com' });
    rita = await f.user('rita');
    await f.sb.server.services.db.em().nativeUpdate(User, { id: rita }, { callerid: '3615550' });
    expect((await f.call(get({ filterfieldvalue: 'quinn' }))).data).toEqual({ value: String(quinn) });
  });

  it('guesses the caller id, then the user id, when no username matches', async () => {
    expect((await f.call(get({ filterfieldvalue: '3615550' }))).data.value).toBe(String(rita));
    expect((await f.call(get({ filterfieldvalue: String(quinn), retfieldname: 'username' }))).data.value).toBe('quinn');
  });

  it('reads the named field with the named filter, as positional parameters too', async () => {
    expect(
      (await f.call(get({ retfieldname: 'email', filterfieldname: 'username', filterfieldvalue: 'quinn' }))).data.value,
    ).toBe('q@example.com');
    expect(
      (
        await f.call(
          get({
            retfieldname: 'username',
            filterfieldname: 'userid',
            filterfieldtype: 'int',
            filterfieldvalue: String(rita),
          }),
        )
      ).data.value,
    ).toBe('rita');
    expect(
      (
        await f.call({
          ...asAdmin,
          apientry: 'getfield',
          param5: 'tb_users',
          param6: 'email',
          param8: 'username',
          param9: 'quinn',
        })
      ).data.value,
    ).toBe('q@example.com');
  });

  it('answers credit as an amount', async () => {
    expect((await f.call(get({ retfieldname: 'credit', filterfieldvalue: 'quinn' }))).data.value).toBe('3.50');
  });

  it('never answers a password or recovery answer', async () => {
    for (const field of ['password', 'password_sealed', 'forgotpasswordanswer', 'forgotpasswordanswerhash']) {
      expect((await f.call(get({ retfieldname: field, filterfieldvalue: 'quinn' }))).error?.code).toBe('access-denied');
    }
  });

  it('reads other tables by their key, but never a secret global option', async () => {
    const em = f.sb.server.services.db.em();
    await f.sb.server.services.options.set(em, 'httpapimd5salt', 'very-secret-salt');
    await f.sb.server.services.options.set(em, 'callbackaccessnumber', '+3615550000');
    expect(
      (await f.call(get({ table: 'global_config', retfieldname: 'value', filterfieldvalue: 'callbackaccessnumber' })))
        .data.value,
    ).toBe('+3615550000');
    const secret = await f.call(
      get({ table: 'global_config', retfieldname: 'value', filterfieldvalue: 'httpapimd5salt' }),
    );
    expect(secret.error?.code).toBe('access-denied');
    expect(JSON.stringify(secret)).not.toContain('very-secret-salt');
  });

  it('answers not-found when nothing matches, and refuses unknown tables and fields', async () => {
    expect((await f.call(get({ filterfieldvalue: 'nobody' }))).error?.code).toBe('not-found');
    expect((await f.call(get({ table: 'tb_secret', filterfieldvalue: 'x' }))).error?.code).toBe('not-found');
    expect((await f.call(get({ retfieldname: 'nosuch', filterfieldvalue: 'quinn' }))).error?.code).toBe(
      'invalid-parameter',
    );
  });

  it('binds an injection attempt in the value as data', async () => {
    const answer = await f.call(get({ filterfieldname: 'username', filterfieldvalue: "quinn' or '1'='1" }));
    expect(answer.error?.code).toBe('not-found');
  });

  it('is for admins only', async () => {
    expect((await f.as('quinn', { apientry: 'getfield', filterfieldvalue: 'rita' })).error?.code).toBe('access-denied');
  });
});
