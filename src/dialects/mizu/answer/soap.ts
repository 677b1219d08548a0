/** The soap answer (002:L139): a SOAP 1.2 Envelope whose Body holds the xml answer's `<response>`. */
import type { MizuAnswer, RenderedAnswer } from './answer.ts';
import { responseElement, XML_DECLARATION } from './xml.ts';

const SOAP_12 = 'http://www.w3.org/2003/05/soap-envelope';

export function renderSoap(answer: MizuAnswer): RenderedAnswer {
  return {
    contentType: 'application/soap+xml; charset=utf-8',
    body: `${XML_DECLARATION}<soap:Envelope xmlns:soap="${SOAP_12}"><soap:Body>${responseElement(answer)}</soap:Body></soap:Envelope>`,
  };
}
