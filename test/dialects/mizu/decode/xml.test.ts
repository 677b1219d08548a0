// XML and SOAP bodies: children of the root (or of the SOAP call) are the parameters; no DTD is ever processed.
import { describe, expect, it } from 'vitest';
import { decodeBody, DecodeError } from '../../../../src/dialects/mizu/decode/index.ts';

const SOAP12 = 'http://www.w3.org/2003/05/soap-envelope';
const SOAP11 = 'http://schemas.xmlsoap.org/soap/envelope/';

describe('XML bodies', () => {
  it.each([
    [
      'a plain request',
      '<request><apientry>balance</apientry><authid>u</authid></request>',
      { apientry: 'balance', authid: 'u' },
    ],
    [
      'any root name, a declaration and whitespace',
      '<?xml version="1.0" encoding="UTF-8"?>\n<mizu>\n  <ApiEntry>balance</ApiEntry>\n</mizu>\n',
      { apientry: 'balance' },
    ],
    [
      'entities and character references',
      '<r><txt>a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#65;&#x263A;</txt></r>',
      { txt: 'a & b <c> "d" \'e\' A☺' },
    ],
    ['CDATA as written', '<r><txt><![CDATA[<b>&amp;</b>]]></txt></r>', { txt: '<b>&amp;</b>' }],
    ['values exactly, spaces kept', '<r><authpwd>  p w  </authpwd></r>', { authpwd: '  p w  ' }],
    ['empty elements', '<r><userid/><a></a></r>', { userid: '', a: '' }],
    ['attributes ignored', '<r type="x"><a unit="s">5</a></r>', { a: '5' }],
    ['namespace prefixes dropped', '<m:r xmlns:m="urn:x"><m:a>1</m:a></m:r>', { a: '1' }],
    ['a repeated element (first wins)', '<r><a>1</a><A>2</A><a>3</a></r>', { a: '1' }],
    ['comments skipped', '<r><!-- <a>0</a> --><a>1</a></r>', { a: '1' }],
    ['a root with no children', '<r/>', {}],
  ])('reads %s', (_, body, want) => {
    expect(decodeBody('application/xml', body)).toEqual({ params: want, format: 'xml' });
  });

  it.each([
    ['an unclosed element', '<r><a>1</a>'],
    ['mismatched tags', '<r><a>1</b></r>'],
    ['two roots', '<a/><b/>'],
    ['text after the root', '<r/>junk'],
    ['a bare ampersand', '<r><a>x & y</a></r>'],
    ['an undefined entity', '<r><a>&nbsp;</a></r>'],
    ['a nested parameter', '<r><a><b>1</b></a></r>'],
    ['no root at all', '<!-- nothing -->'],
  ])('refuses %s', (_, body) => {
    expect(() => decodeBody('text/xml', body)).toThrow(DecodeError);
  });

  it('names the nested parameter', () => {
    expect(() => decodeBody('text/xml', '<r><opts><x>1</x></opts></r>')).toThrow(
      expect.objectContaining({ problem: 'parameter opts must be a single value, not nested elements' }),
    );
  });

  it.each([
    [
      'XXE (an external entity)',
      '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><r><a>&xxe;</a></r>',
    ],
    [
      'billion laughs',
      `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "${'&lol;'.repeat(10)}"><!ENTITY lol3 "${'&lol2;'.repeat(10)}">]><r><a>&lol3;</a></r>`,
    ],
    ['an internal entity', '<!DOCTYPE r [<!ENTITY x "y">]><r><a>&x;</a></r>'],
    ['a doctype in lower case', '<!doctype r><r/>'],
  ])('refuses %s before any expansion', (_, body) => {
    expect(() => decodeBody('application/xml', body)).toThrow(
      expect.objectContaining({ problem: 'XML document type declarations are not accepted' }),
    );
  });
});

describe('SOAP bodies', () => {
  const envelope = (ns: string, body: string, header = '') =>
    `<?xml version="1.0"?><soap:Envelope xmlns:soap="${ns}">${header}<soap:Body>${body}</soap:Body></soap:Envelope>`;

  it.each([
    [
      'SOAP 1.2, the call element naming the apientry',
      envelope(SOAP12, '<m:balance xmlns:m="urn:mizu"><m:authid>u</m:authid><authpwd>p</authpwd></m:balance>'),
      { authid: 'u', authpwd: 'p', apientry: 'balance' },
    ],
    [
      'SOAP 1.1 with a Header',
      envelope(SOAP11, '<rating><bnum>3630</bnum></rating>', '<soap:Header><token>t</token></soap:Header>'),
      { bnum: '3630', apientry: 'rating' },
    ],
    [
      'an apientry child over the element name',
      envelope(SOAP12, '<request><apientry>sms</apientry><txt>hi</txt></request>'),
      { apientry: 'sms', txt: 'hi' },
    ],
    ['a call with no parameters', envelope(SOAP12, '<apitest/>'), { apientry: 'apitest' }],
  ])('reads %s', (_, body, want) => {
    expect(decodeBody('application/soap+xml; charset=utf-8', body)).toEqual({ params: want, format: 'soap' });
  });

  it('recognises SOAP sent as text/xml (SOAP 1.1) and sniffed', () => {
    const body = envelope(SOAP11, '<balance><authid>u</authid></balance>');
    expect(decodeBody('text/xml', body).format).toBe('soap');
    expect(decodeBody(undefined, body).format).toBe('soap');
  });

  it.each([
    [
      'no Body',
      `<soap:Envelope xmlns:soap="${SOAP12}"><soap:Header/></soap:Envelope>`,
      'the SOAP Envelope has no Body',
    ],
    ['an empty Body', envelope(SOAP12, ''), 'the SOAP Body must hold exactly one request element'],
    ['two calls', envelope(SOAP12, '<balance/><rating/>'), 'the SOAP Body must hold exactly one request element'],
    [
      'a nested parameter',
      envelope(SOAP12, '<sms><txt><b>x</b></txt></sms>'),
      'parameter txt must be a single value, not nested elements',
    ],
  ])('refuses %s', (_, body, problem) => {
    expect(() => decodeBody('application/soap+xml', body)).toThrow(expect.objectContaining({ problem }));
  });
});
