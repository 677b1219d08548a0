// Issue 17, finding 4: a reverse proxy on the same host made every client 127.0.0.1, and loopback runs addcredit
// without credentials. A real node:http proxy stands in front of Switchboard here, appending to X-Forwarded-For the
// address its client came from (as nginx's $proxy_add_x_forwarded_for does); its clients are played from loopback, so
// each proxy is told which address to name (192.0.2.x, as if the client had connected from there).
import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { User } from '../../src/persistence/entities/user.ts';
import { testEngines, type TestDatabase } from '../support/databases.ts';
import type { MizuJson } from '../support/mizu.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

interface Proxy {
  port: number;
  close(): Promise<void>;
}

/** A reverse proxy to `target` that names `clientAddress` (else its real peer) as its client. */
async function reverseProxy(target: number, clientAddress?: string): Promise<Proxy> {
  const server = createServer((req, res) => {
    const peer = clientAddress ?? (req.socket.remoteAddress ?? '').replace(/^::ffff:/, '');
    const sent = req.headers['x-forwarded-for'];
    const headers = { ...req.headers, 'x-forwarded-for': sent ? `${sent}, ${peer}` : peer };
    const upstream = request({ port: target, method: req.method, path: req.url, headers, agent: false }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A Mizu v2 request in JSON: GET (the lean fast lane) or POST (node:http and Koa), with the headers given. */
function call(
  port: number,
  params: Record<string, string>,
  options: { method?: 'GET' | 'POST'; headers?: IncomingHttpHeaders; localAddress?: string } = {},
): Promise<MizuJson> {
  const query = new URLSearchParams({ format: 'json', ...params }).toString();
  const post = options.method === 'POST';
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: post ? 'POST' : 'GET',
        path: post ? '/mvapireq/' : `/mvapireq/?${query}`,
        headers: { ...options.headers, ...(post ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
        localAddress: options.localAddress,
        agent: false,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => {
          body += d;
        });
        res.on('end', () => resolve(JSON.parse(body) as MizuJson));
      },
    );
    req.on('error', reject);
    req.end(post ? query : undefined);
  });
}

/** A GET answered in clear text (Mizu v1). */
function getText(port: number, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => {
        body += d;
      });
      res.on('end', () => resolve(body));
    })
      .on('error', reject)
      .end();
  });
}

