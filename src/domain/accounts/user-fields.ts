/**
 * The tb_users fields as setfield, getfield and getdetails see them: which ones a user login may change
 * (002:L386-L391),
 * the rules each value must follow, and the fields that are not plain columns (credit, password, the recovery answer).
 */

/** "the following fields are allowed" for user logins (002:L387-L388; the seed lists sendlowcreditemail twice). */
export const USER_SETTINGS = [
  'forwardonbusy',
  'forwardonnoanswer',
  'forwardalways',
  'voicemail',
  'musiconhold',
  'displayname',
  'noanswertimeout',
  'forwardearlystart',
  'changesptoring',
  'convertdtmf',
  'playadvice',
  'playdisc',
  'sendsmsalert',
  'sendemailalert',
  'sendsmsreport',
  'senddailyemail',
  'sendlowcreditemail',
  'sendmonthlyemail',
  'sendotheremail',
  'notifymissedsms',
  'notifymissedemail',
  'choosecodecs',
  'needcodeconversion',
  'discvoice',
  'connectvoice',
  'voicemailonbusy',
  'voicemailonnoansw',
  'voicemailalways',
] as const;

/** "the following fields are allowed only if not set yet" (002:L389-L390): while the stored value is empty. */
export const USER_SET_ONCE = [
  'contactname',
  'name',
  'email',
  'email2',
  'phone',
  'fax',
  'address',
  'billaddress',
  'postaddress',
  'country',
  'regnumber',
  'euregnumber',
  'birthday',
  'gender',
  'language',
  'utc',
] as const;

/**
 * Switchboard's addition to the user list: the password-recovery question and answer forgotpasswordquestion and
 * forgotpasswordanswer work with, which the seed lets users use but names no way to set.
 */
export const USER_RECOVERY = ['forgotpasswordquestion', 'forgotpasswordanswer'] as const;

export type UserAccess = 'always' | 'once' | 'recovery' | 'none';

export function userAccess(field: string): UserAccess {
  const f = field.toLowerCase();
  if ((USER_SETTINGS as readonly string[]).includes(f)) return 'always';
  if ((USER_SET_ONCE as readonly string[]).includes(f)) return 'once';
  if ((USER_RECOVERY as readonly string[]).includes(f)) return 'recovery';
  return 'none';
}

/**
 * Fields that are not written as they are sent: credit moves through the ledger, the password is sealed, the
 * recovery answer and the PIN hashed; the stored forms themselves are never read or written through the API.
 */
export const VIRTUAL_USER_FIELDS = ['credit', 'creditlimit', 'password', 'forgotpasswordanswer', 'pin'] as const;
export type VirtualUserField = (typeof VIRTUAL_USER_FIELDS)[number];
export const SECRET_USER_COLUMNS = ['password_sealed', 'forgotpasswordanswerhash', 'pin'] as const;

export function virtualUserField(field: string): VirtualUserField | undefined {
  const f = field.toLowerCase();
  return (VIRTUAL_USER_FIELDS as readonly string[]).includes(f) ? (f as VirtualUserField) : undefined;
}

const DESTINATION = /^[A-Za-z0-9+*#._@:-]*$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const FLAGS = new Set<string>([
  'voicemail',
  'forwardearlystart',
  'changesptoring',
  'convertdtmf',
  'playadvice',
  'playdisc',
  'sendsmsalert',
  'sendemailalert',
  'sendsmsreport',
  'senddailyemail',
  'sendlowcreditemail',
  'sendmonthlyemail',
  'sendotheremail',
  'notifymissedsms',
  'notifymissedemail',
  'needcodeconversion',
  'voicemailonbusy',
  'voicemailonnoansw',
  'voicemailalways',
]);

/** The problem with a value for this tb_users column beyond its type and length, or undefined. Empty clears a field. */
export function userFieldProblem(column: string, value: string): string | undefined {
  if (value === '') return undefined;
  switch (column) {
    case 'forwardonbusy':
    case 'forwardonnoanswer':
    case 'forwardalways':
    case 'phone':
    case 'fax':
    case 'callerid':
      return DESTINATION.test(value)
        ? undefined
        : 'must be a phone number or SIP user (letters, digits and + * # . _ @ : -)';
    case 'email':
    case 'email2':
      return EMAIL.test(value) ? undefined : 'must be an email address';
    case 'birthday':
      return validDate(value) ? undefined : 'must be a date as YYYY-MM-DD';
    case 'utc':
      return validOffset(value) ? undefined : 'must be an offset from UTC between -12 and +14, such as +2 or -05:30';
    case 'noanswertimeout':
      return /^\d+$/.test(value) && Number(value) <= 3600 ? undefined : 'must be a number of seconds from 0 to 3600';
    case 'choosecodecs':
      return /^[A-Za-z0-9._/-]+(,[A-Za-z0-9._/-]+)*$/.test(value)
        ? undefined
        : 'must be codec names separated by commas';
    case 'currency':
      return isCurrency(value) ? undefined : 'must be an ISO 4217 currency code';
    case 'transport':
      return ['udp', 'tcp', 'tls'].includes(value.toLowerCase()) ? undefined : 'must be udp, tcp or tls';
    default:
      if (FLAGS.has(column)) return /^[01]$/.test(value) ? undefined : 'must be 0 or 1';
      return undefined;
  }
}

function validDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

function validOffset(text: string): boolean {
  const m = /^([+-]?)(\d{1,2})(?::([0-5]\d))?$/.exec(text);
  if (!m) return false;
  const minutes = (Number(m[2]) * 60 + Number(m[3] ?? 0)) * (m[1] === '-' ? -1 : 1);
  return minutes >= -12 * 60 && minutes <= 14 * 60;
}

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** An ISO 4217 code the runtime knows (upper or lower case). */
export function isCurrency(code: string): boolean {
  return CURRENCIES.has(code.toUpperCase());
}
