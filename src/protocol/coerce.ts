/**
 * Coercion of request values into the spec's types, used by the generated validators.
 * Each factory runs once at module load (patterns compiled then); per request only the returned function runs.
 */

export type RawParams = Readonly<Record<string, unknown>>;

export interface ParamIssue {
  param: string;
  problem: string;
}

export type Validated<T> = { ok: true; params: T } | { ok: false; issues: ParamIssue[] };

/** A value that could not be coerced, and why. */
export class Problem {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}

export type Coerce<T> = (value: unknown) => T | Problem;

interface Bounds {
  min?: number;
  max?: number;
}
interface Lengths {
  minLength?: number;
  maxLength?: number;
  pattern?: RegExp;
}

/**
 * Reads one parameter under its name, aliases or positional name; records a problem and answers undefined when it is
 * missing or bad.
 */
export function read<T>(
  raw: RawParams,
  names: readonly string[],
  param: string,
  required: boolean,
  coerce: Coerce<T>,
  issues: ParamIssue[],
  fallback?: T,
): T | undefined {
  let value: unknown;
  for (const name of names) {
    value = raw[name];
    if (value !== undefined) break;
  }
  if (value === undefined || value === null || value === '') {
    if (required && fallback === undefined) issues.push({ param, problem: 'is required' });
    return fallback;
  }
  const coerced = coerce(value);
  if (coerced instanceof Problem) {
    issues.push({ param, problem: coerced.text });
    return undefined;
  }
  return coerced;
}

/** Reads a numbered family (fieldname0..fieldname99) into an index → value record; undefined when none is sent. */
export function readIndexed<T>(
  raw: RawParams,
  stem: string,
  from: number,
  to: number,
  param: string,
  coerce: Coerce<T>,
  issues: ParamIssue[],
): Partial<Record<number, T>> | undefined {
  let out: Partial<Record<number, T>> | undefined;
  for (let i = from; i <= to; i++) {
    const value = raw[`${stem}${i}`];
    if (value === undefined || value === null || value === '') continue;
    const coerced = coerce(value);
    if (coerced instanceof Problem) issues.push({ param: `${param}${i}`, problem: coerced.text });
    else (out ??= {})[i] = coerced;
  }
  return out;
}

export function done<T>(params: T, issues: ParamIssue[]): Validated<T> {
  return issues.length === 0 ? { ok: true, params } : { ok: false, issues };
}

function scalarText(value: unknown): string | Problem {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return value ? '1' : '0';
  return new Problem('must be a single value');
}

function checkLengths(text: string, c: Lengths): string | Problem {
  if (c.minLength !== undefined && text.length < c.minLength)
    return new Problem(`must be at least ${c.minLength} characters`);
  if (c.maxLength !== undefined && text.length > c.maxLength)
    return new Problem(`must be at most ${c.maxLength} characters`);
  if (c.pattern && !c.pattern.test(text)) return new Problem(`must match ${c.pattern.source}`);
  return text;
}

function checkBounds<T extends number | string>(value: T, numeric: number, c: Bounds): T | Problem {
  if (c.min !== undefined && numeric < c.min) return new Problem(`must be at least ${c.min}`);
  if (c.max !== undefined && numeric > c.max) return new Problem(`must be at most ${c.max}`);
  return value;
}

export function asString(c: Lengths = {}): Coerce<string> {
  return (value) => {
    const text = scalarText(value);
    return text instanceof Problem ? text : checkLengths(text, c);
  };
}

const INTEGER = /^[+-]?\d{1,15}$/;
export function asInteger(c: Bounds = {}): Coerce<number> {
  return (value) => {
    const text = scalarText(value);
    if (text instanceof Problem) return text;
    if (!INTEGER.test(text.trim())) return new Problem('must be a whole number');
    const n = Number(text);
    return checkBounds(n, n, c);
  };
}

export function asNumber(c: Bounds = {}): Coerce<number> {
  return (value) => {
    const text = scalarText(value);
    if (text instanceof Problem) return text;
    const n = Number(text.trim());
    if (text.trim() === '' || !Number.isFinite(n)) return new Problem('must be a number');
    return checkBounds(n, n, c);
  };
}

const DECIMAL = /^[+-]?(\d{1,18}(\.\d{0,12})?|\.\d{1,12})$/;
/** Exact decimals stay strings (normalised): money never passes through a binary float. */
export function asDecimal(c: Bounds = {}): Coerce<string> {
  return (value) => {
    const text = scalarText(value);
    if (text instanceof Problem) return text;
    const t = text.trim();
    // 1,500 is a thousand and a half in one locale and one and a half in another: neither is guessed.
    if (t.includes(',')) return new Problem('must be written with a decimal point and no thousands separator');
    if (!DECIMAL.test(t)) return new Problem('must be a decimal number');
    return checkBounds(normaliseDecimal(t), Number(t), c);
  };
}

