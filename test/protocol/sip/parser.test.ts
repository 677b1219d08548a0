// The SIP parser against the torture tests of RFC 4475 (messages written out from the RFC's text, bodies trimmed
// where they do not matter): the valid ones parse to what the RFC says they mean, the invalid ones are refused with
// SipParseError — with the status the RFC expects when the message was read far enough to be answered.
import { describe, expect, it } from 'vitest';
import {
  nextStreamFrame,
  parseNameAddr,
  parseSipMessage,
  parseUri,
  parseVia,
  responseTo,
  serializeSipMessage,
  SipParseError,
  type SipMessage,
  type SipRequest,
} from '../../../src/protocol/sip/message.ts';

const SDP = [
  'v=0',
  'o=mhandley 29739 7272939 IN IP4 192.0.2.3',
  's=-',
  'c=IN IP4 192.0.2.4',
  't=0 0',
  'm=audio 49217 RTP/AVP 0 12',
  '',
].join('\r\n');

/** Header lines and a body; `{len}` in a line stands for the body's byte length. */
function sip(lines: string[], body = ''): Buffer {
  const head = lines.join('\r\n').replace('{len}', String(Buffer.byteLength(body)));
  return Buffer.from(`${head}\r\n\r\n${body}`, 'utf8');
}

function refusal(bytes: Buffer): SipParseError {
  try {
    parseSipMessage(bytes);
  } catch (e) {
    if (e instanceof SipParseError) return e;
    throw new Error(`threw ${String(e)} instead of SipParseError`);
  }
  throw new Error('parsed a message it should refuse');
}

const request = (m: SipMessage) => m as SipRequest;

