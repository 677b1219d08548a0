/**
 * MD5 (RFC 1321) and SHA-1 (FIPS 180-4) of a string's UTF-8 bytes, as lowercase hex, in plain JavaScript: the
 * clients run in browsers too, where Web Crypto has no MD5 and its SHA-1 is asynchronous. The server keeps
 * node:crypto (src/protocol/digests.ts); test/clients/hashes.test.ts checks both agree.
 */

const utf8 = new TextEncoder();

/** The message padded to a whole number of 64-byte blocks, its bit length in the last 8 bytes. */
function padded(text: string, bigEndian: boolean): DataView {
  const bytes = utf8.encode(text);
  const blocks = Math.ceil((bytes.length + 9) / 64);
  const buffer = new Uint8Array(blocks * 64);
  buffer.set(bytes);
  buffer[bytes.length] = 0x80;
  const view = new DataView(buffer.buffer);
  const bits = bytes.length * 8;
  const high = Math.floor(bits / 2 ** 32);
  const low = bits >>> 0;
  const end = buffer.length;
  if (bigEndian) {
    view.setUint32(end - 8, high);
    view.setUint32(end - 4, low);
  } else {
    view.setUint32(end - 8, low, true);
    view.setUint32(end - 4, high, true);
  }
  return view;
}

function hex(words: number[], littleEndian: boolean): string {
  const out = new DataView(new ArrayBuffer(words.length * 4));
  for (const [i, w] of words.entries()) out.setUint32(i * 4, w, littleEndian);
  let text = '';
  for (let i = 0; i < out.byteLength; i++) text += out.getUint8(i).toString(16).padStart(2, '0');
  return text;
}

const rotl = (x: number, n: number) => (x << n) | (x >>> (32 - n));

const MD5_SHIFTS = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const MD5_CONSTANTS = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) >>> 0);

export function md5(text: string): string {
  const view = padded(text, false);
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
  for (let block = 0; block < view.byteLength; block += 64) {
    let [a, b, c, d] = h as [number, number, number, number];
    for (let i = 0; i < 64; i++) {
      const round = i >> 4;
      let f: number;
      let g: number;
      if (round === 0) [f, g] = [(b & c) | (~b & d), i];
      else if (round === 1) [f, g] = [(d & b) | (~d & c), (5 * i + 1) % 16];
      else if (round === 2) [f, g] = [b ^ c ^ d, (3 * i + 5) % 16];
      else [f, g] = [c ^ (b | ~d), (7 * i) % 16];
      const sum = (a + f + MD5_CONSTANTS[i]! + view.getUint32(block + g * 4, true)) | 0;
      [a, d, c] = [d, c, b];
      b = (b + rotl(sum, MD5_SHIFTS[round * 4 + (i % 4)]!)) | 0;
    }
    h[0] = (h[0]! + a) | 0;
    h[1] = (h[1]! + b) | 0;
    h[2] = (h[2]! + c) | 0;
    h[3] = (h[3]! + d) | 0;
  }
  return hex(h, true);
}

export function sha1(text: string): string {
  const view = padded(text, true);
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const w = new Array<number>(80);
  for (let block = 0; block < view.byteLength; block += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(block + i * 4);
    for (let i = 16; i < 80; i++) w[i] = rotl(w[i - 3]! ^ w[i - 8]! ^ w[i - 14]! ^ w[i - 16]!, 1);
    let [a, b, c, d, e] = h as [number, number, number, number, number];
    for (let i = 0; i < 80; i++) {
      let f: number;
      let k: number;
      if (i < 20) [f, k] = [(b & c) | (~b & d), 0x5a827999];
      else if (i < 40) [f, k] = [b ^ c ^ d, 0x6ed9eba1];
      else if (i < 60) [f, k] = [(b & c) | (b & d) | (c & d), 0x8f1bbcdc];
      else [f, k] = [b ^ c ^ d, 0xca62c1d6];
      const next = (rotl(a, 5) + f + e + k + w[i]!) | 0;
      [e, d, c, b, a] = [d, c, rotl(b, 30), a, next];
    }
    h[0] = (h[0]! + a) | 0;
    h[1] = (h[1]! + b) | 0;
    h[2] = (h[2]! + c) | 0;
    h[3] = (h[3]! + d) | 0;
    h[4] = (h[4]! + e) | 0;
  }
  return hex(h, false);
}
