/**
 * The text answer (001:L85, 002:L131): `OK` or `ERROR: reason` first ("OK: new nonce is:xxxEOF", 002:L290), then the
 * data as key=value lines or a CSV table; read back by src/clients/text-answer.ts.
 */
import type { MizuAnswer, RenderedAnswer } from './answer.ts';
import { answerView, type AnswerView } from './data.ts';

export const TEXT_TYPE = 'text/plain; charset=utf-8';

export function renderText(answer: MizuAnswer): RenderedAnswer {
  return { contentType: TEXT_TYPE, body: textBody(answer, true) };
}

/** Every line ends with a newline; without the status line a success is the data alone (cleartext). */
export function textBody(answer: MizuAnswer, withStatus: boolean): string {
  const lines = textLines(answer, withStatus);
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

function textLines(answer: MizuAnswer, withStatus: boolean): string[] {
  if (!answer.ok) {
    return [statusLine('ERROR', answer.error.message), ...(answer.error.issues ?? []).map((i) => `${oneLine(i.param)}: ${oneLine(i.problem)}`)];
  }
  const view = answerView(answer);
  // A value is the answer's message ("OK: 12.5"), so the handler's message gives way to it.
  if (view.shape === 'value') return [withStatus ? statusLine('OK', view.value) : oneLine(view.value)];
  if (withStatus) return [statusLine('OK', answer.message), ...dataLines(view)];
  // Cleartext of a bare success: the message, or OK when there is nothing else to say.
  if (view.shape === 'none') return [answer.message ? oneLine(answer.message) : 'OK'];
  return dataLines(view);
}

/** `OK`, or `OK: message`. */
export function statusLine(status: 'OK' | 'ERROR', message: string | undefined): string {
  return message ? `${status}: ${oneLine(message)}` : status;
}

function dataLines(view: AnswerView): string[] {
  switch (view.shape) {
    case 'record': return view.fields.map(([name, value]) => `${oneLine(name)}=${oneLine(value)}`);
    case 'list': return view.rows.length === 0 ? [] : [view.columns, ...view.rows].map(csvLine);
    case 'text': return [view.text];
    default: return [];
  }
}

/** The answer is line based, so a value cannot break a line. */
function oneLine(text: string): string {
  return text.replace(/\r\n|[\r\n]/g, ' ');
}

/** RFC 4180 quoting, on one line. */
function csvLine(cells: string[]): string {
  return cells.map((cell) => {
    const text = oneLine(cell);
    return /[",]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  }).join(',');
}
