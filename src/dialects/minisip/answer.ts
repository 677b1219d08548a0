/**
 * openapi answers: JSON with the vendor field names; an error is {"result":"error","error":{code,message}} with its
 * HTTP status (no public source shows miniSIPServer's own error answer: Switchboard's is kept, spec wire notes).
 */
import { ERRORS, type ErrorCode } from '../../../generated/common.ts';
import type { ParamIssue } from '../../protocol/coerce.ts';

export interface MinisipAnswer {
  httpStatus: number;
  body: string;
}

/** A frozen result cannot change, so its JSON is made once: handlers freeze the answers they keep (localuser's). */
const rendered = new WeakMap<object, string>();

/**
 * list → {"rows":[…]}, or the rows alone where the spec says `bareRows` (lists real clients read as a bare JSON array,
 * as miniSIPServer answers them: wpfsean/CCCC ChatListFragment.java parses `new JSONArray(answer)`; the other lists
 * keep the envelope, as no public source shows them); record → the object; ok → {} or {"message":…}.
 */
export function success(data: unknown, bareRows = false): MinisipAnswer {
  if (bareRows) return { httpStatus: 200, body: JSON.stringify((data as { rows: unknown[] }).rows) };
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
