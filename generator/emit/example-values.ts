/**
 * One example value for a parameter, result field or XML element, from what the spec says of it: its values, the
 * example its description gives ("e.g. 101", "Yes or No"), what its name means (username, email, callid, …), else
 * its type. A string nothing meaningful can be said of has no example (undefined): an optional one is left out of
 * the example, a required one is a placeholder named after it.
 */
import type { Constraints, ValueType } from '../load/model.ts';

/** What the spec says of the thing the value is for. */
export interface ValueHint {
  name?: string;
  description?: string;
}

const BASE64_LINE = 'SGVsbG8gZnJvbSBTd2l0Y2hib2FyZAo='; // "Hello from Switchboard\n"
const UUID = '3f2c9a1e-7b4d-4c1a-9e2f-5d6b7a8c9d0e';

/**
 * Names (whole, any case) and what they hold. A row with a description test applies only where the description
 * matches: `txt` is an SMS text in most commands and an SQL statement in db.
 */
const BY_NAME: [names: RegExp, value: string, description?: RegExp][] = [
  [/^txt$/, 'select id, username from tb_users', /\bSQL\b/],
  [/^txt$/, 'version', /console command/],
  [/^(txt|text|message|body)$/, 'Hello from Switchboard'],
  [/^subject$/, 'Hello'],
  [/^name$/, 'balance', /\bcommand\b/],
  [/^(anum|pin)$/, '424242', /\bPIN\b/],
  [/^(username|u_username|usr|u|user|fromuser|userusername|authid|filterfieldvalue|smtpusr|entry_name)$/, 'alice'],
  [/^dbusr$/, 'switchboard'],
  [/^(name|u_name)$/, 'Alice Smith', /full name|^name \(either/i],
  [/^(displayname|dispname)$/, 'Alice'],
  [/^surname$/, 'Smith'],
  [/^companyname$/, 'Example Ltd'],
  [/^brandname$/, 'Example VoIP'],
  [/^cardname$/, 'eth0'],
  [/^(password|u_password|newpassword|usrpwd|smtppwd|dbpwd|admpwd|p|pwd)$/, 'S3cret-pass'],
  [/^oldpassword$/, 'Old-S3cret-pass'],
  [/^forgotpasswordanswer$/, 'Rex'],
  [/^(email|u_email|reg_email|to)$/, 'alice@example.com'],
  [/^(callernbr|callednbr|calledprefix|prefix|ogpfx)$/, '1555'],
  [
    /^(phone|u_phone|anum|bnum|cnum|called|caller|callerid|destnbr|dialednbr|number|cfbnbr|cfnanbr|cfncnbr|cfunbr|fmdest[abc]|reg_phone|reg_mobile|reg_fax|sender|telnumber)$/,
    '15551234567',
  ],
  [/^(usrname|localuser|target|oper|extension)$/, '101'],
  [/^(ip|u_ip|clientip|addr)$/, '192.0.2.10'],
  [/^address$/, 'sip.example.com:5060', /host:port/],
  [/^(host|servaddr|outbandserver|publicaddr|upperserver)$/, 'sip.example.com'],
  [/^stunaddr1$/, 'stun.example.com'],
  [/^stunaddr2$/, 'stun2.example.com'],
  [/^smtpserv$/, 'smtp.example.com'],
  [/^dbaddr$/, 'db.example.com'],
  [/^u_proxy$/, 'proxy.example.com'],
  [/^(domain|u_domain|realm|upperserverdomain)$/, 'example.com'],
  [/^(u_address|reg_address)$/, '1 Main Street'],
  [/^reg_city$/, 'Springfield'],
  [/^reg_postcode$/, '62701'],
  [/^reg_state$/, 'Illinois'],
  [/^(country|u_country|reg_country|reg_direction|taxation_country|destination)$/, 'United States'],
  [/^currency$/, 'USD'],
  [/^language$/, 'en'],
  [/^filename$/, 'notes.txt'],
  [/^logfile$/, 'main.log'],
  [/^path$/, 'switchboard-2026-01-31.db'],
  [/^filedata$/, BASE64_LINE],
  [/^callid$/, 'a84b4c76e66710@192.0.2.10'],
  [/^messageid$/, '1042'],
  [/^(guid|deviceid)$/, UUID],
  [/^(version|verinfo)$/, '1.0.0'],
  [/^contact$/, 'sip:alice@192.0.2.10:5060'],
  [/^useragent$/, 'Linphone/5.2.0'],
  [/^table$/, 'tb_users'],
  [/^(fieldname|u_order)$/, 'email'],
  [/^filterfieldname$/, 'username'],
  [/^retfieldname$/, 'id'],
  [/^(fieldval|fieldvalue)$/, 'alice@example.com'],
  [/^key$/, 'callbackaccessnumber', /\boption\b/],
  [/^tariff$/, 'Default'],
  [/^pstatus$/, 'Available'],
  [/^query$/, 'select count(*) from tb_cdrs'],
  [/^job$/, 'scanner-1'],
  [/^(extline|specextline|gwname)$/, 'line1'],
  [/^chain$/, 'line2'],
  [/^dialplan$/, 'plan1'],
  [/^(desc|description)$/, 'Main office'],
  [/^inv_number$/, 'INV-1001'],
  [/^agreement_number$/, 'A-1001'],
  [/^(personalid|vat_reg_number)$/, '1001'],
  [/^service$/, 'Monthly fee'],
  [/^summary$/, 'Credit request: the authenticated user’s credit balance.'],
  [/^transport$/, 'udp'],
  [/^credit$/, '50 USD'],
  [/^device_description$/, 'IAX2/101'],
  [/^device_icon$/, 'phone.png'],
  [/^device_name$/, 'SIP/103'],
  [/^call_state$/, 'Before call'],
  [/^mode$/, 'exclusive', /Lock mode/],
  [/^mode$/, 'quick', /quick or full/],
  [/^(type|usertype)$/, 'enduser', /\benduser\b|tb_users\.type/],
  [/^show_device$/, 'all'],
  [/^sipaddr$/, '192.0.2.10'],
  [/^sipaddr6$/, '2001:db8::10'],
  [/^dbname$/, 'minisipserver'],
  [/^names$/, 'callbackaccessnumber'],
];

/** The example a description gives: `e.g. 101`, `(seed sample: Uzbekistan)`, `shows "-3330630"`, `Yes or No.`. */
function fromDescription(description: string): string | undefined {
  const text = description.trim();
  if (/empty when there is none|empty in the seed's sample/i.test(text)) return '';
  const given = /\be\.g\.\s+("[^"]*"(?:\s*<[^>]*>)?|[^,;)]+?)(?=,|;|\)|\.(?:\s|$)| or |$)/.exec(text)?.[1];
  if (given && !/^(the|a|an)\b/i.test(given)) return given.trim();
  const sample = /seed sample: ([^;)]+)/.exec(text)?.[1];
  if (sample) return sample.trim();
  const quoted = /^"([^"]+)" when\b/.exec(text)?.[1];
  if (quoted) return quoted;
  const shown = /shows "([^"]+)"/.exec(text)?.[1];
  if (shown) return shown;
  // A list of the values, alone or after a colon: "Prepaid or Postpaid.", "The transport: udp, tcp, ws or wss."
  const listed = firstOfList(text.replace(/^[^:]*:\s*/, '').replace(/\.$/, ''));
  if (listed) return listed;
  // A one-word description is the value: "registered."
  return /^([a-z]+)\.$/.exec(text)?.[1];
}

