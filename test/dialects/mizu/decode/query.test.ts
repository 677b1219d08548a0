// Query strings, form bodies, ini and plain text all become one flat, lower-cased parameter map.
import { describe, expect, it } from 'vitest';
import { decodeBody, decodeQuery, DecodeError } from '../../../../src/dialects/mizu/decode/index.ts';

describe('decodeQuery', () => {
  it.each([
    ['a bare query', { given: 'apientry=balance&authid=x', want: { apientry: 'balance', authid: 'x' } }],
    ['a leading ?', { given: '?apientry=balance', want: { apientry: 'balance' } }],
    [
      'the request path (raw TCP/UDP form)',
      { given: '/mvapireq/?apientry=apitest&authkey=KEY\r\n', want: { apientry: 'apitest', authkey: 'KEY' } },
    ],
    [
      'a full URL',
      { given: 'http://domain.com/mvapireq/?apientry=rating&bnum=3630', want: { apientry: 'rating', bnum: '3630' } },
    ],
    ['a ? inside a value', { given: 'txt=why?&x=1', want: { txt: 'why?', x: '1' } }],
    ['%-escapes and + as space', { given: 'txt=hello+w%C3%B6rld%21&a%62c=1', want: { txt: 'hello wörld!', abc: '1' } }],
    ['an escaped +', { given: 'txt=1%2B1', want: { txt: '1+1' } }],
    ['upper-case names', { given: 'APIENTRY=balance&AuthId=u', want: { apientry: 'balance', authid: 'u' } }],
    ['a repeated name (first wins)', { given: 'authid=first&AUTHID=second&authid=third', want: { authid: 'first' } }],
    ['a bare now', { given: 'apientry=charge&anum=1&now', want: { apientry: 'charge', anum: '1' } }],
    ['bare names before and between pairs', { given: 'now&later&a=1&flag&b=x=y', want: { a: '1', b: 'x=y' } }],
    ['now with a value', { given: 'apientry=balance&now=555', want: { apientry: 'balance', now: '555' } }],
    ['empty parts and names', { given: '&&a=1&=x&', want: { a: '1' } }],
    ['an empty value', { given: 'userid=&a=1', want: { userid: '', a: '1' } }],
    ['= inside a value', { given: 'q=a=b', want: { q: 'a=b' } }],
    ['nothing', { given: '', want: {} }],
  ])('reads %s', (_, { given, want }) => {
    expect(decodeQuery(given)).toEqual(want);
  });

  it.each([
    ['a truncated escape in a value', 'txt=100%', 'bad %-escape in the value of txt'],
    ['a non-hex escape', 'txt=%zz', 'bad %-escape in the value of txt'],
    ['an escape that is not UTF-8', 'txt=%E9t%E9', 'bad %-escape in the value of txt'],
    ['a bad escape in a name', 'a%2=1', 'bad %-escape in a parameter name'],
  ])('refuses %s', (_, given, problem) => {
    expect(() => decodeQuery(given)).toThrow(DecodeError);
    expect(() => decodeQuery(given)).toThrow(expect.objectContaining({ problem }));
  });

  it('keeps __proto__ as a plain parameter', () => {
    const params = decodeQuery('__proto__=x&constructor=y');
    expect(Object.getPrototypeOf(params)).toBe(Object.prototype);
    expect(Object.entries(params)).toEqual([
      ['__proto__', 'x'],
      ['constructor', 'y'],
    ]);
  });
});

describe('form bodies', () => {
  it('reads an HTML form submit like a query', () => {
    expect(
      decodeBody('application/x-www-form-urlencoded; charset=UTF-8', 'apientry=sms&txt=hi+there&bnum=%2B3630'),
    ).toEqual({ params: { apientry: 'sms', txt: 'hi there', bnum: '+3630' }, format: 'form' });
  });
});

describe('ini bodies', () => {
  it('reads key=value lines, skipping comments, blank lines and sections', () => {
    const body = '# a comment\n[request]\napientry = balance\r\n; another\n\nauthid=u\ntxt=a=b  \nAuthId=ignored\n';
    expect(decodeBody('text/plain', body)).toEqual({
      params: { apientry: 'balance', authid: 'u', txt: 'a=b' },
      format: 'ini',
    });
  });

  it('does not URI-decode ini values', () => {
    expect(decodeBody(undefined, 'a=1%20\nb=x+y').params).toEqual({ a: '1%20', b: 'x+y' });
  });

  it('sniffs a leading [section] as ini, not JSON', () => {
    expect(decodeBody(undefined, '[api]\napientry=balance')).toEqual({
      params: { apientry: 'balance' },
      format: 'ini',
    });
  });

  it('names the line that is not key=value', () => {
    expect(() => decodeBody('text/plain', 'apientry=balance\njunk')).toThrow(
      expect.objectContaining({ problem: 'line 2 is not key=value' }),
    );
  });
});

describe('plain text bodies', () => {
  it.each([
    ['a query string', 'apientry=balance&authid=u', { apientry: 'balance', authid: 'u' }],
    ['a request line', '/mvapireq/?apientry=apitest\r\n', { apientry: 'apitest' }],
  ])('reads %s', (_, body, want) => {
    expect(decodeBody('text/plain', body)).toEqual({ params: want, format: 'text' });
  });

  it('refuses text that holds no parameters', () => {
    expect(() => decodeBody('text/plain', 'hello')).toThrow(DecodeError);
  });
});
