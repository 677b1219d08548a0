// multipart/form-data bodies (RFC 7578), as PHP's curl sends an array body: read like URL-encoded ones by Mizu v2,
// Mizu v1 and MOR; a malformed one is a clear bad request, a large one is bounded by limits.maxRequestBytes — the
// parser on its own, then real FormData bodies sent by fetch() to a real server, on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartFields } from '../../../../src/dialects/mizu/decode/multipart.ts';
import { DecodeError } from '../../../../src/platform/decode-error.ts';
import { testEngines, type TestDatabase } from '../../../support/databases.ts';
import { startTestServer, type TestServer } from '../../../support/server.ts';

const TYPE = 'multipart/form-data; boundary=XyZ';
const part = (disposition: string, value: string) => `--XyZ\r\nContent-Disposition: ${disposition}\r\n\r\n${value}\r\n`;

describe('multipartFields', () => {
  it.each([
    ['one field', `${part('form-data; name="apientry"', 'balance')}--XyZ--\r\n`, [['apientry', 'balance']]],
    [
      'several, in order, with an empty value and a value over lines',
      `${part('form-data; name="a"', '')}${part('form-data; name=b', 'x\r\ny')}--XyZ--`,
      [
        ['a', ''],
        ['b', 'x\r\ny'],
      ],
    ],
    [
      'a preamble, extra headers, a quoted name with an escaped quote, a file part and an epilogue',
      `ignored\r\n--XyZ\r\nContent-Type: text/plain\r\ncontent-disposition: FORM-DATA; filename="n.txt"; name="q\\"1"\r\n\r\nhi\r\n--XyZ--\r\nignored`,
      [['q"1', 'hi']],
    ],
    [
      'a part without headers but a name',
      `--XyZ  \r\nContent-Disposition: form-data;name="t"\r\n\r\n1\r\n--XyZ--`,
      [['t', '1']],
    ],
  ])('reads %s', (_, body, fields) => {
    expect(multipartFields(TYPE, body)).toEqual(fields);
  });

  it('takes a quoted boundary', () => {
    expect(
      multipartFields(
        'multipart/form-data; boundary="a b"',
        '--a b\r\nContent-Disposition: form-data; name="x"\r\n\r\n1\r\n--a b--',
      ),
    ).toEqual([['x', '1']]);
  });

  it.each([
    ['no boundary', 'multipart/form-data', '--XyZ--', /needs a boundary/],
    ['a boundary longer than 70', `multipart/form-data; boundary=${'b'.repeat(71)}`, '--b--', /needs a boundary/],
    ['a body without its boundary', TYPE, 'a=1', /does not contain its boundary/],
    ['no closing boundary', TYPE, part('form-data; name="a"', '1'), /ends before its closing boundary/],
    ['LF line ends', TYPE, '--XyZ\nContent-Disposition: form-data; name="a"\n\n1\n--XyZ--', /does not end with CRLF/],
    ['no blank line after the headers', TYPE, '--XyZ\r\nContent-Disposition: form-data; name="a"', /no blank line/],
    ['no Content-Disposition', TYPE, '--XyZ\r\n\r\n1\r\n--XyZ--', /no "Content-Disposition: form-data"/],
    ['another disposition', TYPE, `${part('attachment; name="a"', '1')}--XyZ--`, /no "Content-Disposition: form-data"/],
    ['a part without a name', TYPE, `${part('form-data; filename="a"', '1')}--XyZ--`, /has no name/],
  ])('refuses %s', (_, contentType, body, problem) => {
    expect(() => multipartFields(contentType, body)).toThrow(DecodeError);
    expect(() => multipartFields(contentType, body)).toThrow(problem);
  });
});

const USER = { username: 'mia', password: 'mia-pw-1' };
const MAX_REQUEST_BYTES = 4096;

/** A FormData of the fields, as fetch() sends it (multipart/form-data with a boundary of its own). */
const formData = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
};

const engines = await testEngines('the multipart tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('multipart bodies on a server (%#)', (openDatabase) => {
  let db: TestDatabase;
  let sb: TestServer;
  /** The answer to a POST of the fields, as multipart (FormData) or URL-encoded. */
  const post = async (path: string, fields: Record<string, string>, as: 'multipart' | 'urlencoded') => {
    const res = await fetch(`${sb.baseUrl}${path}`, {
      method: 'POST',
      body: as === 'multipart' ? formData(fields) : new URLSearchParams(fields),
    });
    return { status: res.status, body: await res.text(), cookie: res.headers.get('set-cookie') };
  };

  beforeAll(async () => {
    db = await openDatabase();
    sb = await startTestServer(db, { limits: { maxRequestBytes: MAX_REQUEST_BYTES } });
    const { accounts, db: database } = sb.server.services;
    await accounts.create(database.em(), { ...USER, creditMicros: 7_250_000n }, { name: 'test', requestId: 'setup' });
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });

  it.each([
    ['Mizu v2', '/mvapireq/', { apientry: 'balance', authid: USER.username, authpwd: USER.password, format: 'json' }],
    ['Mizu v1', '/xmapi/balance', { usr: USER.username, pwd: USER.password }],
  ])('%s answers a FormData body as it answers the same fields URL-encoded', async (_, path, fields) => {
    const multipart = await post(path, fields, 'multipart');
    expect(multipart).toEqual(await post(path, fields, 'urlencoded'));
    expect(multipart.body).toMatch(/7\.25/);
  });

  it('MOR logs in from a FormData body', async () => {
    const login = await post('/billing/api/login', { u: USER.username, p: USER.password }, 'multipart');
    expect(login.cookie, login.body).toMatch(/_mor_session=/);
    expect((await post('/billing/api/login', { u: USER.username, p: 'nope' }, 'multipart')).cookie).toBeNull();
  });

  it('answers a malformed multipart body with a bad request that says what is wrong', async () => {
    const res = await fetch(`${sb.baseUrl}/mvapireq/?format=json`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=XyZ' },
      body: part('form-data; name="apientry"', 'apitest1'),
    });
    const answer = (await res.json()) as { error?: { code: string; message: string } };
    expect(answer.error?.code).toBe('bad-request');
    expect(answer.error?.message).toMatch(/ends before its closing boundary/);
  });

  it('refuses a multipart body over limits.maxRequestBytes', async () => {
    // The format in the query: the body that would name it is not read.
    const big = { apientry: 'apitest1', filler: 'x'.repeat(MAX_REQUEST_BYTES) };
    const res = await post('/mvapireq/?format=json', big, 'multipart');
    const answer = JSON.parse(res.body) as { error?: { code: string } };
    expect(answer.error?.code).toBe('request-too-large');
  });
});
