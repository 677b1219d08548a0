// The reference page at /docs/ as an integrator uses it, in headless Chromium (Debian's, never a downloaded one):
// pick the dialect, give its credentials the way the document declares them, "Try it out", and read the server's
// answer on the page. One call per dialect: Mizu v2 balance (authkey, authid, authpwd; in json, then in xml beside
// its documented example), Mizu v1 balance (key, usr,
// pwd), a miniSIPServer query (syskey in the JSON object), and a MOR page after logging in (the session cookie the
// login sets). A screenshot of each answer is left in test-output/docs/.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderXml } from '../../src/dialects/mor/xml.ts';
import { addUser, PASSWORD } from '../dialects/mor/support.ts';
import { REPO_ROOT } from '../support/cli.ts';
import { sqliteDatabase, type TestDatabase } from '../support/databases.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { requireCommand } from '../support/services.ts';

const withChromium = requireCommand('chromium', 'the /docs/ browser tests (apt-get install chromium)');
const OUTPUT = join(REPO_ROOT, 'test-output', 'docs');
const API_KEY = 'docs-api-key';
const V1_KEY = 'docs-v1-key';
const SYSKEY = 'docs-syskey';
const USER = 'alice';
/** The page loads a 1.5 MB bundle and parses a 169-operation document: generous, on a shared 2-core machine. */
const UI_TIMEOUT_MS = 60_000;
/** How long an Execute may take to show its answer before it is clicked again, and how many clicks at most. */
const EXECUTE_WAIT_MS = 20_000;
const EXECUTE_ATTEMPTS = 3;

let db: TestDatabase;
let sb: TestServer;
let browser: Browser;
let page: Page;
/** Script errors and Content-Security-Policy refusals: the page must run clean under its own policy. */
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!withChromium) return;
  mkdirSync(OUTPUT, { recursive: true });
  db = sqliteDatabase();
  sb = await startTestServer(db, { globals: { apiv2key: API_KEY, httpapikey: V1_KEY } });
  sb.config.minisip.syskey = SYSKEY;
  await addUser(sb, USER);
  const executablePath = spawnSync('sh', ['-c', 'command -v chromium']).stdout.toString().trim();
  browser = await puppeteer.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
  page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error instanceof Error ? error.message : String(error)));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) pageErrors.push(message.text());
  });
  await page.setViewport({ width: 1280, height: 1400 });
});
afterEach(() => {
  expect(pageErrors).toEqual([]);
});
afterAll(async () => {
  await browser?.close();
  await sb?.stop();
  await db?.drop();
});

describe.runIf(withChromium)('/docs/ in Chromium: "Try it out" against this server', { timeout: 120_000 }, () => {
  it('Mizu v2: balance, authorised with authkey, authid and authpwd, in json and in xml as documented', async () => {
    const mizu = await openDefinition('mizu-v2');
    const notSchemes = await authorize({ authkey: API_KEY, authid: USER, authpwd: PASSWORD });
    const balance = await expand(mizu, 'get', '/mvapireq/balance');
    await fillParameters(balance, { ...notSchemes, format: 'json' });
    const answer = await execute(balance, 'mizu-v2');
    expect(answer.status).toBe('200');
    expect(JSON.parse(answer.body)).toMatchObject({ code: 200, status: 'OK', data: { currency: 'USD' } });

    // The xml answer is documented as the document the server sends: Swagger UI's XML of the example object under
    // the schema's root (xml.name: response). The example chosen is the one the server's own writer rendered.
    const response = `${balance} tr.response[data-code="200"]`;
    await page.select(`${response} .response-control-media-type select`, 'application/xml');
    await page.select(`${response} .response-control-examples select`, 'success-2');
    const documented = await page.$eval(`${response} .example`, (e) => e.textContent ?? '');
    expect(documented).toMatch(/^<\?xml [^>]*\?>\s*<response>\s*<code>200<\/code>/);
    await fillParameters(balance, { format: 'xml' });
    // The json answer off the page first, so that the one read next is the xml's.
    await page.click(`${balance} .btn-clear`);
    const xml = await execute(balance, 'mizu-v2-xml');
    expect(xml.status).toBe('200');
    expect(xml.body).toContain('<currency>USD</currency>');
    expect(elements(xml.body)).toEqual(elements(documented));
  });

  it('Mizu v1: balance, authorised with key, usr and pwd', async () => {
    const v1 = await openDefinition('mizu-v1');
    const notSchemes = await authorize({ key: V1_KEY, usr: USER, pwd: PASSWORD });
    const balance = await expand(v1, 'get', '/xmapi/balance');
    await fillParameters(balance, notSchemes);
    const answer = await execute(balance, 'mizu-v1');
    expect(answer.status).toBe('200');
    // A new user: no credit yet.
    expect(answer.body).toMatch(/^OK: 0\.00\s*$/);
  });

  it('miniSIPServer: localuser/query, the syskey in the JSON object', async () => {
    const minisip = await openDefinition('minisip');
    const query = await expand(minisip, 'post', '/openapi/localuser/query');
    await fillBody(query, JSON.stringify({ syskey: SYSKEY, usrname: USER }));
    const answer = await execute(query, 'minisip');
    expect(answer.status).toBe('200');
    expect(JSON.parse(answer.body)).toMatchObject({ usrname: USER });
  });

  it('MOR: log in, then a page on the session cookie the login set', async () => {
    const mor = await openDefinition('mor');
    const login = await expand(mor, 'post', '/billing/api/login');
    await fillParameters(login, { u: USER, p: PASSWORD });
    expect((await execute(login, 'mor-login')).body).toContain('<status>ok</status>');
    const details = await expand(mor, 'get', '/billing/users/personal_details');
    // The documented answer is Swagger UI's XML of the example object under the schema's root (xml.name: page), no
    // root of its own invention: the very document the server's XML writer makes of that example, indentation aside.
    const documented = await page.$eval(`${details} tr.response[data-code="200"] .example`, (e) => e.textContent ?? '');
    expect(documented).toMatch(/^<\?xml [^>]*\?>\s*<page>/);
    const example =
      mor.paths['/billing/users/personal_details']!.get!.responses!['200']!.content['application/xml']!.examples
        .success!.value;
    expect(documented.replaceAll('\t', '  ').trim()).toBe(renderXml({ page: example }).trim());
    const answer = await execute(details, 'mor');
    expect(answer.status).toBe('200');
    expect(answer.body).toContain(`<alias>${USER}</alias>`);
    // And the server's real answer is that document with this user's values: the same elements in the same order.
    expect(elements(answer.body)).toEqual(elements(documented));
  });
});

