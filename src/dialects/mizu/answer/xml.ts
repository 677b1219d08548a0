/**
 * The xml answer (002:L138): a `<response>` with the code, status, the text answer's first line as `<text>` and the
 * message, then the data or the error. `<code>` and `<text>` are what the real server's XML answer carries (issue 18:
 * buibr/mizu-voip-sms-php src/Response/XmlResponse.php reads `code == 200` and the answer line from `text`).
 */
import type { MizuAnswer, RenderedAnswer } from './answer.ts';
import { answerView, type AnswerView } from './data.ts';
import { FAILURE_CODE, SUCCESS_CODE } from './json.ts';
import { escapeMarkup } from './markup.ts';
import { firstLine } from './text.ts';

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

export function renderXml(answer: MizuAnswer): RenderedAnswer {
  return { contentType: 'application/xml; charset=utf-8', body: XML_DECLARATION + responseElement(answer) };
}

/** The `<response>` element, also the SOAP Body's content. */
export function responseElement(answer: MizuAnswer): string {
  if (!answer.ok) {
    const { code, message, issues } = answer.error;
    const listed = issues?.length
      ? element(
          'issues',
          issues.map((i) => `<issue param="${escapeMarkup(i.param)}">${escapeMarkup(i.problem)}</issue>`).join(''),
        )
      : '';
    return element(
      'response',
      element('code', FAILURE_CODE) +
        element('status', 'ERROR') +
        textElement('text', firstLine(answer)) +
        element('error', textElement('code', code) + textElement('message', message) + listed),
    );
  }
  const message = answer.message ? textElement('message', answer.message) : '';
  return element(
    'response',
    element('code', SUCCESS_CODE) +
      element('status', 'OK') +
      textElement('text', firstLine(answer)) +
      message +
      element('data', dataXml(answerView(answer))),
  );
}

function dataXml(view: AnswerView): string {
  switch (view.shape) {
    case 'value':
      return textElement('value', view.value);
    case 'text':
      return textElement('text', view.text);
    case 'record':
      return view.fields.map(([name, value]) => field(name, value)).join('');
    case 'list':
      return view.rows
        .map((row) => element('row', row.map((value, i) => field(view.columns[i]!, value)).join('')))
        .join('');
    default:
      return '';
  }
}

/** A data field as its own element, or `<field name="…">` when its name is no safe XML name. */
function field(name: string, value: string): string {
  return XML_NAME.test(name)
    ? textElement(name, value)
    : `<field name="${escapeMarkup(name)}">${escapeMarkup(value)}</field>`;
}

// Conservative: ASCII only and no colon, so a field name can neither break the document nor claim a namespace.
const XML_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

function textElement(name: string, text: string): string {
  return element(name, escapeMarkup(text));
}

/** content is markup already. */
function element(name: string, content: string | number): string {
  return `<${name}>${content}</${name}>`;
}