describe('RFC 4475 §3.1.1 valid messages parse', () => {
  const valid: [string, Buffer, (m: SipMessage) => void][] = [
    [
      '3.1.1.1 wsinv: a short tortuous INVITE (folding, LWS, compact forms, unknown headers)',
      sip(
        [
          'INVITE sip:vivekg@chair-dnrc.example.com;unknownparam SIP/2.0',
          'TO :',
          ' sip:vivekg@chair-dnrc.example.com ;   tag    = 1918181833n',
          'from   : "J Rosenberg \\\\\\""       <sip:jdrosen@example.com>',
          '  ;',
          '  tag = 98asjd8',
          'MaX-fOrWaRdS: 0068',
          'Call-ID: wsinv.ndaksdj@192.0.2.1',
          'Content-Length   : {len}',
          'cseq: 0009',
          '  INVITE',
          'Via  : SIP  /   2.0',
          ' /UDP',
          '    192.0.2.2;branch=390skdjuw',
          's :',
          'NewFangledHeader:   newfangled value',
          ' continued newfangled value',
          'UnknownHeaderWithUnusualValue: ;;,,;;,;',
          'Content-Type: application/sdp',
          'Route:',
          ' <sip:services.example.com;lr;unknownwith=value;unknown-no-value>',
          'v:  SIP  / 2.0  / TCP     spindle.example.com   ;',
          '  branch  =   z9hG4bK9ikj8  ,',
          ' SIP  /    2.0   / UDP  192.168.255.111   ; branch=',
          ' z9hG4bK30239',
          'm:"Quoted string \\"\\"" <sip:jdrosen@example.com> ; newparam =',
          '      newvalue ;',
          '  secondparam ; q = 0.33',
        ],
        SDP,
      ),
      (m) => {
        expect(request(m).method).toBe('INVITE');
        expect(parseNameAddr(m.headers.get('To')!).params.get('tag')).toBe('1918181833n');
        const from = parseNameAddr(m.headers.get('f')!);
        expect(from.display).toBe('J Rosenberg \\"');
        expect(from.params.get('tag')).toBe('98asjd8');
        expect(m.headers.get('CSeq')).toBe('0009 INVITE');
        expect(m.headers.get('NewFangledHeader')).toBe('newfangled value continued newfangled value');
        const vias = m.headers.getAll('Via').map(parseVia);
        expect(vias.map((v) => [v.transport, v.host, v.params.get('branch')])).toEqual([
          ['UDP', '192.0.2.2', '390skdjuw'],
          ['TCP', 'spindle.example.com', 'z9hG4bK9ikj8'],
          ['UDP', '192.168.255.111', 'z9hG4bK30239'],
        ]);
        const contact = parseNameAddr(m.headers.get('Contact')!);
        expect([contact.display, contact.params.get('newparam'), contact.params.get('q')]).toEqual([
          'Quoted string ""',
          'newvalue',
          '0.33',
        ]);
        expect(m.body.toString()).toBe(SDP);
      },
    ],
    [
      '3.1.1.2 intmeth: a wide range of valid characters (method, user, password, NUL/BEL/DEL in a quoted-pair)',
      sip([
        "!interesting-Method0123456789_*+`.%indeed'~ sip:1_unusual.URI~(to-be!sure)&isn't+it$/crazy?,/;;*:&it+has=1,weird!*pas$wo~d_too.(doesn't-it)@example.com SIP/2.0",
        "Via: SIP/2.0/TCP host1.example.com;branch=z9hG4bK-.!%66*_+`'~",
        'To: "BEL:\\\x07 NUL:\\\x00 DEL:\\\x7F" <sip:1_unusual.URI~(to-be!sure)&isn\'t+it$/crazy?,/;;*@example.com>',
        "From: token1~` token2'+_ token3*%!.- <sip:mundane@example.com>;fromParam''~+*_!.-%=\"работающий\";tag=_token~1'+`*%!-.",
        'Call-ID: intmeth.word%ZK-!.*_+\'@word`~)(><:\\/"][?}{',
        "CSeq: 139122385 !interesting-Method0123456789_*+`.%indeed'~",
        'Max-Forwards: 255',
        "extensionHeader-!.%*+_`'~:﻿大停電",
        'Content-Length: 0',
      ]),
      (m) => {
        const uri = parseUri(request(m).uri);
        expect(uri.user).toBe("1_unusual.URI~(to-be!sure)&isn't+it$/crazy?,/;;*");
        expect(uri.host).toBe('example.com');
        expect(parseNameAddr(m.headers.get('To')!).display).toBe('BEL:\x07 NUL:\x00 DEL:\x7F');
        expect(parseNameAddr(m.headers.get('From')!).params.get("fromparam''~+*_!.-%")).toBe('работающий');
      },
    ],
    [
      '3.1.1.3 esc01: valid use of the % escaping mechanism',
      sip(
        [
          'INVITE sip:sips%3Auser%40example.com@example.net SIP/2.0',
          'To: sip:%75se%72@example.com',
          'From: <sip:I%20have%20spaces@example.net>;tag=938',
          'Max-Forwards: 87',
          'i: esc01.239409asdfakjkn23onasd0-3234',
          'CSeq: 234234 INVITE',
          'Via: SIP/2.0/UDP host5.example.net;branch=z9hG4bKkdjuw',
          'C: application/sdp',
          'Contact:',
          '  <sip:cal%6Cer@host5.example.net;%6C%72;n%61me=v%61lue%25%34%31>',
          'Content-Length: {len}',
        ],
        SDP,
      ),
      (m) => {
        expect(parseUri(request(m).uri).user).toBe('sips:user@example.com');
        expect(parseUri(parseNameAddr(m.headers.get('To')!).uri).user).toBe('user');
        expect(m.headers.get('Content-Type')).toBe('application/sdp');
      },
    ],
    [
      '3.1.1.4 escnull: escaped NULs in URIs',
      sip([
        'REGISTER sip:example.com SIP/2.0',
        'To: sip:null-%00-null@example.com',
        'From: sip:null-%00-null@example.com;tag=839923423',
        'Max-Forwards: 70',
        'Call-ID: escnull.39203ndfvkjdasfkq3w4otrq0adsfdfnavd',
        'CSeq: 14398234 REGISTER',
        'Via: SIP/2.0/UDP host5.example.com;branch=z9hG4bKkdjuw',
        'Contact: <sip:%00@host5.example.com>',
        'Contact: <sip:%00%00@host5.example.com>',
        'L:0',
      ]),
      (m) =>
        expect(m.headers.getAll('Contact').map((c) => parseUri(parseNameAddr(c).uri).user)).toEqual(['\0', '\0\0']),
    ],
    [
      '3.1.1.5 esc02: an escaped method name is another method, not REGISTER',
      sip([
        'RE%47IST%45R sip:registrar.example.com SIP/2.0',
        'To: "%Z%45" <sip:resource@example.com>',
        'From: "%Z%45" <sip:resource@example.com>;tag=f232jadfj23',
        'Call-ID: esc02.asdfnqwo34rq23i34jrjasdcnl23nrlknsdf',
        'Via: SIP/2.0/TCP host129.example.com;branch=z9hG4bK342sdfoi3',
        'CSeq: 1 RE%47IST%45R',
        'Max-Forwards: 70',
        'Content-Length: 0',
      ]),
      (m) => expect(request(m).method).toBe('RE%47IST%45R'),
    ],
    [
      '3.1.1.6 lwsdisp: no LWS between display name and <',
      sip([
        'OPTIONS sip:user@example.com SIP/2.0',
        'To: sip:user@example.com',
        'From: caller<sip:caller@example.com>;tag=323',
        'Max-Forwards: 70',
        'Call-ID: lwsdisp.1234abcd@funky.example.com',
        'CSeq: 60 OPTIONS',
        'Via: SIP/2.0/UDP funky.example.com;branch=z9hG4bKkdjuw',
        'l: 0',
      ]),
      (m) => expect(parseNameAddr(m.headers.get('From')!).display).toBe('caller'),
    ],
    [
      '3.1.1.7 longreq: long values in header fields, many Via values',
      sip([
        'INVITE sip:user@example.com SIP/2.0',
        `To: "I have a user name of ${'extreme'.repeat(10)} proportion"<sip:user@example.com:6000;unknownparam1=very${'long'.repeat(20)}value;longparam${'name'.repeat(25)}=shortvalue;very${'long'.repeat(25)}ParameterNameWithNoValue>`,
        `F: sip:${'amazinglylongcallername'.repeat(5)}@example.net;tag=12${'982'.repeat(50)}424;unknownheaderparam${'name'.repeat(20)}=unknowheaderparam${'value'.repeat(15)};unknownValueless${'paramname'.repeat(10)}`,
        `Call-ID: longreq.one${'really'.repeat(20)}longcallid`,
        'CSeq: 3882340 INVITE',
        `Unknown-${'Long'.repeat(20)}-Name: unknown-${'long'.repeat(20)}-value; unknown-${'long'.repeat(20)}-parameter-name = unknown-${'long'.repeat(20)}-parameter-value`,
        ...Array.from({ length: 34 }, (_, i) => `Via: SIP/2.0/TCP sip${i}.example.com;branch=z9hG4bK${i}`),
        'Max-Forwards: 70',
        'Content-Length: 0',
      ]),
      (m) => expect(m.headers.getAll('v')).toHaveLength(34),
    ],
    [
      '3.1.1.8 dblreq: a second request after Content-Length is not read (datagram)',
      Buffer.concat([
        sip([
          'REGISTER sip:example.com SIP/2.0',
          'To: sip:j.user@example.com',
          'From: sip:j.user@example.com;tag=43251j3j324',
          'Max-Forwards: 8',
          'I: dblreq.0ha0isndaksdj99sdfafnl3lk233412',
          'Contact: sip:j.user@host.example.com',
          'CSeq: 8 REGISTER',
          'Via: SIP/2.0/UDP 192.0.2.125;branch=z9hG4bKkdjuw23492',
          'Content-Length: 0',
        ]),
        sip(['INVITE sip:joe@example.com SIP/2.0', 't: sip:joe@example.com', 'Content-Length: 0']),
      ]),
      (m) => {
        expect(request(m).method).toBe('REGISTER');
        expect(m.body.length).toBe(0);
      },
    ],
    [
      '3.1.1.9 semiuri: semicolon-separated parameters in the URI user part',
      sip([
        'OPTIONS sip:user;par=u%40example.net@example.com SIP/2.0',
        'To: sip:j_user@example.com',
        'From: sip:caller@example.org;tag=33242',
        'Max-Forwards: 3',
        'Call-ID: semiuri.0ha0isndaksdj',
        'CSeq: 8 OPTIONS',
        'Accept: application/sdp, application/pkcs7-mime,',
        '        multipart/mixed, multipart/signed,',
        '        message/sip, message/sipfrag',
        'Via: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bKkdjuw',
        'l: 0',
      ]),
      (m) => {
        const uri = parseUri(request(m).uri);
        expect([uri.user, uri.host, uri.params.size]).toEqual(['user;par=u@example.net', 'example.com', 0]);
        expect(m.headers.getAll('Accept')).toHaveLength(6);
      },
    ],
    [
      '3.1.1.10 transports: Via values of several transports, one unknown',
      sip([
        'OPTIONS sip:user@example.com SIP/2.0',
        'To: sip:user@example.com',
        'From: <sip:caller@example.com>;tag=323',
        'Max-Forwards: 70',
        'Call-ID:  transports.kijh4akdnaqjkwendsasfdj',
        'Accept: application/sdp',
        'CSeq: 60 OPTIONS',
        'Via: SIP/2.0/UDP t1.example.com;branch=z9hG4bKkdjuw',
        'Via: SIP/2.0/SCTP t2.example.com;branch=z9hG4bKklasjdhf',
        'Via: SIP/2.0/TLS t3.example.com;branch=z9hG4bK2980unddj',
        'Via: SIP/2.0/UNKNOWN t4.example.com;branch=z9hG4bKasd0f3en',
        'Via: SIP/2.0/TCP t5.example.com;branch=z9hG4bK0a9idfnee',
        'l: 0',
      ]),
      (m) =>
        expect(m.headers.getAll('Via').map((v) => parseVia(v).transport)).toEqual([
          'UDP',
          'SCTP',
          'TLS',
          'UNKNOWN',
          'TCP',
        ]),
    ],
    [
      '3.1.1.12 unreason: a reason phrase in UTF-8',
      sip([
        'SIP/2.0 200 = 2**3 * 5**2 но сто девяносто девять - простое',
        'Via: SIP/2.0/UDP 192.0.2.198;branch=z9hG4bK1324923',
        'Call-ID: unreason.1234ksdfak3j2erwedfsASdf',
        'CSeq: 35 INVITE',
        'From: sip:user@example.com;tag=11141343',
        'To: sip:user@example.edu;tag=2229',
        'Content-Length: 0',
      ]),
      (m) =>
        expect(m.kind === 'response' && [m.status, m.reason]).toEqual([
          200,
          '= 2**3 * 5**2 но сто девяносто девять - простое',
        ]),
    ],
    [
      '3.1.1.13 noreason: an empty reason phrase',
      sip([
        'SIP/2.0 100 ',
        'Via: SIP/2.0/UDP 192.0.2.105;branch=z9hG4bK2398ndaoe',
        'Call-ID: noreason.asndj203insdf99223ndf',
        'CSeq: 35 INVITE',
        'From: <sip:user@example.com>;tag=39ansfi3',
        'To: <sip:user@example.edu>;tag=902jndnke3',
        'Content-Length: 0',
      ]),
      (m) => expect(m.kind === 'response' && [m.status, m.reason]).toEqual([100, '']),
    ],
    [
      '3.3.4 unksm: unknown URI schemes in header fields are fine',
      sip([
        'OPTIONS sip:user@example.com SIP/2.0',
        'To: isbn:2983792873',
        'From: <http://www.example.com>;tag=3234233',
        'Call-ID: unksm2.daksdj@hyphenated-host.example.com',
        'CSeq: 234902 OPTIONS',
        'Max-Forwards: 70',
        'Via: SIP/2.0/UDP 192.0.2.21:5060;branch=z9hG4bKkdjuw',
        'Contact: <name:John_Mc_Donald@example.com>',
        'l: 0',
      ]),
      (m) => expect(parseNameAddr(m.headers.get('To')!).uri).toBe('isbn:2983792873'),
    ],
    [
      '3.4.1 inv2543: an RFC 2543 request (no branch, no Max-Forwards)',
      sip([
        'INVITE sip:UserB@example.com SIP/2.0',
        'Via: SIP/2.0/UDP iftgw.example.com',
        'From: <sip:+13035551111@ift.client.example.net;user=phone>',
        'Record-Route: <sip:UserB@example.com;maddr=ss1.example.com>',
        'To: sip:+16505552222@ss1.example.net;user=phone',
        'Call-ID: inv2543.1717@ift.client.example.com',
        'CSeq: 56 INVITE',
        'Content-Type: application/sdp',
        '',
        SDP.trimEnd(),
      ]).subarray(0, -4),
      (m) => expect(m.body.toString()).toContain('v=0'),
    ],
    [
      'IPv6 hosts in the Request-URI, Via (with received) and Contact (RFC 5118)',
      sip([
        'REGISTER sip:[2001:db8::10]:5070;transport=udp SIP/2.0',
        'Via: SIP/2.0/UDP [2001:db8::9:1];branch=z9hG4bKas3-111;received=2001:db8::9:255',
        'From: "Ünïcode Ålice" <sip:alice@[2001:db8::10]>;tag=1',
        'To: <sip:alice@[2001:db8::10]>',
        'Call-ID: v6@host',
        'CSeq: 1 REGISTER',
        'Contact: <sip:alice@[2001:db8::9:1]:5062>;expires=60, <sip:alice@192.0.2.9>',
        'Content-Length: 0',
      ]),
      (m) => {
        expect(parseUri(request(m).uri)).toMatchObject({ host: '2001:db8::10', port: 5070 });
        expect(parseVia(m.headers.get('Via')!)).toMatchObject({ host: '2001:db8::9:1' });
        expect(parseNameAddr(m.headers.get('From')!).display).toBe('Ünïcode Ålice');
        expect(m.headers.getAll('Contact').map((c) => parseUri(parseNameAddr(c).uri).host)).toEqual([
          '2001:db8::9:1',
          '192.0.2.9',
        ]);
      },
    ],
  ];

  for (const [name, bytes, check] of valid) it(name, () => check(parseSipMessage(bytes)));
});

