// CODEIQBV/laravel-kolmisoft (a Laravel client of MOR's API) against a real Switchboard on SQLite and PostgreSQL: the
// requests src/Api/BaseApi.php sendRequest builds (a JSON POST to {api_url}/api/<action> with u, p and the hash of
// the method's hash keys), read as it reads them (simplexml: the answer's root element, its children by name), and
// the errors mapped as src/Api/User.php handleError maps them.
import { createHash } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../support/databases.ts';
import type { TestServer } from '../support/server.ts';
import { API_SECRET, PASSWORD } from '../dialects/mor/support.ts';
import { startMorWorld, type MorWorld, type World } from '../dialects/mor/world.ts';

const CLIENT = 'CODEIQBV/laravel-kolmisoft';
const engines = await testEngines('the laravel-kolmisoft conformance tests on PostgreSQL');

/** config/kolmisoft.php: api_url is the MOR base with /billing; use_hash is on by default. */
interface KolmisoftConfig {
  api_url: string;
  username: string;
  password: string;
  auth_key: string;
}

/** What simplexml_load_string hands the library: the root element, its children reached by name. */
interface XmlRoot {
  element: string;
  children: Record<string, unknown>;
}

class ApiException extends Error {}

/** src/Api/BaseApi.php generateHash: the listed params that are set, concatenated, then the auth key; SHA1 hex. */
function generateHash(params: Record<string, unknown>, hashKeys: string[], authKey: string): string {
  const set = hashKeys.filter((key) => params[key] !== undefined && params[key] !== null).map((k) => String(params[k]));
  return createHash('sha1')
    .update(set.join('') + authKey)
    .digest('hex');
}

/**
 * src/Api/BaseApi.php sendRequest: u and p from the config over whatever the method set, the hash, a JSON POST
 * (Laravel's Http::post), an exception on a non-2xx status before the body is read, then the XML's root element.
 */
async function sendRequest(
  config: KolmisoftConfig,
  endpoint: string,
  params: Record<string, unknown>,
  hashKeys: string[],
): Promise<XmlRoot> {
  const sent = { ...params, u: config.username, p: config.password };
  const body = { ...sent, hash: generateHash(sent, hashKeys, config.auth_key) };
  const res = await fetch(config.api_url + endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': 'GuzzleHttp/7' },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status < 200 || res.status > 299) {
    throw new ApiException(`Failed to connect to the API. Status: ${res.status}, Response: ${text}`);
  }
  let doc: Record<string, unknown>;
  try {
    doc = new XMLParser({ parseTagValue: false, ignoreDeclaration: true }).parse(text, true);
  } catch {
    throw new ApiException(`Failed to parse API response. Raw response: ${text}`);
  }
  const [element] = Object.keys(doc);
  if (element === undefined) throw new ApiException(`Failed to parse API response. Raw response: ${text}`);
  const root = doc[element];
  return { element, children: typeof root === 'object' && root !== null ? (root as Record<string, unknown>) : {} };
}

/** src/Api/User.php handleError, for the texts a refusal of these requests can carry. */
function handleError(error: unknown): never {
  const known: Record<string, string> = {
    'Incorrect hash': 'Incorrect hash provided.',
    'User was not found': 'User was not found.',
    'Access Denied': 'Access Denied.',
    'API Requests are disabled': 'API Requests are disabled.',
    'GET Requests are disabled': 'GET Requests are disabled.',
  };
  throw new ApiException(known[String(error)] ?? `An unknown error occurred: ${String(error)}`);
}

/** The refusal check every method of src/Api/*.php makes after sendRequest: isset($response->error). */
function unlessRefused(response: XmlRoot): XmlRoot {
  if (response.children.error !== undefined) handleError(response.children.error);
  return response;
}

/** src/Api/User.php formatLoginResponse, applied to the action element. */
function formatLoginResponse(action: Record<string, unknown>) {
  const status = String(action.status ?? '');
  const response: Record<string, unknown> = {
    name: String(action.name ?? ''),
    status,
    status_message:
      action.status_message !== undefined
        ? String(action.status_message)
        : status === 'ok'
          ? 'Successfully logged in'
          : 'Login failed',
  };
  if (action.user_id !== undefined) response.user_id = Number.parseInt(String(action.user_id), 10);
  if (status === 'failed') throw new ApiException(String(response.status_message));
  return response;
}

/** src/Api/User.php login(): POST /api/user_login with u and p, both hashed. */
function login(config: KolmisoftConfig): Promise<XmlRoot> {
  return sendRequest(config, '/api/user_login', { u: config.username, p: config.password }, ['u', 'p']);
}

describe.each(engines.map((open) => [open]))(`${CLIENT} against MOR's API (%#)`, (open) => {
  let world: MorWorld | undefined;
  let sb: TestServer;
  let w: World;
  const config = (over: Partial<KolmisoftConfig> = {}): KolmisoftConfig => ({
    api_url: `${sb.baseUrl}/billing`,
    username: 'alice',
    password: PASSWORD,
    auth_key: API_SECRET,
    ...over,
  });

  beforeAll(async () => {
    world = await startMorWorld(open);
    ({ sb, w } = world);
  });
  afterAll(() => world?.stop());

  it(`${CLIENT} src/Api/User.php login(): /api/user_login answers MOR's <action> with user_id, which formatLoginResponse reads`, async () => {
    const action = await login(config());
    expect(action.element).toBe('action');
    expect(formatLoginResponse(action.children)).toEqual({
      name: 'login',
      status: 'ok',
      status_message: 'Successfully logged in',
      user_id: w.alice,
    });
    // login() without $raw looks for an <action> under the root; MOR's answer, and so Switchboard's, is that root
    // itself, so only the raw answer (what login(..., true) returns) reaches formatLoginResponse, with either server.
    expect(action.children.action).toBeUndefined();
  });

  it(`${CLIENT} src/Api/User.php login(): a wrong password is MOR's failed action, thrown as "Login failed"`, async () => {
    const action = await login(config({ password: 'not-her-password' }));
    expect(() => formatLoginResponse(action.children)).toThrow(new ApiException('Login failed'));
  });

  it(`${CLIENT} src/Api/BaseApi.php sendRequest: a page reached by MOR's action name, hashed over user_id, answers its XML with 200`, async () => {
    const page = unlessRefused(await sendRequest(config(), '/api/user_devices', { user_id: w.alice }, ['user_id']));
    expect(page.element).toBe('page');
    const devices = (page.children.devices as { device: { extension: string }[] }).device;
    expect(devices.map((d) => d.extension)).toEqual(['101', '102', '103']);
  });

  it(`${CLIENT} src/Api/User.php handleError: the refusals come with 200 and read as "Incorrect hash provided." and "User was not found."`, async () => {
    const wrongKey = sendRequest(config({ auth_key: 'not-the-key' }), '/api/user_devices', { user_id: w.alice }, [
      'user_id',
    ]);
    await expect(wrongKey.then(unlessRefused)).rejects.toThrow(new ApiException('Incorrect hash provided.'));
    const nobody = sendRequest(config(), '/api/main_page', { user_id: 987654 }, ['user_id']);
    await expect(nobody.then(unlessRefused)).rejects.toThrow(new ApiException('User was not found.'));
  });
});
