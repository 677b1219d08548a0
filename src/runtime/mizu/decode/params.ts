/** Every decoder's output goes through here, so names, repeats and size limits mean the same in all formats. */
import { DecodeError, shown } from './errors.ts';

export type ParamMap = Record<string, string>;

export const MAX_PARAMS = 500;
export const MAX_VALUE_BYTES = 64 * 1024;

/** Builds the flat parameter map: names lower-cased (they match case-insensitively), the first value of a repeated name wins. */
export function collectParams(pairs: Iterable<readonly [string, string]>): ParamMap {
  const params = new Map<string, string>();
  let count = 0;
  for (const [rawName, value] of pairs) {
    if (++count > MAX_PARAMS) throw new DecodeError(`more than ${MAX_PARAMS} parameters`);
    const name = rawName.toLowerCase();
    if (name === '' || params.has(name)) continue;
    if (Buffer.byteLength(value, 'utf8') > MAX_VALUE_BYTES) throw new DecodeError(`the value of ${shown(name)} is longer than ${MAX_VALUE_BYTES / 1024} KiB`);
    params.set(name, value);
  }
  // fromEntries defines own properties, so a parameter named __proto__ stays a parameter.
  return Object.fromEntries(params);
}
