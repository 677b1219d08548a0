// decodeBody picks the decoder by content type, sniffs when the type says nothing, and enforces the size limits.
import { describe, expect, it } from 'vitest';
import { decodeBody, DecodeError, MAX_PARAMS, MAX_VALUE_BYTES } from '../../../../src/dialects/mizu/decode/index.ts';

describe('decodeBody by content type', () => {
  it.each([
    ['application/json', '{"a":"1"}', 'json'],
    ['application/json; charset=utf-8', '{"a":"1"}', 'json'],
    ['APPLICATION/JSON', '{"a":"1"}', 'json'],
    ['application/vnd.mizu+json', '{"a":"1"}', 'json'],
    ['application/xml', '<r><a>1</a></r>', 'xml'],
    ['text/xml', '<r><a>1</a></r>', 'xml'],
    ['application/x-www-form-urlencoded', 'a=1', 'form'],
    ['text/plain', 'a=1', 'text'],
  ])('%s', (contentType, body, format) => {
    expect(decodeBody(contentType, body)).toEqual({ params: { a: '1' }, format });
  });

  it('holds to a declared type even when the body looks like another', () => {
    expect(() => decodeBody('application/json', 'a=1')).toThrow(DecodeError);
    expect(decodeBody('application/x-www-form-urlencoded', '{"a":"1"}').format).toBe('form');
  });

  it('reads multipart/form-data as form fields (more in multipart.test.ts)', () => {
    const body = '--xyz\r\nContent-Disposition: form-data; name="A"\r\n\r\n1\r\n--xyz--\r\n';
    expect(decodeBody('multipart/form-data; boundary=xyz', body)).toEqual({ params: { a: '1' }, format: 'form' });
  });

  it('refuses the other multipart types', () => {
    expect(() => decodeBody('multipart/mixed; boundary=xyz', '--xyz\r\n')).toThrow(
      expect.objectContaining({
        problem:
          'multipart/mixed bodies are not read; send the parameters as multipart/form-data, URL-encoded, JSON or XML',
      }),
    );
  });
});

describe('decodeBody sniffing', () => {
  it.each([
    ['no content type, JSON', undefined, ' {"a":"1"}', 'json'],
    ['no content type, XML', undefined, '<r><a>1</a></r>', 'xml'],
    ['no content type, a query', undefined, 'a=1', 'text'],
    ['no content type, ini lines', undefined, 'a=1\nb=2', 'ini'],
    ['octet-stream, JSON', 'application/octet-stream', '{"a":"1"}', 'json'],
    ['text/plain, JSON (what fetch() sends)', 'text/plain;charset=UTF-8', '{"a":"1"}', 'json'],
    ['text/plain, XML', 'text/plain', '<r><a>1</a></r>', 'xml'],
    ['an unknown type', 'application/x-whatever', 'a=1', 'text'],
    ['a content type named like an Object method', 'constructor', 'a=1', 'text'],
  ])('%s', (_, contentType, body, format) => {
    expect(decodeBody(contentType, body).format).toBe(format);
  });

  it.each([
    [undefined, 'form'],
    ['application/json', 'json'],
    ['text/xml', 'xml'],
  ])('an empty body with content type %s has no parameters', (contentType, format) => {
    expect(decodeBody(contentType, ' \r\n')).toEqual({ params: {}, format });
  });
});

describe('decodeBody limits', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => `p${i}=${i}`);
  const longValue = 'x'.repeat(MAX_VALUE_BYTES + 1);

  it('accepts exactly the maximum number of parameters', () => {
    expect(Object.keys(decodeBody(undefined, many(MAX_PARAMS).join('&')).params)).toHaveLength(MAX_PARAMS);
  });

  it.each([
    ['a query', many(MAX_PARAMS + 1).join('&'), 'application/x-www-form-urlencoded'],
    ['ini lines', many(MAX_PARAMS + 1).join('\n'), 'text/plain'],
    ['JSON', JSON.stringify(Object.fromEntries(many(MAX_PARAMS + 1).map((p) => p.split('=')))), 'application/json'],
    [
      'XML',
      `<r>${many(MAX_PARAMS + 1)
        .map((p) => `<${p.split('=')[0]}>1</${p.split('=')[0]}>`)
        .join('')}</r>`,
      'application/xml',
    ],
    [
      'repeats of one name',
      Array(MAX_PARAMS + 1)
        .fill('a=1')
        .join('&'),
      'application/x-www-form-urlencoded',
    ],
  ])('refuses more than the maximum number of parameters in %s', (_, body, contentType) => {
    expect(() => decodeBody(contentType, body)).toThrow(
      expect.objectContaining({ problem: `more than ${MAX_PARAMS} parameters` }),
    );
  });

  it.each([
    ['a query', `txt=${longValue}`, 'application/x-www-form-urlencoded'],
    ['JSON', JSON.stringify({ txt: longValue }), 'application/json'],
    ['XML', `<r><txt>${longValue}</txt></r>`, 'application/xml'],
    [
      'multi-byte text (counted in UTF-8 bytes)',
      `txt=${'é'.repeat(MAX_VALUE_BYTES / 2 + 1)}`,
      'application/x-www-form-urlencoded',
    ],
  ])('refuses a value over 64 KiB in %s', (_, body, contentType) => {
    expect(() => decodeBody(contentType, body)).toThrow(
      expect.objectContaining({ problem: 'the value of txt is longer than 64 KiB' }),
    );
  });

  it('accepts a value of exactly 64 KiB', () => {
    expect(decodeBody(undefined, `txt=${'x'.repeat(MAX_VALUE_BYTES)}`).params.txt).toHaveLength(MAX_VALUE_BYTES);
  });
});

describe('DecodeError', () => {
  it('carries the problem and a message fit for the client', () => {
    const error = new DecodeError('bad %-escape in the value of txt');
    expect(error).toBeInstanceOf(Error);
    expect(error.problem).toBe('bad %-escape in the value of txt');
    expect(error.message).toBe('malformed request: bad %-escape in the value of txt');
  });
});
