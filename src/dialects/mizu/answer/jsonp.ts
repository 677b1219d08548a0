/** The jsonp answer, "javascript callback code" (002:L141): the json answer passed to the client's callback. */
import { ERRORS } from '../../../../generated/common.ts';
import type { MizuAnswer, RenderedAnswer, RenderOptions } from './answer.ts';
import { jsonText, renderJson } from './json.ts';

/** A dotted identifier path (`cb`, `app.api.done`); anything else could be script, so it is never echoed. */
const CALLBACK = /^[A-Za-z_$][A-Za-z0-9_$]*(\.[A-Za-z_$][A-Za-z0-9_$]*){0,4}$/;
const MAX_CALLBACK = 64;

export function renderJsonp(answer: MizuAnswer, options: RenderOptions = {}): RenderedAnswer {
  const { callback } = options;
  if (callback === undefined || callback.length > MAX_CALLBACK || !CALLBACK.test(callback)) {
    return renderJson(
      callbackRefused(
        callback === undefined
          ? 'is required'
          : 'must be a JavaScript function name (letters, digits, _ and $, dotted), at most 64 characters',
      ),
    );
  }
  return { contentType: 'application/javascript; charset=utf-8', body: `${callback}(${jsonText(answer)});` };
}

function callbackRefused(problem: string): MizuAnswer {
  return {
    ok: false,
    error: {
      code: 'invalid-parameter',
      message: ERRORS['invalid-parameter'].message,
      issues: [{ param: 'callback', problem }],
    },
  };
}
