// Malformed input of every kind gets a clear error in the requested format, and the server keeps serving.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteDatabase, type TestDatabase } from '../support/databases.ts';
import { tcpExchange, udpExchange } from '../support/clients.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { connect } from 'node:net';

const MAX = 64 * 1024;

describe('malformed input', () => {
  let db: TestDatabase;
  let sb: TestServer;
  const post = (body: string | Uint8Array, contentType: string, query = 'format=json') =>
    fetch(`${sb.baseUrl}/mvapireq/?${query}`, { method: 'POST', headers: { 'content-type': contentType }, body });
  const errorOf = async (res: Response) =>
    JSON.parse(await res.text()) as { code: number; error: { code: string; message: string } };

  beforeAll(async () => {
    db = sqliteDatabase();
    sb = await startTestServer(db, { limits: { maxRequestBytes: MAX } });
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });

  it.each([
    ['a bad %-escape', () => fetch(`${sb.baseUrl}/mvapireq/?apientry=balance&authid=%ZZ&format=json`), 'bad-request'],
    ['broken JSON', () => post('{"apientry": "balance",', 'application/json'), 'bad-request'],
    ['a nested JSON value', () => post('{"apientry": {"x": 1}}', 'application/json'), 'bad-request'],
    ['broken XML', () => post('<request><apientry>balance</request>', 'application/xml'), 'bad-request'],
    [
      'an XML entity attack',
      () =>
        post(
          '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r><apientry>&x;</apientry></r>',
          'application/xml',
        ),
      'bad-request',
    ],
    [
      'a body that is not UTF-8',
      () => post(new Uint8Array([0x61, 0x70, 0xff, 0xfe, 0x3d, 0x31]), 'text/plain'),
      'bad-request',
    ],
    [
      'a body over the limit',
      () => post(`apientry=balance&txt=${'x'.repeat(MAX + 10)}`, 'application/x-www-form-urlencoded'),
      'request-too-large',
    ],
    ['multipart', () => post('--b\r\n\r\nx\r\n--b--', 'multipart/form-data; boundary=b'), 'bad-request'],
    ['an unknown command', () => fetch(`${sb.baseUrl}/mvapireq/?apientry=nosuchthing&format=json`), 'unknown-command'],
    ['no command at all', () => fetch(`${sb.baseUrl}/mvapireq/?format=json`), 'unknown-command'],
    ['a missing parameter', () => fetch(`${sb.baseUrl}/mvapireq/?apientry=unreg&format=json`), 'missing-parameter'],
    [
      'a bad parameter',
      () => fetch(`${sb.baseUrl}/mvapireq/?apientry=heartbeat&mode=sideways&format=json`),
      'invalid-parameter',
    ],
    [
      'an unknown answer format',
      () => fetch(`${sb.baseUrl}/mvapireq/?apientry=apitest1&format=yaml`),
      'invalid-parameter',
    ],
  ])('%s', async (_, send, code) => {
    const res = await send();
    expect(res.status).toBe(200);
    const text = await res.text();
    if (code === 'invalid-parameter' && text.startsWith('ERROR')) {
      expect(text).toMatch(/^ERROR: unknown answer format yaml/);
      return;
    }
    const answer = JSON.parse(text) as { code: number; error: { code: string; message: string } };
    expect(answer.code).toBe(499);
    expect(answer.error.code).toBe(code);
    expect(answer.error.message.length).toBeGreaterThan(5);
  });

  it('names each bad parameter', async () => {
    const answer = await errorOf(await fetch(`${sb.baseUrl}/mvapireq/?apientry=heartbeat&mode=sideways&format=json`));
    expect(answer.error).toMatchObject({
      code: 'invalid-parameter',
      issues: [{ param: 'mode', problem: expect.stringMatching(/one of quick, full/) }],
    });
  });

  it('answers a JSONP request with an unsafe callback name in plain JSON, without echoing it', async () => {
    const res = await fetch(
      `${sb.baseUrl}/mvapireq/?apientry=apitest1&format=jsonp&callback=${encodeURIComponent('alert(1);x')}`,
    );
    const text = await res.text();
    expect(text).not.toContain('alert');
    expect(JSON.parse(text).error.code).toBe('invalid-parameter');
  });

  it('answers a raw TCP line cut off by the client closing, and a bad line, in the requested format', async () => {
    const text = await new Promise<string>((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port: sb.port });
      let out = '';
      socket.on('connect', () => socket.end('/mvapireq/?apientry=apitest1&format=json'));
      socket.on('data', (d) => {
        out += d;
      });
      socket.on('close', () => resolve(out));
      socket.on('error', reject);
    });
    expect(JSON.parse(text).status).toBe('OK');
    const bad = await tcpExchange(sb.port, ['/mvapireq/?apientry=apitest1&x=%ZZ&format=json']);
    expect(JSON.parse(bad).error.code).toBe('bad-request');
  });

  it('closes a raw TCP session whose line grows past the limit, with a clear error', async () => {
    const text = await new Promise<string>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port: sb.port });
      let out = '';
      socket.on('connect', () => socket.write(`/mvapireq/?apientry=apitest1&txt=${'y'.repeat(MAX + 100)}`));
      socket.on('data', (d) => {
        out += d;
      });
      socket.on('close', () => resolve(out));
      socket.on('error', () => resolve(out));
    });
    expect(text).toMatch(/^ERROR: request line over \d+ bytes/);
  });

  it('refuses an oversized UDP datagram with an answer that fits in one', async () => {
    const answer = await udpExchange(sb.port, `/mvapireq/?apientry=apitest1&format=json&txt=${'z'.repeat(3000)}`);
    expect(answer.length).toBeLessThanOrEqual(1490);
    expect(JSON.parse(answer.toString()).error.code).toBe('request-too-large');
  });

  it('keeps serving after all of it', async () => {
    expect((await fetch(`${sb.baseUrl}/health`)).status).toBe(200);
    expect(await (await fetch(`${sb.baseUrl}/mvapireq/?apientry=apitest1`)).text()).toBe('OK: API test OK\n');
  });
});
