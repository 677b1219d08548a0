// The parts of a long inbound SMS: found in the UDH (8- and 16-bit references), kept in the database as each comes,
// joined in sequence order, kept apart per sender and reference, a part sent again kept once, and handed on as far
// as they came when the rest never does — on SQLite and PostgreSQL.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Assembled, concatenationOf, InboundAssembly } from '../../src/domain/messaging/inbound-assembly.ts';
import { InboundParts } from '../../src/domain/messaging/inbound-parts.ts';
import type { InboundSms } from '../../src/domain/messaging/messaging.ts';
import { InboundSmsPart } from '../../src/persistence/entities/messaging/index.ts';
import { type MigratedDatabase, migratedDatabase, testEngines } from '../support/databases.ts';

const engines = await testEngines('the inbound SMS assembly tests on PostgreSQL');

const part = (from: string, text: string): InboundSms => ({
  from,
  to: '100',
  text,
  receivedAt: new Date(),
  via: 'smpp',
});

describe('the concatenation IE', () => {
  it.each([
    ['8-bit reference', [Buffer.from([0x00, 0x03, 0x42, 0x03, 0x02])], { reference: 0x42, total: 3, sequence: 2 }],
    [
      '16-bit reference',
      [Buffer.from([0x08, 0x04, 0x12, 0x34, 0x02, 0x01])],
      { reference: 0x1234, total: 2, sequence: 1 },
    ],
    [
      'another IE first',
      [Buffer.from([0x0a, 0x01, 0x00]), Buffer.from([0x00, 0x03, 0x01, 0x02, 0x02])],
      { reference: 1, total: 2, sequence: 2 },
    ],
    ['no concatenation IE', [Buffer.from([0x0a, 0x01, 0x00])], undefined],
    ['no UDH', undefined, undefined],
  ])('reads the concatenation IE: %s', (_, udh, want) => {
    expect(concatenationOf(udh)).toEqual(want);
  });
});

describe.each(engines.map((open) => [open]))('inbound SMS assembly (%#)', (open) => {
  let fresh: MigratedDatabase;
  beforeAll(async () => {
    fresh = await migratedDatabase(open);
  });
  afterAll(async () => {
    await fresh?.stop();
  });
  const kept = (sender: string) => fresh.db.em().count(InboundSmsPart, { sender });
  /** Hands a message on as the messaging service does: stored, its parts removed in that transaction. */
  const store = (message: Assembled) => fresh.db.em().transactional(async (tx) => message.removeParts?.(tx));

  it('keeps each part in the database as it comes, and the parts of different senders and references apart', async () => {
    const assembly = new InboundAssembly(new InboundParts(fresh.db), 60_000, async () => {});
    expect(await assembly.add(part('a', 'A2'), { reference: 1, total: 2, sequence: 2 })).toBeUndefined();
    expect(await kept('a')).toBe(1);
    expect(await assembly.add(part('b', 'B1'), { reference: 1, total: 2, sequence: 1 })).toBeUndefined();
    expect(await assembly.add(part('a', 'X1'), { reference: 2, total: 2, sequence: 1 })).toBeUndefined();
    const whole = await assembly.add(part('a', 'A1'), { reference: 1, total: 2, sequence: 1 });
    expect(whole).toMatchObject({ sms: { from: 'a', to: '100', text: 'A1A2', via: 'smpp' }, complete: true });
    expect(await kept('a')).toBe(3);
    await store(whole!);
    expect(await kept('a')).toBe(1);
    expect(await kept('b')).toBe(1);
    await assembly.stop();
  });

  it('keeps a part the SMSC sends again once, and hands the message on once', async () => {
    const assembly = new InboundAssembly(new InboundParts(fresh.db), 60_000, async () => {});
    const concat = (sequence: number) => ({ reference: 9, total: 2, sequence });
    expect(await assembly.add(part('c', 'one '), concat(1))).toBeUndefined();
    expect(await assembly.add(part('c', 'one '), concat(1))).toBeUndefined();
    const [whole, again] = await Promise.all([
      assembly.add(part('c', 'two'), concat(2)),
      assembly.add(part('c', 'two'), concat(2)),
    ]);
    expect(whole?.sms.text).toBe('one two');
    expect(again).toBeUndefined();
    expect(await kept('c')).toBe(2);
    await assembly.stop();
  });

  it('hands a whole message on at once when its last part comes again after the store failed', async () => {
    const handed: Assembled[] = [];
    const assembly = new InboundAssembly(new InboundParts(fresh.db), 60_000, async (message) => {
      handed.push(message);
      await store(message);
    });
    const concat = (sequence: number) => ({ reference: 4, total: 2, sequence });
    await assembly.add(part('f', 'first '), concat(1));
    // Whole, but not stored (the deliver_sm is refused with a temporary error): its parts stay.
    expect((await assembly.add(part('f', 'last'), concat(2)))?.sms.text).toBe('first last');
    expect(await kept('f')).toBe(2);
    // The SMSC sends the last part again: kept once, and the whole message handed on without waiting for the hold.
    expect(await assembly.add(part('f', 'last'), concat(2))).toBeUndefined();
    await sleep(100);
    expect(handed.map((m) => [m.sms.text, m.complete])).toEqual([['first last', true]]);
    expect(await kept('f')).toBe(0);
    await assembly.stop();
  });

  it('hands on an incomplete message as far as it came once the hold time is up, its parts then removed', async () => {
    const late: Assembled[] = [];
    const assembly = new InboundAssembly(new InboundParts(fresh.db), 30, async (message) => {
      late.push(message);
      await store(message);
    });
    await assembly.add(part('d', 'one '), { reference: 7, total: 3, sequence: 1 });
    await assembly.add(part('d', 'three'), { reference: 7, total: 3, sequence: 3 });
    await sleep(200);
    expect(late.map((m) => [m.sms.from, m.sms.text, m.complete])).toEqual([['d', 'one three', false]]);
    expect(await kept('d')).toBe(0);
    await assembly.stop();
  });

  it('tries a message whose hand-on failed again a hold later, its parts kept meanwhile', async () => {
    const tries: string[] = [];
    const assembly = new InboundAssembly(new InboundParts(fresh.db), 30, async (message) => {
      tries.push(message.sms.text);
      if (tries.length === 1) throw new Error('the database is away');
      await store(message);
    });
    await assembly.add(part('e', 'alone'), { reference: 3, total: 2, sequence: 1 });
    await sleep(300);
    expect(tries).toEqual(['alone', 'alone']);
    expect(await kept('e')).toBe(0);
    await assembly.stop();
  });
});
