// The xml and soap answers: a <response> with code, status, the text answer's first line, message and data or error,
// every value escaped.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderAnswer, type MizuAnswer } from '../../../../src/dialects/mizu/answer/index.ts';

// htmlEntities: fast-xml-parser decodes character references (&#13;) only with it.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  trimValues: false,
  htmlEntities: true,
  isArray: (name) => ['row', 'issue', 'field'].includes(name),
});

function parsed(format: 'xml' | 'soap', answer: MizuAnswer): Record<string, any> {
  const { body } = renderAnswer(format, answer);
  expect(XMLValidator.validate(body)).toBe(true);
  return parser.parse(body);
}

const response = (answer: MizuAnswer) => parsed('xml', answer).response;

describe('xml answers', () => {
  it('renders a bare success exactly', () => {
    expect(renderAnswer('xml', { ok: true, kind: 'ok', data: {} })).toEqual({
      contentType: 'application/xml; charset=utf-8',
      body: '<?xml version="1.0" encoding="UTF-8"?>\n<response><code>200</code><status>OK</status><text>OK</text><data></data></response>',
    });
  });

  it('renders a failure with issues exactly', () => {
    const answer: MizuAnswer = {
      ok: false,
      error: {
        code: 'missing-parameter',
        message: 'missing parameter: bnum',
        issues: [{ param: 'bnum', problem: 'is required' }],
      },
    };
    expect(renderAnswer('xml', answer).body).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<response><code>499</code><status>ERROR</status><text>ERROR: missing parameter: bnum</text>' +
        '<error><code>missing-parameter</code><message>missing parameter: bnum</message><issues><issue param="bnum">is required</issue></issues></error></response>',
    );
  });

  it.each([
    [
      'a message',
      { ok: true, kind: 'ok', data: {}, message: 'sent' },
      { code: '200', status: 'OK', text: 'OK: sent', message: 'sent', data: '' },
    ],
    [
      'a value',
      { ok: true, kind: 'value', data: { value: 12.5 } },
      { code: '200', status: 'OK', text: 'OK: 12.5', data: { value: '12.5' } },
    ],
    [
      'a record',
      { ok: true, kind: 'record', data: { credit: '10.50', currency: 'EUR', active: false } },
      { code: '200', status: 'OK', text: 'OK', data: { credit: '10.50', currency: 'EUR', active: '0' } },
    ],
    [
      'a list',
      {
        ok: true,
        kind: 'list',
        data: {
          rows: [
            { id: 1, name: 'a' },
            { id: 2, name: 'b' },
          ],
        },
      },
      {
        code: '200',
        status: 'OK',
        text: 'OK',
        data: {
          row: [
            { id: '1', name: 'a' },
            { id: '2', name: 'b' },
          ],
        },
      },
    ],
    [
      'a text',
      { ok: true, kind: 'text', data: { text: 'a\nb' } },
      { code: '200', status: 'OK', text: 'OK', data: { text: 'a\nb' } },
    ],
    [
      'a failure',
      { ok: false, error: { code: 'auth-failed', message: 'wrong authentication' } },
      {
        code: '499',
        status: 'ERROR',
        text: 'ERROR: wrong authentication',
        error: { code: 'auth-failed', message: 'wrong authentication' },
      },
    ],
    [
      'a failure with issues',
      {
        ok: false,
        error: {
          code: 'invalid-parameter',
          message: 'invalid',
          issues: [
            { param: 'a', problem: 'bad' },
            { param: 'b', problem: 'worse' },
          ],
        },
      },
      {
        code: '499',
        status: 'ERROR',
        text: 'ERROR: invalid',
        error: {
          code: 'invalid-parameter',
          message: 'invalid',
          issues: {
            issue: [
              { '@param': 'a', '#text': 'bad' },
              { '@param': 'b', '#text': 'worse' },
            ],
          },
        },
      },
    ],
  ] as [string, MizuAnswer, unknown][])('renders %s element by element', (_, answer, want) => {
    expect(response(answer)).toEqual(want);
  });

  it('escapes every value and keeps it exact', () => {
    const note = `<b>Tom & "Jerry"</b> it's\r\nnext line é \u2028 ]]>`;
    expect(response({ ok: true, kind: 'record', data: { note }, message: note })).toEqual({
      code: '200',
      status: 'OK',
      text: `OK: ${note.replace(/\r\n/, ' ')}`,
      message: note,
      data: { note },
    });
    const error = response({
      ok: false,
      error: { code: 'internal', message: note, issues: [{ param: '"><x y="', problem: note }] },
    }).error;
    expect(error.message).toBe(note);
    expect(error.issues.issue).toEqual([{ '@param': '"><x y="', '#text': note }]);
  });

  it('strips characters XML 1.0 forbids', () => {
    const { body } = renderAnswer('xml', {
      ok: true,
      kind: 'value',
      data: { value: 'a\u0000b\u0008c\u001Fd\uFFFEe\uD800f\tg' },
    });
    expect(XMLValidator.validate(body)).toBe(true);
    expect(parser.parse(body).response.data.value).toBe('abcdef\tg');
  });

  it.each([
    ['a space', 'first name'],
    ['a leading digit', '1st'],
    ['markup', 'a><evil/'],
    ['a colon', 'xsi:type'],
    ['non-ASCII', 'größe'],
    ['nothing', ''],
  ])('wraps a field name with %s as <field name="…">', (_, name) => {
    const record = response({ ok: true, kind: 'record', data: { ok_name: 'x', [name]: 'v' } });
    expect(record.data).toEqual({ ok_name: 'x', field: [{ '@name': name, '#text': 'v' }] });
    const list = response({ ok: true, kind: 'list', data: { rows: [{ [name]: 'v' }] } });
    expect(list.data.row).toEqual([{ field: [{ '@name': name, '#text': 'v' }] }]);
  });
});

describe('soap answers', () => {
  const answer: MizuAnswer = { ok: true, kind: 'record', data: { credit: '1 < 2' }, message: 'fine' };

  it('is a SOAP 1.2 Envelope whose Body holds the xml response', () => {
    const rendered = renderAnswer('soap', answer);
    expect(rendered.contentType).toBe('application/soap+xml; charset=utf-8');
    expect(rendered.body.match(/<\?xml/g)).toHaveLength(1);
    const envelope = parsed('soap', answer)['soap:Envelope'];
    expect(envelope['@xmlns:soap']).toBe('http://www.w3.org/2003/05/soap-envelope');
    expect(envelope['soap:Body'].response).toEqual(response(answer));
    expect(envelope['soap:Body'].response).toEqual({
      code: '200',
      status: 'OK',
      text: 'OK: fine',
      message: 'fine',
      data: { credit: '1 < 2' },
    });
  });

  it('carries a failure the same way', () => {
    const failure: MizuAnswer = { ok: false, error: { code: 'not-found', message: 'not found' } };
    expect(parsed('soap', failure)['soap:Envelope']['soap:Body'].response).toEqual({
      code: '499',
      status: 'ERROR',
      text: 'ERROR: not found',
      error: { code: 'not-found', message: 'not found' },
    });
  });
});
