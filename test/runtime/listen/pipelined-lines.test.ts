// Raw TCP request lines sent at once get answers a client can split: each framed, ended by a line EOF (the seed's
// marker, 002:L290); a client that sends one line at a time still gets each answer as it is — on a real server.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { framedAnswer } from '../../../src/runtime/listen/answer-frame.ts';
import { tcpExchange } from '../../support/clients.ts';
import { sqliteDatabase, type TestDatabase } from '../../support/databases.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';

/** The reading rule the README gives pipelining clients: an answer ends at a line EOF; `.EOF`-like lines lose a dot. */
function splitFramed(stream: string): string[] {
  const answers: string[] = [];
  let answer = '';
  for (const line of stream.split('\n').slice(0, -1)) {
    if (line === 'EOF') {
      answers.push(answer);
      answer = '';
    } else answer += `${/^\.+EOF\r?$/.test(line) ? line.slice(1) : line}\n`;
  }
  expect(answer, 'bytes after the last EOF').toBe('');
  return answers;
}

describe('framedAnswer', () => {
  it.each([
    ['one line', 'OK: API test OK\n', 'OK: API test OK\nEOF\n'],
    ['several lines', 'OK\ncredit=1\ncurrency=USD\n', 'OK\ncredit=1\ncurrency=USD\nEOF\n'],
    ['no final newline', '{"a":1}', '{"a":1}\nEOF\n'],
    ['the seed nonce answer, EOF at its end', 'OK: new nonce is:abcEOF\n', 'OK: new nonce is:abcEOF\nEOF\n'],
    ['lines that read as the marker', 'x\nEOF\n.EOF\r\n', 'x\n.EOF\n..EOF\r\nEOF\n'],
  ])('frames %s', (_, body, framed) => {
    expect(framedAnswer(body)).toBe(framed);
    expect(splitFramed(framed)).toEqual([body.endsWith('\n') ? body : `${body}\n`]);
  });
});

describe('pipelined raw TCP lines', () => {
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

  const LINES = [
    '/mvapireq/?apientry=apitest1&format=xml',
    '/mvapireq/?apientry=apitest1&format=html',
    'apientry=version',
    'apientry=nosuchcommand',
    '/mvapireq/?apientry=apitest1',
  ];
  /** What the same request answers over HTTP, as the line a one-line client reads (raw lines end with a newline). */
  const overHttp = async (line: string) => {
    const body = await (await fetch(`${sb.baseUrl}/mvapireq/?${line.replace(/^\/mvapireq\/\?/, '')}`)).text();
    return body.endsWith('\n') ? body : `${body}\n`;
  };

  it('answers a single request line as it is, also a multi-line answer', async () => {
    for (const line of LINES.slice(0, 2)) {
      const alone = await tcpExchange(sb.port, [line]);
      expect(alone).toBe(await overHttp(line));
      expect(alone).not.toMatch(/EOF/);
    }
  });

  it('frames each answer to lines sent at once, in order, one per line', async () => {
    const answers = splitFramed(await tcpExchange(sb.port, LINES));
    expect(answers).toHaveLength(LINES.length);
    for (const [i, line] of LINES.entries()) expect(answers[i], line).toBe(await overHttp(line));
  });

  it('answers a client that waits for each answer before the next line without frames', async () => {
    const socket = connect({ host: '127.0.0.1', port: sb.port });
    await new Promise((resolve) => socket.once('connect', resolve));
    const next = () => new Promise<string>((resolve) => socket.once('data', (d: Buffer) => resolve(d.toString())));
    try {
      for (const line of ['apientry=apitest1', 'apientry=apitest1&format=xml']) {
        socket.write(`${line}\r\n`);
        expect(await next()).toBe(await overHttp(line));
      }
    } finally {
      socket.destroy();
    }
  });
});
