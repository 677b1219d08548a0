/** SIP header fields (RFC 3261 §7.3, §20): case-insensitive names, compact forms, comma-separated lists. */

const COMPACT: Record<string, string> = {
  v: 'Via',
  f: 'From',
  t: 'To',
  i: 'Call-ID',
  m: 'Contact',
  l: 'Content-Length',
  c: 'Content-Type',
  k: 'Supported',
  s: 'Subject',
  e: 'Content-Encoding',
  o: 'Event',
  u: 'Allow-Events',
  r: 'Refer-To',
};

/** Headers whose grammar is `#value` (RFC 3261 §25.1): one line may carry several values separated by commas. */
const LISTS = new Set(
  [
    'Via',
    'Contact',
    'Route',
    'Record-Route',
    'Allow',
    'Supported',
    'Require',
    'Proxy-Require',
    'Unsupported',
    'Accept',
    'Accept-Encoding',
    'Accept-Language',
    'Content-Encoding',
    'Content-Language',
    'In-Reply-To',
    'Alert-Info',
    'Call-Info',
    'Error-Info',
    'Warning',
    'Allow-Events',
    'Path',
  ].map((n) => n.toLowerCase()),
);

/** The full name of a header as written (compact forms expanded), keeping the sender's spelling otherwise. */
export function fullHeaderName(name: string): string {
  return (name.length === 1 && COMPACT[name.toLowerCase()]) || name;
}

/** keyOf of the names seen so far (bounded: a peer sending made-up names cannot grow it). */
const keys = new Map<string, string>();
const MAX_KEYS = 1024;

/** The name every spelling of a header compares by: the full name, lowercase. */
function keyOf(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = fullHeaderName(name).toLowerCase();
    if (keys.size < MAX_KEYS) keys.set(name, key);
  }
  return key;
}

export function isListHeader(name: string): boolean {
  return LISTS.has(keyOf(name));
}

export interface HeaderField {
  /** As written, compact forms expanded. */
  name: string;
  /** keyOf(name), made once: lookups compare it to the key asked for. */
  key: string;
  value: string;
}

export class SipHeaders {
  readonly #entries: HeaderField[] = [];

  get(name: string): string | undefined {
    const key = keyOf(name);
    for (const entry of this.#entries) if (entry.key === key) return entry.value;
    return undefined;
  }

  getAll(name: string): string[] {
    const key = keyOf(name);
    const values: string[] = [];
    for (const entry of this.#entries) if (entry.key === key) values.push(entry.value);
    return values;
  }

  /** How many values the header has. */
  count(name: string): number {
    const key = keyOf(name);
    let n = 0;
    for (const entry of this.#entries) if (entry.key === key) n++;
    return n;
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  /** Replaces every value of the header by this one, in the place of the first. */
  set(name: string, value: string): void {
    const key = keyOf(name);
    const at = this.#entries.findIndex((entry) => entry.key === key);
    this.delete(name);
    const entry = { name: fullHeaderName(name), key, value };
    if (at < 0) this.#entries.push(entry);
    else this.#entries.splice(at, 0, entry);
  }

  append(name: string, value: string): void {
    this.#entries.push({ name: fullHeaderName(name), key: keyOf(name), value });
  }

  delete(name: string): void {
    const key = keyOf(name);
    for (let i = this.#entries.length - 1; i >= 0; i--) if (this.#entries[i]!.key === key) this.#entries.splice(i, 1);
  }

  /** Every value in order, with its header's name as written (compact forms expanded) and as compared (lowercase). */
  fields(): readonly Readonly<HeaderField>[] {
    return this.#entries;
  }
}

/** Splits a list header's value at commas outside quoted strings and angle brackets. */
export function splitList(value: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let quoted = false;
  let angle = false;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (quoted) {
      if (ch === '\\') i++;
      else if (ch === '"') quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === '<') angle = true;
    else if (ch === '>') angle = false;
    else if (ch === ',' && !angle) {
      parts.push(value.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(value.slice(start).trim());
  return parts;
}
