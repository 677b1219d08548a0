/** SIP messages to bytes (RFC 3261 §7): one header per line, Content-Length always written from the body. */
import type { SipMessage } from './message.ts';

export function serializeSipMessage(message: SipMessage): Buffer {
  const start =
    message.kind === 'request'
      ? `${message.method} ${message.uri} SIP/2.0`
      : `SIP/2.0 ${message.status} ${message.reason}`;
  const lines = [start];
  for (const [name, value] of message.headers.entries())
    if (name.toLowerCase() !== 'content-length') lines.push(`${name}: ${value}`);
  lines.push(`Content-Length: ${message.body.length}`, '', '');
  const head = Buffer.from(lines.join('\r\n'), 'utf8');
  return message.body.length === 0 ? head : Buffer.concat([head, message.body]);
}
