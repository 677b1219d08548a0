/**
 * A deliver_sm that is an SMSC delivery receipt (SMPP 3.4 §5.2.12 esm_class bits 2-5 = 0001, Appendix B text
 * `id:… sub:… dlvrd:… submit date:… done date:… stat:DELIVRD err:… text:…`; the receipted_message_id and
 * message_state TLVs when the SMSC sends them).
 */
const ESM_CLASS_TYPE_MASK = 0x3c;
const ESM_CLASS_RECEIPT = 0x04;

/** message_state TLV values (SMPP 3.4 §5.2.28) and their Appendix B stat words. */
const STATE_WORDS = [
  'SCHEDULED',
  'ENROUTE',
  'DELIVRD',
  'EXPIRED',
  'DELETED',
  'UNDELIV',
  'ACCEPTD',
  'UNKNOWN',
  'REJECTD',
];

export interface DeliveryReceipt {
  smscMessageId: string;
  /** undefined: an intermediate state (ENROUTE, ACCEPTD, …), nothing to record. */
  state: 'delivered' | 'failed' | 'expired' | undefined;
  /** stat and err as the SMSC put them, for a failure's reason. */
  detail: string;
}

export function isReceipt(esmClass: number): boolean {
  return (esmClass & ESM_CLASS_TYPE_MASK) === ESM_CLASS_RECEIPT;
}

export function parseReceipt(
  text: string,
  tlv: { receiptedId?: string; messageState?: number },
): DeliveryReceipt | undefined {
  const id = tlv.receiptedId || /\bid:(\S+)/i.exec(text)?.[1];
  if (!id) return undefined;
  const stat =
    (tlv.messageState !== undefined ? STATE_WORDS[tlv.messageState] : undefined) ??
    /\bstat:(\w+)/i.exec(text)?.[1]?.toUpperCase() ??
    'UNKNOWN';
  const err = /\berr:(\w+)/i.exec(text)?.[1];
  return { smscMessageId: id, state: stateOf(stat), detail: `SMSC receipt ${stat}${err ? ` err:${err}` : ''}` };
}

function stateOf(stat: string): DeliveryReceipt['state'] {
  if (stat === 'DELIVRD') return 'delivered';
  if (stat === 'EXPIRED') return 'expired';
  if (['UNDELIV', 'REJECTD', 'DELETED', 'UNKNOWN'].includes(stat)) return 'failed';
  return undefined;
}

/**
 * The forms one SMSC message id may take: many SMSCs answer submit_sm with a hexadecimal id and name it in decimal in
 * the receipt text (or the other way round).
 */
export function messageIdForms(id: string): string[] {
  const forms = new Set([id]);
  if (/^[0-9a-f]{1,16}$/i.test(id)) forms.add(BigInt(`0x${id}`).toString());
  if (/^\d{1,20}$/.test(id)) {
    const hex = BigInt(id).toString(16);
    forms.add(hex).add(hex.toUpperCase());
  }
  return [...forms];
}
