/**
 * The strict SIP parser (RFC 3261 §7, §25) and the stream framer (§18.3). Anything malformed throws SipParseError;
 * a message that was read but breaks a rule carries itself as `partial` so the edge can answer 400/416/505.
 */
import { isToken, parseNameAddr, parseUri, parseVia } from './addresses.ts';
import { demand, fail, SipParseError } from './errors.ts';
import { isListHeader, SipHeaders, splitList } from './headers.ts';
import type { SipMessage } from './message.ts';

export const SIP_LIMITS = { maxMessageBytes: 64 * 1024, maxHeaders: 256 };

const END_OF_HEADERS = Buffer.from('\r\n\r\n');
const SPACE = 0x20;
const TAB = 0x09;
const EMPTY_BODY = Buffer.alloc(0);
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Headers that may appear once only (RFC 3261 §20: not `#` lists). */
const SINGLE = ['From', 'To', 'Call-ID', 'CSeq', 'Max-Forwards', 'Content-Length', 'Content-Type', 'Expires'];
const MANDATORY = ['Via', 'From', 'To', 'Call-ID', 'CSeq'];
/** Headers whose values are name-addr or addr-spec, read in full by the checks. */
const NAME_ADDRESSES = ['From', 'To', 'Route', 'Record-Route', 'Contact'];
/** rfc1123-date in GMT (RFC 3261 §20.17). */
const DATE =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), [0-9]{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} GMT$/;
const DATE_EXAMPLE = 'Sat, 13 Nov 2010 23:29:00 GMT';

export interface ParseOptions {
  /** Read from a stream transport: Content-Length is required and frames the body exactly. */
  stream?: boolean;
}

export function parseSipMessage(bytes: Buffer, options: ParseOptions = {}): SipMessage {
  if (bytes.length > SIP_LIMITS.maxMessageBytes) fail(`message over ${SIP_LIMITS.maxMessageBytes} bytes`);
  let start = 0;
  // A receiver ignores CRLFs before the start line (RFC 3261 §7.5).
  while (bytes[start] === 0x0d && bytes[start + 1] === 0x0a) start += 2;
  const end = bytes.indexOf(END_OF_HEADERS, start);
  demand(end >= 0, 'no empty line after the headers');
  const head = decode(bytes.subarray(start, end));
  // NUL may stand in a quoted-pair (RFC 4475 §3.1.1.2); a bare CR or LF may not stand anywhere.
  demand(!hasBareCrOrLf(head), 'bare CR or LF in the headers');
  const lines = head.split('\r\n');
  const { message, version } = startLine(lines[0]!);
  let emptyElement: string | undefined;
  for (const line of unfolded(lines)) {
    const colon = line.indexOf(':');
    const name = withoutTrailingBlanks(line.slice(0, Math.max(colon, 0)));
    if (colon <= 0 || !isToken(name)) fail(`bad header line ${JSON.stringify(line.slice(0, 80))}`);
    const value = line.slice(colon + 1).trim();
    // Only a value with a comma can hold several: the others skip the list lookup and the split.
    if (!value.includes(',') || !isListHeader(name)) {
      message.headers.append(name, value);
      continue;
    }
    const values = splitList(value);
    if (values.length > 1 && values.includes('')) emptyElement ??= name;
    for (const v of values) message.headers.append(name, v);
  }
  // A copy: the datagram or stream buffer it came in is not kept alive by the message.
  message.body = end + 4 < bytes.length ? Buffer.from(bytes.subarray(end + 4)) : EMPTY_BODY;
  try {
    checkMessage(message, version, options.stream === true);
    if (emptyElement !== undefined) fail(`Empty element in the ${emptyElement} header`);
  } catch (e) {
    if (e instanceof SipParseError && !e.partial) throw new SipParseError(e.message, message, e.status);
    throw e;
  }
  return message;
}

/** HCOLON allows spaces and tabs between a header's name and its colon (RFC 3261 §25.1), and nothing else. */
function withoutTrailingBlanks(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === SPACE || text.charCodeAt(end - 1) === TAB)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** A CR not followed by LF, or an LF not after a CR: one look at each character, no regular expression. */
function hasBareCrOrLf(text: string): boolean {
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
    if (text.charCodeAt(i - 1) !== 0x0d) return true;
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1))
    if (text.charCodeAt(i + 1) !== 0x0a) return true;
  return false;
}

function decode(head: Buffer): string {
  try {
    return utf8.decode(head);
  } catch {
    throw new SipParseError('headers are not UTF-8');
  }
}

