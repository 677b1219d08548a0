/** "plain text" requests (001:L64, 002:L117): a query string on one line, or key=value lines (the ini form). */
import { DecodeError } from '../../../platform/decode-error.ts';
import { decodeIni } from './ini.ts';
import { decodeQuery } from './query.ts';
import type { ParamMap } from './params.ts';

export function decodeText(body: string): { params: ParamMap; format: 'ini' | 'text' } {
  const text = body.trim();
  if (/[\r\n]/.test(text)) return { params: decodeIni(text), format: 'ini' };
  if (text.includes('=')) return { params: decodeQuery(text), format: 'text' };
  throw new DecodeError('a plain text request must be a query string or key=value lines');
}
