/** The error every generated client throws when the server refuses a request. */
export class ApiError extends Error {
  readonly code: string | number;
  readonly httpStatus: number;
  readonly body: string;
  constructor(message: string, code: string | number, httpStatus: number, body: string) {
    super(message);
    this.name = 'ApiError';
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
