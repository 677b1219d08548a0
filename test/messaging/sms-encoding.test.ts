// How a text becomes submit_sm payloads: the encoding chosen by content (or forced), the single-SMS limits (160 GSM
// septets, 70 UCS-2 units), parts of 153 / 67 with a concatenation UDH, never splitting an escape or a surrogate pair.
import { describe, expect, it } from 'vitest';
import { smsPayloads } from '../../src/domain/messaging/sms-encoding.ts';

const udh = (payload: { shortMessage: Buffer; esmClass: number }) =>
  payload.esmClass & 0x40 ? [...payload.shortMessage.subarray(0, 6)] : undefined;
/** The text bytes of a payload, after any UDH. */
const body = (payload: { shortMessage: Buffer; esmClass: number }) =>
  payload.esmClass & 0x40 ? payload.shortMessage.subarray(6) : payload.shortMessage;

describe('SMS payloads', () => {
  it.each([
    ['GSM 7-bit, one septet per octet', { text: 'Hello @£', unicode: false }, { dataCoding: 0, parts: [8] }],
    ['a GSM extension character takes two septets', { text: '€'.repeat(80) }, { dataCoding: 0, parts: [160] }],
    ['160 GSM septets fit one SMS', { text: 'a'.repeat(160) }, { dataCoding: 0, parts: [160] }],
    ['161 take two parts of 153 and 8', { text: 'a'.repeat(161) }, { dataCoding: 0, parts: [159, 14] }],
    ['outside the GSM alphabet: UCS-2', { text: 'Ж'.repeat(70) }, { dataCoding: 8, parts: [140] }],
    ['71 UCS-2 units: parts of 67 and 4', { text: 'Ж'.repeat(71) }, { dataCoding: 8, parts: [140, 14] }],
    ['UCS-2 forced for a GSM text', { text: 'abc', unicode: true }, { dataCoding: 8, parts: [6] }],
  ])('%s', (_, given: { text: string; unicode?: boolean }, want) => {
    const payloads = smsPayloads(given.text, { unicode: given.unicode, reference: 7 });
    expect(payloads.map((p) => p.dataCoding)).toEqual(payloads.map(() => want.dataCoding));
    expect(payloads.map((p) => p.shortMessage.length)).toEqual(want.parts);
  });

  it('marks every part with the same reference, the total and its sequence number', () => {
    const payloads = smsPayloads('x'.repeat(400), { reference: 0x1ff });
    expect(payloads.map(udh)).toEqual([
      [5, 0, 3, 0xff, 3, 1],
      [5, 0, 3, 0xff, 3, 2],
      [5, 0, 3, 0xff, 3, 3],
    ]);
  });

  it('keeps an escaped GSM character in one part', () => {
    const payloads = smsPayloads(`${'a'.repeat(152)}€${'b'.repeat(10)}`, { reference: 1 });
    expect(body(payloads[0]!)).toEqual(Buffer.alloc(152, 'a'));
    expect([...body(payloads[1]!).subarray(0, 3)]).toEqual([0x1b, 0x65, 0x62]);
  });

  it('keeps a surrogate pair in one part', () => {
    const payloads = smsPayloads(`${'Ж'.repeat(66)}👋ЖЖЖ`, { reference: 1 });
    expect(payloads.map((p) => body(p).length)).toEqual([132, 10]);
    expect(Buffer.from(body(payloads[1]!)).swap16().toString('utf16le')).toBe('👋ЖЖЖ');
  });

  it('refuses a text of more than 255 parts', () => {
    expect(() => smsPayloads('a'.repeat(153 * 255 + 1), { reference: 1 })).toThrow('at most 255');
  });
});
