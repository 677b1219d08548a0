// `switchboard config` lists every key of the schema; a config mistake (an unknown nested key, a log level pino does
// not have, a TLS file that is missing or not PEM) stops `serve` with one line and exit 1, before anything starts.
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { configKeys } from '../../src/platform/config-schema.ts';
import { cleanupCli, runCli, tempFolder, writeConfig } from '../support/cli.ts';
import { selfSigned } from '../support/certificates.ts';

afterAll(cleanupCli);

describe('switchboard config', () => {
  it.each([[['config']], [['config', '--help']]])('%j lists every key with its type and default', async (args) => {
    const exit = await runCli(args);
    expect(exit.code, exit.stderr).toBe(0);
    expect(exit.stdout).toContain('switchboard config');
    const lines = exit.stdout.split('\n');
    for (const key of configKeys()) {
      const line = lines.find((l) => l.startsWith(`${key.path} `));
      expect(line, key.path).toBeDefined();
      expect(line).toContain(key.type);
      expect(line).toContain(key.description);
      if (key.default !== undefined) expect(line).toContain(` ${String(key.default)} `);
    }
  });
});

describe('a config mistake stops serve with one line', () => {
  // 8443 is never bound: the check stops serve before anything listens.
  const tls = (settings: { cert: string; key: string }) => ({ tls: { port: 8443, ...settings } });

  it.each([
    [
      'an unknown nested key',
      () => ({ listen: { host: '127.0.0.1', port: 0, prot: 1 } }),
      /unknown key listen\.prot \(did you mean listen\.port\?\)$/,
    ],
    [
      'a log level pino does not have',
      () => ({ log: { level: 'verbose' } }),
      /log\.level must be one of trace, debug, info, warn, error, fatal, silent, not "verbose"$/,
    ],
    [
      'a missing certificate',
      () => tls({ ...selfSigned(tempFolder()), cert: '/nonexistent/cert.pem' }),
      /^switchboard: tls\.cert: cannot read \/nonexistent\/cert\.pem \(ENOENT: no such file or directory\)$/,
    ],
    [
      'a certificate that is not PEM',
      () => {
        const dir = tempFolder();
        writeFileSync(join(dir, 'cert.pem'), 'hello\n');
        return tls({ ...selfSigned(dir, 'good'), cert: join(dir, 'cert.pem') });
      },
      /^switchboard: tls\.cert: \S+cert\.pem is not a PEM certificate \(.+\)$/,
    ],
    [
      'a key that is not PEM',
      () => {
        const dir = tempFolder();
        writeFileSync(join(dir, 'key.pem'), '-----BEGIN PRIVATE KEY-----\nnope\n-----END PRIVATE KEY-----\n');
        return tls({ ...selfSigned(dir, 'good'), key: join(dir, 'key.pem') });
      },
      /^switchboard: tls\.key: \S+key\.pem is not a PEM private key \(.+\)$/,
    ],
  ])('%s', async (_, settings, message) => {
    const config = writeConfig(settings());
    const exit = await runCli(['serve', '--config', config]);
    expect(exit.code).toBe(1);
    const lines = exit.stderr.trimEnd().split('\n');
    expect(lines, exit.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/^switchboard: /);
    expect(lines[0]).toMatch(message);
    expect(exit.stdout).toBe('');
    // Nothing was started: no database was made.
    expect(existsSync(join(dirname(config), 'switchboard.db'))).toBe(false);
  });
});
