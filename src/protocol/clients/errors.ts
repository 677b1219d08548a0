/**
 * The one error every client throws, whatever the dialect: `code` is the dialect's own error code as a string
 * (Mizu v2 and miniSIPServer send one, e.g. `auth-failed`; Mizu v1's text answers and MOR's XML carry none, so
 * theirs is the vendor's status word: `ERROR`, `error`, or `failed` from an action page), `httpStatus` the HTTP
 * status as a number, `body` the answer as received. The client's own failures use `bad-answer` (an answer it
 * cannot read), `login-failed` and `no-nonce`.
 */
export class ApiError extends Error {
  readonly dialect: string;
  readonly code: string;
  readonly httpStatus: number;
  readonly body: string;
  constructor(dialect: string, message: string, code: string, httpStatus: number, body: string) {
    super(message);
    this.name = 'ApiError';
    this.dialect = dialect;
    this.code = code;
    this.httpStatus = httpStatus;
    this.body = body;
  }
}

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