const REQUEST_LINE = /^([A-Za-z0-9\-.!%*_+`'~]+) (\S+) ([A-Za-z]+\/[0-9]+\.[0-9]+)$/;
const STATUS_LINE = /^([A-Za-z]+\/[0-9]+\.[0-9]+) ([1-6][0-9]{2}) (.*)$/;

/**
 * The start line, and the version apart from the message: it is only checked later, so that a request of another
 * version can be answered 505.
 */
function startLine(line: string): { message: SipMessage; version: string } {
  const headers = new SipHeaders();
  const body = EMPTY_BODY;
  const status = STATUS_LINE.exec(line);
  if (status) {
    const message: SipMessage = { kind: 'response', status: Number(status[2]), reason: status[3]!, headers, body };
    return { message, version: status[1]! };
  }
  const request = REQUEST_LINE.exec(line);
  if (!request) fail(`bad start line ${JSON.stringify(line.slice(0, 80))}`);
  return { message: { kind: 'request', method: request[1]!, uri: request[2]!, headers, body }, version: request[3]! };
}

/** The header lines (after the start line) with continuation lines joined to theirs (RFC 3261 §7.3.1). */
function unfolded(lines: string[]): string[] {
  const fields: string[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const first = line.charCodeAt(0);
    if (first === SPACE || first === TAB) {
      demand(fields.length > 0, 'continuation line before any header');
      fields[fields.length - 1] += ` ${line.trim()}`;
    } else fields.push(line);
  }
  if (fields.length > SIP_LIMITS.maxHeaders) fail(`over ${SIP_LIMITS.maxHeaders} header lines`);
  return fields;
}

function checkMessage(message: SipMessage, version: string, stream: boolean): void {
  const { headers } = message;
  if (version.toUpperCase() !== 'SIP/2.0')
    throw new SipParseError(`SIP version ${version} not supported`, undefined, 505);
  for (const name of MANDATORY) if (!headers.has(name)) fail(`Missing ${name} header`);
  for (const name of SINGLE) if (headers.count(name) > 1) fail(`More than one ${name} header`);
  framedBody(message, stream);
  const cseq = /^([0-9]{1,10})[ \t]+(\S+)$/.exec(headers.get('CSeq') ?? '');
  demand(cseq && Number(cseq[1]) < 2 ** 31 && isToken(cseq[2]!), 'Bad CSeq header');
  demand(/^\S+$/.test(headers.get('Call-ID') ?? ''), 'Bad Call-ID header');
  checkNumber(headers, 'Max-Forwards', 255);
  checkNumber(headers, 'Expires', 2 ** 32 - 1);
  for (const name of NAME_ADDRESSES) checked(headers, name, parseNameAddr);
  checked(headers, 'Via', parseVia);
  if (message.kind === 'request') {
    demand(cseq[2] === message.method, 'CSeq method does not match the request method');
    // A Request-URI carries no headers (RFC 3261 §19.1.1, RFC 4475 §3.1.2.11).
    demand(parseUri(message.uri).headers === undefined, 'Request-URI with headers');
  }
  demand(DATE.test(headers.get('Date') ?? DATE_EXAMPLE), 'Bad Date header');
}

/** Content-Length cuts a datagram's body (RFC 3261 §18.3); a stream must carry it and match it exactly. */
function framedBody(message: SipMessage, stream: boolean): void {
  const text = message.headers.get('Content-Length');
  demand(text !== undefined || !stream, 'Missing Content-Length header');
  if (text === undefined) return;
  demand(/^[0-9]{1,10}$/.test(text), 'Bad Content-Length header');
  const length = Number(text);
  demand(length <= message.body.length, 'Content-Length is larger than the body');
  demand(!stream || length === message.body.length, 'Content-Length does not frame the body');
  if (length < message.body.length) message.body = message.body.subarray(0, length);
}

function checkNumber(headers: SipHeaders, name: string, max: number): void {
  const text = headers.get(name);
  if (text !== undefined && !(/^[0-9]{1,10}$/.test(text) && Number(text) <= max)) fail(`Bad ${name} header`);
}

/** Each value of the header parses, or the error names the header. */
function checked(headers: SipHeaders, name: string, parse: (value: string) => unknown): void {
  for (const value of headers.getAll(name)) {
    if (name === 'Contact' && value === '*') continue;
    try {
      parse(value);
    } catch (e) {
      if (e instanceof SipParseError && e.status === 400) throw new SipParseError(`Bad ${name} header: ${e.message}`);
      throw e;
    }
  }
}

export type StreamFrame = { kind: 'ping' | 'skip' | 'message'; length: number };

/**
 * The next frame at the head of a stream buffer: a CRLFCRLF keep-alive ping (RFC 5626 §3.5.1), a stray CRLF to skip,
 * or a whole message framed by its Content-Length. Undefined while incomplete; SipParseError when it cannot be framed.
 */
export function nextStreamFrame(buffer: Buffer): StreamFrame | undefined {
  if (buffer.length >= 4 && buffer.subarray(0, 4).equals(END_OF_HEADERS)) return { kind: 'ping', length: 4 };
  if (buffer[0] === 0x0d && buffer[1] === 0x0a) {
    const couldBePing = buffer.length < 4 && (buffer.length === 2 || buffer[2] === 0x0d);
    return couldBePing ? undefined : { kind: 'skip', length: 2 };
  }
  const end = buffer.indexOf(END_OF_HEADERS);
  if (end < 0) {
    demand(buffer.length <= SIP_LIMITS.maxMessageBytes, 'no end of headers within the size limit');
    return undefined;
  }
  const lengths = [
    ...buffer
      .subarray(0, end)
      .toString('latin1')
      .matchAll(/\r\n(?:content-length|l)[ \t]*:[ \t]*([^\r]*)/gi),
  ];
  demand(lengths.length === 1, 'a stream message needs exactly one Content-Length');
  const text = lengths[0]![1]!.trim();
  demand(/^[0-9]{1,10}$/.test(text), 'bad Content-Length');
  const total = end + 4 + Number(text);
  if (total > SIP_LIMITS.maxMessageBytes) fail(`message over ${SIP_LIMITS.maxMessageBytes} bytes`);
  return buffer.length < total ? undefined : { kind: 'message', length: total };
}