interface Definition {
  info: { title: string };
  paths: Record<string, Record<string, Operation>>;
}

interface Operation {
  operationId: string;
  tags?: string[];
  responses?: Record<string, { content: Record<string, { examples: Record<string, { value: unknown }> }> }>;
}

/** An XML document's start and end tags in order, by name: its elements, whatever their text and indentation. */
function elements(xml: string): string[] {
  return [...xml.matchAll(/<\/?[A-Za-z_][\w.-]*/g)].map((m) => m[0]);
}

/** Opens the reference on the dialect's definition, chosen in the top bar's list by the document's title. */
async function openDefinition(dialect: string): Promise<Definition> {
  const document = (await (await fetch(`${sb.baseUrl}/docs/${dialect}/openapi.json`)).json()) as Definition;
  await page.goto(definitionUrl(document));
  await page.waitForSelector('.scheme-container .btn.authorize, .opblock', { timeout: UI_TIMEOUT_MS });
  return document;
}

function definitionUrl(definition: Definition): string {
  return `${sb.baseUrl}/docs/?${new URLSearchParams({ 'urls.primaryName': definition.info.title })}`;
}

/**
 * Opens an operation by its deep link (#/<tag>/<operationId>), as a shared link would: Swagger UI renders only the
 * operations in view, so this is also how a test reaches one. Authorisations persist across the reload; cookies too.
 * Answers the selector of the operation's block.
 */
async function expand(definition: Definition, method: string, path: string): Promise<string> {
  const operation = definition.paths[path]![method]!;
  const tag = operation.tags?.[0] ?? 'default';
  // A new load: a change of the fragment alone is not followed.
  await page.goto('about:blank');
  await page.goto(`${definitionUrl(definition)}#/${tag}/${operation.operationId}`);
  const block = `#operations-${tag}-${operation.operationId}`;
  await page.waitForSelector(`${block}.is-open .btn.execute`, { timeout: UI_TIMEOUT_MS });
  return block;
}

/**
 * The Authorize dialog: each security scheme named in values gets its value. Answers the values the document has no
 * scheme for, which travel as the operation's parameters instead.
 */
async function authorize(values: Record<string, string>): Promise<Record<string, string>> {
  await page.click('.scheme-container .btn.authorize');
  await page.waitForSelector('.modal-ux .auth-container');
  const forms = await page.$$('.modal-ux .auth-container');
  const schemes = await Promise.all(forms.map((form) => form.$eval('h4 code', (code) => code.textContent ?? '')));
  const rest: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    const form = forms[schemes.indexOf(name)];
    if (!form) {
      rest[name] = value;
      continue;
    }
    await (await form.$('input'))!.type(value);
    await (await form.$('.btn.authorize'))!.click();
  }
  await page.click('.modal-ux .close-modal');
  return rest;
}

/** Each parameter's field: a text box, or the list Swagger UI shows for an enum. */
async function fillParameters(block: string, values: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    const row = `${block} tr[data-param-name="${name}"]`;
    if (await page.$(`${row} select`)) {
      await page.select(`${row} select`, value);
    } else {
      await page.click(`${row} input`, { count: 3 });
      await page.type(`${row} input`, value);
    }
  }
}

/** Replaces the example in the request body box. */
async function fillBody(block: string, json: string): Promise<void> {
  const body = `${block} textarea.body-param__text`;
  await page.click(body);
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  await page.type(body, json);
}

/**
 * Clicks Execute and reads the answer the page shows (status and body); the screenshot is named for the call. On a
 * loaded machine a click can land before the page handles it: one that shows no answer within a while is repeated.
 */
async function execute(block: string, name: string): Promise<{ status: string; body: string }> {
  const answer = `${block} .live-responses-table .response`;
  const shown = `${answer} .response-col_description pre`;
  for (let attempt = 1; ; attempt++) {
    await page.click(`${block} .btn.execute`);
    try {
      await page.waitForSelector(shown, { timeout: EXECUTE_WAIT_MS });
      break;
    } catch (e) {
      if (attempt === EXECUTE_ATTEMPTS) throw e;
    }
  }
  const read = await page.$eval(answer, (row) => ({
    status: row.querySelector('.response-col_status')?.textContent?.trim() ?? '',
    body: row.querySelector('.response-col_description pre')?.textContent ?? '',
  }));
  await page.$eval(answer, (row) => row.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: join(OUTPUT, `${name}.png`) });
  return read;
}
