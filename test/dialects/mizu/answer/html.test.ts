// The html answer: a minimal HTML5 page, status paragraph first, data as tables, everything escaped.
import { describe, expect, it } from 'vitest';
import { renderAnswer, type MizuAnswer } from '../../../../src/dialects/mizu/answer/index.ts';

const page = (title: string, content: string) =>
  `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>\n${content}\n</body></html>\n`;

describe('html answers', () => {
  it.each([
    ['a bare success', { ok: true, kind: 'ok', data: {} }, page('OK', '<p>OK</p>')],
    ['a message', { ok: true, kind: 'ok', data: {}, message: 'sent' }, page('OK', '<p>OK: sent</p>')],
    ['a value', { ok: true, kind: 'value', data: { value: '12.5' } }, page('OK', '<p>OK: 12.5</p>')],
    ['a text', { ok: true, kind: 'text', data: { text: 'a\nb' } }, page('OK', '<p>OK</p><pre>a\nb</pre>')],
    [
      'a record',
      { ok: true, kind: 'record', data: { credit: '10.5', currency: 'EUR' } },
      page('OK', '<p>OK</p><table><tr><th>credit</th><td>10.5</td></tr><tr><th>currency</th><td>EUR</td></tr></table>'),
    ],
    [
      'a list',
      { ok: true, kind: 'list', data: { rows: [{ id: 1, name: 'a' }] } },
      page(
        'OK',
        '<p>OK</p><table><thead><tr><th>id</th><th>name</th></tr></thead><tbody><tr><td>1</td><td>a</td></tr></tbody></table>',
      ),
    ],
    [
      'a failure',
      { ok: false, error: { code: 'auth-failed', message: 'wrong authentication' } },
      page('ERROR', '<p>ERROR: wrong authentication</p>'),
    ],
    [
      'a failure with issues',
      {
        ok: false,
        error: { code: 'missing-parameter', message: 'missing', issues: [{ param: 'bnum', problem: 'is required' }] },
      },
      page('ERROR', '<p>ERROR: missing</p><ul><li>bnum: is required</li></ul>'),
    ],
  ] as [string, MizuAnswer, string][])('renders %s', (_, answer, body) => {
    expect(renderAnswer('html', answer)).toEqual({ contentType: 'text/html; charset=utf-8', body });
  });

  it('escapes names, values, messages and issues', () => {
    const evil = `<script>alert('x')</script> & "q"`;
    const escaped = '&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;q&quot;';
    const record = renderAnswer('html', { ok: true, kind: 'record', data: { [evil]: evil }, message: evil }).body;
    expect(record).not.toContain('<script>');
    expect(record).toContain(`<p>OK: ${escaped}</p><table><tr><th>${escaped}</th><td>${escaped}</td></tr></table>`);
    const list = renderAnswer('html', { ok: true, kind: 'list', data: { rows: [{ [evil]: evil }] } }).body;
    expect(list).toContain(`<th>${escaped}</th>`);
    expect(list).toContain(`<td>${escaped}</td>`);
    const failure = renderAnswer('html', {
      ok: false,
      error: { code: 'internal', message: evil, issues: [{ param: evil, problem: evil }] },
    }).body;
    expect(failure).not.toContain('<script>');
    expect(failure).toContain(`<li>${escaped}: ${escaped}</li>`);
    expect(renderAnswer('html', { ok: true, kind: 'text', data: { text: '</pre><b>' } }).body).toContain(
      '<pre>&lt;/pre&gt;&lt;b&gt;</pre>',
    );
  });
});
