/** XML bodies (002:L122-L123): any root element whose children are the parameters, or a SOAP Envelope. */
import { collectParams, type ParamMap } from './params.ts';
import { isSoapEnvelope, soapParams } from './soap.ts';
import { childParams, parseXml } from './xml-tree.ts';

export function decodeXml(body: string): { params: ParamMap; format: 'xml' | 'soap' } {
  const root = parseXml(body);
  return isSoapEnvelope(root)
    ? { params: collectParams(soapParams(root)), format: 'soap' }
    : { params: collectParams(childParams(root)), format: 'xml' };
}
