// GET /docs/ and /docs/<dialect>/openapi.json on a running server: each dialect's generated document, valid, with
// servers naming the address the request came in on (a listed proxy's X-Forwarded-Proto/Host, or docs.publicUrl),
// and the reference page with the UI package's files, cached by ETag, none of the package folder's neighbours
// reachable however the name is spelled.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selfSigned } from '../support/certificates.ts';
import { REPO_ROOT } from '../support/cli.ts';
import { sqliteDatabase, type TestDatabase } from '../support/databases.ts';
import { rawHttp } from '../support/raw-http.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const DIALECTS = ['mizu-v2', 'mizu-v1', 'minisip', 'mor'];
/** The peer the server trusts as its reverse proxy; 127.0.0.1 stays an ordinary client. */
const PROXY = '127.0.0.2';

interface OpenApi {
  openapi: string;
  servers: { url: string }[];
  paths: Record<string, unknown>;
}

function generated(dialect: string): OpenApi {
  return JSON.parse(readFileSync(join(REPO_ROOT, 'generated', dialect, 'openapi.json'), 'utf8')) as OpenApi;
}

let db: TestDatabase;
let sb: TestServer;
beforeAll(async () => {
  db = sqliteDatabase();
  sb = await startTestServer(db, { trust: { proxies: [PROXY] } });
});
afterAll(async () => {
  await sb?.stop();
  await db?.drop();
});

describe('GET /docs/<dialect>/openapi.json', () => {
  it.each(DIALECTS)('%s: the generated document, valid, its servers the address asked', async (dialect) => {
    const res = await fetch(`${sb.baseUrl}/docs/${dialect}/openapi.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('vary')).toMatch(/\bHost\b/);
    const served = (await res.json()) as OpenApi;
    expect(served.servers).toEqual([{ url: sb.baseUrl }]);
    expect(Object.keys(served.paths)).toEqual(Object.keys(generated(dialect).paths));
    await expect(SwaggerParser.validate(structuredClone(served) as never)).resolves.toBeTruthy();
  });

  it('names the Host the client used', async () => {
    expect(await servers({ Host: 'pbx.example.test:8080' })).toEqual([{ url: 'http://pbx.example.test:8080' }]);
  });

  it("ignores forwarding headers from a peer that is not a listed proxy: they are the client's own words", async () => {
    const forged = { Host: 'pbx.example.test', 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'evil.example' };
    expect(await servers(forged)).toEqual([{ url: 'http://pbx.example.test' }]);
  });

  it("takes a listed proxy's X-Forwarded-Proto and X-Forwarded-Host (the client-facing first value)", async () => {
    const viaProxy = {
      Host: '10.0.0.5:8080',
      'X-Forwarded-Proto': 'https',
      'X-Forwarded-Host': 'api.example.test, inner.example.test',
    };
    expect(await servers(viaProxy, PROXY)).toEqual([{ url: 'https://api.example.test' }]);
  });

  it("keeps the connection's own scheme and Host when a listed proxy sends values that are no address", async () => {
    const garbled = { Host: 'pbx.example.test', 'X-Forwarded-Proto': 'gopher', 'X-Forwarded-Host': 'a"b' };
    expect(await servers(garbled, PROXY)).toEqual([{ url: 'http://pbx.example.test' }]);
  });

  it('answers 404 for a dialect that does not exist', async () => {
    expect((await fetch(`${sb.baseUrl}/docs/asterisk/openapi.json`)).status).toBe(404);
  });
});

describe('docs.publicUrl', () => {
  let pinned: TestServer;
  beforeAll(async () => {
    pinned = await startTestServer(db, { docs: { publicUrl: 'https://voip.example.test/api/' } });
  });
  afterAll(() => pinned?.stop());

  it('is named in servers whatever the request came in on', async () => {
    const res = await fetch(`${pinned.baseUrl}/docs/mor/openapi.json`);
    expect(((await res.json()) as OpenApi).servers).toEqual([{ url: 'https://voip.example.test/api' }]);
  });
});

describe('over TLS', () => {
  let dir: string;
  let secure: TestServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'switchboard-docs-tls-'));
    secure = await startTestServer(db, { tls: { port: 0, ...selfSigned(dir) } });
  });
  afterAll(async () => {
    await secure?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('names https and the TLS port', async () => {
    const port = secure.server.tlsPort!;
    const document = await new Promise<string>((resolve, reject) => {
      const path = '/docs/minisip/openapi.json';
      request({ host: '127.0.0.1', port, path, rejectUnauthorized: false }, (res) => {
        let body = '';
        res.on('data', (d) => {
          body += d;
        });
        res.on('end', () => resolve(body));
      })
        .on('error', reject)
        .end();
    });
    expect((JSON.parse(document) as OpenApi).servers).toEqual([{ url: `https://127.0.0.1:${port}` }]);
  });
});

describe('GET /docs/', () => {
  it('is the reference page, loading the UI from this server and listing every dialect', async () => {
    const page = await fetch(`${sb.baseUrl}/docs/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await page.text();
    const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts).toEqual(['swagger-ui-bundle.js', 'swagger-ui-standalone-preset.js', 'switchboard-docs.js']);
    const setup = await (await fetch(`${sb.baseUrl}/docs/switchboard-docs.js`)).text();
    for (const dialect of DIALECTS) expect(setup).toContain(`"${dialect}/openapi.json"`);
  });

  it('redirects /docs to /docs/, where the relative links resolve', async () => {
    const res = await fetch(`${sb.baseUrl}/docs`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/docs/');
  });

  it.each([
    ['swagger-ui-bundle.js', 'text/javascript; charset=utf-8'],
    ['swagger-ui.css', 'text/css; charset=utf-8'],
    ['favicon-32x32.png', 'image/png'],
  ])('serves the package file %s as %s, cached and revalidated by ETag', async (name, type) => {
    const file = await fetch(`${sb.baseUrl}/docs/${name}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe(type);
    expect(file.headers.get('cache-control')).toBe('public, max-age=86400');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    const body = Buffer.from(await file.arrayBuffer());
    expect(body.equals(readFileSync(join(REPO_ROOT, 'node_modules/swagger-ui-dist', name)))).toBe(true);
    // Raw: fetch adds `Cache-Control: no-cache` to a conditional request, which asks for the whole file again.
    const again = await rawHttp(sb.port, {
      path: `/docs/${name}`,
      headers: { 'If-None-Match': file.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
  });

  it.each([
    '/docs/../package.json',
    '/docs/..%2fpackage.json',
    '/docs/%2e%2e%2F%2e%2e%2Fpackage.json',
    '/docs/..%5cpackage.json',
    '/docs/%2e%2e/%2e%2e/package.json',
    '/docs/swagger-ui-dist%2fpackage.json',
    '/docs/package.json',
    '/docs/swagger-initializer.js',
    '/docs/%ZZ',
    '/docs/mizu-v2/../../package.json',
    '/docs//etc/passwd',
  ])('reaches nothing outside the package folder: %s is 404', async (path) => {
    const answer = await rawHttp(sb.port, { path });
    expect(answer.status, answer.body.slice(0, 200)).toBe(404);
    expect(answer.body).not.toContain('"dependencies"');
  });
});

/** The servers of the Mizu v2 document, asked with these headers from this address (the HTTP/1.0 reader's). */
async function servers(headers: Record<string, string>, localAddress?: string): Promise<unknown> {
  const answer = await rawHttp(sb.port, { path: '/docs/mizu-v2/openapi.json', headers, localAddress });
  expect(answer.status).toBe(200);
  return (JSON.parse(answer.body) as OpenApi).servers;
}
