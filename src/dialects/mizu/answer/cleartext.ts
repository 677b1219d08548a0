/** The cleartext answer (002:L136): the text answer without the OK status line, so the data can be used as it is. */
import type { MizuAnswer, RenderedAnswer } from './answer.ts';
import { TEXT_TYPE, textBody } from './text.ts';

export function renderCleartext(answer: MizuAnswer): RenderedAnswer {
  return { contentType: TEXT_TYPE, body: textBody(answer, false) };
}
