/**
 * What every dialect's edge needs from an operation's outcome: the refusal for one this server does not serve, and
 * any thrown error turned into the code and message the dialect renders (an unexpected one logged once, here).
 */
import type { Logger } from 'pino';
import type { ErrorCode } from '../../generated/common.ts';
import { SwitchboardError } from '../platform/errors.ts';
import { DecodeError } from '../platform/decode-error.ts';
import type { ParamIssue } from '../protocol/coerce.ts';

export interface DescribedError {
  code: ErrorCode;
  message: string;
  issues?: ParamIssue[];
}

/** What a planned command waits for (spec `waitsFor`), in the words the README's coverage list uses. */
const WAITS_FOR: Record<string, string> = {
  sip: 'the SIP edge',
  messaging: 'the messaging port',
  payments: 'a payment provider',
};

/** Refuses a command this server does not serve: planned ones (and any without a handler) and unsupported ones. */
export function unavailable(
  entry: { id: string; status: string; reason?: string; waitsFor?: string },
  hasHandler: boolean,
): void {
  if (entry.status === 'unsupported')
    throw new SwitchboardError('unsupported', `not supported: ${entry.reason ?? entry.id}`);
  if (entry.status === 'planned' || !hasHandler) {
    const waiting = entry.waitsFor ? ` (waits for ${WAITS_FOR[entry.waitsFor] ?? `the ${entry.waitsFor} port`})` : '';
    throw new SwitchboardError('not-implemented', `not implemented yet: ${entry.id || 'the guessed action'}${waiting}`);
  }
}

export function describeError(e: unknown, logger: Logger): DescribedError {
  if (e instanceof SwitchboardError) return { code: e.code, message: e.message, issues: e.issues };
  if (e instanceof DecodeError) return { code: 'bad-request', message: e.message };
  logger.error({ err: e }, 'unexpected error');
  return { code: 'internal', message: 'internal error' };
}

/**
 * Parameter problems as one error: missing-parameter when every problem is a missing one. `problems` says what is
 * wrong with each (else only the names); `failure` is an action page's own words for a failed submission.
 */
export function parameterError(
  issues: ParamIssue[],
  options: { problems: boolean; failure?: string },
): SwitchboardError {
  const missing = issues.every((i) => i.problem === 'is required');
  const text = options.problems
    ? issues.map((i) => `${i.param} ${i.problem}`).join('; ')
    : issues.map((i) => i.param).join(', ');
  const { failure } = options;
  const message = failure
    ? missing
      ? failure
      : `${failure}: ${text}`
    : `${missing ? 'missing' : 'invalid'} parameter: ${text}`;
  return new SwitchboardError(missing ? 'missing-parameter' : 'invalid-parameter', message, issues);
}
