/** Ini bodies, "Ini format (key=value)" (001:L72, 002:L121): sections and comments carry no parameters. */
import { DecodeError } from '../../../platform/decode-error.ts';
import { collectParams, type ParamMap } from './params.ts';

export function decodeIni(body: string): ParamMap {
  return collectParams(iniPairs(body));
}

const SECTION = /^\[.*\]$/;

function* iniPairs(body: string): Generator<[string, string]> {
  for (const [index, raw] of body.split(/\r\n|\r|\n/).entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';') || SECTION.test(line)) continue;
    const eq = line.indexOf('=');
    if (eq < 0) throw new DecodeError(`line ${index + 1} is not key=value`);
    yield [line.slice(0, eq).trim(), line.slice(eq + 1).trim()];
  }
}
