/** Picks the decoder for a request body by its content type, sniffing the body when the type says nothing useful. */
import { DecodeError } from '../../../platform/decode-error.ts';
import { decodeJson } from './json.ts';
import { multipartFields } from './multipart.ts';
import { collectParams, type ParamMap } from './params.ts';
import { decodeQuery } from './query.ts';
import { decodeText } from './text.ts';
import { decodeXml } from './xml.ts';

export type BodyFormat = 'form' | 'json' | 'xml' | 'soap' | 'ini' | 'text';

export interface DecodedBody {
  params: ParamMap;
  format: BodyFormat;
}

type Decoder = 'form' | 'multipart' | 'json' | 'xml' | 'text';

// A Map, not an object: a content type such as `constructor` must find nothing.
const BY_MEDIA_TYPE = new Map<string, Decoder>([
  ['application/x-www-form-urlencoded', 'form'],
  ['multipart/form-data', 'multipart'],
  ['application/json', 'json'],
  ['application/xml', 'xml'],
  ['text/xml', 'xml'],
]);

export function decodeBody(contentType: string | undefined, body: string): DecodedBody {
  const declared = declaredDecoder(contentType);
  if (body.trim() === '')
    return { params: {}, format: declared === undefined || declared === 'multipart' ? 'form' : declared };
  switch (declared ?? sniff(body)) {
    case 'form':
      return { params: decodeQuery(body), format: 'form' };
    case 'multipart':
      // Form fields in another wrapping: answered as a form post is.
      return { params: collectParams(multipartFields(contentType!, body)), format: 'form' };
    case 'json':
      return { params: decodeJson(body), format: 'json' };
    case 'xml':
      return decodeXml(body);
    case 'text':
      return decodeText(body);
  }
}

/**
 * The decoder the content type names; undefined when it is missing or generic (text/plain included: fetch() sends JSON
 * as text/plain).
 */
function declaredDecoder(contentType: string | undefined): Decoder | undefined {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type.startsWith('multipart/') && type !== 'multipart/form-data') {
    throw new DecodeError(
      `${type} bodies are not read; send the parameters as multipart/form-data, URL-encoded, JSON or XML`,
    );
  }
  // Structured-syntax suffixes (RFC 6839): application/soap+xml is XML.
  if (type.endsWith('+json')) return 'json';
  if (type.endsWith('+xml')) return 'xml';
  return BY_MEDIA_TYPE.get(type);
}

function sniff(body: string): Decoder {
  const first = body.trimStart()[0];
  // `[` opens an ini section as often as a JSON array, and a JSON array is no request anyway.
  return first === '{' ? 'json' : first === '<' ? 'xml' : 'text';
}
