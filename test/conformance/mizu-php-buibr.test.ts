// Stands in for buibr/mizu-voip-sms-php 2.x (Guzzle): its requests, built as src/mizuApi.php and src/mizuEntry.php
// build them (every property of the entry object, in declaration order, through http_build_query, nulls left out:
// authkey, authid, authpwd, now, format, apientry, mode, then the entry's own), sent over HTTPS as GET; its answers
// read as src/Response/{Xml,Text,Audio}Response.php and the entries' extract() read them — on SQLite and PostgreSQL.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cdr } from '../../src/persistence/entities/cdr.ts';
import { testEngines, type TestDatabase } from '../support/databases.ts';
import { ADMIN } from '../support/server.ts';
import {
  guzzleQuery,
  httpsGet,
  KEY,
  mizuOverHttps,
  USER,
  type MizuOverHttps,
  type PhpHttpAnswer,
  type PhpValue,
} from './mizu-php-support.ts';

const CLIENT = 'buibr/mizu-voip-sms-php 2.x';
const NOW = 1550662268;

interface Credentials {
  authkey: string;
  authid: string;
  authpwd: string;
}

/** mizuApi::FORMAT_XML is the default (src/mizuApi.php); ->text() asks for text. */
type Format = 'xml' | 'text';

/** The object's properties as toArray() lists them, less method, server and path (getParams). */
function entryQuery(apientry: string, own: [string, PhpValue][], format: Format, auth: Credentials): string {
  return guzzleQuery([
    ['authkey', auth.authkey],
    ['authid', auth.authid],
    ['authsalt', null],
    ['authmd5', null],
    ['authpwd', auth.authpwd],
    ['now', NOW],
    ['format', format],
    ['apientry', apientry],
    ['mode', 'mini'],
    ...own,
  ]);
}

/** What the library hands back (mizuResponse's public fields). */
interface MizuResponse {
  code: number;
  type: string;
  status: boolean;
  response: unknown;
}

class InvalidResponseException extends Error {}

const xml = new XMLParser({ parseTagValue: false, trimValues: false });

/** src/Response/XmlResponse.php: simplexml_load_string, status when $xml->code == 200, the response is $xml->text. */
function xmlResponse(answer: PhpHttpAnswer): MizuResponse {
  const valid = XMLValidator.validate(answer.body);
  if (valid !== true) throw new InvalidResponseException(valid.err.msg);
  const root = Object.entries(xml.parse(answer.body)).find(([name]) => name !== '?xml')?.[1] as Record<string, unknown>;
  return {
    code: answer.status,
    type: answer.contentType,
    status: String(root.code) === '200',
    response: root.text === undefined ? null : String(root.text),
  };
}

/** src/Response/TextResponse.php (commit bd26589): the body as it is, accepted only when it looks like a success. */
function textResponse(answer: PhpHttpAnswer): MizuResponse {
  const body = answer.body.trim();
  const known = [/^OK:/, /Destination:/, /^Your credit is/, /^Postpaid/].some((looks) => looks.test(body));
  if (!known) throw new InvalidResponseException(answer.body);
  return { code: answer.status, type: answer.contentType, status: true, response: answer.body };
}

/** src/mizuEntry.php makeResponse (the JsonResponse it can also make casts an object to a string: unusable). */
const makeResponse = (format: Format, answer: PhpHttpAnswer) =>
  format === 'xml' ? xmlResponse(answer) : textResponse(answer);

