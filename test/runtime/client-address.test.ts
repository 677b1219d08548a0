// Who the client is behind a reverse proxy: the X-Forwarded-For and RFC 7239 Forwarded readers (quoted values, IPv6 in
// brackets with ports, obfuscated and unknown nodes, garbage), and the right-to-left walk over trust.proxies.
import { isIP } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ClientAddresses, forwardedHops, xForwardedForHops } from '../../src/runtime/client-address.ts';
import { mulberry32 } from '../support/seeded-random.ts';

describe('xForwardedForHops', () => {
  it.each([
    ['one address', '192.0.2.2', ['192.0.2.2']],
    ['a chain, oldest first', '192.0.2.2, 198.51.100.7,127.0.0.1', ['192.0.2.2', '198.51.100.7', '127.0.0.1']],
    [
      'ports and brackets',
      '192.0.2.2:4711, [2001:db8::1]:443, [2001:db8::2]',
      ['192.0.2.2', '2001:db8::1', '2001:db8::2'],
    ],
    ['bare IPv6 and the dual-stack form', '2001:db8::3, ::ffff:192.0.2.9', ['2001:db8::3', '192.0.2.9']],
    ['empty items skipped', ' , 192.0.2.2,,', ['192.0.2.2']],
    [
      'garbage as unknown hops',
      'unknown, _hidden, 999.1.1.1, [192.0.2.1], fe80::1%eth0, evil.example, 192.0.2.2',
      [undefined, undefined, undefined, undefined, undefined, undefined, '192.0.2.2'],
    ],
  ] as const)('%s', (_, header, hops) => {
    expect(xForwardedForHops(header)).toEqual(hops);
  });
});

describe('forwardedHops (RFC 7239)', () => {
  it.each([
    ['the RFC examples', 'for="_gazonk"', [undefined]],
    ['a quoted IPv6 with a port', 'For="[2001:db8:cafe::17]:4711"', ['2001:db8:cafe::17']],
    ['pairs in any order, any case', 'proto=http;FOR=192.0.2.60;by=203.0.113.43', ['192.0.2.60']],
    ['a list, oldest first', 'for=192.0.2.43, for=198.51.100.17', ['192.0.2.43', '198.51.100.17']],
    ['a quoted IPv4 with a port', 'for="192.0.2.43:47011";proto=https', ['192.0.2.43']],
    ['an obfuscated port', 'for="[2001:db8::9]:_p1"', ['2001:db8::9']],
    ['unknown and obfuscated nodes', 'for=unknown, for=_hidden, for=192.0.2.5', [undefined, undefined, '192.0.2.5']],
    ['a comma inside a quoted value', 'for="a,b";by=x, for=192.0.2.6', [undefined, '192.0.2.6']],
    ['an escaped quote inside a quoted value', 'for="\\"x", for=192.0.2.7', [undefined, '192.0.2.7']],
    ['an element without for', 'proto=https, for=192.0.2.8', [undefined, '192.0.2.8']],
    ['two for in one element', 'for=192.0.2.1;for=192.0.2.2', [undefined]],
    ['empty elements skipped', ',, for=192.0.2.8 ,', ['192.0.2.8']],
    ['garbage', 'for, =x, for=192.0.2.9 junk, ;;;', [undefined, undefined, undefined, undefined]],
    // A client's unterminated quote must not swallow the element its proxy appends after it.
    ['an unterminated quote spoils its element only', 'for="127.0.0.1, for=192.0.2.2', [undefined, '192.0.2.2']],
  ] as const)('%s', (_, header, hops) => {
    expect(forwardedHops(header)).toEqual(hops);
  });
});

describe('on any input', () => {
  it('both readers end, one hop per element, each an address or unknown (seeded fuzz)', () => {
    const random = mulberry32(17);
    const alphabet = [
      'for',
      'FOR',
      '=',
      '"',
      '\\',
      ',',
      ';',
      ' ',
      '[',
      ']',
      ':',
      '_x',
      '1.2.3.4',
      '::1',
      'unknown',
      'é',
    ];
    for (let run = 0; run < 5_000; run++) {
      let header = '';
      for (let n = Math.floor(random() * 16); n > 0; n--) header += alphabet[Math.floor(random() * alphabet.length)];
      for (const hops of [forwardedHops(header), xForwardedForHops(header)]) {
        expect(hops.length).toBeLessThanOrEqual(header.split(',').length);
        for (const hop of hops) if (hop !== undefined) expect(isIP(hop), `${header} → ${hop}`).not.toBe(0);
      }
    }
  });
});

