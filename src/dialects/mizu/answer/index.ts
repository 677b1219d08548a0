/** Renders a Mizu answer in the format the client asked for or the request suggests (002:L128-L141). */
import type { MizuAnswer, MizuFormat, RenderedAnswer, RenderOptions } from './answer.ts';
import { renderCleartext } from './cleartext.ts';
import { renderHtml } from './html.ts';
import { renderJson } from './json.ts';
import { renderJsonp } from './jsonp.ts';
import { renderSoap } from './soap.ts';
import { renderText } from './text.ts';
import { renderXml } from './xml.ts';

export type { MizuAnswer, MizuFormat, RenderedAnswer, RenderOptions } from './answer.ts';
export { guessFormat, type FormatHints } from './guess.ts';

const RENDERERS: Record<MizuFormat, (answer: MizuAnswer, options: RenderOptions) => RenderedAnswer> = {
  text: renderText,
  cleartext: renderCleartext,
  html: renderHtml,
  xml: renderXml,
  soap: renderSoap,
  json: renderJson,
  jsonp: renderJsonp,
};

export function renderAnswer(format: MizuFormat, answer: MizuAnswer, options: RenderOptions = {}): RenderedAnswer {
  return RENDERERS[format](answer, options);
}