const OPTIONS_HEAD = [
  'To: sip:user@example.com',
  'From: sip:caller@example.net;tag=323',
  'Max-Forwards: 70',
  'Call-ID: refused.98asdh@192.0.2.1',
  'CSeq: 59 OPTIONS',
  'Via: SIP/2.0/UDP host.example.com;branch=z9hG4bKkdjuw',
];

describe('RFC 4475 §3.1.2 and §3.3 invalid messages are refused', () => {
  // [name, bytes, the status to answer with — or undefined when nothing can be answered (dropped)]
  const invalid: [string, Buffer, number | undefined][] = [
    [
      '3.1.2.1 badinv01: extraneous header field separators',
      sip([
        'INVITE sip:user@example.com SIP/2.0',
        'To: sip:j.user@example.com',
        'From: sip:caller@example.net;tag=134161461246',
        'Max-Forwards: 7',
        'Call-ID: badinv01.0ha0isndaksdjasdf3234nas',
        'CSeq: 8 INVITE',
        'Via: SIP/2.0/UDP 192.0.2.15;;,;,,',
        'Contact: "Joe" <sip:joe@example.org>;;;;',
        'Content-Length: 0',
      ]),
      400,
    ],
    [
      '3.1.2.2 clerr: Content-Length larger than the message',
      sip(
        [
          'INVITE sip:user@example.com SIP/2.0',
          'Max-Forwards: 80',
          'To: sip:j.user@example.com',
          'From: sip:caller@example.net;tag=93942939o2',
          'Contact: <sip:caller@hungry.example.net>',
          'Call-ID: clerr.0ha0isndaksdjweiafasdk3',
          'CSeq: 8 INVITE',
          'Via: SIP/2.0/UDP host5.example.com;branch=z9hG4bK-39234-23523',
          'Content-Type: application/sdp',
          'Content-Length: 9999',
        ],
        SDP,
      ),
      400,
    ],
    [
      '3.1.2.3 ncl: negative Content-Length',
      sip(
        [
          'INVITE sip:user@example.com SIP/2.0',
          'Max-Forwards: 254',
          'To: sip:j.user@example.com',
          'From: sip:caller@example.net;tag=32394234',
          'Call-ID: ncl.0ha0isndaksdj2193423r542w35',
          'CSeq: 0 INVITE',
          'Via: SIP/2.0/UDP 192.0.2.53;branch=z9hG4bKkdjuw',
          'Content-Type: application/sdp',
          'Content-Length: -999',
        ],
        SDP,
      ),
      400,
    ],
    [
      '3.1.2.4 scalar02: overlarge scalar fields in a request',
      sip([
        'REGISTER sip:example.com SIP/2.0',
        'Via: SIP/2.0/TCP host129.example.com;branch=z9hG4bK342sdfoi3',
        'To: <sip:user@example.com>',
        'From: <sip:user@example.com>;tag=239232jh3',
        'CSeq: 36893488147419103232 REGISTER',
        'Call-ID: scalar02.23o0pd9vanlq3wnrlnewofjas9ui32',
        'Max-Forwards: 300',
        `Expires: 1${'0'.repeat(100)}`,
        'Contact: <sip:user@host129.example.com>;expires=280297596632815',
        'Content-Length: 0',
      ]),
      400,
    ],
    [
      '3.1.2.5 scalarlg: overlarge scalar fields in a response (nothing to answer)',
      sip([
        'SIP/2.0 503 Service Unavailable',
        'Via: SIP/2.0/TCP host129.example.com;branch=z9hG4bKzzxdiwo34sw;received=192.0.2.129',
        'To: <sip:user@example.com>',
        'From: <sip:other@example.net>;tag=2easdjfejw',
        'CSeq: 9292394834772304023312 OPTIONS',
        'Call-ID: scalarlg.noase0of0234hn2qofoaf0232aewf2394r',
        'Retry-After: 949302838503028349304023988',
        'Warning: 1812 overture "In Progress"',
        'Content-Length: 0',
      ]),
      undefined,
    ],
    [
      '3.1.2.6 quotbal: unterminated quoted string in a display name',
      sip([
        'INVITE sip:user@example.com SIP/2.0',
        'To: "Mr. J. User <sip:j.user@example.com>',
        'From: sip:caller@example.net;tag=93334',
        'Max-Forwards: 10',
        'Call-ID: quotbal.aksdj',
        'Contact: <sip:caller@host59.example.net>',
        'CSeq: 8 INVITE',
        'Via: SIP/2.0/UDP 192.0.2.59:5050;branch=z9hG4bKkdjuw39234',
        'Content-Length: 0',
      ]),
      400,
    ],
    [
      '3.1.2.7 ltgtruri: <> around the Request-URI',
      sip([
        'INVITE <sip:user@example.com> SIP/2.0',
        'To: sip:user@example.com',
        'From: sip:caller@example.net;tag=39291',
        'Max-Forwards: 23',
        'Call-ID: ltgtruri.1@192.0.2.5',
        'CSeq: 1 INVITE',
        'Via: SIP/2.0/UDP 192.0.2.5',
        'Content-Length: 0',
      ]),
      400,
    ],
    [
      '3.1.2.8 lwsruri: LWS inside the Request-URI (no start line to answer)',
      sip(['INVITE sip:user@example.com; lr SIP/2.0', ...OPTIONS_HEAD, 'Content-Length: 0']),
      undefined,
    ],
    [
      '3.1.2.9 lwsstart: several SP between request-line elements',
      sip(['INVITE  sip:user@example.com  SIP/2.0', ...OPTIONS_HEAD, 'Content-Length: 0']),
      undefined,
    ],
    [
      '3.1.2.10 trws: SP at the end of the request line',
      sip(['OPTIONS sip:remote-target@example.com SIP/2.0  ', ...OPTIONS_HEAD, 'l: 0']),
      undefined,
    ],
    [
      '3.1.2.11 escruri: headers in the Request-URI',
      sip([
        'INVITE sip:user@example.com?Route=%3Csip:example.com%3E SIP/2.0',
        'To: sip:user@example.com',
        'From: sip:caller@example.net;tag=341518',
        'Max-Forwards: 7',
        'Contact: <sip:caller@host39923.example.net>',
        'Call-ID: escruri.23940-asdfhj-aje3br-234q098',
        'CSeq: 149209342 INVITE',
        'Via: SIP/2.0/UDP host-of-the-hour.example.com;branch=z9hG4bKkdjuw',
        'Content-Length: 0',
      ]),
      400,
    ],
    [
      '3.1.2.12 baddate: a Date in another time zone than GMT',
      sip([
        'INVITE sip:user@example.com SIP/2.0',
        'To: sip:user@example.com',
        'From: sip:caller@example.net;tag=2234923',
        'Max-Forwards: 70',
        'Call-ID: baddate.239423mnsadf3j23lj42--sedfnm234',
        'CSeq: 1392934 INVITE',
        'Via: SIP/2.0/UDP host.example.com;branch=z9hG4bKkdjuw',
        'Date: Fri, 01 Jan 2010 16:00:00 EST',
        'Contact: <sip:caller@host5.example.net>',
        'Content-Length: 0',
      ]),
      400,
    ],
    [
      '3.1.2.13 regbadct: a Contact URI with headers not in <>',
      sip([
        'REGISTER sip:example.com SIP/2.0',
        'To: sip:user@example.com',
        'From: sip:user@example.com;tag=998332',
        'Max-Forwards: 70',
        'Call-ID: regbadct.k345asrl3fdbv@10.0.0.1',
        'CSeq: 1 REGISTER',
        'Via: SIP/2.0/UDP 135.180.130.133:5060;branch=z9hG4bKkdjuw',
        'Contact: sip:user@example.com?Route=%3Csip:sip.example.com%3E',
        'l: 0',
      ]),
      400,
    ],
    [
      '3.1.2.14 badaspec: spaces within an addr-spec',
      sip([
        'OPTIONS sip:user@example.org SIP/2.0',
        'Via: SIP/2.0/UDP host4.example.com:5060;branch=z9hG4bKkdju43234',
        'Max-Forwards: 70',
        'From: "Bell, Alexander" <sip:a.g.bell@example.com>;tag=433423',
        'To: "Watson, Thomas" < sip:t.watson@example.org >',
        'Call-ID: badaspec.sdf0234n2nds0a099u23h3hnnw009cdkne3',
        'Accept: application/sdp',
        'CSeq: 3923239 OPTIONS',
        'l: 0',
      ]),
      400,
    ],
    [
      '3.1.2.15 baddn: non-token characters in an unquoted display name',
      sip([
        'OPTIONS sip:t.watson@example.org SIP/2.0',
        'Via: SIP/2.0/UDP c.example.com:5060;branch=z9hG4bKkdjuw',
        'Max-Forwards: 70',
        'From: Bell, Alexander <sip:a.g.bell@example.com>;tag=43',
        'To: Watson, Thomas <sip:t.watson@example.org>',
        'Call-ID: baddn.31415@c.example.com',
        'Accept: application/sdp',
        'CSeq: 3923239 OPTIONS',
        'l: 0',
      ]),
      400,
    ],
    [
      '3.1.2.16 badvers: an unknown protocol version',
      sip([
        'OPTIONS sip:t.watson@example.org SIP/7.0',
        'Via: SIP/7.0/UDP c.example.com;branch=z9hG4bKkdjuw',
        'Max-Forwards: 70',
        'From: A. Bell <sip:a.g.bell@example.com>;tag=qweoiqpe',
        'To: T. Watson <sip:t.watson@example.org>',
        'Call-ID: badvers.31417@c.example.com',
        'CSeq: 1 OPTIONS',
        'l: 0',
      ]),
      505,
    ],
    [
      '3.1.2.17 mismatch01: start line and CSeq method mismatch',
      sip([
        'OPTIONS sip:user@example.com SIP/2.0',
        'To: sip:j.user@example.com',
        'From: sip:caller@example.net;tag=34525',
        'Max-Forwards: 6',
        'Call-ID: mismatch01.dj0234sxdfl3',
        'CSeq: 8 INVITE',
        'Via: SIP/2.0/UDP host.example.com;branch=z9hG4bKkdjuw',
        'l: 0',
      ]),
      400,
    ],
    [
      '3.1.2.18 mismatch02: unknown method with a CSeq method mismatch',
      sip([
        'NEWMETHOD sip:user@example.com SIP/2.0',
        'To: sip:j.user@example.com',
        'From: sip:caller@example.net;tag=34525',
        'Max-Forwards: 6',
        'Call-ID: mismatch02.dj0234sxdfl3',
        'CSeq: 8 INVITE',
        'Contact: <sip:caller@host.example.net>',
        'Via: SIP/2.0/UDP host.example.net;branch=z9hG4bKkdjuw',
        'Content-Type: application/sdp',
        'l: 0',
      ]),
      400,
    ],
    [
      '3.1.2.19 bigcode: an overlarge response code',
      sip([
        'SIP/2.0 4294967301 better not break the receiver',
        'Via: SIP/2.0/UDP 192.0.2.105;branch=z9hG4bK2398ndaoe',
        'Call-ID: bigcode.asdof3uj203asdnf3429uasdhfas3',
        'CSeq: 3923239 OPTIONS',
        'From: <sip:user@example.edu>;tag=39ansfi3',
        'To: <sip:user@example.com>;tag=902jndnke3',
        'Content-Length: 0',
      ]),
      undefined,
    ],
    [
      '3.3.1 insuf: missing required header fields',
      sip([
        'INVITE sip:user@example.com SIP/2.0',
        'CSeq: 193942 INVITE',
        'Via: SIP/2.0/UDP 192.0.2.95;branch=z9hG4bKkdj.insuf',
        'Content-Type: application/sdp',
        'l: 0',
      ]),
      400,
    ],
    [
      '3.3.2 unkscm: a Request-URI of an unknown scheme',
      sip([
        'OPTIONS nobodyknowsthisscheme:totallyopaquecontent SIP/2.0',
        'To: sip:user@example.com',
        'From: sip:caller@example.net;tag=384',
        'Max-Forwards: 3',
        'Call-ID: unkscm.nasdfasser0q239nwsdfasdkl34',
        'CSeq: 3923423 OPTIONS',
        'Via: SIP/2.0/TCP host9.example.com;branch=z9hG4bKkdjuw39234',
        'Content-Length: 0',
      ]),
      416,
    ],
    [
      '3.3.3 novelsc: a Request-URI of a known but atypical scheme',
      sip([
        'OPTIONS soap.beep://192.0.2.103:3002 SIP/2.0',
        'To: sip:user@example.com',
        'From: sip:caller@example.net;tag=384',
        'Max-Forwards: 3',
        'Call-ID: novelsc.asdfasser0q239nwsdfasdkl34',
        'CSeq: 3923423 OPTIONS',
        'Via: SIP/2.0/TCP host9.example.com;branch=z9hG4bKkdjuw39234',
        'Content-Length: 0',
      ]),
      416,
    ],
    [
      '3.3.8 multi01: several values in single-value header fields',
      sip([
        'INVITE sip:user@company.com SIP/2.0',
        'Contact: <sip:caller@host25.example.net>',
        'Via: SIP/2.0/UDP 192.0.2.25;branch=z9hG4bKkdjuw',
        'Max-Forwards: 70',
        'CSeq: 5 INVITE',
        'Call-ID: multi01.98asdh@192.0.2.1',
        'CSeq: 59 INVITE',
        'Call-ID: multi01.98asdh@192.0.2.2',
        'From: sip:caller@example.com;tag=3413415',
        'To: sip:user@example.com',
        'To: sip:other@example.net',
        'From: sip:caller@example.net;tag=2923420123',
        'l: 0',
      ]),
      400,
    ],
    [
      '3.3.9 mcl01: several Content-Length values',
      sip(
        [
          'OPTIONS sip:user@example.com SIP/2.0',
          'Via: SIP/2.0/UDP host5.example.net;branch=z9hG4bK293423',
          'To: sip:user@example.com',
          'From: sip:other@example.net;tag=3923942',
          'Call-ID: mcl01.fhn2323orihawfdoa3o4r52o3irsdf',
          'CSeq: 15932 OPTIONS',
          'Content-Length: 13',
          'Max-Forwards: 60',
          'Content-Length: 5',
          'Content-Type: text/plain',
        ],
        "There's no way to know how many octets are supposed to be here.",
      ),
      400,
    ],
  ];

  for (const [name, bytes, status] of invalid)
    it(name, () => {
      const error = refusal(bytes);
      if (status === undefined) expect(error.partial?.kind).not.toBe('request');
      else expect({ kind: error.partial?.kind, status: error.status }).toEqual({ kind: 'request', status });
    });
});

