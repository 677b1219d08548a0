// The config schema is the one list of keys: what loadConfig gives, the schema's defaults and the README's example
// config all name the same keys, so a key added in one place and not the others fails here.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig, type Config } from '../../src/platform/config.ts';
import { checkConfig } from '../../src/platform/config-check.ts';
import { CONFIG_SCHEMA, configKeys } from '../../src/platform/config-schema.ts';
import { REPO_ROOT } from '../support/cli.ts';
import { selfSigned } from '../support/certificates.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'switchboard-config-schema-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The schema's keys that hold a value (sections left out; a free mapping such as globals counts as one key). */
const SCHEMA_KEYS = configKeys()
  .filter((k) => k.type !== 'mapping' || k.path === 'globals')
  .map((k) => k.path)
  .filter((path) => !path.endsWith('.<name>'))
  .sort();

/** The dotted paths of the values in a loaded config or a parsed YAML example, not entering globals or lists. */
function valuePaths(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([name, v]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    const section = typeof v === 'object' && v !== null && !Array.isArray(v) && path !== 'globals';
    return section ? valuePaths(v, path) : [path];
  });
}

/** A config with every optional section given, so that every key is present. */
function everyKeyConfig(): Config {
  const tls = selfSigned(dir);
  const file = join(dir, 'switchboard.yaml');
  writeFileSync(
    file,
    [
      `dataDir: ${join(dir, 'data')}`,
      `tls: { port: 8443, cert: ${tls.cert}, key: ${tls.key} }`,
      'redis: { url: redis://127.0.0.1:6379 }',
      'smtp: { host: 127.0.0.1, from: switchboard@example.org }',
      'smpp: { host: 127.0.0.1, systemId: switchboard, password: secret }',
      'smsHttp: { url: "https://gw.example/send?to={to}&text={text}" }',
    ].join('\n'),
  );
  return loadConfig(file, {});
}

function valueAt(config: object, path: string): unknown {
  return path.split('.').reduce<unknown>((v, name) => (v as Record<string, unknown>)?.[name], config);
}

describe('the config schema', () => {
  it('has exactly the keys of the Config that loadConfig gives', () => {
    expect(valuePaths(everyKeyConfig()).sort()).toEqual(SCHEMA_KEYS);
  });

  it('states the defaults loadConfig applies, and describes every key', () => {
    const config = everyKeyConfig();
    const withDefaults = configKeys().filter((k) => k.default !== undefined);
    expect(withDefaults.length).toBeGreaterThan(20);
    for (const key of withDefaults) {
      // dataDir is given above; mor.sessionMinutes and redis.prefix fall back where they are used.
      if (['dataDir', 'mor.sessionMinutes', 'redis.prefix'].includes(key.path)) continue;
      expect(valueAt(config, key.path), key.path).toEqual(key.default);
    }
    for (const key of configKeys()) expect(key.description, key.path).toMatch(/\S{3}/);
  });

  it('closes every section: an unknown key at any depth is refused', () => {
    const open: string[] = [];
    const walk = (node: Record<string, unknown>, path: string) => {
      if (node.type !== 'object') return;
      if (node.additionalProperties !== false && path !== 'globals') open.push(path || '(top)');
      for (const [name, child] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>))
        walk(child, path ? `${path}.${name}` : name);
    };
    walk(CONFIG_SCHEMA as unknown as Record<string, unknown>, '');
    expect(open).toEqual([]);
  });

  it.each([['deploy/switchboard.yaml'], ['deploy/image.yaml']])('passes the shipped config %s', (path) => {
    expect(() => checkConfig(parse(readFileSync(join(REPO_ROOT, path), 'utf8')), path)).not.toThrow();
  });

  it("is the README's example config, key for key", () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const example = /```yaml\n(listen:[\s\S]*?)```/.exec(readme);
    expect(example, 'the README has a ```yaml block starting with listen:').not.toBeNull();
    expect(valuePaths(parse(example![1]!)).sort()).toEqual(SCHEMA_KEYS);
  });
});
