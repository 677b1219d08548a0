/**
 * What the PHP Mizu clients do on the wire, written in TypeScript from reading them: PHP's two query encodings, an
 * HTTPS GET as cURL and Guzzle send it (the clients never check the certificate's name here: a self-signed one), and a
 * Switchboard on HTTPS holding a user with a credit and a rate for them to read, its SMS sent through a gateway that
 * takes every message.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { request } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Rate } from '../../src/persistence/entities/rate.ts';
import { Tariff } from '../../src/persistence/entities/tariff.ts';
import { selfSigned } from '../support/certificates.ts';
import type { TestDatabase } from '../support/databases.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/** A query value as PHP holds it: null is left out by http_build_query, and is '' for urlencode. */
export type PhpValue = string | number | null;

const hex = (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`;

/** PHP rawurlencode (RFC 3986): everything but letters, digits and -_.~ is escaped. */
export function rawurlencode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, hex);
}

/** PHP urlencode (a form): as rawurlencode, but a space is + and ~ is escaped. */
export function urlencode(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!'()*~]/g, hex)
    .replace(/%20/g, '+');
}

/** Guzzle's `query` option: http_build_query($query, '', '&', PHP_QUERY_RFC3986), nulls left out. */
export function guzzleQuery(pairs: [string, PhpValue][]): string {
  return pairs
    .filter((pair): pair is [string, string | number] => pair[1] !== null)
    .map(([name, value]) => `${rawurlencode(name)}=${rawurlencode(String(value))}`)
    .join('&');
}

/** buibr's mizuCurl::setParams: urlencode(key)=urlencode((string)value) for every pair, a null as ''. */
export function curlQuery(pairs: [string, PhpValue][]): string {
  return pairs.map(([name, value]) => `${urlencode(name)}=${urlencode(value === null ? '' : String(value))}`).join('&');
}

export interface PhpHttpAnswer {
  status: number;
  contentType: string;
  body: string;
}

/** GET over HTTPS, as the clients send it: the path and query, and the headers their HTTP library adds. */
export function httpsGet(port: number, path: string, headers: Record<string, string> = {}): Promise<PhpHttpAnswer> {
  return new Promise((resolve, reject) => {
    const options = { host: '127.0.0.1', port, path, headers, rejectUnauthorized: false, agent: false };
    const req = request(options, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => {
        body += d;
      });
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), body }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

/** An HTTP SMS gateway that takes every message: the server's SMS commands succeed. */
async function smsGateway(): Promise<{ port: number; close(): Promise<void> }> {
  const server = createServer((_req, res) => res.end('OK'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The apiv2key the server is set up with, the user the clients log in as, and the rate they ask for. */
export const KEY = '14150857';
export const USER = { username: 'iwb-saas-api-test', password: 'gsdoguh4u54kl5izg34jzf535uzf35' };

export interface MizuOverHttps {
  sb: TestServer;
  /** The HTTPS port (the clients' https://{server}/mvapireq/). */
  port: number;
  stop(): Promise<void>;
}

/**
 * A server on HTTPS with apiv2key set, USER holding $9.8, and the default tariff rating 389 (Macedonia-cellular) at
 * 0.2 EUR a minute (the values the client's README shows); SMS on, through smsGateway.
 */
export async function mizuOverHttps(db: TestDatabase): Promise<MizuOverHttps> {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-conformance-'));
  const gateway = await smsGateway();
  const sb = await startTestServer(db, {
    tls: { port: 0, ...selfSigned(dir) },
    globals: { apiv2key: KEY },
    limits: { authFailures: 1000 },
    messaging: { smsHttp: { url: `http://127.0.0.1:${gateway.port}/send?to={to}&text={text}`, method: 'GET' } },
  });
  const { services } = sb.server;
  await services.accounts.create(
    services.db.em(),
    { ...USER, creditMicros: 9_800_000n, currency: 'USD' },
    { name: 'test', requestId: 'setup' },
  );
  const em = services.db.em();
  const tariff = em.create(Tariff, { name: 'default', currency: 'EUR', createdAt: new Date() });
  await em.flush();
  em.create(Rate, {
    tariffId: tariff.id,
    prefix: '389',
    destination: 'Macedonia-cellular',
    rateMicros: 200_000n,
    connectFeeMicros: 0n,
    initialIncrement: 60,
    increment: 60,
  });
  await em.flush();
  return {
    sb,
    port: sb.server.tlsPort!,
    stop: async () => {
      await sb.stop();
      await gateway.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
