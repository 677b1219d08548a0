/**
 * "By default the answer format is guessed from the request, unless it is specified by the format parameter"
 * (002:L133).
 */
import { MIZU_FORMATS, type MizuFormat } from './answer.ts';

export interface FormatHints {
  /** The format parameter. */
  format?: string;
  /** The callback parameter: asking for a callback is asking for jsonp. */
  callback?: string;
  /** What the request body was (decodeBody's format). */
  bodyFormat?: string;
  /** The HTTP Accept header. */
  accept?: string;
  transport: 'http' | 'websocket' | 'tcp' | 'udp';
}

// Maps, not objects: a client-chosen key such as `constructor` must find nothing.
const BY_BODY = new Map<string, MizuFormat>([
  ['json', 'json'],
  ['xml', 'xml'],
  ['soap', 'soap'],
]);

const BY_MEDIA_TYPE = new Map<string, MizuFormat>([
  ['application/json', 'json'],
  ['application/xml', 'xml'],
  ['text/xml', 'xml'],
  ['application/soap+xml', 'soap'],
  ['text/html', 'html'],
  ['application/xhtml+xml', 'html'],
  ['text/plain', 'text'],
]);

/** The answer format; undefined when the format parameter names none, so the caller can say so. */
export function guessFormat(hints: FormatHints): MizuFormat | undefined {
  const asked = hints.format?.trim().toLowerCase();
  if (asked) return MIZU_FORMATS.find((format) => format === asked);
  if (hints.callback) return 'jsonp';
  const fromBody = BY_BODY.get(hints.bodyFormat ?? '');
  if (fromBody) return fromBody;
  return (hints.transport === 'http' && hints.accept ? preferred(hints.accept) : undefined) ?? 'text';
}

/** The known format the Accept header ranks highest (by q, then by order); wildcards name none. */
function preferred(accept: string): MizuFormat | undefined {
  const ranked = accept.split(',').map((item, order) => {
    const [type = '', ...params] = item.split(';').map((part) => part.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    return { format: BY_MEDIA_TYPE.get(type), weight: Number.isFinite(weight) ? weight : 1, order };
  });
  return ranked
    .filter((r) => r.format !== undefined && r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order)[0]?.format;
}
