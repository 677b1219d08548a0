// `serve --workers 2`: two processes on the shared port behave as one server — a ban made through one holds on the
// other, a nonce is accepted once whichever process gets it — and SIGTERM stops them all with exit 0.
import { afterAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { mizuV2AuthV3 } from '../../src/protocol/digests.ts';
import { cleanupCli, runCli, startCli, writeConfig, type CliServer } from '../support/cli.ts';
import { mizuJson } from '../support/mizu.ts';
import { ADMIN } from '../support/server.ts';
import { REDIS, REDIS_URL, redisAvailable, requireService } from '../support/services.ts';

const withRedis = requireService(REDIS, await redisAvailable(), 'the --workers tests');
afterAll(cleanupCli);

describe.runIf(withRedis)('serve --workers 2', () => {
  let sb: CliServer;

  it('starts two workers that answer on one port', async () => {
    const config = writeConfig({
      redis: { url: REDIS_URL, prefix: `sb-workers-${randomUUID()}:` },
      limits: { authFailures: 3 },
    });
    sb = await startCli(config, 30_000, ['--workers', '2']);
    expect(sb.output.stderr).toMatch(/with 2 workers/);
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        mizuJson(sb.port, { apientry: 'balance', authid: ADMIN.username, authpwd: ADMIN.password }),
      ),
    );
    expect(answers.map((a) => a.data?.credit)).toEqual(Array(20).fill('0.00'));
  }, 60_000);

  it('shares bans between the workers', async () => {
    for (let i = 0; i < 3; i++)
      await mizuJson(sb.port, { apientry: 'balance', authid: ADMIN.username, authpwd: 'wrong' }, '127.0.0.21');
    for (let i = 0; i < 4; i++) {
      expect(
        (
          await mizuJson(
            sb.port,
            { apientry: 'balance', authid: ADMIN.username, authpwd: ADMIN.password },
            '127.0.0.21',
          )
        ).error?.code,
      ).toBe('banned');
    }
  });

  it('accepts a nonce once, whichever worker gets it', async () => {
    const nonce = /new nonce is:(.*)EOF/.exec((await mizuJson(sb.port, { apientry: 'preauth' })).data.value)![1]!;
    const params = {
      apientry: 'login',
      authid: ADMIN.username,
      authsalt1: 'a',
      authsalt2: 'b',
      nonce,
      authmd5: mizuV2AuthV3(ADMIN.username, ADMIN.password, 'a', 'b', '', nonce),
    };
    const answers = await Promise.all([1, 2, 3, 4].map(() => mizuJson(sb.port, params)));
    expect(answers.filter((a) => a.status === 'OK')).toHaveLength(1);
  });

  it('stops every worker on SIGTERM and exits 0', async () => {
    const exit = await sb.stop();
    expect(exit.code).toBe(0);
  });
});

describe('serve --workers without Redis', () => {
  it('refuses with one clear line', async () => {
    const exit = await runCli(['serve', '--config', writeConfig(), '--workers', '2']);
    expect(exit.code).toBe(1);
    expect(exit.stderr.trim().split('\n')).toEqual([expect.stringMatching(/--workers needs `redis/)]);
  });
});
