// Every command, object operation and page of the five seed documents has its spec entry:
// test/fixtures/seed-commands/ holds the list taken from the seeds, one per line.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.ts';
import type { Dialect, Operation } from '../../generator/load/model.ts';

const root = join(import.meta.dirname, '..', '..');
const spec = loadSpec(root);
const fixtureDir = join(root, 'test', 'fixtures', 'seed-commands');

function fixtureLines(dialect: Dialect): string[] {
  return readdirSync(fixtureDir)
    .filter((f) => f === `${dialect}.txt` || f.startsWith(`${dialect}-`))
    .flatMap((f) => readFileSync(join(fixtureDir, f), 'utf8').split('\n'))
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** How a seed's spelling of a command finds its spec entry, per dialect. */
const resolvers: Record<Dialect, (line: string, ops: Operation[]) => Operation | undefined> = {
  'mizu-v1': (line, ops) =>
    ops.find((o) => (line === '(empty)' ? o.id === '' : o.id === line || o.aliases.includes(line))),
  'mizu-v2': (line, ops) => ops.find((o) => o.id === line.toLowerCase() || o.aliases.includes(line.toLowerCase())),
  // "If there isn't "operation" in request URI, that means "query" by default" (003:L32).
  minisip: (line, ops) => ops.find((o) => o.id === (line.includes('/') ? line : `${line}/query`)),
  // METHOD and the seed's link relative to /billing, %name% placeholders for {name} path parameters.
  mor: (line, ops) => {
    const [method, link = ''] = line.split(' ');
    const path = link.replace(/^\/billing(?=\/)/, '').replace(/%([a-z_]+)%/g, '{$1}');
    return ops.find((o) => o.method === method && o.path === path);
  },
};

/** Seed counts from ../shared/reference/inventory.md §0 (mizu-v2: 169 distinct commands). */
const SEED_COUNTS: Record<Dialect, number> = { 'mizu-v1': 12, 'mizu-v2': 169, minisip: 58, mor: 33 };

describe.each(Object.keys(resolvers) as Dialect[])('%s', (dialect) => {
  const lines = fixtureLines(dialect);
  const ops = spec.operations[dialect];

  it.each(lines)('has a spec entry for %s', (line) => {
    expect(resolvers[dialect](line, ops), `${line} has no spec entry`).toBeDefined();
  });

  it('covers the distinct commands the seeds count', () => {
    const resolved = new Set(lines.map((l) => resolvers[dialect](l, ops)?.id));
    // mor: 35 seed rows, two pairs share a method and path (one entry each).
    expect(resolved.size).toBe(SEED_COUNTS[dialect]);
  });

  it('has no spec entry that the seed list lacks', () => {
    const resolved = new Set(lines.map((l) => resolvers[dialect](l, ops)?.id));
    expect(ops.map((o) => o.id).filter((id) => !resolved.has(id))).toEqual([]);
  });
});