describe('Via and URI values out of range are refused', () => {
  const cases: [string, string][] = [
    ['rport 0', 'SIP/2.0/UDP 192.0.2.1:5060;rport=0;branch=z9hG4bK1'],
    ['rport over 65535', 'SIP/2.0/UDP 192.0.2.1;rport=70000;branch=z9hG4bK1'],
    ['port 0', 'SIP/2.0/UDP 192.0.2.1:0;branch=z9hG4bK1'],
    ['IPv6 without brackets', 'SIP/2.0/UDP 2001:db8::1;branch=z9hG4bK1'],
    ['unclosed IPv6 bracket', 'SIP/2.0/UDP [2001:db8::1;branch=z9hG4bK1'],
    ['a parameter twice', 'SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1;branch=z9hG4bK2'],
  ];
  for (const [name, via] of cases)
    it(name, () => {
      expect(() => parseVia(via)).toThrow(SipParseError);
      const error = refusal(
        sip(['OPTIONS sip:user@example.com SIP/2.0', `Via: ${via}`, ...OPTIONS_HEAD.slice(0, -1), 'l: 0']),
      );
      expect([error.status, error.message]).toEqual([400, expect.stringMatching(/^Bad Via header/)]);
    });
});

describe('limits and stream framing', () => {
  const valid = () => sip(['OPTIONS sip:user@example.com SIP/2.0', ...OPTIONS_HEAD, 'Content-Length: 0']);

  it('refuses a message over 64 KiB and more than 256 header lines', () => {
    expect(
      refusal(sip(['OPTIONS sip:user@example.com SIP/2.0', ...OPTIONS_HEAD, `X-Big: ${'a'.repeat(65 * 1024)}`]))
        .partial,
    ).toBeUndefined();
    const many = Array.from({ length: 260 }, (_, i) => `X-H${i}: v`);
    expect(refusal(sip(['OPTIONS sip:user@example.com SIP/2.0', ...OPTIONS_HEAD, ...many])).message).toMatch(
      /256 header/,
    );
  });

  it('requires Content-Length on a stream and holds it to the body', () => {
    const noLength = sip(['OPTIONS sip:user@example.com SIP/2.0', ...OPTIONS_HEAD]);
    expect(parseSipMessage(noLength).kind).toBe('request');
    expect(() => parseSipMessage(noLength, { stream: true })).toThrow(SipParseError);
    expect(parseSipMessage(valid(), { stream: true }).kind).toBe('request');
  });

  it('refuses headers that are not UTF-8 and bare LF line ends', () => {
    expect(
      refusal(Buffer.concat([valid().subarray(0, 20), Buffer.from([0xc3, 0x28]), valid().subarray(20)])).message,
    ).toMatch(/UTF-8/);
    expect(refusal(Buffer.from(valid().toString().replaceAll('\r\n', '\n')))).toBeInstanceOf(SipParseError);
  });
});

