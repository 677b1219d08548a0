// The parts of a long inbound SMS: found in the UDH (8- and 16-bit references), joined in sequence order, kept apart
// per sender and reference, and handed on as far as they came when the rest never does.
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { concatenationOf, InboundAssembly } from '../../src/domain/messaging/inbound-assembly.ts';
import type { InboundSms } from '../../src/domain/messaging/messaging.ts';

const part = (from: string, text: string): InboundSms => ({
  from,
  to: '100',
  text,
  receivedAt: new Date(),
  via: 'smpp',
});

describe('inbound SMS assembly', () => {
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

  it('keeps the parts of different senders and references apart', () => {
    const assembly = new InboundAssembly(60_000, () => {});
    expect(assembly.add(part('a', 'A2'), { reference: 1, total: 2, sequence: 2 })).toBeUndefined();
    expect(assembly.add(part('b', 'B1'), { reference: 1, total: 2, sequence: 1 })).toBeUndefined();
    expect(assembly.add(part('a', 'X1'), { reference: 2, total: 2, sequence: 1 })).toBeUndefined();
    expect(assembly.add(part('a', 'A1'), { reference: 1, total: 2, sequence: 1 })?.text).toBe('A1A2');
    assembly.clear();
  });

  it('hands on an incomplete message as far as it came once the hold time is up', async () => {
    const late: InboundSms[] = [];
    const assembly = new InboundAssembly(30, (sms) => late.push(sms));
    assembly.add(part('a', 'one '), { reference: 7, total: 3, sequence: 1 });
    assembly.add(part('a', 'three'), { reference: 7, total: 3, sequence: 3 });
    await sleep(100);
    expect(late.map((sms) => [sms.from, sms.text])).toEqual([['a', 'one three']]);
  });
});
