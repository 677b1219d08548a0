/**
 * The one error type the domain throws: a code from spec/common/errors.yaml and a message for the client. The edge
 * renders it in the dialect's form.
 */
import type { ErrorCode } from '../../generated/common.ts';
import type { ParamIssue } from '../protocol/coerce.ts';

export class SwitchboardError extends Error {
  readonly code: ErrorCode;
  readonly issues?: ParamIssue[];
  constructor(code: ErrorCode, message: string, issues?: ParamIssue[]) {
    super(message);
    this.name = 'SwitchboardError';
    this.code = code;
    this.issues = issues;
  }
}

export const fail = (code: ErrorCode, message: string): never => {
  throw new SwitchboardError(code, message);
};