/** src/mizuEntry.php makeAudioResponse: an audio/* answer is the recording, anything else is read as makeResponse. */
function makeAudioResponse(format: Format, answer: PhpHttpAnswer): MizuResponse {
  if (/^audio\//.test(answer.contentType))
    return { code: answer.status, type: answer.contentType, status: true, response: answer.body };
  return makeResponse(format, answer);
}

/** The error half every entry's extract() shares: ERROR: and DISPLAY removed, split at ':' into type and message. */
function errorParts(text: string): { type: string; message: string | undefined } | undefined {
  if (!/^ERROR:/.test(text.trim())) return undefined;
  const [type = '', message] = text.replaceAll('ERROR:', '').replaceAll('DISPLAY', '').trim().split(':');
  return { type, message };
}

/** src/Entries/RatingEntry.php extract(). */
function ratingExtract(response: MizuResponse): MizuResponse {
  const text = String(response.response).trim();
  if (/Destination:/.test(text)) {
    const [price, currency] = text.split(',')[0]!.trim().split(' ');
    const destination = text.split(',')[1]!.trim().split(' ')[1];
    return { ...response, response: { price, currency, destination } };
  }
  const error = errorParts(text);
  return error ? { ...response, response: error } : response;
}

/** src/Entries/SmsEntry.php and CdrEntry.php extract(): OK, (and for getfield OK:) stripped, or the error parts. */
function okExtract(response: MizuResponse, prefixes: string[]): MizuResponse {
  const text = String(response.response).trim();
  if (/^OK/.test(text)) {
    const rest = prefixes.reduce((t, prefix) => t.replaceAll(prefix, ''), text).trim();
    return { ...response, response: rest };
  }
  const error = errorParts(text);
  return error ? { ...response, response: error } : response;
}

const engines = await testEngines('the buibr/mizu-voip-sms-php 2.x conformance tests on PostgreSQL');

describe.each(engines.map((open) => [open]))(`${CLIENT} against Switchboard over HTTPS (%#)`, (open) => {
  let db: TestDatabase;
  let mizu: MizuOverHttps;
  const asUser: Credentials = { authkey: KEY, authid: USER.username, authpwd: USER.password };
  const asAdmin: Credentials = { authkey: KEY, authid: ADMIN.username, authpwd: ADMIN.password };
  const get = (apientry: string, own: [string, PhpValue][], format: Format, auth = asUser) =>
    httpsGet(mizu.port, `/mvapireq/?${entryQuery(apientry, own, format, auth)}`);

  beforeAll(async () => {
    db = await open();
    mizu = await mizuOverHttps(db);
  });
  afterAll(async () => {
    await mizu?.stop();
    await db?.drop();
  });

  it('src/Entries/BalanceEntry.php balance(), default xml format (XmlResponse.php): status and the credit line', async () => {
    const answer = await get('balance', [], 'xml');
    expect(xmlResponse(answer)).toMatchObject({ code: 200, status: true, response: 'Your credit is $9.8' });
  });

  it('src/Entries/BalanceEntry.php balance() ->text() (TextResponse.php): "Your credit is $9.8", as the README shows', async () => {
    const answer = await get('balance', [], 'text');
    const response = textResponse(answer);
    expect(response).toMatchObject({ code: 200, status: true });
    expect(String(response.response).trim()).toBe('Your credit is $9.8');
    expect(answer.contentType).toMatch(/^text\/plain/);
  });

  it.each<Format>(['xml', 'text'])(
    'src/Entries/RatingEntry.php run($bnum) in %s: price 0.2, currency EUR, destination Macedonia-cellular (README.md)',
    async (format) => {
      const answer = await get('rating', [['bnum', '+38971234567']], format);
      expect(ratingExtract(makeResponse(format, answer))).toMatchObject({
        code: 200,
        status: true,
        response: { price: '0.2', currency: 'EUR', destination: 'Macedonia-cellular' },
      });
    },
  );

  it('src/Entries/RatingEntry.php with a wrong password: type "auth failed", message " wrong user or password" (README.md)', async () => {
    const answer = await get('rating', [['bnum', '38971234567']], 'xml', { ...asUser, authpwd: 'wrong' });
    expect(ratingExtract(xmlResponse(answer))).toMatchObject({
      code: 200,
      status: false,
      response: { type: 'auth failed', message: ' wrong user or password' },
    });
  });

  it('src/Response/TextResponse.php with a wrong key: InvalidResponseException carrying "ERROR: auth failed: wrong key xxx NORETRY"', async () => {
    const answer = await get('balance', [], 'text', { ...asUser, authkey: 'xxx' });
    expect(answer.status).toBe(200);
    expect(() => textResponse(answer)).toThrow(InvalidResponseException);
    expect(answer.body.trim()).toBe('ERROR: auth failed: wrong key xxx NORETRY');
  });

  it('src/Entries/ApiTest.php test(): an OK answer', async () => {
    const response = xmlResponse(await get('apitest', [], 'xml'));
    expect(response).toMatchObject({ code: 200, status: true });
    expect(String(response.response)).toMatch(/^OK:/);
  });

  it('src/Entries/CdrEntry.php run($sipcallid) (getfield on tb_cdrs by sipcallid): the CDR id after OK', async () => {
    const em = mizu.sb.server.services.db.em();
    const now = new Date();
    const cdr = em.create(Cdr, {
      caller: '1001',
      called: '38971234567',
      startedAt: now,
      endedAt: now,
      sipCallId: 'a84b4c76e66710@pc33.example.com',
    } as never);
    await em.flush();
    const own: [string, PhpValue][] = [
      ['filterfieldtype', 'string'],
      ['retfieldname', 'id'],
      ['filterfieldname', 'sipcallid'],
      ['table', 'tb_cdrs'],
      ['filterfieldvalue', 'a84b4c76e66710@pc33.example.com'],
    ];
    const answer = await get('getfield', own, 'xml', asAdmin);
    expect(okExtract(xmlResponse(answer), ['OK,', 'OK:'])).toMatchObject({
      status: true,
      response: String((cdr as { id: number }).id),
    });
  });

  it.each([
    ['src/Entries/SmsEntry.php', 'sendsms'],
    ['src/Entries/SmsSyncEntry.php', 'sendsmssync'],
  ])('%s run() (%s): OK, stripped, the message id left', async (_, apientry) => {
    const own: [string, PhpValue][] = [
      ['anum', 'Test'],
      ['bnum', '+38971234567'],
      ['message', 'Testing the provider'],
    ];
    const response = okExtract(xmlResponse(await get(apientry, own, 'xml')), ['OK,']);
    expect(response).toMatchObject({ code: 200, status: true, response: expect.stringMatching(/^\w+$/) });
  });

  it('src/Entries/SmsEntry.php run() with a wrong password: an error the entry splits into type and message', async () => {
    const own: [string, PhpValue][] = [
      ['anum', 'Test'],
      ['bnum', '+38971234567'],
      ['message', 'Testing the provider'],
    ];
    const answer = await get('sendsms', own, 'xml', { ...asUser, authpwd: 'wrong' });
    expect(okExtract(xmlResponse(answer), ['OK,'])).toMatchObject({
      status: false,
      response: { type: 'auth failed', message: ' wrong user or password' },
    });
  });

  it('src/Entries/DownloadRecordEntry.php run() (voicerecdownload): not audio, so read as the xml answer, an error', async () => {
    const answer = await get('voicerecdownload', [['cdrid', '1']], 'xml');
    const response = makeAudioResponse('xml', answer);
    expect(response.status).toBe(false);
    expect(String(response.response)).toMatch(/^ERROR: /);
  });
});
