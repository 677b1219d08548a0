import type { SipRequest, SipResponse } from './message.ts';

/**
 * The parser's one error. `partial` is set when the message was read but breaks a rule of RFC 3261 (a missing
 * mandatory header, a CSeq that does not match): the edge can then answer it with `status` instead of dropping it.
 */
export class SipParseError extends Error {
  readonly status: number;
  readonly partial?: SipRequest | SipResponse;
  constructor(message: string, partial?: SipRequest | SipResponse, status = 400) {
    super(message);
    this.name = 'SipParseError';
    this.partial = partial;
    this.status = status;
  }
}

/**
 * Throws a SipParseError unless the condition holds. A message naming what was read is passed as a function: built
 * on every check, those texts cost the parser more than its checks did.
 */
export function demand(condition: unknown, message: string | (() => string)): asserts condition {
  if (!condition) throw new SipParseError(typeof message === 'string' ? message : message());
}
