// Recharge PINs at rest (issue 17, finding 10), on SQLite and PostgreSQL: the table holds a digest of each PIN loaded
// or generated, never the PIN, and charge still redeems them, each once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPins, generatePins } from '../../../src/domain/billing/recharge-pins.ts';
import { toMicros } from '../../../src/platform/money.ts';
import { testEngines, type TestDatabase } from '../../support/databases.ts';
import { mizuJson } from '../../support/mizu.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';

const engines = await testEngines('the recharge PIN tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('recharge PINs at rest (%#)', (open) => {
  let db: TestDatabase;
  let sb: TestServer;
  const storedPins = async () =>
    (await sb.server.services.db.em().getConnection().execute<{ pin: string }[]>('select pin from recharge_pins')).map(
      (r) => r.pin,
    );
  const charge = (username: string, pin: string) =>
    mizuJson(sb.port, { apientry: 'charge', authid: username, authpwd: `${username}-pw-1`, pin });

  beforeAll(async () => {
    db = await open();
    sb = await startTestServer(db, { limits: { authFailures: 1000 } });
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });

  const user = (username: string) =>
    sb.server.services.accounts.create(
      sb.server.services.db.em(),
      { username, password: `${username}-pw-1` },
      { name: 'test', requestId: 'setup' },
    );

  it('keeps no PIN loaded or generated in the table, and charge redeems them once', async () => {
    await user('rita');
    const { db: database, secrets } = sb.server.services;
    await addPins(database.em(), secrets, ['RP-0001-XY', 'RP-0002-XY'], toMicros('4'), 'USD');
    const generated = await generatePins(database.em(), secrets, 3, 12, toMicros('1'), 'USD');
    const stored = await storedPins();
    expect(stored).toHaveLength(5);
    for (const pin of ['RP-0001-XY', 'RP-0002-XY', ...generated]) {
      expect(stored).not.toContain(pin);
      expect(stored.some((s) => s.includes(pin))).toBe(false);
    }
    for (const s of stored) expect(s).toMatch(/^h1:[\w-]{43}$/);

    expect((await charge('rita', 'RP-0001-XY')).status).toBe('OK');
    expect((await charge('rita', generated[0]!)).status).toBe('OK');
    expect((await charge('rita', 'RP-0001-XY')).error?.code).toBe('pin-invalid');
    expect((await charge('rita', 'RP-0009-XY')).error?.code).toBe('pin-invalid');
    expect((await mizuJson(sb.port, { apientry: 'balance', authid: 'rita', authpwd: 'rita-pw-1' })).data.credit).toBe(
      '5.00',
    );
  });

  it('refuses, by its PIN, one loaded already', async () => {
    const { db: database, secrets } = sb.server.services;
    await addPins(database.em(), secrets, ['RP-0100-AB'], toMicros('1'), 'USD');
    await expect(addPins(database.em(), secrets, ['RP-0101-AB', 'RP-0100-AB'], toMicros('1'), 'USD')).rejects.toThrow(
      'already loaded: RP-0100-AB',
    );
  });
});
