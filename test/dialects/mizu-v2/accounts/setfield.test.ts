// setfield: user logins change only their own allowed tb_users fields, the contact fields only while empty; admins
// any field of any table, checked against the real columns; credit through the ledger — on SQLite and PostgreSQL.
import { describe, expect, it } from 'vitest';
import { answerMatches } from '../../../../src/domain/accounts/secret-answer.ts';
import { AuditEntry } from '../../../../src/persistence/entities/audit-entry.ts';
import { CreditEntry } from '../../../../src/persistence/entities/credit-entry.ts';
import { Tariff } from '../../../../src/persistence/entities/tariff.ts';
import { testEngines } from '../../../support/databases.ts';
import { asAdmin, serverOn } from './fixture.ts';

const engines = await testEngines('the setfield tests on PostgreSQL');
const set = (fieldname: string, fieldvalue: string, more: Record<string, string> = {}) => ({
  apientry: 'setfield',
  fieldname,
  fieldvalue,
  ...more,
});

describe.each(engines.map((open) => [open]))('setfield (%#)', (open) => {
  const f = serverOn(open);

  it.each([
    ['forwardonbusy', '+3611111', '+3611111'],
    ['voicemail', '1', 1],
    ['displayname', 'Kate at home', 'Kate at home'],
    ['noanswertimeout', '25', 25],
    ['choosecodecs', 'opus,PCMA,G729', 'opus,PCMA,G729'],
    ['voicemailonnoansw', '1', 1],
  ])('lets a user set the allowed field %s', async (field, value, stored) => {
    await f.user('kate').catch(() => undefined);
    const answer = await f.as('kate', set(field, value));
    expect(answer.status).toBe('OK');
    expect((await f.row('kate'))[field]).toBe(stored);
  });

  it.each([
    ['credit', '100'],
    ['type', 'admin'],
    ['enabled', '1'],
    ['username', 'other'],
    ['postpaid', '1'],
    ['pin', '1234'],
    ['password_sealed', 'x'],
  ])('refuses a user the field %s', async (field, value) => {
    const answer = await f.as('kate', set(field, value));
    expect(answer.error?.code).toBe('access-denied');
    expect(answer.error?.message).toMatch(/not one of the fields users may change/);
  });

  it('refuses a user another row and another table', async () => {
    const other = await f.user('leo');
    expect((await f.as('kate', set('displayname', 'x', { rowid: String(other) }))).error?.message).toMatch(
      /only their own tb_users row/,
    );
    expect((await f.as('kate', set('name', 'x', { table: 'tariffs', rowid: '1' }))).error?.code).toBe('access-denied');
    expect((await f.row('leo')).displayname).toBe('');
  });

  it('lets a user set a contact field only while it is empty', async () => {
    expect((await f.as('kate', set('email2', 'kate@example.org'))).status).toBe('OK');
    const again = await f.as('kate', set('email2', 'evil@example.org'));
    expect(again.error?.code).toBe('access-denied');
    expect(again.error?.message).toMatch(/already set/);
    expect((await f.row('kate')).email2).toBe('kate@example.org');
  });

  it('lets only one of racing requests set a set-once field', async () => {
    await f.user('mia');
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => f.as('mia', set('contactname', `name ${i}`))),
    );
    expect(answers.filter((a) => a.status === 'OK')).toHaveLength(1);
    const winner = answers.findIndex((a) => a.status === 'OK');
    expect((await f.row('mia')).contactname).toBe(`name ${winner}`);
  });

  it.each([
    ['forwardalways', 'x y', /phone number or SIP user/],
    ['voicemail', '7', /must be 0 or 1/],
    ['noanswertimeout', '99999', /0 to 3600/],
    ['birthday', '1990-02-30', /YYYY-MM-DD/],
    ['utc', '+15', /offset from UTC/],
    ['email', 'nope', /email address/],
  ])('checks the value of %s', async (field, value, problem) => {
    const answer = await f.as('kate', set(field, value));
    expect(answer.error?.code).toBe('invalid-parameter');
    expect(answer.error?.message).toMatch(problem);
  });

  it('checks fieldtype against the value', async () => {
    expect((await f.as('kate', set('noanswertimeout', '2.5', { fieldtype: 'float' }))).error?.message).toMatch(
      /noanswertimeout must be an integer|0 to 3600/,
    );
    expect((await f.as('kate', set('displayname', 'abc', { fieldtype: 'int' }))).error?.message).toMatch(/not an int/);
  });

  it('stores the recovery answer hashed, never as sent', async () => {
    expect((await f.as('kate', set('forgotpasswordquestion', 'First pet?'))).status).toBe('OK');
    expect((await f.as('kate', set('forgotpasswordanswer', ' Rex '))).status).toBe('OK');
    const row = await f.row('kate');
    expect(row.forgotpasswordanswerhash).not.toMatch(/rex/i);
    expect(answerMatches('REX', row.forgotpasswordanswerhash)).toBe(true);
    expect(answerMatches('Max', row.forgotpasswordanswerhash)).toBe(false);
    const audit = await f.sb.server.services.db.em().find(AuditEntry, { action: 'setfield', target: String(row.id) });
    expect(audit.map((a) => a.detail).join(' ')).not.toMatch(/rex/i);
  });

  it('lets an admin change any tb_users field of any user, by rowid or targetuser', async () => {
    const leo = await f.user('leo2');
    expect((await f.call({ ...asAdmin, ...set('type', 'reseller', { rowid: String(leo) }) })).status).toBe('OK');
    expect((await f.call({ ...asAdmin, ...set('postpaid', '1', { rowid: String(leo) }) })).status).toBe('OK');
    expect((await f.call({ ...asAdmin, targetuser: 'leo2', ...set('email2', 'a@b.cd') })).status).toBe('OK');
    expect((await f.call({ ...asAdmin, targetuser: 'leo2', ...set('email2', 'e@f.gh') })).status).toBe('OK');
    expect(await f.row('leo2')).toMatchObject({ type: 'reseller', postpaid: true, email2: 'e@f.gh' });
    // The cached login sees the change at once.
    expect((await f.as('leo2', { apientry: 'login' })).data.usertype).toBe('reseller');
  });

  it('sets credit for an admin through the ledger, once per idempotencykey', async () => {
    const nora = await f.user('nora', { credit: '2' });
    const first = await f.call({
      ...asAdmin,
      ...set('credit', '10.5', { rowid: String(nora), idempotencykey: 'nora-credit' }),
    });
    expect(first.message).toBe('credit is 10.50');
    expect(await f.credit('nora')).toBe('10.50');
    const entries = await f.sb.server.services.db.em().find(CreditEntry, { userId: nora, reason: 'setfield credit' });
    expect(entries.map((e) => BigInt(e.amountMicros))).toEqual([8_500_000n]);
    expect(
      (await f.call({ ...asAdmin, ...set('credit', '10.5', { rowid: String(nora), idempotencykey: 'nora-credit' }) }))
        .message,
    ).toMatch(/already applied/);
    expect((await f.as('nora', { apientry: 'balance' })).data.credit).toBe('10.50');
  });

  it('seals a password set by an admin: the user logs in with it', async () => {
    const olga = await f.user('olga');
    expect((await f.call({ ...asAdmin, ...set('password', 'Fresh-pass-42', { rowid: String(olga) }) })).status).toBe(
      'OK',
    );
    expect((await f.row('olga')).passwordSealed).not.toContain('Fresh-pass-42');
    expect((await f.call({ apientry: 'balance', authid: 'olga', authpwd: 'Fresh-pass-42' })).status).toBe('OK');
  });

  it('lets an admin change a field of another table by row id', async () => {
    const em = f.sb.server.services.db.em();
    const tariff = em.create(Tariff, { name: 'retail', currency: 'USD' });
    await em.flush();
    expect(
      (await f.call({ ...asAdmin, ...set('name', 'wholesale', { table: 'tariffs', rowid: String(tariff.id) }) }))
        .status,
    ).toBe('OK');
    expect((await f.sb.server.services.db.em().findOneOrFail(Tariff, { id: tariff.id })).name).toBe('wholesale');
    expect((await f.call({ ...asAdmin, ...set('name', 'x', { table: 'tariffs', rowid: '999999' }) })).error?.code).toBe(
      'not-found',
    );
  });

  it.each([
    [
      'the append-only ledger',
      { table: 'credit_ledger', rowid: '1', fieldname: 'amount_micros', fieldvalue: '1' },
      'access-denied',
    ],
    ['an unknown table', { table: 'tb_nothing', rowid: '1', fieldname: 'x', fieldvalue: '1' }, 'not-found'],
    ['an unknown column', { fieldname: 'nosuchfield', fieldvalue: '1', rowid: '1' }, 'invalid-parameter'],
    ['the row id', { fieldname: 'id', fieldvalue: '5', rowid: '1' }, 'access-denied'],
    ['the sealed password', { fieldname: 'password_sealed', fieldvalue: 'x', rowid: '1' }, 'access-denied'],
    [
      'a field name carrying SQL',
      { fieldname: 'name = 1; drop table tb_users; --', fieldvalue: 'x', rowid: '1' },
      'invalid-parameter',
    ],
    [
      'a table name carrying SQL',
      { table: 'tb_users; delete from tb_users', fieldname: 'name', fieldvalue: 'x', rowid: '1' },
      'invalid-parameter',
    ],
    [
      'a text column given an int fieldtype',
      { fieldname: 'name', fieldvalue: 'abc', fieldtype: 'int', rowid: '1' },
      'invalid-parameter',
    ],
  ])('refuses an admin %s', async (_what, params, code) => {
    expect((await f.call({ ...asAdmin, apientry: 'setfield', ...params })).error?.code).toBe(code);
  });

  it('stores a value carrying SQL as plain text', async () => {
    const pam = await f.user('pam');
    const value = "x'); update tb_users set type='admin'; --";
    expect((await f.call({ ...asAdmin, ...set('displayname', value, { rowid: String(pam) }) })).status).toBe('OK');
    expect(await f.row('pam')).toMatchObject({ displayname: value, type: 'enduser' });
  });
});
