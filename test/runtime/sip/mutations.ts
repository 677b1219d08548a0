/** Seeded mutations of SIP messages for the fuzz tests: flips, inserted SIP punctuation, cuts, duplicated lines. */
import { mulberry32 } from '../../support/seeded-random.ts';

/** Bytes that mean something to a SIP parser, more likely to reach its corners than random ones. */
const PUNCTUATION = Buffer.from('\r\n \t:;,=<>"\\@[]?%/0123456789\0\xff', 'latin1');

export class Mutator {
  readonly #random: () => number;

  constructor(seed: number) {
    this.#random = mulberry32(seed);
  }

  int(below: number): number {
    return Math.floor(this.#random() * below);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  /** One to four mutations of the bytes from `from` on (what comes before stays as it is). */
  mutate(message: Buffer, from = 0): Buffer {
    let bytes: Buffer = Buffer.from(message);
    for (let n = 1 + this.int(4); n > 0; n--) {
      const at = from + this.int(Math.max(1, bytes.length - from));
      bytes = this.#one(bytes, at, from);
    }
    return bytes;
  }

  #one(bytes: Buffer, at: number, from: number): Buffer {
    switch (this.int(7)) {
      case 0: // flip a byte
        bytes[at] = this.int(256);
        return bytes;
      case 1: // insert SIP punctuation
        return Buffer.concat([bytes.subarray(0, at), Buffer.from([this.pick([...PUNCTUATION])]), bytes.subarray(at)]);
      case 2: // cut a range out
        return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1 + this.int(40))]);
      case 3: // truncate
        return bytes.subarray(0, Math.max(from, at));
      case 4: {
        // repeat a header line
        const lines = bytes.toString('latin1').split('\r\n');
        const line = 1 + this.int(Math.max(1, lines.length - 3));
        if (Buffer.byteLength(lines.slice(0, line).join('\r\n'), 'latin1') < from) return bytes;
        lines.splice(line, 0, lines[line] ?? '');
        return Buffer.from(lines.join('\r\n'), 'latin1');
      }
      case 5: // a long run of one byte
        return Buffer.concat([
          bytes.subarray(0, at),
          Buffer.alloc(1 + this.int(3000), this.pick([...PUNCTUATION])),
          bytes.subarray(at),
        ]);
      default: // random bytes
        return Buffer.concat([
          bytes.subarray(0, at),
          Buffer.from(Array.from({ length: 1 + this.int(30) }, () => this.int(256))),
          bytes.subarray(at),
        ]);
    }
  }
}

/** Valid requests to start from: `via` is the top Via's sent-by (and transport). */
export function seedMessages(via: string): Buffer[] {
  const common = (method: string, n: number) => [
    `Via: SIP/2.0/${via};rport;branch=z9hG4bKfuzz${n}`,
    'Max-Forwards: 70',
    `From: "Fuzz Ünïcode" <sip:fuzz@127.0.0.1>;tag=f${n}`,
    'To: <sip:fuzz@127.0.0.1>',
    `Call-ID: fuzz-${n}@127.0.0.1`,
    `CSeq: ${n} ${method}`,
  ];
  const body = 'v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\n';
  return [
    [
      'OPTIONS sip:127.0.0.1 SIP/2.0',
      ...common('OPTIONS', 1),
      'Accept: application/sdp, text/plain',
      'Content-Length: 0',
      '',
      '',
    ],
    [
      'REGISTER sip:127.0.0.1 SIP/2.0',
      ...common('REGISTER', 2),
      'Contact: <sip:fuzz@127.0.0.1:5999;transport=udp>;expires=60, "x" <sip:fuzz@[::1]:5998>;q=0.5',
      'Authorization: Digest username="fuzz", realm="switchboard", nonce="abc", uri="sip:127.0.0.1", response="0123456789abcdef0123456789abcdef"',
      'Expires: 3600',
      'Content-Length: 0',
      '',
      '',
    ],
    [
      'MESSAGE sip:other@127.0.0.1 SIP/2.0',
      ...common('MESSAGE', 3),
      'Content-Type: application/sdp',
      `Content-Length: ${body.length}`,
      '',
      body,
    ],
  ].map((lines) => Buffer.from(lines.join('\r\n'), 'utf8'));
}
