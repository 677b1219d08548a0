/**
 * How the MOR dialect answers a refusal: an `<error>` document (004:L79-L81: "User was not found", "Incorrect
 * hash"), or, on an action page (login, edit_personal, add_cli, …), that page's `<action>` with status failed and
 * the reason. Either way the HTTP status is the error's (spec/common/errors.yaml).
 */
import { ERRORS, type ErrorCode } from '../../../generated/common.ts';
import { renderXml } from './xml.ts';

/** The seed's own words for the two errors it documents. */
const SEED_TEXT: Partial<Record<ErrorCode, string>> = {
  'user-not-found': 'User was not found',
  'incorrect-hash': 'Incorrect hash',
};

export interface Rendered {
  status: number;
  body: string;
}

export function errorAnswer(code: ErrorCode, message: string): Rendered {
  return { status: ERRORS[code].httpStatus, body: renderXml({ error: SEED_TEXT[code] ?? message }) };
}

export function actionAnswer(name: string, code: ErrorCode | undefined, message: string): Rendered {
  return {
    status: code ? ERRORS[code].httpStatus : 200,
    body: renderXml({ action: { name, status: code ? 'failed' : 'ok', status_message: message } }),
  };
}
