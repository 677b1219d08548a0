// "By default the answer format is guessed from the request, unless it is specified by the format parameter"
// (002:L133).
import { describe, expect, it } from 'vitest';
import { guessFormat, type FormatHints } from '../../../../src/dialects/mizu/answer/index.ts';

const http = (hints: Partial<FormatHints>): FormatHints => ({ transport: 'http', ...hints });

describe('guessFormat', () => {
  it.each([
    ['nothing to go by', http({}), 'text'],
    ['an explicit format', http({ format: 'xml' }), 'xml'],
    ['an explicit format in any case, with spaces', http({ format: ' JSONP ' }), 'jsonp'],
    ['every documented format', http({ format: 'cleartext' }), 'cleartext'],
    [
      'an explicit format over everything else',
      http({ format: 'html', callback: 'cb', bodyFormat: 'json', accept: 'application/json' }),
      'html',
    ],
    ['an empty format parameter as none', http({ format: '', bodyFormat: 'json' }), 'json'],
    ['a callback', http({ callback: 'cb', bodyFormat: 'xml' }), 'jsonp'],
    ['a JSON body', http({ bodyFormat: 'json', accept: 'text/html' }), 'json'],
    ['an XML body', http({ bodyFormat: 'xml' }), 'xml'],
    ['a SOAP body', http({ bodyFormat: 'soap' }), 'soap'],
    ['a form body', http({ bodyFormat: 'form' }), 'text'],
    ['Accept: application/json', http({ accept: 'application/json' }), 'json'],
    ['Accept: text/xml', http({ accept: 'text/xml' }), 'xml'],
    ['Accept: application/soap+xml', http({ accept: 'application/soap+xml' }), 'soap'],
    [
      'a browser Accept header',
      http({ accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' }),
      'html',
    ],
    ['Accept weights over order', http({ accept: 'text/html;q=0.5, application/json' }), 'json'],
    ['Accept order among equal weights', http({ accept: 'application/xml, application/json' }), 'xml'],
    ['Accept with q=0 refusing a type', http({ accept: 'application/json;q=0, text/html;q=0.1' }), 'html'],
    ['Accept: */* alone', http({ accept: '*/*' }), 'text'],
    ['Accept: text/plain first', http({ accept: 'text/plain, application/json;q=0.5' }), 'text'],
    ['Accept naming an Object method', http({ accept: 'constructor, toString' }), 'text'],
    ['an Accept header over websocket', { transport: 'websocket', accept: 'application/json' }, 'text'],
    ['a JSON body over tcp', { transport: 'tcp', bodyFormat: 'json' }, 'json'],
  ] as [string, FormatHints, string][])('answers %s', (_, hints, want) => {
    expect(guessFormat(hints)).toBe(want);
  });

  it.each(['yaml', '1', 'constructor', 'JSONX'])('answers undefined for the unknown format %s', (format) => {
    expect(guessFormat(http({ format, accept: 'application/json' }))).toBeUndefined();
  });
});
