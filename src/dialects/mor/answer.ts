/**
 * How the MOR dialect answers a refusal, as MOR's own server does (puneet18190/mor1, app/models/mor_api.rb
 * MorApi.return_error, sent by app/controllers/api_controller.rb send_xml_data): a `<status><error>…</error>
 * </status>` document with HTTP 200 — MOR sends every XML answer with 200, and clients (CODEIQBV/laravel-kolmisoft
 * src/Api/BaseApi.php) stop at a non-2xx status before they read the error. The seed's two texts (004:L79-L81:
 * "User was not found", "Incorrect hash") are MOR's too. On an action page (login, edit_personal, add_cli, …) the
 * failure is that page's `<action>` with status failed and the reason. Only a server fault keeps its 5xx status,
 * and a path that names no page its 404.
 */
import { ERRORS, type ErrorCode } from '../../../generated/common.ts';
import { renderXml } from './xml.ts';

/** MOR's own words for the errors it answers before a page runs (004:L80-L81; mor_api.rb, api_controller.rb). */
const VENDOR_TEXT: Partial<Record<ErrorCode, string>> = {
  'user-not-found': 'User was not found',
  'incorrect-hash': 'Incorrect hash',
};

export interface Rendered {
  status: number;
  body: string;
}

/** MOR answers 200 whatever happened; a 5xx (our own fault) stays visible as one. */
function httpStatus(code: ErrorCode): number {
  const status = ERRORS[code].httpStatus;
  return status >= 500 ? status : 200;
}

/** `routed`: the request named a page. A path that names none is a 404, as MOR's Rails routes answer it. */
export function errorAnswer(code: ErrorCode, message: string, routed = true): Rendered {
  const status = !routed && code === 'not-found' ? ERRORS[code].httpStatus : httpStatus(code);
  return { status, body: renderXml({ status: { error: VENDOR_TEXT[code] ?? message } }) };
}

export function actionAnswer(name: string, code: ErrorCode | undefined, message: string): Rendered {
  return {
    status: code ? httpStatus(code) : 200,
    body: renderXml({ action: { name, status: code ? 'failed' : 'ok', status_message: message } }),
  };
}
