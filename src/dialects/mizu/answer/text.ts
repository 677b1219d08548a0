/**
 * The text answer (001:L85, 002:L131): `OK` or `ERROR: reason` first ("OK: new nonce is:xxxEOF", 002:L290), then the
 * data as key=value lines or a CSV table; read back by src/protocol/text-answer.ts. A command with a line of the real
 * product's own (wire-text.ts) answers that line alone.
 */
import type { MizuAnswer, RenderedAnswer } from './answer.ts';
import { answerView, type AnswerView } from './data.ts';
import { wireTextOf } from './wire-text.ts';

export const TEXT_TYPE = 'text/plain; charset=utf-8';

export function renderText(answer: MizuAnswer): RenderedAnswer {
  return { contentType: TEXT_TYPE, body: textBody(answer, true) };
}

/** Every line ends with a newline; without the status line a success is the data alone (cleartext). */
export function textBody(answer: MizuAnswer, withStatus: boolean): string {
  if (!answer.ok) {
    let body = `${statusLine('ERROR', answer.error.message)}\n`;
    for (const i of answer.error.issues ?? []) body += `${oneLine(i.param)}: ${oneLine(i.problem)}\n`;
    return body;
  }
  const line = wireTextOf(answer.data);
  if (line !== undefined) return `${oneLine(line)}\n`;
  const view = answerView(answer);
  // A value is the answer's message ("OK: 12.5"), so the handler's message gives way to it.
  if (view.shape === 'value') return `${withStatus ? statusLine('OK', view.value) : oneLine(view.value)}\n`;
  if (withStatus) return `${statusLine('OK', answer.message)}\n${dataText(view)}`;
  // Cleartext of a bare success: the message, or OK when there is nothing else to say.
  if (view.shape === 'none') return `${answer.message ? oneLine(answer.message) : 'OK'}\n`;
  return dataText(view);
}

/** `OK`, or `OK: message`. */
export function statusLine(status: 'OK' | 'ERROR', message: string | undefined): string {
  return message ? `${status}: ${oneLine(message)}` : status;
}

/** The first line of the text answer: the real product's line, or the status line. */
export function firstLine(answer: MizuAnswer): string {
  if (!answer.ok) return statusLine('ERROR', answer.error.message);
  const line = wireTextOf(answer.data);
  if (line !== undefined) return oneLine(line);
  const view = answerView(answer);
  return statusLine('OK', view.shape === 'value' ? view.value : answer.message);
}

/** The data's lines, each ending with a newline; built as one string, since every text answer comes through here. */
function dataText(view: AnswerView): string {
  let text = '';
  switch (view.shape) {
    case 'record':
      for (const [name, value] of view.fields) text += `${oneLine(name)}=${oneLine(value)}\n`;
      return text;
    case 'list':
      if (view.rows.length === 0) return '';
      text = `${csvLine(view.columns)}\n`;
      for (const row of view.rows) text += `${csvLine(row)}\n`;
      return text;
    case 'text':
      return `${view.text}\n`;
    default:
      return '';
  }
}

const LINE_BREAK = /\r\n|[\r\n]/g;

/** The answer is line based, so a value cannot break a line. Looked for first: hardly any value has a break. */
function oneLine(text: string): string {
  return text.includes('\n') || text.includes('\r') ? text.replace(LINE_BREAK, ' ') : text;
}

/** RFC 4180 quoting, on one line. */
function csvLine(cells: string[]): string {
  return cells
    .map((cell) => {
      const text = oneLine(cell);
      return /[",]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
    })
    .join(',');
}
