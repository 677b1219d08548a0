/**
 * An SMS text as submit_sm payloads (SMPP 3.4 §5.2.19, GSM 03.38, GSM 03.40 §9.2.3.24.1): GSM 7-bit (data_coding 0,
 * one septet per octet, the SMSC packs them) when every character is in the default alphabet or its extension, else
 * UCS-2 (data_coding 8); a text longer than one SMS is split into parts each carrying a concatenation UDH (8-bit
 * reference IE 0x00).
 */
import smpp from 'smpp';
import { SwitchboardError } from '../../platform/errors.ts';

export const DATA_CODING_GSM = 0;
export const DATA_CODING_UCS2 = 8;
/** esm_class UDHI: the short_message starts with a user data header. */
export const ESM_CLASS_UDHI = 0x40;

const GSM_SINGLE = 160;
const GSM_PART = 153;
const UCS2_SINGLE = 70;
const UCS2_PART = 67;
const MAX_PARTS = 255;

export interface SmsPayload {
  dataCoding: number;
  esmClass: number;
  /** The UDH (for a part of a long message) then the encoded text. */
  shortMessage: Buffer;
}

export function isGsm7(text: string): boolean {
  return smpp.gsmCoder.GSM.charRegex.test(text);
}

/** reference: the same for every part of one message (and every retry of it), so the handset joins them. */
export function smsPayloads(text: string, options: { unicode?: boolean; reference: number }): SmsPayload[] {
  const gsm = !options.unicode && isGsm7(text);
  const units = gsm ? gsmUnits(text) : ucs2Units(text);
  const single = gsm ? GSM_SINGLE : UCS2_SINGLE;
  const dataCoding = gsm ? DATA_CODING_GSM : DATA_CODING_UCS2;
  const total = units.reduce((n, u) => n + u.weight, 0);
  if (total <= single) return [{ dataCoding, esmClass: 0, shortMessage: Buffer.concat(units.map((u) => u.bytes)) }];
  const parts = splitUnits(units, gsm ? GSM_PART : UCS2_PART);
  if (parts.length > MAX_PARTS) {
    throw new SwitchboardError('invalid-parameter', `the text needs ${parts.length} SMS parts; at most ${MAX_PARTS}`);
  }
  const reference = options.reference & 0xff;
  return parts.map((part, i) => ({
    dataCoding,
    esmClass: ESM_CLASS_UDHI,
    shortMessage: Buffer.concat([Buffer.from([0x05, 0x00, 0x03, reference, parts.length, i + 1]), ...part]),
  }));
}

/** How many SMS parts the text takes. */
export function smsPartCount(text: string, unicode?: boolean): number {
  return smsPayloads(text, { unicode, reference: 0 }).length;
}

/** An indivisible piece of the encoded text: a character (an escaped GSM one, a UTF-16 surrogate pair) and its size. */
interface Unit {
  bytes: Buffer;
  /** Septets (GSM) or UTF-16 code units (UCS-2). */
  weight: number;
}

function gsmUnits(text: string): Unit[] {
  return Array.from(text, (c) => {
    const bytes = smpp.gsmCoder.encode(c, 0);
    return { bytes, weight: bytes.length };
  });
}

function ucs2Units(text: string): Unit[] {
  return Array.from(text, (c) => {
    const bytes = Buffer.from(c, 'utf16le').swap16();
    return { bytes, weight: bytes.length / 2 };
  });
}

function splitUnits(units: Unit[], size: number): Buffer[][] {
  const parts: Buffer[][] = [];
  let part: Buffer[] = [];
  let used = 0;
  for (const unit of units) {
    if (used + unit.weight > size) {
      parts.push(part);
      part = [];
      used = 0;
    }
    part.push(unit.bytes);
    used += unit.weight;
  }
  if (part.length) parts.push(part);
  return parts;
}
