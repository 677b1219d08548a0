/**
 * The real product's own answer line for the commands whose answer public clients parse (issue 18; every line is
 * recorded with its source in the command's `wire:` section in spec/).
 *
 * The rule, one for every command: where the real server answers one line of its own ("Your credit is $9.8",
 * "0.2 EUR, Destination: Macedonia-cellular"), the handler attaches that line to its structured data with
 * withWireText. The text and cleartext formats (the default) send the line alone, byte for byte; xml and soap send
 * it in `<text>` beside `<code>` (the vendor's envelope) and keep the structured `<data>`; html shows it first, then
 * the table; json and jsonp keep the structured data only. The line travels under a symbol, so the structured
 * formats, which read the data's own keys, never see it. Where a client reads the JSON itself (jppget), the real
 * document travels the same way (withWireDocument) and json and jsonp send it whole.
 */
import { fromMicros } from '../../../platform/money.ts';

const WIRE_TEXT = Symbol('the real product’s answer line');
const WIRE_DOCUMENT = Symbol('the real product’s JSON document');

export type WithWireText<T> = T & { readonly [WIRE_TEXT]: string };

/** The data, answering `line` in the text formats. */
export function withWireText<T extends object>(data: T, line: string): WithWireText<T> {
  return Object.assign(data, { [WIRE_TEXT]: line });
}

/** The line attached to a success's data, if any. */
export function wireTextOf(data: unknown): string | undefined {
  return typeof data === 'object' && data !== null ? (data as Partial<WithWireText<object>>)[WIRE_TEXT] : undefined;
}

/**
 * The data, answering `document` as the whole json/jsonp answer instead of Switchboard's {code,status,data}: for a
 * command whose JSON a public client reads member by member (jppget's {"contents": …}, read by the Mizu webphone).
 * Errors keep Switchboard's envelope.
 */
export function withWireDocument<T extends object>(data: T, document: object): T {
  return Object.assign(data, { [WIRE_DOCUMENT]: document });
}

/** The JSON document attached to a success's data, if any. */
export function wireDocumentOf(data: unknown): object | undefined {
  return typeof data === 'object' && data !== null ? (data as { [WIRE_DOCUMENT]?: object })[WIRE_DOCUMENT] : undefined;
}

/**
 * An amount as the real server writes it: no trailing zeros ("9.8", "0.2", "10"). fromMicros pads to two
 * decimals for the structured formats; the vendor's lines do not.
 */
export function vendorAmount(micros: bigint): string {
  return fromMicros(micros).replace(/\.?0+$/, '');
}

/**
 * balance: "Your credit is $9.8" (buibr/mizu-voip-sms-php README.md). Only a dollar account is attested; any other
 * currency is written the way the rating line writes one ("9.8 EUR").
 */
export function creditLine(creditMicros: bigint, currency: string): string {
  const amount = vendorAmount(creditMicros);
  return `Your credit is ${currency === 'USD' ? `$${amount}` : `${amount} ${currency}`}`;
}

/**
 * rating: "0.2 EUR, Destination: Macedonia-cellular" (buibr/mizu-voip-sms-php src/Entries/RatingEntry.php and
 * README.md). A tariff entry with no destination name is named by its prefix, so the line keeps its shape.
 */
export function rateLine(rateMicros: bigint, currency: string, destination: string): string {
  return `${vendorAmount(rateMicros)} ${currency}, Destination: ${destination}`;
}

/** A wrong or missing authkey: "ERROR: auth failed: wrong key xxx NORETRY" (buibr/mizu-voip-sms-php README.md). */
export function wrongKeyMessage(sent: string | undefined): string {
  return sent ? `auth failed: wrong key ${sent} NORETRY` : 'auth failed: wrong key NORETRY';
}

/** Wrong credentials: "ERROR: auth failed: wrong user or password" (buibr/mizu-voip-sms-php README.md, 2.x). */
export const WRONG_CREDENTIALS = 'auth failed: wrong user or password';
