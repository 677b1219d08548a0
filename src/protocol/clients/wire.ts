/** What every transport shares: the operation it sends, parameter values on the wire, and fetch. */

export interface CallDescriptor {
  id: string;
  kind: string;
}

/** Query values as the vendors expect them: lists comma separated, booleans 1/0. */
export function wireValue(value: unknown): string {
  if (Array.isArray(value)) return value.join(',');
  if (typeof value === 'boolean') return value ? '1' : '0';
  return String(value);
}

/** Sets each parameter; a numbered family ({ 0: 'a' }) goes out as name0=a. */
export function appendParams(query: URLSearchParams, params: object): void {
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    if (typeof value === 'object' && !Array.isArray(value)) {
      for (const [index, item] of Object.entries(value))
        if (item !== undefined) query.set(`${name}${index}`, wireValue(item));
    } else {
      query.set(name, wireValue(value));
    }
  }
}

/** The fetch the caller gave, or the global one (Node ≥ 18, browsers), called unbound as browsers require. */
export function fetcher(given: typeof fetch | undefined): typeof fetch {
  return given ?? ((input, init) => fetch(input, init));
}
