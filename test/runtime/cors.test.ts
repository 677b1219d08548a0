// Cross-origin requests from browser pages (cors.origins): a listed origin gets the CORS headers with credentials on
// every dialect's answers, whichever reader took the request (the lean reader's HTTP/1.1 GET, node:http's HTTP/1.0),
// and its preflight is answered; `*` never allows credentials; an unlisted origin, or the default config, gets none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteDatabase, type TestDatabase } from '../support/databases.ts';
import { rawHttp, type RawRequest } from '../support/raw-http.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const PORTAL = 'https://portal.example.test';
const APITEST = '/mvapireq/?apientry=apitest1';

let db: TestDatabase;
const servers: TestServer[] = [];
let listed: TestServer;
let anyOrigin: TestServer;
let byDefault: TestServer;
beforeAll(async () => {
  db = sqliteDatabase();
  listed = await startTestServer(db, { cors: { origins: [PORTAL] } });
  servers.push(listed);
  anyOrigin = await startTestServer(db, { cors: { origins: ['*'] } });
  servers.push(anyOrigin);
  byDefault = await startTestServer(db);
  servers.push(byDefault);
});
afterAll(async () => {
  for (const sb of servers) await sb.stop();
  await db?.drop();
});

const ask = (sb: TestServer, r: RawRequest) => rawHttp(sb.port, r);

describe('cors.origins lists the portal', () => {
  it.each(['1.1', '1.0'] as const)(
    'a GET over HTTP/%s gets the same answer, readable by the portal with credentials',
    async (version) => {
      const plain = await ask(listed, { path: APITEST, version });
      const fromPortal = await ask(listed, { path: APITEST, version, headers: { Origin: PORTAL } });
      expect(fromPortal.status).toBe(200);
      expect(fromPortal.body).toBe(plain.body);
      expect(fromPortal.headers['access-control-allow-origin']).toBe(PORTAL);
      expect(fromPortal.headers['access-control-allow-credentials']).toBe('true');
      expect(fromPortal.headers['access-control-expose-headers']).toContain('X-Request-Id');
      expect(fromPortal.headers.vary).toMatch(/\bOrigin\b/);
      expect(plain.headers['access-control-allow-origin']).toBeUndefined();
    },
  );

  it('answers a preflight for a POST with a JSON body, naming the headers asked for', async () => {
    const preflight = await ask(listed, {
      method: 'OPTIONS',
      path: '/openapi/localuser/list',
      headers: {
        Origin: PORTAL,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type, x-request-id',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(PORTAL);
    expect(preflight.headers['access-control-allow-methods']).toBe('GET, POST');
    expect(preflight.headers['access-control-allow-headers']).toBe('content-type, x-request-id');
    expect(preflight.headers['access-control-allow-credentials']).toBe('true');
  });

  it("carries the headers on a MOR refusal and a miniSIPServer POST too: every dialect's answers", async () => {
    const mor = await ask(listed, {
      method: 'POST',
      path: '/billing/api/login',
      headers: { Origin: PORTAL, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'u=nobody&p=wrong',
    });
    expect(mor.body).toContain('Login failed');
    expect(mor.headers['access-control-allow-origin']).toBe(PORTAL);
    const minisip = await ask(listed, {
      method: 'POST',
      path: '/openapi/version/query',
      headers: { Origin: PORTAL, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(minisip.headers['access-control-allow-origin']).toBe(PORTAL);
  });

  it('gives an origin it does not list nothing: the browser keeps the answer from that page', async () => {
    const other = await ask(listed, { path: APITEST, headers: { Origin: 'https://evil.example.test' } });
    expect(other.status).toBe(200);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await ask(listed, {
      method: 'OPTIONS',
      path: APITEST,
      headers: { Origin: 'https://evil.example.test', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('cors.origins is *', () => {
  it('lets any page read answers, never with credentials (no site may read a logged-in user’s pages)', async () => {
    const answer = await ask(anyOrigin, { path: APITEST, headers: { Origin: 'https://anywhere.example.test' } });
    expect(answer.headers['access-control-allow-origin']).toBe('*');
    expect(answer.headers['access-control-allow-credentials']).toBeUndefined();
  });
});

describe('the default config', () => {
  it('sends no CORS headers: only the server’s own pages call it from a browser', async () => {
    const answer = await ask(byDefault, { path: APITEST, headers: { Origin: PORTAL } });
    expect(answer.status).toBe(200);
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
  });
});
