// Which deliver_sm is a receipt (esm_class bits 2-5), and what its text or TLVs say.
import { describe, expect, it } from 'vitest';
import { isReceipt, messageIdForms, parseReceipt } from '../../src/domain/messaging/delivery-receipt.ts';

const text = (stat: string, err = '000') =>
  `id:0A1B2C sub:001 dlvrd:001 submit date:2612051200 done date:2612051201 stat:${stat} err:${err} text:hello`;

describe('delivery receipts', () => {
  it.each([
    [0x04, true],
    [0x44, true],
    [0x00, false],
    [0x40, false],
    [0x08, false],
  ])('esm_class 0x%s is a receipt: %s', (esmClass, want) => {
    expect(isReceipt(esmClass)).toBe(want);
  });

  it.each([
    ['DELIVRD', 'delivered'],
    ['UNDELIV', 'failed'],
    ['REJECTD', 'failed'],
    ['EXPIRED', 'expired'],
    ['ENROUTE', undefined],
    ['ACCEPTD', undefined],
  ])('stat:%s settles the message as %s', (stat, state) => {
    expect(parseReceipt(text(stat, '011'), {})).toEqual({
      smscMessageId: '0A1B2C',
      state,
      detail: `SMSC receipt ${stat} err:011`,
    });
  });

  it('prefers the receipted_message_id and message_state TLVs to the text', () => {
    expect(parseReceipt(text('ENROUTE'), { receiptedId: 'ff01', messageState: 2 })).toMatchObject({
      smscMessageId: 'ff01',
      state: 'delivered',
    });
  });

  it('is no receipt without a message id', () => {
    expect(parseReceipt('stat:DELIVRD', {})).toBeUndefined();
  });

  it.each([
    ['1a2b', ['1a2b', '6699']],
    ['6699', ['6699', '26265', '1a2b', '1A2B']],
    ['m7', ['m7']],
  ])('finds the part of id %s in its decimal and hexadecimal forms', (id, want) => {
    expect(messageIdForms(id)).toEqual(want);
  });
});
