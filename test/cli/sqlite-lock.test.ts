// One `switchboard serve` per SQLite file: a second one on the same file refuses with one line naming the first's pid
// and exits 1; once the first has stopped, or died by SIGKILL, a new one starts.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupCli, runCli, startCli, writeConfig } from '../support/cli.ts';

afterAll(cleanupCli);

describe('a second serve on the same SQLite file', () => {
  it('is refused with one line naming the running one, and starts once that one has stopped', async () => {
    const config = writeConfig();
    const first = await startCli(config);

    const refused = await runCli(['serve', '--config', config]);
    expect(refused.code, refused.stderr).toBe(1);
    expect(refused.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        new RegExp(
          `^switchboard: \\S+switchboard\\.db is in use by another Switchboard process \\(pid ${first.pid}\\); `,
        ),
      ),
    ]);

    expect((await first.stop()).code).toBe(0);
    const next = await startCli(config);
    expect((await next.stop()).code).toBe(0);
  }, 60_000);

  it('starts once the running one was killed with SIGKILL', async () => {
    const config = writeConfig();
    const killed = await startCli(config);
    process.kill(killed.pid, 'SIGKILL');
    expect((await killed.stop()).signal).toBe('SIGKILL');

    const next = await startCli(config);
    expect((await next.stop()).code).toBe(0);
  }, 60_000);
});
