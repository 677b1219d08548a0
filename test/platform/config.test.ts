// The config contract: every key has a default, the environment overrides, a bad file is one clear error.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/platform/config.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'switchboard-config-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const file = (yaml: string) => {
  const path = join(dir, 'switchboard.yaml');
  writeFileSync(path, yaml);
  return path;
};

describe('loadConfig', () => {
  it('gives every key a default, SQLite in the data folder, and generates a private secret key there once', () => {
    const config = loadConfig(file(`dataDir: ${join(dir, 'data')}\n`), {});
    expect(config.listen).toEqual({ host: '127.0.0.1', port: 8080, leanHttp: true, udp: true });
    expect(config.sip.port).toBe(5060);
    expect(config.database).toBe(`sqlite:${join(dir, 'data', 'switchboard.db')}`);
    expect(config.admin.username).toBe('admin');
    const keyFile = join(dir, 'data', 'secret.key');
    expect(readFileSync(keyFile, 'utf8').trim()).toBe(config.secretKey);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(loadConfig(file(`dataDir: ${join(dir, 'data')}\n`), {}).secretKey).toBe(config.secretKey);
  });

  it('reads the documented contract', () => {
    const config = loadConfig(
      file(
        [
          'listen: { host: 0.0.0.0, port: 9090 }',
          'sip: { port: 0 }',
          'database: postgres://sb@db.example:5432/switchboard',
          'secretKey: "0123456789abcdef0123"',
          'admin: { username: root, password: "pw-123456" }',
          'globals: { apiv2key: "k", HttpStrictResponse: 1 }',
          'minisip: { syskey: "1234" }',
          'mor: { apiSecretKey: "s3cret" }',
          'redis: { url: redis://127.0.0.1:6379 }',
        ].join('\n'),
      ),
      {},
    );
    expect(config).toMatchObject({
      listen: { host: '0.0.0.0', port: 9090, leanHttp: true },
      sip: { port: 0 },
      database: 'postgres://sb@db.example:5432/switchboard',
      admin: { username: 'root', password: 'pw-123456' },
      globals: { apiv2key: 'k', httpstrictresponse: '1' },
      minisip: { syskey: '1234' },
      mor: { apiSecretKey: 's3cret' },
      redis: { url: 'redis://127.0.0.1:6379' },
    });
  });

  it('lets SWITCHBOARD_PORT, SWITCHBOARD_DATABASE and SWITCHBOARD_SECRET_KEY override the file', () => {
    const config = loadConfig(file('listen: { port: 9090 }\nsecretKey: "from-the-file-0000"\n'), {
      SWITCHBOARD_PORT: '7070',
      SWITCHBOARD_DATABASE: 'postgres://x@127.0.0.1/y',
      SWITCHBOARD_SECRET_KEY: 'from-the-environment',
    });
    expect([config.listen.port, config.database, config.secretKey]).toEqual([
      7070,
      'postgres://x@127.0.0.1/y',
      'from-the-environment',
    ]);
  });

  it.each([
    ['invalid YAML', 'listen: [port: 1', /not valid YAML/],
    ['an unknown key', 'lisen: { port: 1 }', /unknown key "lisen"/],
    ['a bad port', 'listen: { port: eighty }', /listen\.port must be a port number/],
    ['a bad database URL', 'database: mysql://x', /database must be sqlite:PATH or postgres/],
    ['a short secret key', 'secretKey: short', /secretKey must be at least 16/],
    ['tls without a key', 'tls: { port: 8443, cert: c.pem }', /tls needs port, cert and key/],
    ['an unknown limit', 'limits: { perMinute: 5 }', /unknown key limits\.perMinute/],
  ])('refuses %s with one clear line', (_, yaml, message) => {
    expect(() => loadConfig(file(`dataDir: ${dir}\n${yaml}\n`), {})).toThrow(message);
    try {
      loadConfig(file(`dataDir: ${dir}\n${yaml}\n`), {});
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as Error).message).not.toContain('\n');
    }
  });

  it('names a missing file', () => {
    expect(() => loadConfig(join(dir, 'nope.yaml'), {})).toThrow(/cannot read config file .*nope\.yaml/);
  });
});
