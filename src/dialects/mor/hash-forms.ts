/**
 * The hashes a MOR stateless request may carry (004:L73-L82). The seed says only that the hash is SHA1
 * "constructed using user_id and API_Secret_Key" and that a wrong one is "Incorrect hash" (004:L77-L81), so:
 * - the seed's bare form: SHA1(user_id + secret), accepted on every page (issue 18);
 * - the spec's form: SHA1(user_id + the values sent, in the order the spec lists the page's parameters + secret),
 *   leaving out a parameter the seed's page does not name (`hashed: false` in the spec: the dispatch table's
 *   hashOrder, which the generated client hashes too);
 * - the vendor's form. MOR's own server (puneet18190/mor1, app/controllers/api_controller.rb:
 *   check_api_params_with_hash, which calls MorApi.hash_checking in app/models/mor_api.rb, stored there as
 *   app/models/.svn/text-base/mor_api.rb.svn-base) concatenates user_id, then the values of the parameters it knows,
 *   in one fixed order of its own for every page (not the page's), each only when sent and well-formed (period_*
 *   only as unix timestamps, direction only outgoing/incoming, …), then the key, and answers "Incorrect hash" when
 *   the SHA1 differs. VENDOR_ORDER is that order restricted to the parameters these pages take; a parameter it does
 *   not know (userid, cft, entryid, …) is not hashed. It does hash `status` when sent.
 */
import { morHash } from '../../protocol/digests.ts';

export interface HashInput {
  /** The page's hashed parameters in the spec's order (the dispatch table's hashOrder). */
  hashOrder: readonly string[];
  raw: Readonly<Record<string, string>>;
}

const digits = (v: string) => /^\d+$/.test(v);
const CALLTYPES = [
  'all',
  'answered',
  'busy',
  'no_answer',
  'failed',
  'missed',
  'missed_inc',
  'missed_inc_all',
  'missed_not_processed_inc',
];

/** The vendor's order (as far as these pages' parameters go), and which values it lets into the hash. */
const VENDOR_ORDER: readonly [name: string, hashed: (value: string) => boolean][] = [
  ['period_start', digits],
  ['period_end', digits],
  ['direction', (v) => v === 'outgoing' || v === 'incoming'],
  ['calltype', (v) => CALLTYPES.includes(v)],
  ['device', (v) => digits(v) || v === 'all'],
  ['description', () => true],
  ['number', () => true],
  ['name', () => true],
  ['status', () => true],
  ['date_from', () => true],
  ['date_till', () => true],
  ['dst', () => true],
  ['src', () => true],
  ['currency', () => true],
  ['device_id', () => true],
];

/** Every hash the request may carry, for a user_id already checked to be a plain positive number. */
export function acceptedHashes(input: HashInput, userId: string, secret: string): string[] {
  const { raw, hashOrder } = input;
  const sentIn = (names: readonly string[]) => names.filter((name) => raw[name] !== undefined).map((n) => raw[n]!);
  const vendor = VENDOR_ORDER.filter(([name, hashed]) => raw[name] !== undefined && hashed(raw[name]!)).map(([name]) =>
    digits(raw[name]!) && name.startsWith('period_') ? String(Number(raw[name])) : raw[name]!,
  );
  const forms = [[], sentIn(hashOrder), vendor];
  return [...new Set(forms.map((values) => morHash([userId, ...values], secret)))];
}
