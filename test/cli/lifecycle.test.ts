// The start/stop contract of the real command line, each server a child process on its own temp config: ready means
// /health answers; SIGTERM lets in-flight requests finish and exits 0; an operator's mistake is one line on stderr
// and a non-zero exit; `migrate` is repeatable; /metrics counts requests.
import { existsSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { connect, createServer, type AddressInfo, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cleanupCli,
  runCli,
  startCli,
  tempFolder,
  within,
  writeConfig,
  writeConfigText,
  type CliServer,
  type Exit,
} from '../support/cli.ts';
import { ADMIN } from '../support/server.ts';

// Servers a test starts are stopped by it; whatever a failing test left behind is killed here.
afterAll(cleanupCli);

/** The stderr of a failed start: exactly one line, naming the problem, with no stack trace. */
function expectOneLine(exit: Exit, problem: RegExp): void {
  expect(exit.code, exit.stderr).not.toBe(0);
  expect(exit.code).not.toBeNull();
  const lines = exit.stderr.split('\n').filter((l) => l.trim() !== '');
  expect(lines, exit.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(problem);
  expect(
    exit.stderr.split('\n').some((l) => l.startsWith('    at ')),
    exit.stderr,
  ).toBe(false);
}

describe('a running server', () => {
  let sb: CliServer;

  beforeAll(async () => {
    sb = await startCli(writeConfig());
  });
  afterAll(() => sb?.stop());

  it('answers GET /health with 200 once it has printed that it listens', async () => {
    const res = await fetch(`${sb.baseUrl}/health`, { signal: AbortSignal.timeout(5_000) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('serves Prometheus text on GET /metrics, counting requests by dialect, command and outcome', async () => {
    const call = (params: Record<string, string>) =>
      fetch(`${sb.baseUrl}/mvapireq/?${new URLSearchParams({ format: 'json', ...params })}`, {
        signal: AbortSignal.timeout(5_000),
      }).then((r) => r.json());
    expect(await call({ apientry: 'version' })).toMatchObject({ code: 200 });
    expect(await call({ apientry: 'balance', authid: ADMIN.username, authpwd: 'not-the-password' })).toMatchObject({
      error: { code: 'auth-failed' },
    });

    const res = await fetch(`${sb.baseUrl}/metrics`, { signal: AbortSignal.timeout(5_000) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toContain('# TYPE switchboard_requests_total counter');
    expect(text).toMatch(
      /^switchboard_requests_total\{dialect="mizu-v2",command="version",transport="http",outcome="ok"\} 1$/m,
    );
    expect(text).toMatch(
      /^switchboard_requests_total\{dialect="mizu-v2",command="balance",transport="http",outcome="auth-failed"\} 1$/m,
    );
  });
});

const HEARTBEAT = 'apientry=heartbeat&mode=full&format=json';

interface InFlight {
  /** The server has read the request head (it answered 100 Continue): the request is in flight. */
  started: Promise<void>;
  /** Sends the body, completing the request. */
  finish(): void;
  answer: Promise<{ status: number; connection: string | undefined; body: string }>;
}

/**
 * A `heartbeat mode=full` POST (it queries the database) held open halfway: its head asks `Expect: 100-continue`, so
 * the server's 100 Continue proves it is handling the request, and the body follows only when the test says so.
 */
function heldHeartbeat(port: number, agent: Agent): InFlight {
  let started!: () => void;
  const startedPromise = new Promise<void>((resolve) => {
    started = resolve;
  });
  const req = request({
    host: '127.0.0.1',
    port,
    method: 'POST',
    path: '/mvapireq/',
    agent,
    timeout: 10_000,
    headers: {
      expect: '100-continue',
      'content-type': 'application/x-www-form-urlencoded',
      'content-length': Buffer.byteLength(HEARTBEAT),
    },
  });
  const answer = new Promise<{ status: number; connection: string | undefined; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => {
        body += d;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, body }));
      res.on('error', reject);
    });
    req.on('continue', started);
    req.on('timeout', () => req.destroy(new Error('no answer within 10 s')));
    req.on('error', reject);
  });
  answer.catch(() => {}); // awaited by the test; a failure before then must not surface as unhandled
  req.flushHeaders();
  return { started: startedPromise, finish: () => req.end(HEARTBEAT), answer };
}

/** Resolves once a new connection to port is refused: the server has stopped accepting. */
async function refusedWithin(port: number, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', () => resolve(true));
    });
    if (refused) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`port ${port} still accepts connections ${ms} ms after SIGTERM`);
}

