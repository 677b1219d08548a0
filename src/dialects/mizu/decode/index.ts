/** Turns what a Mizu v2 client sends (002:L115-L126) into one flat, lower-cased parameter map. */
export { decodeBody, type BodyFormat, type DecodedBody } from './body.ts';
export { unwrapEncrypted } from './encrypted.ts';
export { DecodeError } from '../../../platform/decode-error.ts';
export { MAX_PARAMS, MAX_VALUE_BYTES, type ParamMap } from './params.ts';
export { resolvePositional } from './positional.ts';
export { decodeQuery } from './query.ts';
export { xorDecode, xorEncode } from './xor.ts';
