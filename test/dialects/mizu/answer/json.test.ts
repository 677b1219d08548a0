// The json and jsonp answers: code 200 / 499 (002:L130) with the data or the error; jsonp never echoes an unsafe
// callback.
import { describe, expect, it } from 'vitest';
import { renderAnswer, type MizuAnswer } from '../../../../src/dialects/mizu/answer/index.ts';

const JSON_TYPE = 'application/json; charset=utf-8';

describe('json answers', () => {
  it.each([
    ['a bare success', { ok: true, kind: 'ok', data: undefined }, '{"code":200,"status":"OK","data":{}}'],
    [
      'a bare success with a message',
      { ok: true, kind: 'ok', data: {}, message: 'sent' },
      '{"code":200,"status":"OK","message":"sent","data":{"message":"sent"}}',
    ],
    [
      'a success with data of its own',
      { ok: true, kind: 'ok', data: { message: 'queued', id: 7 }, message: 'queued' },
      '{"code":200,"status":"OK","message":"queued","data":{"message":"queued","id":7}}',
    ],
    [
      'a value',
      { ok: true, kind: 'value', data: { value: '12.50' } },
      '{"code":200,"status":"OK","data":{"value":"12.50"}}',
    ],
    [
      'a record',
      { ok: true, kind: 'record', data: { credit: '10.5', active: true } },
      '{"code":200,"status":"OK","data":{"credit":"10.5","active":true}}',
    ],
    [
      'a list',
      { ok: true, kind: 'list', data: { rows: [{ id: 1 }, { id: 2 }] } },
      '{"code":200,"status":"OK","data":{"rows":[{"id":1},{"id":2}]}}',
    ],
    [
      'a text',
      { ok: true, kind: 'text', data: { text: 'a\nb' } },
      '{"code":200,"status":"OK","data":{"text":"a\\nb"}}',
    ],
    [
      'a file',
      { ok: true, kind: 'file', data: { mediaType: 'application/octet-stream', body: new Uint8Array([0, 255]) } },
      '{"code":200,"status":"OK","data":{"mediaType":"application/octet-stream","content":"AP8="}}',
    ],
    [
      'a failure',
      { ok: false, error: { code: 'auth-failed', message: 'wrong authentication' } },
      '{"code":499,"status":"ERROR","error":{"code":"auth-failed","message":"wrong authentication"}}',
    ],
    [
      'a failure with no issues listed',
      { ok: false, error: { code: 'internal', message: 'internal error', issues: [] } },
      '{"code":499,"status":"ERROR","error":{"code":"internal","message":"internal error"}}',
    ],
    [
      'a failure with issues',
      {
        ok: false,
        error: {
          code: 'missing-parameter',
          message: 'missing parameter: bnum',
          issues: [{ param: 'bnum', problem: 'is required' }],
        },
      },
      '{"code":499,"status":"ERROR","error":{"code":"missing-parameter","message":"missing parameter: bnum","issues":[{"param":"bnum","problem":"is required"}]}}',
    ],
  ] as [string, MizuAnswer, string][])('renders %s', (_, answer, body) => {
    expect(renderAnswer('json', answer)).toEqual({ contentType: JSON_TYPE, body });
  });

  it('escapes what needs escaping and parses back to the same values', () => {
    const note = 'quote " backslash \\ <tag> & new\nline \u2028 \u2029 é';
    const { body } = renderAnswer('json', { ok: true, kind: 'record', data: { note } });
    expect(body).not.toMatch(/[\u2028\u2029\n]/);
    expect(body).toContain('\\u2028');
    expect(JSON.parse(body)).toEqual({ code: 200, status: 'OK', data: { note } });
  });

  it('refuses to render a streamed file', () => {
    const stream = (async function* () {
      yield 'x';
    })();
    expect(() =>
      renderAnswer('json', { ok: true, kind: 'file', data: { mediaType: 'text/plain', body: stream } }),
    ).toThrow(TypeError);
  });
});

describe('jsonp answers', () => {
  const answer: MizuAnswer = { ok: true, kind: 'value', data: { value: 'a\u2028b' } };

  it.each(['cb', 'jQuery123_456', '$', '_x', 'app.api.v2.done.now', 'a'.repeat(64)])(
    'wraps the json answer in %s(…)',
    (callback) => {
      const rendered = renderAnswer('jsonp', answer, { callback });
      expect(rendered.contentType).toBe('application/javascript; charset=utf-8');
      expect(rendered.body).toBe(`${callback}({"code":200,"status":"OK","data":{"value":"a\\u2028b"}});`);
      expect(rendered.body).not.toMatch(/[\u2028\u2029]/);
    },
  );

  it('runs as JavaScript and hands over the answer', () => {
    const { body } = renderAnswer(
      'jsonp',
      { ok: false, error: { code: 'auth-failed', message: 'no </script> \u2029' } },
      { callback: 'api.done' },
    );
    let received: unknown;
    new Function('api', body)({
      done: (value: unknown) => {
        received = value;
      },
    });
    expect(received).toEqual({
      code: 499,
      status: 'ERROR',
      error: { code: 'auth-failed', message: 'no </script> \u2029' },
    });
  });

  it.each([
    ['script', 'alert(1)//'],
    ['a statement', 'x;alert(1)'],
    ['markup', '<script>'],
    ['a leading digit', '1cb'],
    ['brackets', 'window["x"]'],
    ['an empty segment', 'a..b'],
    ['a trailing dot', 'a.'],
    ['six segments', 'a.b.c.d.e.f'],
    ['65 characters', 'a'.repeat(65)],
    ['a space', 'a b'],
    ['a newline', 'cb\n'],
    ['non-ASCII', 'café'],
    ['empty', ''],
  ])('refuses a callback with %s, as plain json that does not echo it', (_, callback) => {
    const rendered = renderAnswer('jsonp', answer, { callback });
    expect(rendered.contentType).toBe(JSON_TYPE);
    if (callback) expect(rendered.body).not.toContain(callback);
    expect(JSON.parse(rendered.body)).toEqual({
      code: 499,
      status: 'ERROR',
      error: {
        code: 'invalid-parameter',
        message: 'invalid parameter',
        issues: [{ param: 'callback', problem: expect.stringContaining('must be a JavaScript function name') }],
      },
    });
  });

  it('refuses a missing callback', () => {
    const rendered = renderAnswer('jsonp', answer);
    expect(rendered.contentType).toBe(JSON_TYPE);
    expect(JSON.parse(rendered.body).error).toEqual({
      code: 'invalid-parameter',
      message: 'invalid parameter',
      issues: [{ param: 'callback', problem: 'is required' }],
    });
  });
});
