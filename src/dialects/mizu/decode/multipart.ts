/**
 * multipart/form-data bodies (RFC 7578, over RFC 2046's multipart syntax), as PHP's curl sends an array body and
 * fetch() a FormData: each part's name and content, read like the pairs of an x-www-form-urlencoded body. Strict:
 * CRLF line ends, a Content-Disposition of form-data naming every part, and the closing boundary, or a DecodeError
 * that says which is missing. The body is already bounded by limits.maxRequestBytes (read-body.ts); a part with a
 * filename is a field like the others, its content the value.
 */
import { DecodeError, shown } from '../../../platform/decode-error.ts';

const CRLF = '\r\n';
/** RFC 2046 §5.1.1: 1 to 70 characters. */
const BOUNDARY = /;\s*boundary\s*=\s*(?:"([^"]{1,70})"|([^;\s"]{1,70}))\s*(?:;|$)/i;
const DISPOSITION_PARAM = /;\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s"]*))/g;

/** The fields of a multipart/form-data body, in order; `contentType` is the whole header, boundary included. */
export function multipartFields(contentType: string, body: string): [string, string][] {
  const match = BOUNDARY.exec(contentType);
  if (!match)
    throw new DecodeError('a multipart/form-data body needs a boundary (1-70 characters) in its Content-Type');
  const delimiter = `--${match[1] ?? match[2]}`;
  // What comes before the first boundary line is a preamble, ignored.
  const first = body.startsWith(delimiter) ? -CRLF.length : body.indexOf(`${CRLF}${delimiter}`);
  if (first === -1) throw new DecodeError('the multipart body does not contain its boundary');
  let at = first + CRLF.length;
  const fields: [string, string][] = [];
  for (;;) {
    let p = at + delimiter.length;
    if (body.startsWith('--', p)) return fields; // the closing delimiter; what follows is the epilogue
    while (body[p] === ' ' || body[p] === '\t') p++;
    if (!body.startsWith(CRLF, p)) throw new DecodeError('a multipart boundary line does not end with CRLF');
    p += CRLF.length;
    const headersEnd = body.startsWith(CRLF, p) ? p : body.indexOf(`${CRLF}${CRLF}`, p);
    if (headersEnd < 0) throw new DecodeError('a multipart part has no blank line after its headers');
    const contentStart = headersEnd + (headersEnd === p ? CRLF.length : 2 * CRLF.length);
    const next = body.indexOf(`${CRLF}${delimiter}`, contentStart);
    if (next < 0) throw new DecodeError('the multipart body ends before its closing boundary');
    fields.push([fieldName(body.slice(p, headersEnd)), body.slice(contentStart, next)]);
    at = next + CRLF.length;
  }
}

/** The name in the part's `Content-Disposition: form-data; name="…"`. */
function fieldName(headers: string): string {
  const disposition = headers
    .split(CRLF)
    .find((line) => line.slice(0, line.indexOf(':')).trim().toLowerCase() === 'content-disposition');
  const value = disposition?.slice(disposition.indexOf(':') + 1).trim() ?? '';
  if (!/^form-data\s*(;|$)/i.test(value))
    throw new DecodeError('a multipart part has no "Content-Disposition: form-data" header');
  for (const [, param, quoted, token] of value.matchAll(DISPOSITION_PARAM)) {
    if (param!.toLowerCase() === 'name') return quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : token!;
  }
  throw new DecodeError(`a multipart part has no name (Content-Disposition: ${shown(value)})`);
}
