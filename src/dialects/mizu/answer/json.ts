/**
 * The json answer: "code: 200 means success, 499 means failure" (001:L83, 002:L130), the data or the error beside it.
 */
import type { MizuAnswer, RenderedAnswer } from './answer.ts';
import { successData } from './data.ts';
import { wireDocumentOf } from './wire-text.ts';

export const SUCCESS_CODE = 200;
export const FAILURE_CODE = 499;

export function renderJson(answer: MizuAnswer): RenderedAnswer {
  return { contentType: 'application/json; charset=utf-8', body: jsonText(answer) };
}

/** The JSON document; U+2028 and U+2029 are escaped because older JavaScript engines end a string at them (jsonp). */
export function jsonText(answer: MizuAnswer): string {
  return JSON.stringify(jsonDocument(answer)).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

function jsonDocument(answer: MizuAnswer): object {
  if (answer.ok) {
    const real = wireDocumentOf(answer.data);
    if (real) return real;
    return {
      code: SUCCESS_CODE,
      status: 'OK',
      ...(answer.message ? { message: answer.message } : {}),
      data: successData(answer),
    };
  }
  const { code, message, issues } = answer.error;
  const error = issues?.length
    ? { code, message, issues: issues.map(({ param, problem }) => ({ param, problem })) }
    : { code, message };
  return { code: FAILURE_CODE, status: 'ERROR', error };
}
