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
  return COMPACT[name.toLowerCase()] ?? name;
}

export function isListHeader(name: string): boolean {
  return LISTS.has(fullHeaderName(name).toLowerCase());
}

export class SipHeaders {
  readonly #entries: [string, string][] = [];

  get(name: string): string | undefined {
    const key = fullHeaderName(name).toLowerCase();
    return this.#entries.find(([n]) => n.toLowerCase() === key)?.[1];
  }

  getAll(name: string): string[] {
    const key = fullHeaderName(name).toLowerCase();
    return this.#entries.filter(([n]) => n.toLowerCase() === key).map(([, v]) => v);
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  /** Replaces every value of the header by this one, in the place of the first. */
  set(name: string, value: string): void {
    const key = fullHeaderName(name).toLowerCase();
    const at = this.#entries.findIndex(([n]) => n.toLowerCase() === key);
    this.delete(name);
    if (at < 0) this.#entries.push([fullHeaderName(name), value]);
    else this.#entries.splice(at, 0, [fullHeaderName(name), value]);
  }

  append(name: string, value: string): void {
    this.#entries.push([fullHeaderName(name), value]);
  }

  delete(name: string): void {
    const key = fullHeaderName(name).toLowerCase();
    for (let i = this.#entries.length - 1; i >= 0; i--)
      if (this.#entries[i]![0].toLowerCase() === key) this.#entries.splice(i, 1);
  }

  entries(): [string, string][] {
    return this.#entries.map(([n, v]) => [n, v]);
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
