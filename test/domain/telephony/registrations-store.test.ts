// Where registrations live (sip.registrations): the default follows what the processes share — Redis, else a
// PostgreSQL database, else this process only — and the store built is the one named.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRegistrations } from '../../../src/domain/telephony/registrations-store.ts';
import { DatabaseRegistrations } from '../../../src/domain/telephony/registrations-database.ts';
import { MemoryRegistrations } from '../../../src/domain/telephony/registrations-memory.ts';
import { loadConfig } from '../../../src/platform/config.ts';
import { MemoryState } from '../../../src/platform/state/memory.ts';

const ENV = { SWITCHBOARD_SECRET_KEY: 'registrations-config-key-0123' };

function configFrom(yaml: string) {
  const file = join(mkdtempSync(join(tmpdir(), 'sb-sip-config-')), 'switchboard.yaml');
  writeFileSync(file, yaml);
  return loadConfig(file, ENV);
}

describe('sip.registrations', () => {
  it.each([
    ['memory for the embedded SQLite', 'database: sqlite:sb.db\n', 'memory'],
    ['database on PostgreSQL', 'database: postgres://sb@db.example:5432/sb\n', 'database'],
    ['redis when Redis is configured', 'redis: { url: redis://127.0.0.1:6379 }\n', 'redis'],
    ['what the file says', 'database: postgres://sb@db/sb\nsip: { registrations: memory }\n', 'memory'],
  ])('defaults to %s', (_, yaml, want) => {
    expect(configFrom(yaml).sip.registrations).toBe(want);
  });

  it('refuses redis without redis.url, and a store it does not know', () => {
    expect(() => configFrom('sip: { registrations: redis }\n')).toThrow(/sip.registrations redis needs redis.url/);
    expect(() => configFrom('sip: { registrations: files }\n')).toThrow(/sip.registrations/);
  });

  it('reads the realm, absent by default (the host each REGISTER names)', () => {
    expect(configFrom('sip: { realm: sip.example.com }\n').sip.realm).toBe('sip.example.com');
    expect(configFrom('').sip.realm).toBeUndefined();
  });

  it('builds the store named', () => {
    const parts = { db: { em: () => undefined as never }, state: new MemoryState() };
    expect(createRegistrations('memory', parts)).toBeInstanceOf(MemoryRegistrations);
    expect(createRegistrations('database', parts)).toBeInstanceOf(DatabaseRegistrations);
    expect(() => createRegistrations('redis', parts)).toThrow(/redis needs redis.url/);
  });
});
