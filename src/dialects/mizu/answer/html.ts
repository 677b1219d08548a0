/** The html answer (002:L137): a minimal HTML5 page a browser shows as it is, the status first. */
import type { MizuAnswer, RenderedAnswer } from './answer.ts';
import { answerView, type AnswerView } from './data.ts';
import { escapeMarkup } from './markup.ts';
import { statusLine } from './text.ts';
import { wireTextOf } from './wire-text.ts';

export function renderHtml(answer: MizuAnswer): RenderedAnswer {
  const status = answer.ok ? 'OK' : 'ERROR';
  return {
    contentType: 'text/html; charset=utf-8',
    body: `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>${status}</title></head><body>\n${content(answer)}\n</body></html>\n`,
  };
}

function content(answer: MizuAnswer): string {
  if (!answer.ok) {
    const issues = answer.error.issues ?? [];
    const list = issues.length
      ? `<ul>${issues.map((i) => `<li>${escapeMarkup(`${i.param}: ${i.problem}`)}</li>`).join('')}</ul>`
      : '';
    return paragraph(statusLine('ERROR', answer.error.message)) + list;
  }
  const view = answerView(answer);
  const line = wireTextOf(answer.data);
  if (line !== undefined) return paragraph(line) + dataHtml(view);
  if (view.shape === 'value') return paragraph(statusLine('OK', view.value));
  return paragraph(statusLine('OK', answer.message)) + dataHtml(view);
}

function dataHtml(view: AnswerView): string {
  switch (view.shape) {
    case 'text':
      return `<pre>${escapeMarkup(view.text)}</pre>`;
    case 'record':
      return `<table>${view.fields.map(([name, value]) => `<tr><th>${escapeMarkup(name)}</th><td>${escapeMarkup(value)}</td></tr>`).join('')}</table>`;
    case 'list':
      return `<table><thead>${row('th', view.columns)}</thead><tbody>${view.rows.map((r) => row('td', r)).join('')}</tbody></table>`;
    default:
      return '';
  }
}

function row(cell: 'th' | 'td', values: string[]): string {
  return `<tr>${values.map((v) => `<${cell}>${escapeMarkup(v)}</${cell}>`).join('')}</tr>`;
}

function paragraph(text: string): string {
  return `<p>${escapeMarkup(text)}</p>`;
}
