// The text and cleartext answers: OK / ERROR first, then key=value lines or a CSV table; read back by the client
// parser.
import { describe, expect, it } from 'vitest';
import { parseTextAnswer } from '../../../../src/protocol/text-answer.ts';
import { renderAnswer, type MizuAnswer } from '../../../../src/dialects/mizu/answer/index.ts';

const failure: MizuAnswer = {
  ok: false,
  error: {
    code: 'invalid-parameter',
    message: 'invalid parameter: bnum, credit',
    issues: [
      { param: 'bnum', problem: 'is required' },
      { param: 'credit', problem: 'must be a decimal number' },
    ],
  },
};

const cases: [string, { answer: MizuAnswer; text: string; cleartext: string }][] = [
  ['a bare success', { answer: { ok: true, kind: 'ok', data: {} }, text: 'OK\n', cleartext: 'OK\n' }],
  [
    'a success with a message',
    {
      answer: { ok: true, kind: 'ok', data: {}, message: 'new nonce is:abcEOF' },
      text: 'OK: new nonce is:abcEOF\n',
      cleartext: 'new nonce is:abcEOF\n',
    },
  ],
  [
    'a value (the message gives way)',
    {
      answer: { ok: true, kind: 'value', data: { value: 12.5 }, message: 'ignored' },
      text: 'OK: 12.5\n',
      cleartext: '12.5\n',
    },
  ],
  [
    'a record',
    {
      answer: { ok: true, kind: 'record', data: { credit: '10.5', currency: 'EUR', active: true, none: null } },
      text: 'OK\ncredit=10.5\ncurrency=EUR\nactive=1\nnone=\n',
      cleartext: 'credit=10.5\ncurrency=EUR\nactive=1\nnone=\n',
    },
  ],
  [
    'a record with a message',
    {
      answer: { ok: true, kind: 'record', data: { a: 1 }, message: 'found' },
      text: 'OK: found\na=1\n',
      cleartext: 'a=1\n',
    },
  ],
  [
    'a list',
    {
      answer: {
        ok: true,
        kind: 'list',
        data: {
          rows: [
            { id: 1, name: 'a,b' },
            { id: 2, name: 'say "hi"' },
          ],
        },
      },
      text: 'OK\nid,name\n1,"a,b"\n2,"say ""hi"""\n',
      cleartext: 'id,name\n1,"a,b"\n2,"say ""hi"""\n',
    },
  ],
  [
    'a list whose rows differ',
    {
      answer: { ok: true, kind: 'list', data: { rows: [{ a: 1 }, { b: 2 }] } },
      text: 'OK\na,b\n1,\n,2\n',
      cleartext: 'a,b\n1,\n,2\n',
    },
  ],
  ['an empty list', { answer: { ok: true, kind: 'list', data: { rows: [] } }, text: 'OK\n', cleartext: '' }],
  [
    'a text',
    {
      answer: { ok: true, kind: 'text', data: { text: 'line 1\nline 2' } },
      text: 'OK\nline 1\nline 2\n',
      cleartext: 'line 1\nline 2\n',
    },
  ],
  [
    'a file, Base64 encoded',
    {
      answer: { ok: true, kind: 'file', data: { mediaType: 'text/plain', filename: 'a.txt', body: 'hi' } },
      text: 'OK\nfilename=a.txt\nmediaType=text/plain\ncontent=aGk=\n',
      cleartext: 'filename=a.txt\nmediaType=text/plain\ncontent=aGk=\n',
    },
  ],
  [
    'a failure',
    {
      answer: { ok: false, error: { code: 'auth-failed', message: 'wrong authentication' } },
      text: 'ERROR: wrong authentication\n',
      cleartext: 'ERROR: wrong authentication\n',
    },
  ],
  [
    'a failure with issues',
    {
      answer: failure,
      text: 'ERROR: invalid parameter: bnum, credit\nbnum: is required\ncredit: must be a decimal number\n',
      cleartext: 'ERROR: invalid parameter: bnum, credit\nbnum: is required\ncredit: must be a decimal number\n',
    },
  ],
  [
    'newlines in values and messages',
    {
      answer: { ok: true, kind: 'record', data: { note: 'a\r\nb\nc\rd' }, message: 'x\ny' },
      text: 'OK: x y\nnote=a b c d\n',
      cleartext: 'note=a b c d\n',
    },
  ],
];

describe('text answers', () => {
  it.each(cases)('renders %s', (_, { answer, text }) => {
    expect(renderAnswer('text', answer)).toEqual({ contentType: 'text/plain; charset=utf-8', body: text });
  });

  it.each(cases)('renders %s as cleartext', (_, { answer, cleartext }) => {
    expect(renderAnswer('cleartext', answer)).toEqual({ contentType: 'text/plain; charset=utf-8', body: cleartext });
  });
});

describe('text answers read back by the client', () => {
  const tricky = 'a=b, "quoted" <tag> & \u2028 é';
  const roundTrips: [string, { answer: MizuAnswer & { ok: true }; want: unknown }][] = [
    ['ok', { answer: { ok: true, kind: 'ok', data: {} }, want: {} }],
    ['ok with a message', { answer: { ok: true, kind: 'ok', data: {}, message: 'done' }, want: { message: 'done' } }],
    ['a value', { answer: { ok: true, kind: 'value', data: { value: tricky } }, want: { value: tricky } }],
    [
      'a record',
      {
        answer: { ok: true, kind: 'record', data: { credit: '10.50', note: tricky, empty: '' } },
        want: { credit: '10.50', note: tricky, empty: '' },
      },
    ],
    [
      'a list',
      {
        answer: {
          ok: true,
          kind: 'list',
          data: {
            rows: [
              { id: '1', note: tricky },
              { id: '2', note: '' },
            ],
          },
        },
        want: {
          rows: [
            { id: '1', note: tricky },
            { id: '2', note: '' },
          ],
        },
      },
    ],
    [
      'a text',
      {
        answer: { ok: true, kind: 'text', data: { text: `first\n${tricky}\n\nlast\n` } },
        want: { text: `first\n${tricky}\n\nlast\n` },
      },
    ],
  ];

  it.each(roundTrips)('%s', (_, { answer, want }) => {
    const parsed = parseTextAnswer(answer.kind, renderAnswer('text', answer).body);
    expect(parsed.ok).toBe(true);
    expect(parsed.data).toEqual(want);
  });

  it('keeps the message beside the data', () => {
    const parsed = parseTextAnswer(
      'record',
      renderAnswer('text', { ok: true, kind: 'record', data: { a: '1' }, message: 'hello' }).body,
    );
    expect(parsed).toEqual({ ok: true, message: 'hello', data: { a: '1' } });
  });

  it('reads a failure as not ok with its message', () => {
    expect(parseTextAnswer('record', renderAnswer('text', failure).body)).toEqual({
      ok: false,
      message: 'invalid parameter: bnum, credit',
      data: undefined,
    });
  });
});