/** The first of a list of one-word values ("Yes or No", "udp, tcp, ws or wss"); "Server or gateway address" is none. */
function firstOfList(text: string): string | undefined {
  if (!/ or /.test(text) || /, or /.test(text)) return undefined;
  const items = text.split(/,\s*|\s+or\s+/);
  return items.every((item) => /^[A-Za-z][A-Za-z-]*$/.test(item)) ? items[0] : undefined;
}

function fromName(hint: ValueHint): string | undefined {
  const name = hint.name?.toLowerCase();
  if (!name) return undefined;
  for (const [names, value, description] of BY_NAME) {
    if (names.test(name) && (!description || description.test(hint.description ?? ''))) return value;
  }
  return undefined;
}

/** Plain values tried against a pattern or a length limit, for a string its name and description say nothing of. */
const FITTING = [
  '1',
  'all',
  'user@example.com',
  '192.0.2.10',
  '2026-01-31',
  'USD',
  '1234',
  '4111111111111111',
  'example.com',
  'https://example.com/',
  'da39a3ee5e6b4b0d3255bfef95601890afd80709',
  '',
];

function fitting(c: Constraints): (s: string) => boolean {
  const pattern = c.pattern === undefined ? undefined : new RegExp(c.pattern, 'u');
  return (s) =>
    (!pattern || pattern.test(s)) && s.length >= (c.minLength ?? 0) && s.length <= (c.maxLength ?? Infinity);
}

/** A meaningful string for it, or undefined. */
function meaningfulString(c: Constraints, hint: ValueHint): string | undefined {
  const fits = fitting(c);
  return [hint.description && fromDescription(hint.description), fromName(hint)].find(
    (v): v is string => typeof v === 'string' && fits(v),
  );
}

/** The example value, or undefined for a string nothing meaningful can be said of. */
export function exampleValue(type: ValueType, c: Constraints = {}, hint: ValueHint = {}): unknown {
  if (c.values?.length) return c.values[0]!.value;
  switch (type) {
    case 'integer':
    case 'number':
      return Math.min(Math.max(1, c.min ?? 1), c.max ?? 1);
    case 'decimal':
      return '10.00';
    case 'boolean':
      return true;
    case 'phone':
      return '15551234567'.slice(0, c.maxLength ?? 32);
    case 'list':
      return ['1', '2'];
    case 'date':
      return '2026-01-31';
    case 'datetime':
      return '2026-01-31 12:00:00';
    case 'json':
      return {};
    default:
      return meaningfulString(c, hint);
  }
}

/**
 * The example value of something that must have one. A string nothing is known of is a placeholder named after it,
 * as the vendor documents write a request's (`CLIENTIP`) and the recorded answers a run's value (`{job}`), else the
 * first plain value that fits its pattern.
 */
export function requiredExampleValue(
  type: ValueType,
  c: Constraints,
  hint: ValueHint,
  placeholder: 'request' | 'answer',
): unknown {
  const known = exampleValue(type, c, hint);
  if (known !== undefined) return known;
  const name = hint.name ?? 'value';
  const candidates = [placeholder === 'request' ? name.toUpperCase() : `{${name}}`, ...FITTING];
  return candidates.find(fitting(c)) ?? '';
}
