// The layers import one way only (ARCHITECTURE.md): each file may import its own layer and the layers below it,
// generated/ only src/protocol, src/protocol nothing of ours, and a dialect no other dialect but the shared Mizu
// wire forms (and Mizu v1, the old face of the same API, its Mizu v2 counterparts: `mapsTo` in spec/mizu-v1/).
// No domain module but src/domain/services.ts itself imports the Services bag: each takes the narrow dependencies it
// uses. Every relative import of every file is checked, type-only ones included.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** Bottom first: a layer may import those before it. */
const LAYERS = [
  'src/protocol',
  'generated',
  'src/platform',
  'src/persistence',
  'src/domain',
  'src/runtime',
  'src/dialects',
  'src/app.ts',
  'src/cli',
];

/** Layers that see less than everything below them. */
const ONLY: Record<string, string[]> = {
  'src/protocol': ['src/protocol'],
  generated: ['generated', 'src/protocol'],
};

/** The bag a running server keeps: dialects and the composition root read it; domain modules never do. */
const SERVICES = 'src/domain/services.ts';

function layerOf(path: string): string | undefined {
  return LAYERS.find((layer) => path === layer || path.startsWith(`${layer}/`));
}

/** dialects/<name>; the Mizu wire forms both Mizu dialects share live in dialects/mizu. */
function dialectOf(path: string): string | undefined {
  return /^src\/dialects\/([^/]+)\//.exec(path)?.[1];
}

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

interface Edge {
  from: string;
  to: string;
}

function importsOf(file: string): Edge[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((f) => f.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => ({ from: file, to: relative(ROOT, resolve(ROOT, dirname(file), name)) }));
}

/** Why an import breaks the layering, or undefined when it is allowed. */
function violation({ from, to }: Edge): string | undefined {
  const a = layerOf(from);
  const b = layerOf(to);
  if (!a || !b) return undefined;
  if (a === 'src/domain' && to === SERVICES && from !== SERVICES)
    return 'a domain module takes the narrow dependencies it uses, not the Services bag';
  if (ONLY[a] && !ONLY[a].includes(b)) return `${a} may import only ${ONLY[a].join(', ')}`;
  if (LAYERS.indexOf(b) > LAYERS.indexOf(a)) return `${a} imports ${b}, a layer above it`;
  const [da, db] = [dialectOf(from), dialectOf(to)];
  if (!da || !db || da === db) return undefined;
  if (da === 'mizu') return `the shared Mizu wire forms import dialect ${db}`;
  if (db === 'mizu' || (da === 'mizu-v1' && db === 'mizu-v2')) return undefined;
  return `dialect ${da} imports dialect ${db}`;
}

describe('layers', () => {
  it.each([
    ['domain -> runtime', { from: 'src/domain/x.ts', to: 'src/runtime/y.ts' }, /layer above/],
    ['runtime -> dialects', { from: 'src/runtime/x.ts', to: 'src/dialects/mor/y.ts' }, /layer above/],
    [
      'generated -> platform',
      { from: 'generated/mor/x.ts', to: 'src/platform/errors.ts' },
      /only generated, src\/protocol/,
    ],
    ['protocol -> generated', { from: 'src/protocol/x.ts', to: 'generated/common.ts' }, /only src\/protocol/],
    ['persistence -> domain', { from: 'src/persistence/x.ts', to: 'src/domain/y.ts' }, /layer above/],
    [
      'mizu-v2 -> mizu-v1',
      { from: 'src/dialects/mizu-v2/x.ts', to: 'src/dialects/mizu-v1/y.ts' },
      /dialect mizu-v2 imports dialect mizu-v1/,
    ],
    [
      'mizu-v1 -> mor',
      { from: 'src/dialects/mizu-v1/x.ts', to: 'src/dialects/mor/y.ts' },
      /dialect mizu-v1 imports dialect mor/,
    ],
    ['shared Mizu -> mizu-v2', { from: 'src/dialects/mizu/x.ts', to: 'src/dialects/mizu-v2/y.ts' }, /shared Mizu/],
    [
      'domain -> the Services bag',
      { from: 'src/domain/routing/engine.ts', to: 'src/domain/services.ts' },
      /narrow dependencies/,
    ],
  ])('refuses %s', (_name, edge, want) => {
    expect(violation(edge)).toMatch(want);
  });

  it.each([
    ['dialects -> runtime', { from: 'src/dialects/mor/x.ts', to: 'src/runtime/dialect.ts' }],
    ['generated -> protocol', { from: 'generated/mor/x.ts', to: 'src/protocol/coerce.ts' }],
    ['mizu-v1 -> shared Mizu', { from: 'src/dialects/mizu-v1/x.ts', to: 'src/dialects/mizu/context.ts' }],
    [
      'mizu-v1 -> its Mizu v2 counterpart',
      { from: 'src/dialects/mizu-v1/x.ts', to: 'src/dialects/mizu-v2/user/balance.ts' },
    ],
    ['app -> dialects', { from: 'src/app.ts', to: 'src/dialects/mor/binding.ts' }],
    ['dialects -> the Services bag', { from: 'src/dialects/mor/x.ts', to: 'src/domain/services.ts' }],
    ['the Services bag -> a domain module', { from: 'src/domain/services.ts', to: 'src/domain/routing/engine.ts' }],
  ])('allows %s', (_name, edge) => {
    expect(violation(edge)).toBeUndefined();
  });

  it('no file of src/ or generated/ imports upward', () => {
    const files = [...sources('src'), ...sources('generated')];
    expect(files.length).toBeGreaterThan(100);
    const broken = files.flatMap(importsOf).flatMap((edge) => {
      const why = violation(edge);
      return why ? [`${edge.from} -> ${edge.to}: ${why}`] : [];
    });
    expect(broken).toEqual([]);
  });
});
