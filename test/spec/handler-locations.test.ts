// Spec → handler in three hops (issue 12): every implemented spec entry's handler lives where the dialect's rule
// (spec/README.md, "Where the handlers live") says, is exported there under its name, and is the one the dialect's
// handlers table registers; and the handler folders hold nothing else (helpers go to <dialect>/shared/).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { operations as minisipOps } from '../../generated/minisip/dispatch.ts';
import { operations as mizuV1Ops } from '../../generated/mizu-v1/dispatch.ts';
import { operations as mizuV2Ops } from '../../generated/mizu-v2/dispatch.ts';
import { operations as morOps } from '../../generated/mor/dispatch.ts';
import { minisipHandlers } from '../../src/dialects/minisip/handlers.ts';
import { mizuV1Handlers } from '../../src/dialects/mizu-v1/handlers.ts';
import { mizuV2Handlers } from '../../src/dialects/mizu-v2/handlers.ts';
import { morHandlers } from '../../src/dialects/mor/handlers.ts';

const root = join(import.meta.dirname, '..', '..');
type Dialect = 'mizu-v1' | 'mizu-v2' | 'minisip' | 'mor';

/** One implemented spec entry and where its handler must be. */
interface Location {
  spec: string; // spec/<dialect>/<file>.yaml
  handler: string; // the handler's name: the dispatch table's `handler`, the key of the dialect's handlers table
  file: string; // relative to the repository root
}

const camel = (snake: string) => snake.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The fields of a spec file the rules read. */
interface SpecDoc {
  name?: string;
  category?: string;
  status?: string;
  object?: string;
  page?: string;
  operations?: Record<string, { status?: string }>;
}

function specEntries(dialect: Dialect): { file: string; doc: SpecDoc }[] {
  const dir = join(root, 'spec', dialect);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ file: `spec/${dialect}/${f}`, doc: parse(readFileSync(join(dir, f), 'utf8')) as SpecDoc }));
}

/** The rules, one per dialect, as spec/README.md states them. */
const rules: Record<Dialect, () => Location[]> = {
  // Mizu: the command `h` of category `c` → src/dialects/<dialect>/<c>/<h>.ts exporting camelCase(h) (presence_get:
  // presenceGet; the empty v1 command: `empty`).
  'mizu-v1': () => mizuRule('mizu-v1'),
  'mizu-v2': () => mizuRule('mizu-v2'),
  // miniSIPServer: the operation `op` of object `o` → src/dialects/minisip/objects/<o>.ts exporting `o` + `Op`.
  minisip: () =>
    specEntries('minisip').flatMap(({ file, doc }) =>
      Object.entries(doc.operations ?? {})
        .filter(([, op]) => op.status === 'implemented')
        .map(([op]) => ({
          spec: file,
          handler: `${doc.object}${capital(op)}`,
          file: `src/dialects/minisip/objects/${doc.object}.ts`,
        })),
    ),
  // MOR: the page `p` → src/dialects/mor/pages/<p, with - for _>.ts exporting camelCase(p).
  mor: () =>
    specEntries('mor')
      .filter(({ doc }) => doc.status === 'implemented')
      .map(({ file, doc }) => ({
        spec: file,
        handler: camel(String(doc.page)),
        file: `src/dialects/mor/pages/${String(doc.page).replaceAll('_', '-')}.ts`,
      })),
};

function mizuRule(dialect: 'mizu-v1' | 'mizu-v2'): Location[] {
  return specEntries(dialect)
    .filter(({ doc }) => doc.status === 'implemented')
    .map(({ file, doc }) => {
      const name = doc.name === '' ? 'empty' : String(doc.name);
      return { spec: file, handler: camel(name), file: `src/dialects/${dialect}/${doc.category}/${name}.ts` };
    });
}

/** The folders the rules put handlers in: each may hold only the files the rules name. */
const handlerFolders: Record<Dialect, string[]> = {
  'mizu-v1': ['admin-commands', 'admin-diagnostics', 'admin-reset', 'admin-various', 'prose', 'sensitive', 'user'],
  'mizu-v2': ['admin-commands', 'admin-diagnostics', 'admin-reset', 'admin-various', 'prose', 'sensitive', 'user'],
  minisip: ['objects'],
  mor: ['pages'],
};

const dispatch: Record<Dialect, Record<string, { handler: string; status: string }>> = {
  'mizu-v1': mizuV1Ops,
  'mizu-v2': mizuV2Ops,
  minisip: minisipOps,
  mor: morOps,
};
const tables: Record<Dialect, Record<string, unknown>> = {
  'mizu-v1': mizuV1Handlers,
  'mizu-v2': mizuV2Handlers,
  minisip: minisipHandlers,
  mor: morHandlers,
};

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe.each(Object.keys(rules) as Dialect[])('%s', (dialect) => {
  const locations = rules[dialect]();

  it('has implemented entries to check', () => {
    expect(locations.length).toBeGreaterThan(0);
  });

  it('names each handler as the generated dispatch table does', () => {
    const implemented = Object.values(dispatch[dialect])
      .filter((e) => e.status === 'implemented')
      .map((e) => e.handler)
      .sort();
    expect(locations.map((l) => l.handler).sort()).toEqual(implemented);
  });

  it.each(locations.map((l) => [`${l.spec} → ${l.file}: ${l.handler}`, l] as const))('%s', async (_name, l) => {
    expect(
      existsSync(join(root, l.file)),
      `${l.file} is missing: ${l.spec}'s handler ${l.handler} must live there`,
    ).toBe(true);
    const mod = (await import(pathToFileURL(join(root, l.file)).href)) as Record<string, unknown>;
    expect(typeof mod[l.handler], `${l.file} must export the function ${l.handler}`).toBe('function');
    expect(tables[dialect][l.handler], `the ${dialect} handlers table must register ${l.handler} from ${l.file}`).toBe(
      mod[l.handler],
    );
  });

  it('keeps nothing but those handlers in the handler folders', () => {
    const expected = new Set(locations.map((l) => l.file));
    const present = handlerFolders[dialect]
      .flatMap((f) => filesUnder(join(root, 'src', 'dialects', dialect, f)))
      .map((p) => relative(root, p).split('\\').join('/'));
    expect(
      present.filter((p) => !expected.has(p)),
      'not a handler file of the rule: helpers belong in shared/',
    ).toEqual([]);
  });
});
