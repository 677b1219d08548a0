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

/** Throws a SipParseError unless the condition holds. */
export function demand(condition: unknown, message: string): asserts condition {
  if (!condition) throw new SipParseError(message);
}

/**
 * Throws a SipParseError. For a message naming what was read, written `if (!ok) fail(`…${text}`)`: the text is built
 * only on a failure, where demand's would be built on every check (and a function passed to build it lazily is an
 * object made on every check too).
 */
export function fail(message: string): never {
  throw new SipParseError(message);
}
