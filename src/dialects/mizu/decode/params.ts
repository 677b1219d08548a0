/** Every decoder's output goes through here, so names, repeats and size limits mean the same in all formats. */
import { DecodeError, shown } from '../../../platform/decode-error.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import { CONTROL_CHARACTER_PROBLEM, hasControlCharacter, REFUSED_CONTROL_CHARACTER } from '../../../protocol/coerce.ts';

export type ParamMap = Record<string, string>;

export const MAX_PARAMS = 500;
export const MAX_VALUE_BYTES = 64 * 1024;

/**
 * Builds the flat parameter map: names lower-cased (they match case-insensitively), the first value of a repeated
 * name wins. Decoders on the hot path add pairs as they find them; the others hand over a list (collectParams).
 */
export class ParamCollector {
  readonly params: ParamMap = {};
  #count = 0;

  add(rawName: string, value: string): void {
    if (++this.#count > MAX_PARAMS) throw new DecodeError(`more than ${MAX_PARAMS} parameters`);
    const name = rawName.toLowerCase();
    if (name === '' || Object.hasOwn(this.params, name)) return;
    refuseControlCharacters(name, value);
    // A UTF-16 unit is at most 3 UTF-8 bytes: only a long value needs counting.
    if (value.length > MAX_VALUE_BYTES / 3 && Buffer.byteLength(value, 'utf8') > MAX_VALUE_BYTES) {
      throw new DecodeError(`the value of ${shown(name)} is longer than ${MAX_VALUE_BYTES / 1024} KiB`);
    }
    // Defined, not assigned, for that one name: a parameter named __proto__ stays a parameter.
    if (name === '__proto__')
      Object.defineProperty(this.params, name, { value, enumerable: true, writable: true, configurable: true });
    else this.params[name] = value;
  }
}

export function collectParams(pairs: Iterable<readonly [string, string]>): ParamMap {
  const collector = new ParamCollector();
  for (const [name, value] of pairs) collector.add(name, value);
  return collector.params;
}

/** NUL and the other control characters (TAB, LF and CR aside) are refused up front, naming the parameter. */
export function refuseControlCharacters(name: string, value: string): void {
  if (hasControlCharacter(name))
    throw new SwitchboardError('invalid-parameter', `a parameter name ${REFUSED_CONTROL_CHARACTER}`, [
      { param: shown(JSON.stringify(name)), problem: CONTROL_CHARACTER_PROBLEM },
    ]);
  if (hasControlCharacter(value))
    throw new SwitchboardError('invalid-parameter', `parameter ${shown(name)} ${REFUSED_CONTROL_CHARACTER}`, [
      { param: name, problem: CONTROL_CHARACTER_PROBLEM },
    ]);
}
