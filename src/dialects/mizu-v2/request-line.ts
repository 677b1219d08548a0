/**
 * A Mizu request as one line (raw TCP, UDP datagram, WebSocket message): "/mvapireq/?apientry=balance&…", the
 * same with a GET/POST word in front, "/mvapireq/balance?…", or just the query "apientry=balance&…".
 */
import { decodeQuery } from '../mizu/decode/index.ts';
import type { MizuInput } from './pipeline.ts';

const METHOD = /^(GET|POST)\s+/i;
const PATH = /^\/mvapireq\/?([A-Za-z0-9_]*)/;

export function parseRequestLine(line: string): Pick<MizuInput, 'params' | 'pathCommand'> {
  const text = line.trim().replace(METHOD, '');
  const q = text.indexOf('?');
  const path = text.startsWith('/') ? (q < 0 ? text : text.slice(0, q)) : '';
  const query = text.startsWith('/') ? (q < 0 ? '' : text.slice(q + 1)) : text;
  const command = PATH.exec(path)?.[1];
  return { params: decodeQuery(query), pathCommand: command || undefined };
}