describe('ClientAddresses', () => {
  const none = { forwarded: undefined, xForwardedFor: undefined };
  const xff = (xForwardedFor: string) => ({ forwarded: undefined, xForwardedFor });
  const behindLocal = new ClientAddresses({
    proxies: ['127.0.0.1', '10.0.0.0/8', '::1'],
    proxyHeader: 'x-forwarded-for',
  });
  const noProxies = new ClientAddresses({ proxies: [], proxyHeader: 'x-forwarded-for' });

  it('takes the peer when no forwarding header is sent', () => {
    expect(noProxies.resolve('127.0.0.1', none)).toEqual({ ip: '127.0.0.1', viaUnknownProxy: false });
    expect(behindLocal.resolve('127.0.0.1', none)).toEqual({ ip: '127.0.0.1', viaUnknownProxy: false });
  });

  it('takes the peer, and no trust, when a peer not listed sends a forwarding header', () => {
    expect(noProxies.resolve('127.0.0.1', xff('192.0.2.2'))).toEqual({ ip: '127.0.0.1', viaUnknownProxy: true });
    expect(noProxies.resolve('192.0.2.9', xff('127.0.0.1'))).toEqual({ ip: '192.0.2.9', viaUnknownProxy: true });
    expect(behindLocal.resolve('192.0.2.9', { forwarded: 'for=127.0.0.1', xForwardedFor: undefined })).toEqual({
      ip: '192.0.2.9',
      viaUnknownProxy: true,
    });
  });

  it('walks the hops right to left to the first that is no listed proxy', () => {
    expect(behindLocal.resolve('127.0.0.1', xff('192.0.2.2'))).toEqual({ ip: '192.0.2.2', viaUnknownProxy: false });
    // The client wrote 127.0.0.1 itself; the proxy appended where it really came from.
    expect(behindLocal.resolve('127.0.0.1', xff('127.0.0.1, 192.0.2.2')).ip).toBe('192.0.2.2');
    // Two proxies of ours (10.1.2.3 in front of 127.0.0.1): the spoofed leftmost hop is passed over.
    expect(behindLocal.resolve('127.0.0.1', xff('127.0.0.1, 198.51.100.7, 10.1.2.3')).ip).toBe('198.51.100.7');
    expect(behindLocal.resolve('::ffff:127.0.0.1'.slice(7), xff('[2001:db8::5]:9999')).ip).toBe('2001:db8::5');
  });

  it('takes the leftmost hop when every hop is a listed proxy (a request made on the proxy host)', () => {
    expect(behindLocal.resolve('127.0.0.1', xff('127.0.0.1'))).toEqual({ ip: '127.0.0.1', viaUnknownProxy: false });
    expect(behindLocal.resolve('127.0.0.1', xff('10.0.0.4, 127.0.0.1'))).toEqual({
      ip: '10.0.0.4',
      viaUnknownProxy: false,
    });
  });

  it('gives no trust when the hop a listed proxy names cannot be read, or the header it writes is missing', () => {
    expect(behindLocal.resolve('127.0.0.1', xff('192.0.2.2, unknown'))).toEqual({
      ip: '127.0.0.1',
      viaUnknownProxy: true,
    });
    expect(behindLocal.resolve('127.0.0.1', xff('192.0.2.2, garbage, 10.0.0.4'))).toEqual({
      ip: '10.0.0.4',
      viaUnknownProxy: true,
    });
    expect(behindLocal.resolve('127.0.0.1', { forwarded: 'for=192.0.2.2', xForwardedFor: undefined })).toEqual({
      ip: '127.0.0.1',
      viaUnknownProxy: true,
    });
  });

  it('reads only the header its proxies write: the other is the client’s own', () => {
    const rfc = new ClientAddresses({ proxies: ['127.0.0.1'], proxyHeader: 'forwarded' });
    expect(rfc.resolve('127.0.0.1', { forwarded: 'for="[2001:db8::7]:1"', xForwardedFor: '127.0.0.1' })).toEqual({
      ip: '2001:db8::7',
      viaUnknownProxy: false,
    });
    expect(behindLocal.resolve('127.0.0.1', { forwarded: 'for=127.0.0.1', xForwardedFor: '192.0.2.2' }).ip).toBe(
      '192.0.2.2',
    );
  });

  it('refuses a proxy list entry that is no address or CIDR, naming it', () => {
    for (const entry of ['localhost', '10.0.0.0/33', '::1/129', '1.2.3.4/8/1', '10.0.0.0/x', 'fe80::1%eth0'])
      expect(() => new ClientAddresses({ proxies: [entry], proxyHeader: 'x-forwarded-for' })).toThrow(entry);
  });
});