describe('nextStreamFrame (TCP framing)', () => {
  const message = sip(['OPTIONS sip:user@example.com SIP/2.0', ...OPTIONS_HEAD, 'Content-Length: {len}'], 'hello');

  it('frames a CRLFCRLF ping, skips a stray CRLF, waits for a whole message and cuts it by Content-Length', () => {
    expect(nextStreamFrame(Buffer.from('\r\n\r\nOPTIONS'))).toEqual({ kind: 'ping', length: 4 });
    expect(nextStreamFrame(Buffer.from('\r\nOPTIONS'))).toEqual({ kind: 'skip', length: 2 });
    expect(nextStreamFrame(Buffer.from('\r\n'))).toBeUndefined();
    expect(nextStreamFrame(message.subarray(0, message.length - 1))).toBeUndefined();
    expect(nextStreamFrame(Buffer.concat([message, message]))).toEqual({ kind: 'message', length: message.length });
  });

  it('refuses what cannot be framed: no Content-Length, two of them, or past 64 KiB', () => {
    const head = ['OPTIONS sip:user@example.com SIP/2.0', ...OPTIONS_HEAD];
    expect(() => nextStreamFrame(sip(head))).toThrow(SipParseError);
    expect(() => nextStreamFrame(sip([...head, 'l: 0', 'Content-Length: 0']))).toThrow(SipParseError);
    expect(() => nextStreamFrame(sip([...head, 'Content-Length: 70000']))).toThrow(SipParseError);
    expect(() => nextStreamFrame(Buffer.alloc(65 * 1024, 'a'))).toThrow(SipParseError);
  });
});

describe('serializer and responseTo', () => {
  it("round-trips a message and builds a response with the request's Vias, a To tag and Content-Length", () => {
    const req = request(
      parseSipMessage(
        sip(
          [
            'REGISTER sip:example.com SIP/2.0',
            'v: SIP/2.0/UDP a.example.com;branch=z9hG4bK1, SIP/2.0/TCP b.example.com;branch=z9hG4bK2',
            'f: <sip:u@example.com>;tag=9',
            't: <sip:u@example.com>',
            'i: rt@x',
            'CSeq: 2 REGISTER',
            'l: {len}',
          ],
          'body',
        ),
      ),
    );
    const again = parseSipMessage(serializeSipMessage(req));
    expect(again.headers.fields().map((f) => [f.name, f.value])).toEqual(
      req.headers.fields().map((f) => [f.name, f.name === 'Content-Length' ? '4' : f.value]),
    );
    const response = parseSipMessage(serializeSipMessage(responseTo(req, 401, 'Unauthorized', 'tt')));
    expect(response.headers.getAll('Via')).toEqual(req.headers.getAll('Via'));
    expect(response.headers.get('To')).toBe('<sip:u@example.com>;tag=tt');
    expect(response.headers.get('Content-Length')).toBe('0');
  });
});
