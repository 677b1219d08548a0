/** Opens the encrypted carriers (002:L281-L282): the whole request in `mcrfs`, or single values prefixed `oenc1_`. */
import { DecodeError } from '../../../platform/decode-error.ts';
import { collectParams, type ParamMap, refuseControlCharacters } from './params.ts';
import { decodeQuery } from './query.ts';
import { xorDecode } from './xor.ts';

const VALUE_PREFIX = 'oenc1_';

/** The parameters with mcrfs opened (its parameters win over the outer ones) and every oenc1_ value decrypted. */
export function unwrapEncrypted(params: ParamMap, key: string | undefined): ParamMap {
  if (!Object.hasOwn(params, 'mcrfs') && !hasEncryptedValue(params)) return params;
  if (!key) throw new DecodeError('the request is encrypted but request encryption is not configured on this server');
  const inner = params.mcrfs === undefined ? {} : decodeQuery(xorDecode(params.mcrfs, key));
  const merged = collectParams(
    [...Object.entries(inner), ...Object.entries(params)].filter(([name]) => name !== 'mcrfs'),
  );
  return Object.fromEntries(
    Object.entries(merged).map(([name, value]) => [
      name,
      value.startsWith(VALUE_PREFIX) ? opened(name, value, key) : value,
    ]),
  );
}

/** A plain loop: every request of every transport asks this, and hardly any has one. */
function hasEncryptedValue(params: ParamMap): boolean {
  for (const name in params) if (params[name]!.startsWith(VALUE_PREFIX)) return true;
  return false;
}

/** A decrypted value is a decoded value: it passes the same check as one sent in clear. */
function opened(name: string, value: string, key: string): string {
  const plain = xorDecode(value.slice(VALUE_PREFIX.length), key);
  refuseControlCharacters(name, plain);
  return plain;
}
