/**
 * The Mizu webphone's side of the Mizu v2 API, written here from reading its pages in PRGskullbulks/mizu (a copy of
 * the webphone's distribution): how it turns the operator's configured URLs into requests, and how it reads the
 * answers. Nothing is copied; each rule names the file it was read from.
 */
import { rawHttp } from '../support/raw-http.ts';

/** The repository the rules were read from, for the test names. */
export const WEBPHONE = 'PRGskullbulks/mizu';

/**
 * A configured URL as the webphone requests it: a leading `*` marks "call this as an API, do not open it as a page"
 * and is dropped (js/softphone/_smscodeverify.js VerifyPhonenumber, js/softphone/_newuser.js). The server's own
 * Client Config examples are written in that form (002:L855-L899).
 */
export function apiRequestUrl(configured: string): string {
  const trimmed = configured.trim();
  return trimmed.startsWith('*') ? trimmed.slice(1) : trimmed;
}

/** The webphone's HTTP GET of a configured URL: the path and query exactly as configured and filled in. */
export async function webphoneGet(port: number, configured: string): Promise<{ status: number; body: string }> {
  const url = new URL(apiRequestUrl(configured));
  const answer = await rawHttp(port, { path: `${url.pathname}${url.search}` });
  return { status: answer.status, body: answer.body };
}

/** What the sign-up form holds (js/softphone/_newuser.js CreateUser reads these fields). */
export interface SignupForm {
  username: string;
  password: string;
  email: string;
  name: string;
  phone: string;
  country: string;
  deviceId: string;
}

/**
 * The `newuser` URL filled in as js/softphone/_newuser.js CreateUser fills it: each placeholder replaced once (its first
 * occurrence), in this order. Username, password and e-mail go in as typed, the other fields URI-encoded; CURRENCY is
 * emptied; ADDRESS gets the username (the page reads the address field's value but trims the username into it).
 */
export function fillSignupUrl(template: string, form: SignupForm): string {
  const enc = encodeURIComponent;
  const steps: [string, string][] = [
    ['[USERNAME]', form.username],
    ['USERNAME', form.username],
    ['USRNAME', form.username],
    ['[PASSWORD]', form.password],
    ['PASSWORD', form.password],
    ['[EMAIL]', form.email],
    ['EMAIL', form.email],
    ['[MAIL]', form.email],
    ['MAIL', form.email],
    ['FIRSTNAME', ''],
    ['LASTNAME', ''],
    ['[NAME]', enc(form.name)],
    ['NAME', enc(form.name)],
    ['[PHONE]', enc(form.phone)],
    ['PHONE', enc(form.phone)],
    ['[ADDRESS]', enc(form.username)],
    ['ADDRESS', enc(form.username)],
    ['CURRENCY', ''],
    ['DEVICEID', form.deviceId],
    ['COUNTRY', enc(form.country)],
  ];
  return steps.reduce((url, [placeholder, value]) => url.replace(placeholder, value), template);
}

/**
 * The `newuser_second` (SMS code) URL filled in as js/softphone/_smscodeverify.js VerifyPhonenumber fills it: USERNAME,
 * PASSWORD, SMSCODE, DEVICEID, USERID, each once, values URI-encoded.
 */
export function fillSmsCodeUrl(
  template: string,
  v: { username: string; password: string; code: string; deviceId: string; userId: string },
): string {
  const enc = encodeURIComponent;
  return apiRequestUrl(template)
    .replace('USERNAME', enc(v.username))
    .replace('PASSWORD', enc(v.password))
    .replace('SMSCODE', enc(v.code))
    .replace('DEVICEID', v.deviceId)
    .replace('USERID', v.userId);
}

/**
 * The common part of how the webphone's pages read an API answer (js/softphone/_newuser.js HttpResponseHandler
 * `newuserreg`, js/softphone/_smscodeverify.js `verifysmscode`): an empty answer, or "error" anywhere in any case, is a
 * failure, shown to the user as it is.
 */
export function answerHasError(answer: string): boolean {
  return answer.length < 1 || answer.toLowerCase().includes('error');
}

/**
 * A value the operator put in a configured URL, read as js/lib/lib_webphone.js GetUrlParamVal reads it: after the first
 * `NAME=`, up to `&` or `#`, trimmed; empty when the URL has none.
 */
export function configuredValue(url: string, name: string): string {
  const at = url.indexOf(`${name}=`);
  if (at < 0) return '';
  return url
    .slice(at + name.length + 1)
    .split(/[&#]/, 1)[0]!
    .trim();
}

/**
 * Whether a sign-up or SMS-code page takes the answer to its configured URL for a success: no error (above), not the
 * operator's ERRORSTRING and, when SUCCESSSTRING is set, containing it (both case-insensitive). The pages look for
 * ERRORSTRING even when the URL sets none, and an empty string is found in every answer: such a URL never succeeds,
 * so the operator's URL carries one, as in the tests.
 */
export function pageReadsSuccess(answer: string, configuredUrl: string): boolean {
  const lower = answer.toLowerCase();
  if (answerHasError(answer) || lower.includes(configuredValue(configuredUrl, 'ERRORSTRING').toLowerCase()))
    return false;
  return lower.includes(configuredValue(configuredUrl, 'SUCCESSSTRING').toLowerCase());
}

/**
 * The password an SMS-code answer hands back for an account that already exists: the text after `userdata:`
 * ("OK: userdata: Base64XOREncode(password)", the comment in js/softphone/_smscodeverify.js), or undefined.
 */
export function userDataOf(answer: string): string | undefined {
  const at = answer.indexOf('userdata:');
  return at < 0 ? undefined : answer.slice(at + 'userdata:'.length).trim();
}

/**
 * The conference room a getconfroom answer gives, read as js/lib/lib_webphone.js ConferenceRoomReceived reads it: an
 * answer with "error:" in it (any case) is that error; otherwise what follows "ok:" in the lower-cased answer, after a
 * further ":" when there is one, trimmed; no "ok:" is no room.
 */
export function conferenceRoomOf(answer: string): { room: string } | { error: string } | undefined {
  const errorAt = answer.toLowerCase().indexOf('error:');
  if (errorAt >= 0) return { error: answer.slice(errorAt + 'error:'.length) };
  const lower = answer.toLowerCase();
  const okAt = lower.indexOf('ok:');
  if (okAt < 0) return undefined;
  let room = lower.slice(okAt + 'ok:'.length);
  const colon = room.indexOf(':');
  if (colon > 0) room = room.slice(colon + 1);
  return { room: room.trim() };
}

/**
 * The custom-menu request of js/lib/lib_webphone.js GetCustomMenus: the operator's menu URL fetched through the Mizu
 * server's JSON forward, as jQuery's getJSON sends it (`callback=?` becomes a jQuery…_… name, and `_=` a timestamp
 * stops caching).
 */
export function customMenuRequest(menuUrl: string, callback: string, now: number): string {
  return `/mvapireq/jppget?url=${encodeURIComponent(menuUrl)}&callback=${callback}&_=${now}`;
}

/**
 * What GetCustomMenus reads from the answer: jQuery runs it as a script calling `callback(object)`, and the page takes
 * the object's `contents` member as the menu text; an answer in any other shape gives no menu (undefined).
 */
export function customMenuContents(answer: string, callback: string): string | undefined {
  const call = new RegExp(`^\\s*${callback.replaceAll('$', '\\$')}\\(([\\s\\S]*)\\);?\\s*$`).exec(answer);
  if (!call) return undefined;
  const argument = JSON.parse(call[1]!) as { contents?: unknown };
  return typeof argument.contents === 'string' ? argument.contents : undefined;
}
