/** URL query strings and x-www-form-urlencoded bodies: "Parameters can be URI encoded" (001:L172, 002:L298). */
import { DecodeError, shown } from '../../../platform/decode-error.ts';
import { ParamCollector, type ParamMap } from './params.ts';

/**
 * Reads `a=1&b=2`, also after a leading `?` or a request path such as `/mvapireq/?` (the raw TCP/UDP form,
 * 002:L71-L73).
 */
export function decodeQuery(text: string): ParamMap {
  const query = withoutPath(text.trim());
  const collector = new ParamCollector();
  // Most queries have nothing escaped: asked once of the whole query, not of every name and value.
  const escaped = query.includes('%') || query.includes('+');
  // One pass over the string (this runs for every request of the API's hot path): eq only ever moves forward.
  let eq = -1;
  for (let start = 0; start <= query.length; ) {
    let end = query.indexOf('&', start);
    if (end < 0) end = query.length;
    if (eq < start) eq = query.indexOf('=', start);
    if (eq < 0) eq = query.length;
    // A bare name carries no value: the documents append a bare `now` for usage tracking (002:L310).
    if (eq < end) {
      const name = query.slice(start, eq);
      const value = query.slice(eq + 1, end);
      if (escaped) {
        const plainName = unescape(name);
        collector.add(plainName, unescape(value, plainName));
      } else {
        collector.add(name, value);
      }
    }
    start = end + 1;
  }
  return collector.params;
}

function withoutPath(text: string): string {
  const mark = text.indexOf('?');
  // A `?` after the first `=` belongs to a value, not to a path.
  return mark >= 0 && !text.slice(0, mark).includes('=') ? text.slice(mark + 1) : text;
}

/** valueOf: the parameter whose value text is; none for a name. */
function unescape(text: string, valueOf?: string): string {
  if (!text.includes('%') && !text.includes('+')) return text;
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    throw new DecodeError(
      `bad %-escape in ${valueOf === undefined ? 'a parameter name' : `the value of ${shown(valueOf)}`}`,
    );
  }
}
