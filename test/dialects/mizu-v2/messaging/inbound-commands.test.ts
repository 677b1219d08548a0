// The API commands an SMS runs that change something, on SQLite and PostgreSQL: p2p and cb place a call for the user
// the sender number belongs to (the first party's phone gets the INVITE, answers busy, and the failed attempt is a
// CDR of that user), a number the dial plan cannot reach is refused, and charge redeems a recharge PIN once; each
// answer goes back to the sender by SMS. The phones answer busy, so no media is needed.
import { afterAll, describe, expect, it } from 'vitest';
import { addPins } from '../../../../src/domain/billing/recharge-pins.ts';
import { toMicros } from '../../../../src/platform/money.ts';
import { TestPhone } from '../../../sip/messages/phone.ts';
import { testEngines } from '../../../support/databases.ts';
import { loadDeck } from '../calls/support.ts';
import { eventually, messagingServer } from './fixture.ts';

const engines = await testEngines('the SMS command tests on PostgreSQL');
const GATEWAY = '127.0.0.1';
const SERVICE_NUMBER = '3612000000';

interface CdrRow {
  caller: string;
  called: string;
  cause: number;
  connected: boolean;
}

describe.each(engines.map((open) => [open]))('API commands sent by SMS (%#)', (open) => {
  const f = messagingServer(open, { sip: true, globals: { httpsmscallbackip: GATEWAY, apideftrustadmin: '0' } });
  const phones = new Map<string, TestPhone>();
  afterAll(() => {
    for (const phone of phones.values()) phone.close();
  });

  /** A user whose phone is registered over UDP (and answers every INVITE busy). */
  const registered = async (username: string, fields: { credit?: string; phone?: string } = {}) => {
    const id = await f.user(username, { credit: '1', ...fields });
    const phone = await new TestPhone(username, `${username}-pw-1`).start();
    expect(await phone.register(f.sipPort)).toBe(200);
    phones.set(username, phone);
    return id;
  };
  /** The text sent by smsreceive from number, and the answer the sender got back by SMS (its nth). */
  const text = async (number: string, txt: string, nth = 1): Promise<string> => {
    const answer = await f.call({ apientry: 'smsreceive', anum: number, bnum: SERVICE_NUMBER, txt }, GATEWAY);
    expect(answer.status).toBe('OK');
    return (await f.smsTo(number, nth))[nth - 1]!.text;
  };
  const cdrsOf = async (userId: number): Promise<CdrRow[]> => {
    const rows = await f.sb.server.services.db
      .em()
      .getConnection()
      .execute(
        'select caller, called, disconnect_cause as cause, connected_at from tb_cdrs where user_id = ? order by id',
        [userId],
      );
    return rows.map((r: Record<string, unknown>) => ({
      caller: String(r.caller),
      called: String(r.called),
      cause: Number(r.cause),
      connected: r.connected_at !== null,
    }));
  };
  const billed = (userId: number, count: number) =>
    eventually(async () => {
      const cdrs = await cdrsOf(userId);
      return cdrs.length >= count ? cdrs : undefined;
    });

  it('p2p 1001 1002: the call is placed for the sender, 1001 rings (busy), the attempt is a CDR; OK by SMS', async () => {
    await loadDeck(f.sb, 'default', [['100', 'Office', '0.60', '0', 1, 1]]);
    await registered('1001');
    await registered('1002');
    const payer = await f.user('texter', { credit: '1', phone: '36301110001' });
    expect(await text('36301110001', 'p2p 1001 1002')).toMatch(/^OK: call \d+ initiated$/);
    const invite = await eventually(() => phones.get('1001')!.invites[0]);
    expect(invite.uri).toMatch(/^sip:1001@127\.0\.0\.1:\d+/);
    expect(invite.headers.get('From')).toMatch(/^<sip:1002@/);
    expect((await billed(payer, 1)).map((c) => [c.caller, c.called, c.cause, c.connected])).toEqual([
      ['1002', '1001', 17, false],
    ]);
    // B was never called: A did not answer.
    expect(phones.get('1002')!.invites).toEqual([]);
    expect(await f.credit('texter')).toBe('1.00');
  });

  it('cb 1001: the number rings first (busy) for a call back to the sender’s own phone; OK by SMS', async () => {
    const payer = await registered('1003', { phone: '36301110003' });
    const before = phones.get('1001')!.invites.length;
    expect(await text('36301110003', 'cb 1001')).toMatch(/^OK: call \d+ initiated$/);
    const invite = await eventually(() => phones.get('1001')!.invites[before]);
    expect(invite.headers.get('From')).toMatch(/^<sip:1003@/);
    expect((await billed(payer, 1)).map((c) => [c.caller, c.called, c.cause, c.connected])).toEqual([
      ['1003', '1001', 17, false],
    ]);
  });

  it('p2p to a number neither registered nor routed is refused by SMS with the reason; nothing rings', async () => {
    const payer = await f.user('wrongnumber', { credit: '1', phone: '36301110004' });
    const before = phones.get('1001')!.invites.length;
    expect(await text('36301110004', 'p2p 1009 1001')).toMatch(
      /^ERROR: 1009 is not registered and the dial plan does not route it/,
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(phones.get('1001')!.invites).toHaveLength(before);
    expect(await cdrsOf(payer)).toEqual([]);
  });

  it('charge PIN: the voucher is added to the sender’s credit once, a second try answered used', async () => {
    const services = f.sb.server.services;
    await addPins(services.db.em(), services.secrets, ['SMS-PIN-5001'], toMicros('5'), 'USD');
    await f.user('recharger', { credit: '1', phone: '36301110005' });
    expect(await text('36301110005', 'charge SMS-PIN-5001')).toBe('OK: 5.00 USD added; credit is 6.00 USD');
    expect(await f.credit('recharger')).toBe('6.00');
    expect(await text('36301110005', 'charge SMS-PIN-5001', 2)).toBe('ERROR: this PIN was already used');
    expect(await f.credit('recharger')).toBe('6.00');
  });
});
