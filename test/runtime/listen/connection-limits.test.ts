// Connection caps on the shared port, backpressure on raw request lines, and the lifetime of a raw-line connection
// that completes no request (issue 17, findings 2 and 3) — on real loopback sockets.
import { createServer as createHttpServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type AddressInfo, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect as connectTls, type TLSSocket } from 'node:tls';
import { afterEach, describe, expect, it } from 'vitest';
import { ConnectionCaps } from '../../../src/runtime/listen/connection-caps.ts';
import { serveLines } from '../../../src/runtime/listen/line-session.ts';
import { sharedPort } from '../../../src/runtime/listen/shared-port.ts';
import { selfSigned } from '../../support/certificates.ts';
import { sqliteDatabase, type TestDatabase } from '../../support/databases.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';

const opened: Socket[] = [];
let sb: TestServer | undefined;
let db: TestDatabase | undefined;
let bare: Server | undefined;

afterEach(async () => {
  for (const s of opened.splice(0)) s.destroy();
  await sb?.stop();
  await db?.drop();
  if (bare) await new Promise((resolve) => bare!.close(resolve));
  sb = db = bare = undefined;
});

const open = (port: number): Promise<Socket> =>
  new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    opened.push(socket);
    socket.once('connect', () => resolve(socket));
    socket.once('error', reject);
  });

/** Sends one line and waits for its one-line answer, or for the connection to close (undefined). */
const ask = (socket: Socket, line: string): Promise<string | undefined> =>
  new Promise((resolve) => {
    let got = '';
    const onData = (d: Buffer) => {
      got += d.toString('utf8');
      if (got.endsWith('\n')) done(got);
    };
    const done = (answer: string | undefined) => {
      socket.off('data', onData);
      socket.off('close', onClose);
      resolve(answer);
    };
    const onClose = () => done(undefined);
    socket.on('data', onData);
    socket.once('close', onClose);
    socket.write(`${line}\r\n`, () => undefined);
  });

const closed = (socket: Socket, withinMs: number): Promise<boolean> =>
  new Promise((resolve) => {
    if (socket.destroyed) return resolve(true);
    const timer = setTimeout(() => resolve(false), withinMs);
    socket.once('close', () => {
      clearTimeout(timer);
      resolve(true);
    });
    socket.on('error', () => undefined);
  });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function start(
  limits: Partial<TestServer['config']['limits']>,
  tls?: TestServer['config']['tls'],
  trust?: Partial<TestServer['config']['trust']>,
) {
  db = sqliteDatabase();
  sb = await startTestServer(db, { limits, tls, trust });
  return sb;
}

/** A TLS connection, resolved once its handshake is done, or undefined when the server closes it first. */
const openTls = (port: number): Promise<TLSSocket | undefined> =>
  new Promise((resolve) => {
    const socket = connectTls({ host: '127.0.0.1', port, rejectUnauthorized: false });
    opened.push(socket);
    socket.once('secureConnect', () => resolve(socket));
    socket.once('close', () => resolve(undefined));
    socket.on('error', () => undefined);
  });

describe('connection caps on the shared port', () => {
  it('closes the 6th connection from one address at once, and a closed one frees its slot', async () => {
    const { port } = await start({ maxConnectionsPerIp: 5 });
    const five = await Promise.all(Array.from({ length: 5 }, () => open(port)));
    for (const s of five) expect(await ask(s, 'apientry=apitest1')).toBe('OK: API test OK\n');

    const sixth = await open(port);
    expect(await closed(sixth, 2_000)).toBe(true);
    for (const s of five) expect(await ask(s, 'apientry=apitest1')).toBe('OK: API test OK\n');

    five[0]!.destroy();
    // The server frees the slot once it hears the close; until then a new connection may still be refused.
    let answer: string | undefined;
    for (let i = 0; i < 40 && answer === undefined; i++) {
      const next = await open(port);
      answer = await Promise.race([ask(next, 'apientry=apitest1'), sleep(1_000).then(() => undefined)]);
      if (answer === undefined) await sleep(50);
    }
    expect(answer).toBe('OK: API test OK\n');
  });

  it('counts every connection against the global cap', async () => {
    const { port } = await start({ maxConnections: 3 });
    const three = await Promise.all(Array.from({ length: 3 }, () => open(port)));
    for (const s of three) expect(await ask(s, 'apientry=apitest1')).toBe('OK: API test OK\n');
    expect(await closed(await open(port), 2_000)).toBe(true);
  });

  it('lets a listed reverse proxy carry more connections than one address may, up to the cap in all', async () => {
    const { port } = await start({ maxConnectionsPerIp: 2, maxConnections: 4 }, undefined, { proxies: ['127.0.0.1'] });
    const four = await Promise.all(Array.from({ length: 4 }, () => open(port)));
    for (const s of four) expect(await ask(s, 'apientry=apitest1')).toBe('OK: API test OK\n');
    expect(await closed(await open(port), 2_000)).toBe(true);
  });
});

