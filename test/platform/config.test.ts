// The config contract: every key has a default, the environment overrides, a bad file is one clear error naming
// each key by its path (unknown keys at any depth, wrong types and values, unreadable TLS files).
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/platform/config.ts';
import { selfSigned } from '../support/certificates.ts';

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

/** The ConfigError loadConfig throws for yaml (the test fails if it throws none). */
function refusal(yaml: string): Error {
  try {
    loadConfig(file(yaml), {});
  } catch (e) {
    return e as Error;
  }
  throw new Error(`accepted: ${yaml}`);
}

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
    ['an unknown key', 'lisen: { port: 1 }', /unknown key lisen \(did you mean listen\?\)/],
    ['an unknown key at depth 2', 'listen: { prot: 1 }', /unknown key listen\.prot \(did you mean listen\.port\?\)/],
    [
      'a key in the wrong case',
      'mor: { apiSecretkey: x }',
      /unknown key mor\.apiSecretkey \(did you mean mor\.apiSecretKey\?\)/,
    ],
    ['a misspelt key', 'admin: { pasword: x }', /unknown key admin\.pasword \(did you mean admin\.password\?\)/],
    [
      'a key under the wrong section',
      'port: 80',
      /unknown key port \(did you mean listen\.port or tls\.port or sip\.port or smtp\.port or smpp\.port\?\)/,
    ],
    [
      'an unknown key with nothing close',
      'limits: { perMinute: 5 }',
      /unknown key limits\.perMinute \(known: maxRequestBytes, /,
    ],
    [
      'a mapping where a value belongs (depth 3)',
      'listen: { host: { name: x } }',
      /listen\.host must be a string, not \{"name":"x"\}/,
    ],
    ['a value where a mapping belongs', 'listen: 8080', /listen must be a mapping, not 8080/],
    ['a bad port', 'listen: { port: eighty }', /listen\.port must be a whole number from 0 to 65535, not "eighty"/],
    [
      'a port out of range',
      'tls: { port: 70000, cert: c, key: k }',
      /tls\.port must be a whole number from 1 to 65535, not 70000/,
    ],
    ['a negative limit', 'limits: { perIp: -1 }', /limits\.perIp must be a whole number of at least 1, not -1/],
    [
      'a fractional count',
      'limits: { maxConnections: 2.5 }',
      /limits\.maxConnections must be a whole number of at least 1, not 2\.5/,
    ],
    ['zero seconds', 'limits: { banSeconds: 0 }', /limits\.banSeconds must be a number above 0, not 0/],
    ['not a boolean', 'listen: { udp: maybe }', /listen\.udp must be true or false, not "maybe"/],
    [
      'a log level pino does not have',
      'log: { level: verbose }',
      /log\.level must be one of trace, debug, info, warn, error, fatal, silent, not "verbose"/,
    ],
    ['a misspelt log level', 'log: { level: inf }', /log\.level must be one of .*, not "inf" \(did you mean info\?\)/],
    [
      'a bad database URL',
      'database: mysql://x',
      /database must look like sqlite:PATH or postgres:\/\/user@host:port\/db, not "mysql:\/\/x"/,
    ],
    [
      'a value where a list belongs',
      'trust: { proxies: 10.0.0.1 }',
      /trust\.proxies must be a list, not "10\.0\.0\.1"/,
    ],
    [
      'a header not offered',
      'trust: { proxyHeader: x-real-ip }',
      /trust\.proxyHeader must be one of x-forwarded-for, forwarded, not "x-real-ip"/,
    ],
    ['a bad Redis URL', 'redis: { url: 127.0.0.1:6379 }', /redis\.url must look like redis:\/\/host:port or rediss/],
    ['a short secret key', 'secretKey: short', /secretKey must be at least 16 characters/],
    ['tls without a key', 'tls: { port: 8443, cert: c.pem }', /tls needs key/],
    ['redis without a url', 'redis: { prefix: sb }', /redis needs url/],
  ])('refuses %s with one clear line', (_, yaml, message) => {
    const error = refusal(`dataDir: ${dir}\n${yaml}\n`);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n');
  });

  it('names every problem of the file in its one line', () => {
    const message = refusal('listen: { prot: 1, host: [a] }\nlog: { level: loud }\n').message;
    expect(message).toMatch(/^\S+switchboard\.yaml: /);
    expect(message).toContain('unknown key listen.prot');
    expect(message).toContain('listen.host must be a string');
    expect(message).toContain('log.level must be one of');
    expect(message).not.toContain('\n');
  });

  it('takes scalars as YAML writes them, and an empty key as absent', () => {
    const config = loadConfig(
      file(
        [
          `dataDir: ${join(dir, 'data')}`,
          'listen: { port: "9090", leanHttp: "false" }',
          'admin: { username: 42, password: 123456 }',
          'minisip: { syskey: 1234 }',
          'limits: { perIp: "50" }',
          'mor:',
          'log: { level: }',
        ].join('\n'),
      ),
      {},
    );
    expect(config.listen).toMatchObject({ port: 9090, leanHttp: false });
    expect(config.admin).toEqual({ username: '42', password: '123456' });
    expect(config.minisip.syskey).toBe('1234');
    expect(config.limits.perIp).toBe(50);
    expect(config.log.level).toBe('info');
  });

  it('reads the TLS files at load: a missing, non-PEM or mismatched file is one line naming its key', () => {
    const good = selfSigned(dir, 'good');
    const other = selfSigned(dir, 'other');
    const junk = join(dir, 'junk.pem');
    writeFileSync(junk, 'not a certificate\n');
    const tls = (cert: string, key: string) => `dataDir: ${dir}\ntls: { port: 8443, cert: ${cert}, key: ${key} }\n`;
    expect(loadConfig(file(tls(good.cert, good.key)), {}).tls).toEqual({ port: 8443, ...good });
    expect(refusal(tls(join(dir, 'absent.pem'), good.key)).message).toBe(
      `tls.cert: cannot read ${join(dir, 'absent.pem')} (ENOENT: no such file or directory)`,
    );
    expect(refusal(tls(junk, good.key)).message).toMatch(/^tls\.cert: \S+junk\.pem is not a PEM certificate \(.+\)$/);
    expect(refusal(tls(good.cert, junk)).message).toMatch(/^tls\.key: \S+junk\.pem is not a PEM private key \(.+\)$/);
    expect(refusal(tls(good.cert, other.key)).message).toMatch(
      /^tls\.key: \S+other-key\.pem is not the key of the certificate \S+good\.pem \(.+\)$/,
    );
  });

  it('reads trust.proxies as addresses and CIDRs, and refuses in one line an entry that is neither', () => {
    const data = `dataDir: ${join(dir, 'data')}\n`;
    expect(loadConfig(file(data), {}).trust).toEqual({ proxies: [], proxyHeader: 'x-forwarded-for', ipAdmin: false });
    const proxies = ['127.0.0.1', '10.0.0.0/8', '::1', 'fd00::/8'];
    const config = loadConfig(
      file(`${data}trust: { proxies: [${proxies.map((p) => `"${p}"`)}], ipAdmin: true }\n`),
      {},
    );
    expect(config.trust).toEqual({ proxies, proxyHeader: 'x-forwarded-for', ipAdmin: true });
    expect(refusal(`${data}trust: { proxies: [localhost] }`).message).toBe(
      'config: trust.proxies: "localhost" is not an IPv4 or IPv6 address, nor one with a /prefix',
    );
    expect(refusal(`${data}trust: { proxies: [10.0.0.0/40] }`).message).toBe(
      'config: trust.proxies: "10.0.0.0/40" has a prefix out of range (/0-/32)',
    );
    expect(refusal(`${data}trust: { proxyHeader: x-real-ip }`).message).toMatch(/trust\.proxyHeader must be one of/);
  });

  it('names a missing file', () => {
    expect(() => loadConfig(join(dir, 'nope.yaml'), {})).toThrow(/cannot read config file .*nope\.yaml/);
  });
});
