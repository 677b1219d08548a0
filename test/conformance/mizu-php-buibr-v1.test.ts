// Stands in for buibr/mizu-voip-sms-php 1.x (cURL): its requests, built as src/MizuSms.php builds them (apientry, for
// sms txt, then every property of the mizuSMS object in declaration order: server, apiPath, authKey, authId, authpwd,
// anum, bnum, message, each through urlencode, a null as ''), sent by src/mizuCurl.php over HTTPS as GET with cURL's
// Accept: */*; its answers read as src/mizuResponse.php (commits 0c7be3d and f1f49b5) reads them — on SQLite and
// PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines, type TestDatabase } from '../support/databases.ts';
import {
  curlQuery,
  httpsGet,
  KEY,
  mizuOverHttps,
  rawurlencode,
  USER,
  type MizuOverHttps,
  type PhpHttpAnswer,
  type PhpValue,
} from './mizu-php-support.ts';

const CLIENT = 'buibr/mizu-voip-sms-php 1.x';
const SERVER = 'sip27.webvoipphone.com';

/** src/MizuSms.php's properties, as toArray() lists them. */
function properties(authKey: string, bnum: string | null, message: string | null): [string, PhpValue][] {
  return [
    ['server', SERVER],
    ['apiPath', 'mvapireq'],
    ['authKey', authKey],
    ['authId', USER.username],
    ['authpwd', USER.password],
    ['anum', null],
    ['bnum', bnum],
    ['message', message],
  ];
}

/** The object src/mizuResponse.php makes: the trimmed body as data; extract() sets the rest. */
interface MizuResponse {
  code: number;
  type: string;
  data: string;
  status?: boolean;
  response?: unknown;
}

/** PHP ltrim($text, $mask): every leading character that is in the mask goes. */
function ltrim(text: string, mask: string): string {
  let start = 0;
  while (start < text.length && mask.includes(text[start]!)) start++;
  return text.slice(start);
}

/**
 * extract(): a balance line ("Your credit is") is the rest of it, PHP-ltrimmed of those letters (commit 0c7be3d);
 * otherwise the text before the first ':' is the status, OK or ERROR, and the rest, trimmed, the response (commit
 * f1f49b5). (Its rating branch reads a line holding "Destination: ", which the 1.x entry points never ask for.)
 */
function mizuResponse(answer: PhpHttpAnswer): MizuResponse {
  const data = answer.body.trim();
  const read = { code: answer.status, type: answer.contentType, data };
  if (data.includes('Your credit is')) return { ...read, status: true, response: ltrim(data, 'Your credit is').trim() };
  const [status = '', ...rest] = data.split(':');
  const response = rest.join(':').trim();
  if (status.trim().toUpperCase() === 'OK') return { ...read, status: true, response };
  if (status.trim().toUpperCase() === 'ERROR') return { ...read, status: false, response };
  throw new Error('InvalidResponseException: Unknow response.');
}

const engines = await testEngines('the buibr/mizu-voip-sms-php 1.x conformance tests on PostgreSQL');

describe.each(engines.map((open) => [open]))(`${CLIENT} against Switchboard over HTTPS (%#)`, (open) => {
  let db: TestDatabase;
  let mizu: MizuOverHttps;
  const get = (pairs: [string, PhpValue][]) => httpsGet(mizu.port, `/mvapireq/?${curlQuery(pairs)}`, { Accept: '*/*' });

  beforeAll(async () => {
    db = await open();
    mizu = await mizuOverHttps(db);
  });
  afterAll(async () => {
    await mizu?.stop();
    await db?.drop();
  });

  it('src/MizuSms.php balance() (camel-case authKey, authId), read by src/mizuResponse.php: README.md\'s object, "$9.8" of "Your credit is $9.8"', async () => {
    const answer = await get([['apientry', 'balance'], ...properties(KEY, null, null)]);
    expect(mizuResponse(answer)).toEqual({
      code: 200,
      type: expect.stringMatching(/^text\/plain/),
      data: 'Your credit is $9.8',
      status: true,
      response: '$9.8',
    });
  });

  it("src/MizuSms.php balance() with a wrong key, read by src/mizuResponse.php: README.md's error, word for word", async () => {
    const answer = await get([['apientry', 'balance'], ...properties('xxx', null, null)]);
    expect(mizuResponse(answer)).toEqual({
      code: 200,
      type: expect.stringMatching(/^text\/plain/),
      data: 'ERROR: auth failed: wrong key xxx NORETRY',
      status: false,
      response: 'auth failed: wrong key xxx NORETRY',
    });
  });

  it('src/MizuSms.php send() (apientry=sms with txt, and message sent rawurlencoded once more): OK and the message id', async () => {
    const text = 'Testing the provider';
    const answer = await get([
      ['apientry', 'sms'],
      ['txt', text],
      ...properties(KEY, '+38971234567', rawurlencode(text)),
    ]);
    expect(mizuResponse(answer)).toMatchObject({ code: 200, status: true, response: expect.stringMatching(/^\w+$/) });
  });
});
