// The lean HTTP reader on the shared port answers fast-path GETs as node:http would, and hands node:http every
// request it does not take, on the same connection and in order.
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteDatabase, type TestDatabase } from '../../support/databases.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A client connection that reads answers one by one (Content-Length bodies only). */
class Connection {
  readonly socket: Socket;
  #received = Buffer.alloc(0);
  #waiters: (() => void)[] = [];
  closed = false;

  constructor(port: number) {
    this.socket = connect(port, '127.0.0.1');
    this.socket.on('data', (chunk: Buffer) => {
      this.#received = Buffer.concat([this.#received, chunk]);
      this.#wake();
    });
    this.socket.on('close', () => {
      this.closed = true;
      this.#wake();
    });
    this.socket.on('error', () => {});
  }

  send(text: string): void {
    this.socket.write(text);
  }

  async answer(timeoutMs = 5_000): Promise<Answer> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const parsed = this.#parse();
      if (parsed) return parsed;
      if (this.closed) throw new Error(`closed with ${JSON.stringify(this.#received.toString())} unread`);
      if (Date.now() > deadline) throw new Error(`no answer; have ${JSON.stringify(this.#received.toString())}`);
      await new Promise<void>((resolve) => {
        this.#waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  async closedByServer(timeoutMs = 5_000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (!this.closed && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    return this.closed;
  }

  #parse(): Answer | undefined {
    const end = this.#received.indexOf('\r\n\r\n');
    if (end < 0) return undefined;
    const [statusLine, ...lines] = this.#received.subarray(0, end).toString('latin1').split('\r\n');
    const headers: Record<string, string> = {};
    for (const line of lines) {
      const colon = line.indexOf(':');
      headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
    }
    const length = Number(headers['content-length'] ?? 0);
    if (this.#received.length < end + 4 + length) return undefined;
    const body = this.#received.subarray(end + 4, end + 4 + length).toString('utf8');
    this.#received = this.#received.subarray(end + 4 + length);
    return { status: Number(statusLine!.split(' ')[1]), headers, body };
  }

  #wake(): void {
    for (const waiter of this.#waiters.splice(0)) waiter();
  }
}

const get = (target: string, headers = 'Host: sb\r\n') => `GET ${target} HTTP/1.1\r\n${headers}\r\n`;
const APITEST = '/mvapireq/?apientry=apitest1&format=json';

describe('the lean HTTP reader', () => {
  let db: TestDatabase;
  let sb: TestServer;
  const open: Connection[] = [];
  const connection = () => {
    const c = new Connection(sb.port);
    open.push(c);
    return c;
  };

  beforeAll(async () => {
    db = sqliteDatabase();
    sb = await startTestServer(db);
  });
  afterAll(async () => {
    for (const c of open) c.socket.destroy();
    await sb?.stop();
    await db?.drop();
  });

  it('answers a fast-path GET with the status, headers and body node:http answers it with', async () => {
    const lean = connection();
    lean.send(get(APITEST));
    const fromLean = await lean.answer();
    // A request the lean reader does not take (a Koa route) gives the connection to node:http for good: the same
    // GET after it is node:http's.
    const node = connection();
    node.send(get('/health'));
    expect(await node.answer()).toMatchObject({ status: 200, body: '{"status":"ok","database":"ok"}' });
    node.send(get(APITEST));
    const fromNode = await node.answer();
    // Each answer carries its own request's id (the same in its log line): alike in form, not in value.
    const withoutDate = (a: Answer) => ({
      ...a,
      headers: { ...a.headers, date: undefined, 'x-request-id': undefined },
    });
    expect(withoutDate(fromLean)).toEqual(withoutDate(fromNode));
    expect(fromLean.headers['x-request-id']).toMatch(/^[0-9a-f]{16}$/);
    expect(fromNode.headers['x-request-id']).toMatch(/^[0-9a-f]{16}$/);
    expect(fromLean.headers['x-request-id']).not.toBe(fromNode.headers['x-request-id']);
    expect(fromLean.headers).toMatchObject({ connection: 'keep-alive', 'keep-alive': 'timeout=5' });
    expect(Date.parse(fromLean.headers.date!)).toBeGreaterThan(Date.now() - 60_000);
    expect(JSON.parse(fromLean.body)).toMatchObject({ status: 'OK' });
  });

  it('answers pipelined requests in order, and a head that arrives a byte at a time', async () => {
    const c = connection();
    c.send(
      get('/mvapireq/?apientry=apitest1&format=json') +
        get('/mvapireq/?apientry=apitest1&format=xml') +
        get('/mvapireq/?apientry=nosuchcommand&format=json'),
    );
    expect((await c.answer()).headers['content-type']).toMatch(/json/);
    expect((await c.answer()).headers['content-type']).toMatch(/xml/);
    expect(JSON.parse((await c.answer()).body)).toMatchObject({ error: { code: 'unknown-command' } });
    for (const byte of get(APITEST)) {
      c.send(byte);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(JSON.parse((await c.answer()).body)).toMatchObject({ status: 'OK' });
  });

  it('hands node:http a request with a body after answering GETs on the same connection, in order', async () => {
    const c = connection();
    const body = 'apientry=apitest1&format=json';
    c.send(
      get(APITEST) +
        `POST /mvapireq/ HTTP/1.1\r\nHost: sb\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\n\r\n${body}` +
        get('/mvapireq/?apientry=apitest1&format=xml'),
    );
    expect(JSON.parse((await c.answer()).body)).toMatchObject({ status: 'OK' });
    expect(JSON.parse((await c.answer()).body)).toMatchObject({ status: 'OK' });
    expect((await c.answer()).headers['content-type']).toMatch(/xml/);
  });

  it.each([
    ['no Host', get(APITEST, ''), 400],
    ['a folded header line', get(APITEST, 'Host: sb\r\nX-Folded: a\r\n b\r\n'), 400],
    ['a head over 16 KiB', get(APITEST, `Host: sb\r\nX-Long: ${'x'.repeat(17 * 1024)}\r\n`), 431],
    ['bare LF line ends', `GET ${APITEST} HTTP/1.1\nHost: sb\n\n`, 400],
    ['two Content-Length: 0', get(APITEST, 'Host: sb\r\nContent-Length: 0\r\nContent-Length: 0\r\n'), 400],
    ['more bytes after Connection: close', get(APITEST, 'Host: sb\r\nConnection: close\r\n') + get(APITEST), 400],
  ])('leaves node:http to refuse a GET with %s', async (_, request, status) => {
    const c = connection();
    c.send(request);
    expect((await c.answer()).status).toBe(status);
  });

  it('refuses a head cut short by the client ending its side, as node:http does', async () => {
    const c = connection();
    c.socket.end(`GET ${APITEST} HTTP/1.1\r\nHost: sb\r\n`);
    expect((await c.answer()).status).toBe(400);
    expect(await c.closedByServer()).toBe(true);
  });

  it.each([
    ['HTTP/1.0', `GET ${APITEST} HTTP/1.0\r\nHost: sb\r\n\r\n`],
    ['two Hosts', get(APITEST, 'Host: a\r\nHost: b\r\n')],
    ['a chunked body', `GET ${APITEST} HTTP/1.1\r\nHost: sb\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`],
    ['a body', `GET ${APITEST} HTTP/1.1\r\nHost: sb\r\nContent-Length: 2\r\n\r\nab`],
  ])('leaves node:http to answer a GET with %s', async (_, request) => {
    const c = connection();
    c.send(request);
    const answer = await c.answer();
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ status: 'OK' });
  });

  it('closes the connection after the answer when the client asks, or after its requests when it has ended its side', async () => {
    const asking = connection();
    asking.send(get(APITEST, 'Host: sb\r\nConnection: close\r\n'));
    expect((await asking.answer()).headers.connection).toBe('close');
    expect(await asking.closedByServer()).toBe(true);

    const ending = connection();
    ending.socket.end(get(APITEST) + get('/mvapireq/?apientry=apitest1&format=xml'));
    expect(JSON.parse((await ending.answer()).body)).toMatchObject({ status: 'OK' });
    expect((await ending.answer()).headers['content-type']).toMatch(/xml/);
    expect(await ending.closedByServer()).toBe(true);
  });

  it('lets a stop close idle connections at once', async () => {
    const ownDb = sqliteDatabase();
    const own = await startTestServer(ownDb);
    try {
      const idle = new Connection(own.port);
      idle.send(get(APITEST));
      await idle.answer();
      const started = Date.now();
      await own.stop();
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(await idle.closedByServer(1_000)).toBe(true);
    } finally {
      await ownDb.drop();
    }
  });
});