/** One request line over a WebSocket opened with `headers`, from `localAddress`. */
function overWebSocket(port: number, line: string, headers: Record<string, string>, localAddress = '127.0.0.1') {
  return new Promise<MizuJson>((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/mvstwebsock`, { headers, localAddress });
    ws.on('open', () => ws.send(`${line}&format=json`));
    ws.on('message', (data) => {
      resolve(JSON.parse(String(data)) as MizuJson);
      ws.close();
    });
    ws.on('error', reject);
  });
}

const engines = await testEngines('the trusted proxy tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('behind a reverse proxy (%#)', (open) => {
  const dbs: TestDatabase[] = [];
  /** No trust.proxies: the default. */
  let plain: TestServer;
  /** trust.proxies: [127.0.0.1]; three failed authentications ban, five requests a minute per command and address. */
  let proxied: TestServer;
  const proxies: Proxy[] = [];
  const proxy = async (sb: TestServer, clientAddress?: string, target = sb.port) => {
    const p = await reverseProxy(target, clientAddress);
    proxies.push(p);
    return p;
  };
  const user = (sb: TestServer, username: string) =>
    sb.server.services.accounts.create(
      sb.server.services.db.em(),
      { username, password: `${username}-pw-1` },
      { name: 'test', requestId: 'setup' },
    );
  const credit = async (sb: TestServer, username: string) =>
    String((await sb.server.services.db.em().findOneOrFail(User, { username })).creditMicros);

  beforeAll(async () => {
    dbs.push(await open(), await open());
    plain = await startTestServer(dbs[0]!, { limits: { authFailures: 1000 } });
    proxied = await startTestServer(dbs[1]!, {
      trust: { proxies: ['127.0.0.1'] },
      limits: { authFailures: 3, perIp: 5, windowSeconds: 60 },
    });
  });
  afterAll(async () => {
    await Promise.all(proxies.map((p) => p.close()));
    await plain?.stop();
    await proxied?.stop();
    await Promise.all(dbs.map((db) => db.drop()));
  });

  it('finding 4: without trust.proxies, a remote client through the proxy is refused addcredit', async () => {
    await user(plain, 'px-alice');
    const front = await proxy(plain, '192.0.2.2');
    for (const method of ['GET', 'POST'] as const) {
      const answer = await call(front.port, { apientry: 'addcredit', pin: 'px-alice', credit: '5' }, { method });
      expect(answer.error?.code, JSON.stringify(answer)).toBe('access-denied');
      expect(answer.error?.message).toMatch(/not allowed from 127\.0\.0\.1.*trust\.proxies/);
    }
    // Mizu v1: addcredit is for httpapiallowedip2, this machine when unset (000:L28).
    expect(await getText(front.port, '/xmapi/addcredit?usr=px-alice&credit=5')).toMatch(/^ERROR:.*httpapiallowedip2/);
    expect(await credit(plain, 'px-alice')).toBe('0');
    // The seed's trusted-address feature still works for a client of this machine itself.
    const local = await call(plain.port, { apientry: 'addcredit', pin: 'px-alice', credit: '5' });
    expect(local.message ?? local.data?.message).toMatch(/credit of px-alice is 5\.00/);
  });

  it('with trust.proxies, the client is the address the proxy names: refused, and banned, limited and logged as such', async () => {
    await user(proxied, 'px-bob');
    const front = await proxy(proxied, '192.0.2.2');
    const refused = await call(front.port, { apientry: 'addcredit', pin: 'px-bob', credit: '5' });
    expect(refused.error?.message).toMatch(/not allowed from 192\.0\.2\.2/);
    expect(await credit(proxied, 'px-bob')).toBe('0');
    expect(proxied.logs.some((l) => l.includes('"ip":"192.0.2.2"') && l.includes('"outcome":"access-denied"'))).toBe(
      true,
    );

    for (let i = 0; i < 3; i++) await call(front.port, { apientry: 'balance', authid: 'px-bob', authpwd: 'wrong' });
    expect(await proxied.server.services.bans.isBanned('192.0.2.2')).toBe(true);
    expect(await proxied.server.services.bans.isBanned('127.0.0.1')).toBe(false);
    expect((await call(front.port, { apientry: 'apitest1' })).error?.code).toBe('banned');
    const neighbour = await proxy(proxied, '192.0.2.3');
    expect((await call(neighbour.port, { apientry: 'apitest1' })).status).toBe('OK');

    const busy = await proxy(proxied, '192.0.2.4');
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push((await call(busy.port, { apientry: 'apitest1' })).error?.code ?? 'ok');
    expect(answers).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'rate-limited']);
    expect((await call(neighbour.port, { apientry: 'apitest1' })).status).toBe('OK');
  });

  it('takes the rightmost hop that is no listed proxy, whatever the client wrote to its left', async () => {
    await user(proxied, 'px-carol');
    const front = await proxy(proxied, '192.0.2.5');
    const spoofed = await call(
      front.port,
      { apientry: 'addcredit', pin: 'px-carol', credit: '5' },
      { headers: { 'x-forwarded-for': '127.0.0.1' } },
    );
    expect(spoofed.error?.message).toMatch(/not allowed from 192\.0\.2\.5/);
    // A GET the lean reader leaves to node:http (it takes no Proxy-Connection), answered on node:http's fast path.
    const viaNodeHttp = await call(
      front.port,
      { apientry: 'addcredit', pin: 'px-carol', credit: '5' },
      { headers: { 'x-forwarded-for': '127.0.0.1', 'proxy-connection': 'keep-alive' } },
    );
    expect(viaNodeHttp.error?.message).toMatch(/not allowed from 192\.0\.2\.5/);
    // Two proxies: the outer one names 192.0.2.6, the inner one (ours too) names the outer one, 127.0.0.1.
    const inner = await proxy(proxied);
    const outer = await proxy(proxied, '192.0.2.6', inner.port);
    const chained = await call(
      outer.port,
      { apientry: 'addcredit', pin: 'px-carol', credit: '5' },
      { method: 'POST', headers: { 'x-forwarded-for': '127.0.0.1' } },
    );
    expect(chained.error?.message).toMatch(/not allowed from 192\.0\.2\.6/);
    expect(await credit(proxied, 'px-carol')).toBe('0');
  });

  it('a client that sends X-Forwarded-For from a peer not listed gains nothing, and loses its own trust', async () => {
    await user(plain, 'px-dave');
    await user(proxied, 'px-erin');
    const addcredit = (pin: string) => ({ apientry: 'addcredit', pin, credit: '5' });
    const forged = { 'x-forwarded-for': '127.0.0.1' };
    expect((await call(plain.port, addcredit('px-dave'), { headers: forged })).error?.code).toBe('access-denied');
    // GET on the lean reader, POST through Koa, and a GET the lean reader leaves to node:http's fast path.
    for (const [method, extra] of [
      ['GET', {}],
      ['POST', {}],
      ['GET', { 'proxy-connection': 'keep-alive' }],
    ] as const) {
      const answer = await call(proxied.port, addcredit('px-erin'), {
        method,
        headers: { ...forged, ...extra },
        localAddress: '127.0.0.2',
      });
      expect(answer.error?.message).toMatch(/not allowed from 127\.0\.0\.2/);
    }
    const ws = await overWebSocket(proxied.port, 'apientry=addcredit&pin=px-erin&credit=5', forged, '127.0.0.2');
    expect(ws.error?.code).toBe('access-denied');
    expect(await credit(proxied, 'px-erin')).toBe('0');
    // Without the header, the same loopback client keeps the trust the seed gives it.
    expect((await call(proxied.port, addcredit('px-erin'), { localAddress: '127.0.0.2' })).status).toBe('OK');
  });

  it('resolves a WebSocket upgrade through a listed proxy like any request', async () => {
    await user(proxied, 'px-fred');
    const answer = await overWebSocket(proxied.port, 'apientry=addcredit&pin=px-fred&credit=5', {
      'x-forwarded-for': '192.0.2.7',
    });
    expect(answer.error?.message).toMatch(/not allowed from 192\.0\.2\.7/);
    expect(await credit(proxied, 'px-fred')).toBe('0');
  });
});
