/**
 * What every dialect's edge needs from an operation's outcome: the refusal for one this server does not serve, and
 * any thrown error turned into the code and message the dialect renders (an unexpected one logged once, here).
 */
import type { Logger } from 'pino';
import type { ErrorCode } from '../../generated/common.ts';
import { SwitchboardError } from '../platform/errors.ts';
import { DecodeError } from '../platform/decode-error.ts';
import type { ParamIssue } from '../protocol/coerce.ts';

export interface DescribedError { code: ErrorCode; message: string; issues?: ParamIssue[] }

/** Refuses a command this server does not serve: planned ones (and any without a handler) and unsupported ones. */
export function unavailable(entry: { id: string; status: string; reason?: string; waitsFor?: string }, hasHandler: boolean): void {
  if (entry.status === 'unsupported') throw new SwitchboardError('unsupported', `not supported: ${entry.reason ?? entry.id}`);
  if (entry.status === 'planned' || !hasHandler) {
    throw new SwitchboardError('not-implemented', `not implemented yet: ${entry.id || 'the guessed action'}${entry.waitsFor ? ` (waits for the ${entry.waitsFor} port)` : ''}`);
  }
}

export function describeError(e: unknown, logger: Logger): DescribedError {
  if (e instanceof SwitchboardError) return { code: e.code, message: e.message, issues: e.issues };
  if (e instanceof DecodeError) return { code: 'bad-request', message: e.message };
  logger.error({ err: e }, 'unexpected error');
  return { code: 'internal', message: 'internal error' };
}
