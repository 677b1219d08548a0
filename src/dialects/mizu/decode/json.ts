/** JSON bodies (002:L125): one object whose members are the parameters. */
import { DecodeError, shown } from '../../../platform/decode-error.ts';
import { collectParams, type ParamMap } from './params.ts';

export function decodeJson(body: string): ParamMap {
  let value: unknown;
  try {
    value = JSON.parse(body, numberAsWritten);
  } catch (e) {
    throw new DecodeError(`invalid JSON: ${(e as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new DecodeError('a JSON request must be an object of parameters');
  }
  return collectParams(jsonPairs(value as Record<string, unknown>));
}

/** Keeps a number's text (10.50 stays 10.50, big ids keep every digit): money never passes through a binary float. */
function numberAsWritten(_key: string, value: unknown, context?: { source?: string }): unknown {
  return typeof value === 'number' && context?.source !== undefined ? context.source : value;
}

function* jsonPairs(object: Record<string, unknown>): Generator<[string, string]> {
  for (const [name, value] of Object.entries(object)) {
    if (value === null) continue;
    if (typeof value === 'object')
      throw new DecodeError(`parameter ${shown(name)} must be a single value, not an object or a list`);
    // Booleans travel as 1/0, as in the URL form.
    yield [name, typeof value === 'boolean' ? (value ? '1' : '0') : String(value)];
  }
}
