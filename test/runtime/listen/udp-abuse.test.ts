// A UDP datagram's source address proves nothing (issue 17, finding 1): failures over UDP ban no address, a banned
// address gets no UDP answer, an unauthenticated UDP request gets a bounded answer, and `listen.udp: false` opens no
// UDP socket.
import { createSocket } from 'node:dgram';
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sqliteDatabase, type TestDatabase } from '../../support/databases.ts';
import { ADMIN, SECRET_KEY, startTestServer, type TestServer } from '../../support/server.ts';
import { loadConfig } from '../../../src/platform/config.ts';
import { startServer } from '../../../src/app.ts';
import { tcpExchange, udpExchange } from '../../support/clients.ts';
import { UDP_MAX, UNAUTHENTICATED_FLOOR } from '../../../src/runtime/listen/udp.ts';

const WRONG = new URLSearchParams({ apientry: 'balance', authid: ADMIN.username, authpwd: 'wrong' }).toString();
const RIGHT = new URLSearchParams({ apientry: 'balance', authid: ADMIN.username, authpwd: ADMIN.password }).toString();
const FAILURES = 12;

/** The answer to one datagram, or undefined when none comes within waitMs. */
function udpMaybe(port: number, payload: string, waitMs = 500): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const socket = createSocket('udp4');
    const timer = setTimeout(() => {
      socket.close();
      resolve(undefined);
    }, waitMs);
    socket.on('message', (msg) => {
      clearTimeout(timer);
      socket.close();
      resolve(msg);
    });
    socket.send(payload, port, '127.0.0.1');
  });
}

describe('UDP and address bans', () => {
  let db: TestDatabase;
  let sb: TestServer;

  beforeAll(async () => {
    db = sqliteDatabase();
    sb = await startTestServer(db);
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });
  afterEach(async () => {
    await sb.server.services.bans.lift(sb.server.services.db.em(), 'all');
  });

  it('wrong secrets over UDP do not ban the source address', async () => {
    for (let i = 0; i < FAILURES; i++) expect((await udpExchange(sb.port, WRONG)).toString()).not.toMatch(/banned/);
    expect(await tcpExchange(sb.port, [RIGHT])).not.toMatch(/banned|too many failed/);
    const res = await fetch(`${sb.baseUrl}/mvapireq/?${RIGHT}`);
    expect(await res.text()).not.toMatch(/banned|too many failed/);
  });

  it('guessing over UDP stays bounded: past the limit UDP logins of that user are refused, TCP still serves them', async () => {
    const answers: string[] = [];
    for (let i = 0; i < FAILURES; i++) answers.push((await udpExchange(sb.port, WRONG)).toString());
    expect(answers.at(0)).toMatch(/auth failed: wrong user or password/);
    expect(answers.at(-1)).toMatch(/too many failed authentications for this user over UDP/);
    // The right password over UDP is refused too, without being checked; over TCP it still works.
    expect((await udpExchange(sb.port, RIGHT)).toString()).toMatch(/over UDP/);
    expect(await tcpExchange(sb.port, [RIGHT])).not.toMatch(/ERROR/);
    // Another user's UDP logins are not affected, and delbanned all (bans.lift) lifts the lock.
    await sb.server.services.bans.lift(sb.server.services.db.em(), 'all');
    expect((await udpExchange(sb.port, RIGHT)).toString()).not.toMatch(/ERROR/);
  });

  it('wrong secrets over HTTP still ban the address, and a banned address gets no UDP answer', async () => {
    for (let i = 0; i < FAILURES; i++) await (await fetch(`${sb.baseUrl}/mvapireq/?${WRONG}`)).text();
    expect(await (await fetch(`${sb.baseUrl}/mvapireq/?${RIGHT}`)).text()).toMatch(/too many failed/);
    expect(await udpMaybe(sb.port, RIGHT)).toBeUndefined();
    expect(await udpMaybe(sb.port, 'apientry=apitest1')).toBeUndefined();
  });

  it('answers an unauthenticated request within the bound, an authenticated one in full', async () => {
    // From 127.0.0.1 (trusted) `help` is answered as admin without credentials: no secret proven, so bounded.
    const bounded = await udpExchange(sb.port, 'apientry=help');
    expect(bounded.length).toBeLessThanOrEqual(UNAUTHENTICATED_FLOOR);
    expect(bounded.toString()).toMatch(/truncated/);
    const full = await udpExchange(
      sb.port,
      new URLSearchParams({ apientry: 'help', authid: ADMIN.username, authpwd: ADMIN.password }).toString(),
    );
    expect(full.length).toBeGreaterThan(UNAUTHENTICATED_FLOOR);
    expect(full.length).toBeLessThanOrEqual(UDP_MAX);
  });
});

describe('listen.udp: false', () => {
  it('opens no UDP socket', async () => {
    const db = sqliteDatabase();
    const config = loadConfig(undefined, { SWITCHBOARD_SECRET_KEY: SECRET_KEY });
    config.listen = { ...config.listen, host: '127.0.0.1', port: 0, udp: false };
    config.sip = { ...config.sip, port: 0 };
    config.database = db.url;
    config.admin = ADMIN;
    const server = await startServer(
      config,
      new Writable({
        write: (_chunk, _enc, done) => done(),
      }),
    );
    try {
      expect(await (await fetch(`http://127.0.0.1:${server.port}/mvapireq/?apientry=apitest1`)).text()).toBeTruthy();
      expect(await udpMaybe(server.port, 'apientry=apitest1')).toBeUndefined();
      // Nothing holds the port number for UDP: another socket can bind it.
      const probe = createSocket('udp4');
      await new Promise<void>((resolve, reject) => {
        probe.once('error', reject);
        probe.bind(server.port, '127.0.0.1', () => resolve());
      });
      probe.close();
    } finally {
      await server.stop();
      await db.drop();
    }
  });
});
