// JSON bodies: one object of single values, numbers kept as written.
import { describe, expect, it } from 'vitest';
import { decodeBody, DecodeError } from '../../../../src/dialects/mizu/decode/index.ts';

const json = (body: string) => decodeBody('application/json', body);

describe('JSON bodies', () => {
  it.each([
    ['strings', '{"apientry":"balance","authid":"u"}', { apientry: 'balance', authid: 'u' }],
    [
      'numbers as written',
      '{"credit":10.50,"id":12345678901234567890,"n":-1e3}',
      { credit: '10.50', id: '12345678901234567890', n: '-1e3' },
    ],
    ['booleans as 1/0', '{"a":true,"b":false}', { a: '1', b: '0' }],
    ['null as absent', '{"a":null,"b":"x"}', { b: 'x' }],
    ['names in any case (first wins)', '{"AuthId":"first","authid":"second"}', { authid: 'first' }],
    ['escapes', '{"txt":"line\\nnext \\u00e9 \\"q\\""}', { txt: 'line\nnext é "q"' }],
    ['an empty object', '{}', {}],
  ])('reads %s', (_, body, want) => {
    expect(json(body)).toEqual({ params: want, format: 'json' });
  });

  it.each([
    ['broken JSON', '{"apientry":"balance"', /^invalid JSON: /],
    ['a trailing comma', '{"a":1,}', /^invalid JSON: /],
    ['an array', '[{"apientry":"balance"}]', 'a JSON request must be an object of parameters'],
    ['a scalar', '"balance"', 'a JSON request must be an object of parameters'],
    [
      'a nested object',
      '{"apientry":"sms","opts":{"x":1}}',
      'parameter opts must be a single value, not an object or a list',
    ],
    ['a nested list', '{"bnum":["1","2"]}', 'parameter bnum must be a single value, not an object or a list'],
  ])('refuses %s', (_, body, problem) => {
    let caught: unknown;
    try {
      json(body);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(DecodeError);
    expect((caught as DecodeError).problem).toMatch(problem);
  });
});

describe('messages about client-chosen names', () => {
  it('shortens a long name', () => {
    const name = 'n'.repeat(1000);
    expect(() => json(JSON.stringify({ [name]: [1] }))).toThrow(
      expect.objectContaining({
        problem: `parameter ${'n'.repeat(40)}… must be a single value, not an object or a list`,
      }),
    );
  });
});
