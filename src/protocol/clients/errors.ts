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
