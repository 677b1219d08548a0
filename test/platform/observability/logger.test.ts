// Logs cost little and lose nothing: the recent-lines ring keeps the last lines in order; stdout is buffered, yet a
// line written just before a stop, an exit or a fatal error still reaches it; an explicit destination stays
// synchronous.
import { spawnSync } from 'node:child_process';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger, RecentLines } from '../../../src/platform/observability/logger.ts';
import { cleanupCli, startCli, writeConfig } from '../../support/cli.ts';
import { ADMIN } from '../../support/server.ts';

afterAll(cleanupCli);

const LOGGER = fileURLToPath(new URL('../../../src/platform/observability/logger.ts', import.meta.url));

describe('RecentLines', () => {
  it('keeps the last lines, oldest first, trimmed', () => {
    const recent = new RecentLines(5);
    expect(recent.tail(3)).toEqual([]);
    for (let i = 1; i <= 3; i++) recent.write(`line ${i}\n`);
    expect(recent.tail(2)).toEqual(['line 2', 'line 3']);
    expect(recent.tail(10)).toEqual(['line 1', 'line 2', 'line 3']);
    for (let i = 4; i <= 12; i++) recent.write(`line ${i}\n`);
    expect(recent.tail(3)).toEqual(['line 10', 'line 11', 'line 12']);
    expect(recent.tail(Number.MAX_SAFE_INTEGER)).toEqual(['line 8', 'line 9', 'line 10', 'line 11', 'line 12']);
    expect(recent.tail(0)).toHaveLength(5);
  });
  it('keeps at most its bytes, whole lines only, across many turns of the ring', () => {
    const recent = new RecentLines(100, 64);
    for (let i = 0; i < 1000; i++) {
      recent.write(`é${i}-${'x'.repeat(i % 7)}\n`);
      const kept = recent.tail(0);
      expect(kept.at(-1)).toBe(`é${i}-${'x'.repeat(i % 7)}`);
      // Every line kept is whole and in order, and together they fit in the 64 bytes.
      const first = i - kept.length + 1;
      expect(kept).toEqual(kept.map((_, k) => `é${first + k}-${'x'.repeat((first + k) % 7)}`));
      expect(Buffer.byteLength(kept.join(''))).toBeLessThanOrEqual(64);
      expect(kept.length).toBeGreaterThanOrEqual(Math.min(i + 1, 2));
    }
    recent.write(`${'y'.repeat(100)}\n`);
    expect(recent.tail(1)).toEqual(['y'.repeat(21)]);
  });
});

describe('createLogger', () => {
  it('writes to an explicit destination and the ring before the call returns', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const recent = new RecentLines();
    const logger = createLogger('info', recent, sink);
    logger.info({ authpwd: 'secret-1' }, 'first');
    logger.debug('below the level');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ msg: 'first', authpwd: '***' });
    expect(recent.tail(5)).toEqual([lines[0]!.trimEnd()]);
  });

  it('censors secret-named fields, at the top and one level down, without changing the objects logged', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = createLogger('info', new RecentLines(), sink);
    const params = { authid: 'alice', authmd5: 'abc123', apientry: 'balance' };
    const err = Object.assign(new Error('refused'), { key: 'k-secret', code: 'E1' });
    const logged = {
      params,
      nested: { deeper: { password: 'kept-at-depth-two' } },
      list: ['password'],
      pin: '1234',
      ok: 1,
    };
    logger.warn({ ...logged, err }, 'with secrets');
    const line = JSON.parse(lines[0]!);
    expect(line).toMatchObject({
      params: { authid: 'alice', authmd5: '***', apientry: 'balance' },
      pin: '***',
      ok: 1,
      list: ['password'],
    });
    expect(line.err).toMatchObject({ type: 'Error', message: 'refused', key: '***', code: 'E1' });
    expect(line.err.stack).toContain('refused');
    expect(params.authmd5).toBe('abc123');
    expect(err.key).toBe('k-secret');
    expect(line.nested).toEqual({ deeper: { password: 'kept-at-depth-two' } }); // as pino's redact paths did
  });

  /** A child process logging to its (buffered) stdout, then ending as `end` says. */
  function child(end: string): { stdout: string; status: number | null } {
    const script = `
      const { createLogger, RecentLines } = await import(${JSON.stringify(LOGGER)});
      const logger = createLogger('info', new RecentLines());
      for (let i = 0; i < 3; i++) logger.info({ i }, 'line');
      ${end}`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 20_000,
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    return { stdout: run.stdout, status: run.status };
  }

  it.each([
    ['the event loop empties', ''],
    ['process.exit', 'process.exit(3);'],
    ['an uncaught exception', 'throw new Error("fatal");'],
    ['an unhandled rejection', 'setTimeout(() => Promise.reject(new Error("fatal")), 1);'],
  ])('buffers stdout, and every line still leaves when %s', (_, end) => {
    const { stdout } = child(end);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { msg: string; i: number });
    expect(lines.map((l) => l.i)).toEqual([0, 1, 2]);
  });
});

describe('the real command line at the default log level', () => {
  it('writes the request line of a request answered just before SIGTERM, and showlog tails the ring', async () => {
    const sb = await startCli(writeConfig({ log: { level: 'info' } }));
    const get = (params: Record<string, string>) =>
      fetch(`${sb.baseUrl}/mvapireq/?${new URLSearchParams({ format: 'json', ...params })}`, {
        signal: AbortSignal.timeout(5_000),
      }).then((r) => r.json() as Promise<{ data?: { text: string } }>);
    const shown = await get({
      apientry: 'showlog',
      log: 'tcp',
      lines: '2',
      authid: ADMIN.username,
      authpwd: ADMIN.password,
    });
    expect(shown.data?.text).toBe(''); // its own line is written once it has answered
    await get({ apientry: 'apitest', marker: 'before-showlog' });
    const tail = (
      await get({ apientry: 'showlog', log: 'tcp', lines: '2', authid: ADMIN.username, authpwd: ADMIN.password })
    ).data!.text.split('\n');
    expect(tail.map((l) => JSON.parse(l) as { command?: string })).toMatchObject([
      { command: 'showlog' },
      { command: 'apitest' },
    ]);
    expect((await get({ apientry: 'version' })).data).toBeDefined();
    const exit = await sb.stop();
    expect(exit.code, exit.stderr).toBe(0);
    const lines = exit.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { msg: string; command?: string });
    expect(lines.filter((l) => l.msg === 'request').map((l) => l.command)).toEqual([
      'showlog',
      'apitest',
      'showlog',
      'version',
    ]);
    expect(exit.stdout).not.toContain(ADMIN.password);
  });
});
