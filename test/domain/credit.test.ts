// Every credit change is exact, goes through the ledger, and can never be spent or applied twice — parallel
// requests on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreditEntry } from '../../src/persistence/entities/credit-entry.ts';
import { User } from '../../src/persistence/entities/user.ts';
import { changeCredit } from '../../src/domain/billing/credit-ledger.ts';
import { fromMicros, toMicros } from '../../src/platform/money.ts';
import { testEngines, type TestDatabase } from '../support/databases.ts';
import { mizuJson } from '../support/mizu.ts';
import { ADMIN, startTestServer, type TestServer } from '../support/server.ts';

describe('money', () => {
  it.each([
    ['12.5', 12_500_000n, '12.50'],
    ['0.000001', 1n, '0.000001'],
    ['-3', -3_000_000n, '-3.00'],
    ['0.1', 100_000n, '0.10'],
    ['123456789.123456', 123_456_789_123_456n, '123456789.123456'],
  ])('%s is %s micro-units and prints as %s', (text, micros, printed) => {
    expect(toMicros(text)).toBe(micros);
    expect(fromMicros(micros)).toBe(printed);
  });

  it('adds 0.1 ten times to exactly 1.00', () => {
    let sum = 0n;
    for (let i = 0; i < 10; i++) sum += toMicros('0.1');
    expect(fromMicros(sum)).toBe('1.00');
  });

  it.each(['1e3', '1.0000001', 'abc', ''])('refuses %s', (text) => expect(() => toMicros(text)).toThrow());
});

const engines = await testEngines('the credit ledger tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('credit ledger (%#)', (open) => {
  let db: TestDatabase;
  let sb: TestServer;
  let userId: number;
  const asAdmin = { authid: ADMIN.username, authpwd: ADMIN.password };

  beforeAll(async () => {
    db = await open();
    sb = await startTestServer(db);
    userId = (await sb.server.services.accounts.create(sb.server.services.db.em(), { username: 'erin', password: 'erin-pw-1' }, { name: 'test', requestId: 'setup' })).id;
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });

  const creditOf = async () => fromMicros(BigInt((await sb.server.services.db.em().findOneOrFail(User, { id: userId })).creditMicros));

  it('applies 40 parallel addcredit requests exactly once each, with a ledger row each', async () => {
    const answers = await Promise.all(Array.from({ length: 40 }, () => mizuJson(sb.port, { apientry: 'addcredit', pin: 'erin', credit: '0.25', ...asAdmin })));
    expect(answers.every((a) => a.status === 'OK')).toBe(true);
    expect(await creditOf()).toBe('10.00');
    const entries = await sb.server.services.db.em().find(CreditEntry, { userId });
    expect(entries).toHaveLength(40);
    for (const e of entries) expect(BigInt(e.afterMicros) - BigInt(e.beforeMicros)).toBe(250_000n);
  });

  it('an idempotency key makes parallel retries of one change happen once', async () => {
    const key = `retry-${Date.now()}`;
    const answers = await Promise.all(Array.from({ length: 10 }, () => mizuJson(sb.port, { apientry: 'addcredit', pin: 'erin', credit: '5', idempotencykey: key, ...asAdmin })));
    expect(answers.every((a) => a.status === 'OK')).toBe(true);
    expect(answers.filter((a) => !/already applied/.test(a.message ?? '')).length).toBe(1);
    expect(await creditOf()).toBe('15.00');
  });

  it('never spends the same credit twice: parallel debits stop at zero', async () => {
    const em = () => sb.server.services.db.em();
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) =>
      changeCredit(em(), { userId, amountMicros: -1_000_000n, reason: 'test debit', actor: 'test', requestId: `d${i}`, keepNonNegative: true })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(15);
    for (const r of results) if (r.status === 'rejected') expect((r.reason as Error).message).toBe('insufficient credit');
    expect(await creditOf()).toBe('0.00');
  });

  it('the balance a user reads follows every change at once (the cache is invalidated)', async () => {
    await sb.server.services.accounts.create(sb.server.services.db.em(), { username: 'fred', password: 'fred-pw-1' }, { name: 'test', requestId: 'setup' });
    const asFred = { authid: 'fred', authpwd: 'fred-pw-1' };
    expect((await mizuJson(sb.port, { apientry: 'balance', ...asFred })).data?.credit).toBe('0.00');
    await mizuJson(sb.port, { apientry: 'addcredit', pin: 'fred', credit: '7.10', ...asAdmin });
    expect((await mizuJson(sb.port, { apientry: 'balance', ...asFred })).data?.credit).toBe('7.10');
  });
});