describe('connection caps on the TLS port', () => {
  it('counts TLS connections against the same caps as the shared port', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchboard-caps-tls-'));
    try {
      const { port, server } = await start({ maxConnectionsPerIp: 3 }, { port: 0, ...selfSigned(dir) });
      const plain = await Promise.all([open(port), open(port)]);
      for (const s of plain) expect(await ask(s, 'apientry=apitest1')).toBe('OK: API test OK\n');
      const third = await openTls(server.tlsPort!);
      expect(third).toBeDefined();
      expect(await ask(third!, 'GET /mvapireq/?apientry=apitest1 HTTP/1.1\r\nHost: x\r\n')).toMatch(/^HTTP\/1\.1 200/);
      // The fourth, over TLS or not, is closed before its handshake or first byte.
      expect(await openTls(server.tlsPort!)).toBeUndefined();
      expect(await closed(await open(port), 2_000)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('raw request lines', () => {
  it('stops reading from a client that does not read its answers, and answers every line in order once it does', async () => {
    const LINES = 500;
    const ANSWER_BYTES = 64 * 1024;
    let asked = 0;
    const http = createHttpServer();
    bare = sharedPort(
      http,
      (socket) => socket.destroy(),
      (socket, first) =>
        serveLines(
          socket,
          first,
          async ({ line }) => {
            asked++;
            return `${line} ${'x'.repeat(ANSWER_BYTES)}\n`;
          },
          { maxLineBytes: 1024, idleMs: 60_000 },
        ),
      new ConnectionCaps({ maxConnections: 10, maxConnectionsPerIp: 10 }),
    );
    await new Promise<void>((resolve) => bare!.listen(0, '127.0.0.1', resolve));
    const client = await open((bare.address() as AddressInfo).port);
    client.pause();
    client.write(Array.from({ length: LINES }, (_, i) => `n=${i}\n`).join(''));

    // Wait until the server stops asking for answers: the kernel's buffers hold a few MiB, far from 500 × 64 KiB.
    let last = -1;
    for (let i = 0; i < 100 && asked !== last; i++) {
      last = asked;
      await sleep(200);
    }
    expect(asked).toBe(last);
    expect(asked).toBeLessThan(LINES / 2);

    let received = '';
    const all = new Promise<void>((resolve) => {
      client.on('data', (d: Buffer) => {
        received += d.toString('latin1');
        if (received.length >= LINES * (ANSWER_BYTES + 2)) resolve();
      });
    });
    client.resume();
    await all;
    const heads = received
      .split('\n')
      // Sent at once, the lines are pipelined: each answer comes framed, ended by a line EOF (answer-frame.ts).
      .filter((l) => l !== '' && l !== 'EOF')
      .map((l) => l.slice(0, l.indexOf(' ')));
    expect(heads).toEqual(Array.from({ length: LINES }, (_, i) => `n=${i}`));
    expect(asked).toBe(LINES);
  });

  it('closes a connection that trickles bytes without completing a line, after lineIdleSeconds', async () => {
    const { port } = await start({ lineIdleSeconds: 1.5 });
    const socket = await open(port);
    expect(await ask(socket, 'apientry=apitest1')).toBe('OK: API test OK\n');
    const since = Date.now();
    const trickle = setInterval(() => {
      if (!socket.destroyed) socket.write('a', () => undefined);
    }, 300);
    try {
      expect(await closed(socket, 6_000)).toBe(true);
    } finally {
      clearInterval(trickle);
    }
    const lived = Date.now() - since;
    expect(lived).toBeGreaterThanOrEqual(1_300);
    expect(lived).toBeLessThan(4_000);
  });
});
