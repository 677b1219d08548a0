/** SOAP requests (002:L123): the one element in the Envelope's Body is the call, its children the parameters. */
import { DecodeError } from '../../../platform/decode-error.ts';
import { childElements, childParams, type XmlElement } from './xml-tree.ts';

/** SOAP 1.1 and 1.2 are told apart only by namespace, which changes nothing here, so neither is checked. */
export function isSoapEnvelope(root: XmlElement): boolean {
  return root.name === 'Envelope';
}

export function* soapParams(envelope: XmlElement): Generator<[string, string]> {
  const body = childElements(envelope).find((element) => element.name === 'Body');
  if (!body) throw new DecodeError('the SOAP Envelope has no Body');
  const [call, ...others] = childElements(body);
  if (!call || others.length > 0) throw new DecodeError('the SOAP Body must hold exactly one request element');
  yield* childParams(call);
  // Last, so an apientry child wins over the element's name (the first value of a name is kept).
  yield ['apientry', call.name];
}