describe('SIGTERM', () => {
  it('stops accepting, answers every request in flight in full, closes keep-alive connections, and exits 0', async () => {
    const sb = await startCli(writeConfig({ limits: { perIp: 10_000, global: 100_000 } }));
    // Keep-alive connections, as fetch and most HTTP clients use them.
    const agent = new Agent({ keepAlive: true, maxSockets: 100 });
    try {
      const calls = Array.from({ length: 40 }, () => heldHeartbeat(sb.port, agent));
      await within(Promise.all(calls.map((c) => c.started)), 10_000, 'every request head read by the server');

      const exit = sb.stop();
      await refusedWithin(sb.port, 5_000);
      for (const call of calls) call.finish();
      const answers = await within(
        Promise.all(calls.map((c) => c.answer)),
        10_000,
        'answers to the requests in flight',
      );
      const answeredAt = Date.now();
      const { code, signal, stderr } = await exit;

      for (const answer of answers) {
        expect(answer.status).toBe(200);
        expect(JSON.parse(answer.body)).toMatchObject({
          code: 200,
          data: { status: 'ok', mode: 'full', database: 'ok' },
        });
        // Told to close, so a keep-alive client cannot hold the stopping process open.
        expect(answer.connection).toBe('close');
      }
      expect({ code, signal }, stderr).toEqual({ code: 0, signal: null });
      // Well inside the 5 s keep-alive timeout: the answered connections were closed, not left to time out.
      expect(Date.now() - answeredAt).toBeLessThan(3_000);
      expect(stderr).not.toMatch(/^ {4}at /m);
    } finally {
      agent.destroy();
    }
  });

  it('is what SIGINT (Ctrl-C in a terminal) does too: the request in flight answered, exit 0', async () => {
    const sb = await startCli(writeConfig());
    const agent = new Agent({ keepAlive: true });
    try {
      const call = heldHeartbeat(sb.port, agent);
      await within(call.started, 10_000, 'the request head read by the server');
      const exit = sb.stop(undefined, 'SIGINT');
      await refusedWithin(sb.port, 5_000);
      call.finish();
      expect((await within(call.answer, 10_000, 'the answer to the request in flight')).status).toBe(200);
      const { code, signal, stderr } = await exit;
      expect({ code, signal }, stderr).toEqual({ code: 0, signal: null });
    } finally {
      agent.destroy();
    }
  });

  it('after a client connected and closed without sending anything (a TCP health check), still exits 0', async () => {
    const sb = await startCli(writeConfig());
    await within(
      new Promise<void>((resolve, reject) => {
        const socket = connect({ host: '127.0.0.1', port: sb.port }, () => socket.end());
        socket.on('close', () => resolve());
        socket.on('error', reject);
      }),
      5_000,
      'a silent connection closing',
    );
    const { code, signal, stderr } = await sb.stop(5_000);
    expect({ code, signal }, stderr).toEqual({ code: 0, signal: null });
  });

  it('with nothing in flight, only an idle keep-alive connection, exits 0 at once', async () => {
    const sb = await startCli(writeConfig());
    const agent = new Agent({ keepAlive: true });
    try {
      const idle = await new Promise<number>((resolve, reject) => {
        request({ host: '127.0.0.1', port: sb.port, path: '/health', agent }, (res) =>
          res.resume().on('end', () => resolve(res.statusCode ?? 0)),
        )
          .on('error', reject)
          .end();
      });
      expect(idle).toBe(200);
      const stopping = Date.now();
      const { code, signal } = await sb.stop(5_000);
      expect({ code, signal }).toEqual({ code: 0, signal: null });
      expect(Date.now() - stopping).toBeLessThan(3_000);
    } finally {
      agent.destroy();
    }
  });
});

describe('an operator mistake is one line on stderr and a non-zero exit', () => {
  it.each([
    [
      'invalid YAML',
      'listen: [127.0.0.1\nsecretKey: test-secret-key-0123456789\n',
      /switchboard\.yaml is not valid YAML/,
    ],
    [
      'an unknown top-level key',
      'listen: { host: 127.0.0.1, port: 0 }\nlisten_port: 8080\n',
      /unknown key listen_port \(known: listen, /,
    ],
    [
      'a non-numeric port',
      'listen: { host: 127.0.0.1, port: eighty }\n',
      /listen\.port must be a whole number from 0 to 65535, not "eighty"/,
    ],
  ])('a config file with %s', async (_, text, problem) => {
    expectOneLine(await runCli(['serve', '--config', writeConfigText(text)]), problem);
  });

  it('a config file that does not exist', async () => {
    expectOneLine(
      await runCli(['serve', '--config', join(tempFolder(), 'missing.yaml')]),
      /cannot read config file .*missing\.yaml/,
    );
  });

  it('an unreachable database', async () => {
    const exit = await runCli(['serve', '--config', writeConfig({ database: 'postgres://postgres@127.0.0.1:1/none' })]);
    expectOneLine(exit, /cannot open database postgres:\/\/postgres@127\.0\.0\.1:1\/none: .*ECONNREFUSED/);
  });

  describe('a port already in use', () => {
    let taken: Server;
    beforeAll(async () => {
      taken = createServer();
      await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    });
    afterAll(() => new Promise<void>((resolve) => taken.close(() => resolve())));

    it('names the address', async () => {
      const port = (taken.address() as AddressInfo).port;
      const exit = await runCli(['serve', '--config', writeConfig({ listen: { host: '127.0.0.1', port } })]);
      expectOneLine(exit, new RegExp(`127\\.0\\.0\\.1:${port} is already in use`));
    });
  });
});

describe('switchboard migrate', () => {
  it('applies the initial migration to a fresh SQLite file, and a second run finds the schema up to date', async () => {
    const dir = tempFolder();
    const path = join(dir, 'fresh', 'switchboard.db');
    const config = writeConfig({ database: `sqlite:${path}` });

    const first = await runCli(['migrate', '--config', config]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout.trim()).toMatch(/^applied: 0001-initial(, [\w-]+)*$/);
    expect(existsSync(path)).toBe(true);

    const second = await runCli(['migrate', '--config', config]);
    expect({ code: second.code, stdout: second.stdout.trim() }, second.stderr).toEqual({
      code: 0,
      stdout: 'schema is up to date',
    });
  });
});