function normaliseDecimal(t: string): string {
  let sign = '';
  let s = t;
  if (s[0] === '+' || s[0] === '-') {
    sign = s[0] === '-' ? '-' : '';
    s = s.slice(1);
  }
  let [whole = '', frac = ''] = s.split('.');
  whole = whole.replace(/^0+(?=\d)/, '') || '0';
  frac = frac.replace(/0+$/, '');
  const out = frac ? `${whole}.${frac}` : whole;
  return out === '0' ? '0' : sign + out;
}

const TRUE = new Set(['1', 'true', 'yes', 'on', 'y']);
const FALSE = new Set(['0', 'false', 'no', 'off', 'n']);
export function asBoolean(): Coerce<boolean> {
  return (value) => {
    const text = scalarText(value);
    if (text instanceof Problem) return text;
    const t = text.trim().toLowerCase();
    if (TRUE.has(t)) return true;
    if (FALSE.has(t)) return false;
    return new Problem('must be 1/0, true/false or yes/no');
  };
}

/** Enumerations keep the spec's literal (a number stays a number); matching is by text, case-insensitive. */
export function asEnum<T extends string | number | boolean>(values: readonly T[]): Coerce<T> {
  const byText = new Map(values.map((v) => [String(v).toLowerCase(), v]));
  const listed = values.map(String).join(', ');
  return (value) => {
    const text = scalarText(value);
    if (text instanceof Problem) return text;
    return byText.get(text.trim().toLowerCase()) ?? new Problem(`must be one of ${listed}`);
  };
}

const PHONE = /^\+?[0-9*#]{1,32}$/;
const PHONE_SEPARATORS = /[\s\-().]/g;
export function asPhone(c: Lengths = {}): Coerce<string> {
  return (value) => {
    const text = scalarText(value);
    if (text instanceof Problem) return text;
    const t = text.replace(PHONE_SEPARATORS, '');
    if (!PHONE.test(t)) return new Problem('must be a phone number (digits, optional leading +, * and #)');
    return checkLengths(t, c);
  };
}

export function asList(c: Lengths = {}): Coerce<string[]> {
  return (value) => {
    const items = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(',') : null;
    if (!items) return new Problem('must be a comma separated list');
    const out: string[] = [];
    for (const raw of items) {
      const item = raw.trim();
      if (item === '') continue;
      const checked = checkLengths(item, c);
      if (checked instanceof Problem) return new Problem(`item ${JSON.stringify(item)} ${checked.text}`);
      out.push(item);
    }
    return out;
  };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
export function asDate(): Coerce<string> {
  return (value) => {
    const text = scalarText(value);
    if (text instanceof Problem) return text;
    const m = DATE.exec(text.trim());
    if (!m || !validDay(+m[1]!, +m[2]!, +m[3]!)) return new Problem('must be a date YYYY-MM-DD');
    return text.trim();
  };
}

const DATETIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
export function asDatetime(): Coerce<string> {
  return (value) => {
    const text = scalarText(value);
    if (text instanceof Problem) return text;
    const m = DATETIME.exec(text.trim());
    if (!m || !validDay(+m[1]!, +m[2]!, +m[3]!) || +(m[4] ?? 0) > 23 || +(m[5] ?? 0) > 59 || +(m[6] ?? 0) > 59) {
      return new Problem('must be a date and time YYYY-MM-DD HH:MM:SS');
    }
    return text.trim();
  };
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function asJson(): Coerce<Record<string, unknown>> {
  return (value) => {
    let v = value;
    if (typeof v === 'string') {
      try {
        v = JSON.parse(v);
      } catch {
        return new Problem('must be a JSON object');
      }
    }
    return typeof v === 'object' && v !== null && !Array.isArray(v)
      ? (v as Record<string, unknown>)
      : new Problem('must be a JSON object');
  };
}

/**
 * Control characters no request value may carry: U+0000–U+001F and U+007F, except TAB, LF and CR, which real bodies and
 * texts use (an SMS text, the SQL of an admin `db` request). Each dialect refuses them where it decodes a request,
 * before anything (authentication included) reads a parameter.
 */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function hasControlCharacter(text: string): boolean {
  return CONTROL_CHARACTER.test(text);
}

/** What the issue says of the parameter; REFUSED_CONTROL_CHARACTER, the answer's message after its name. */
export const CONTROL_CHARACTER_PROBLEM = 'contains a control character';
export const REFUSED_CONTROL_CHARACTER = `${CONTROL_CHARACTER_PROBLEM}; control characters other than TAB, LF and CR are refused`;
