/** openapi answers: JSON with the vendor field names; an error is {"result":"error","error":{code,message}} with its HTTP status. */
import { ERRORS, type ErrorCode } from '../../../generated/common.ts';
import type { ParamIssue } from '../params/coerce.ts';

export interface MinisipAnswer { httpStatus: number; body: string }

/** list → {"rows":[…]}, record → the object, ok → {} or {"message":…}: the handler's result is already that shape. */
export function success(data: unknown): MinisipAnswer {
  return { httpStatus: 200, body: JSON.stringify(data ?? {}) };
}

export function failure(code: ErrorCode, message: string, issues?: ParamIssue[]): MinisipAnswer {
  const error = { code, message, ...(issues?.length ? { issues } : {}) };
  return { httpStatus: ERRORS[code].httpStatus, body: JSON.stringify({ result: 'error', error }) };
}
