/** A real server with the openapi enabled (minisip.syskey), and raw requests in each wire form the vendor documents. */
import { request } from 'node:http';
import { afterAll, beforeAll } from 'vitest';
import { MinisipClient } from '../../../generated/minisip/client.ts';
import type { Config } from '../../../src/platform/config.ts';
import type { TestDatabase } from '../../support/databases.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';

export const SYSKEY = '1234';

/**
 * startTestServer with minisip.syskey set (null: not configured). The configuration is read on every request, so
 * setting it once the server runs is the same as starting with it.
 */
export async function startMinisipServer(
  db: TestDatabase,
  options: { syskey?: string | null; limits?: Partial<Config['limits']>; redis?: Config['redis'] } = {},
): Promise<TestServer> {
  const sb = await startTestServer(db, { limits: options.limits, redis: options.redis });
  sb.config.minisip.syskey = options.syskey === null ? undefined : (options.syskey ?? SYSKEY);
  return sb;
}

export interface MinisipFixture {
  readonly sb: TestServer;
  /** The generated client, with the syskey. */
  readonly client: MinisipClient;
}

/** Registers beforeAll/afterAll for the enclosing suite: a fresh database, a server on it, and a client for it. */
export function useMinisipServer(
  openDatabase: () => Promise<TestDatabase>,
  options: Parameters<typeof startMinisipServer>[1] = {},
): MinisipFixture {
  let db: TestDatabase | undefined;
  let sb: TestServer | undefined;
  let client: MinisipClient | undefined;
  beforeAll(async () => {
    db = await openDatabase();
    sb = await startMinisipServer(db, options);
    client = new MinisipClient({ baseUrl: sb.baseUrl, syskey: SYSKEY });
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });
  return {
    get sb() {
      return sb!;
    },
    get client() {
      return client!;
    },
  };
}

export interface Answer {
  status: number;
  contentType: string;
  body: any;
  text: string;
}

/** One HTTP request with the path and query exactly as given (no encoding added), from localAddress. */
export function rawRequest(
  port: number,
  pathAndQuery: string,
  options: { method?: string; body?: string; localAddress?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: pathAndQuery,
        method: options.method ?? 'GET',
        localAddress: options.localAddress ?? '127.0.0.1',
        agent: false,
        headers:
          options.body === undefined
            ? {}
            : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(options.body) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => {
          text += d;
        });
        res.on('end', () => {
          let body: any;
          try {
            body = JSON.parse(text);
          } catch {
            body = undefined;
          }
          resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), body, text });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** GET /openapi/<path>?<json> with the JSON percent-encoded, as the generated client sends it. */
export function openapi(
  port: number,
  path: string,
  params: Record<string, unknown>,
  localAddress?: string,
): Promise<Answer> {
  return rawRequest(port, `/openapi/${path}?${encodeURIComponent(JSON.stringify({ syskey: SYSKEY, ...params }))}`, {
    localAddress,
  });
}

/**
 * A seed sample URL ("http://localhost:8080/openapi/…?{…}") sent to the test server with its JSON as written, spaces
 * escaped.
 */
export function sendSample(port: number, url: string): Promise<Answer> {
  const pathAndQuery = url.replace(/^https?:\/\/[^/]+/, '').replace(/ /g, '%20');
  return rawRequest(port, pathAndQuery);
}
