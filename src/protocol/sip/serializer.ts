/** SIP messages to bytes (RFC 3261 §7): one header per line, Content-Length always written from the body. */
import type { SipMessage } from './message.ts';

export function serializeSipMessage(message: SipMessage): Buffer {
  let text =
    message.kind === 'request'
      ? `${message.method} ${message.uri} SIP/2.0\r\n`
      : `SIP/2.0 ${message.status} ${message.reason}\r\n`;
  for (const { name, key, value } of message.headers.fields())
    if (key !== 'content-length') text += `${name}: ${value}\r\n`;
  const head = Buffer.from(`${text}Content-Length: ${message.body.length}\r\n\r\n`, 'utf8');
  return message.body.length === 0 ? head : Buffer.concat([head, message.body]);
}
