/**
 * openapi answers: JSON with the vendor field names; an error is {"result":"error","error":{code,message}} with its
 * HTTP status.
 */
import { ERRORS, type ErrorCode } from '../../../generated/common.ts';
import type { ParamIssue } from '../../protocol/coerce.ts';

export interface MinisipAnswer {
  httpStatus: number;
  body: string;
}

/** A frozen result cannot change, so its JSON is made once: handlers freeze the answers they keep (localuser's). */
const rendered = new WeakMap<object, string>();

/** list → {"rows":[…]}, record → the object, ok → {} or {"message":…}: the handler's result is already that shape. */
export function success(data: unknown): MinisipAnswer {
  if (typeof data !== 'object' || data === null || !Object.isFrozen(data))
    return { httpStatus: 200, body: JSON.stringify(data ?? {}) };
  let body = rendered.get(data);
  if (body === undefined) rendered.set(data, (body = JSON.stringify(data)));
  return { httpStatus: 200, body };
}

export function failure(code: ErrorCode, message: string, issues?: ParamIssue[]): MinisipAnswer {
  const error = { code, message, ...(issues?.length ? { issues } : {}) };
  return { httpStatus: ERRORS[code].httpStatus, body: JSON.stringify({ result: 'error', error }) };
}
