/** URL query strings and x-www-form-urlencoded bodies: "Parameters can be URI encoded" (001:L172, 002:L298). */
import { DecodeError, shown } from './errors.ts';
import { collectParams, type ParamMap } from './params.ts';

/** Reads `a=1&b=2`, also after a leading `?` or a request path such as `/mvapireq/?` (the raw TCP/UDP form, 002:L71-L73). */
export function decodeQuery(text: string): ParamMap {
  return collectParams(queryPairs(withoutPath(text.trim())));
}

function withoutPath(text: string): string {
  const mark = text.indexOf('?');
  // A `?` after the first `=` belongs to a value, not to a path.
  return mark >= 0 && !text.slice(0, mark).includes('=') ? text.slice(mark + 1) : text;
}

function* queryPairs(query: string): Generator<[string, string]> {
  for (const part of query.split('&')) {
    const eq = part.indexOf('=');
    // A bare name carries no value: the documents append a bare `now` for usage tracking (002:L310).
    if (eq < 0) continue;
    const name = unescape(part.slice(0, eq), 'a parameter name');
    yield [name, unescape(part.slice(eq + 1), `the value of ${shown(name)}`)];
  }
}

function unescape(text: string, where: string): string {
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    throw new DecodeError(`bad %-escape in ${where}`);
  }
}
