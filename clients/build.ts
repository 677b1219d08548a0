/**
 * Builds the package: ESM (esm/) and CommonJS (cjs/) with declarations, by the root's TypeScript, into dist/ or the
 * folder given (`node build.ts /tmp/x`: the browser test builds apart from a concurrent `npm pack`). `npm pack` runs
 * it (prepack). The package's version must be the root package's.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const here = import.meta.dirname;
const out = resolve(process.argv[2] ?? join(here, 'dist'));
const version = (path: string) => JSON.parse(readFileSync(path, 'utf8')).version as string;
const [own, root] = [version(join(here, 'package.json')), version(join(here, '../package.json'))];
if (own !== root) throw new Error(`clients/package.json is version ${own}, the root package ${root}: make them equal`);

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
rmSync(out, { recursive: true, force: true });
for (const [project, format] of [
  ['tsconfig.json', 'esm'],
  ['tsconfig.cjs.json', 'cjs'],
]) {
  const args = [tsc, '-p', join(here, project!), '--outDir', join(out, format!)];
  if (spawnSync(process.execPath, args, { stdio: 'inherit' }).status !== 0) {
    console.error(`clients: tsc -p ${project} failed`);
    process.exit(1);
  }
}
// cjs/ holds .js files that are CommonJS inside a "type": "module" package.
writeFileSync(join(out, 'cjs/package.json'), '{ "type": "commonjs" }\n');
// tsc rewrites the sources' relative `.ts` imports in the JavaScript, not in the declarations: those name the .js too.
for (const entry of readdirSync(out, { recursive: true, withFileTypes: true })) {
  if (!entry.name.endsWith('.d.ts')) continue;
  const path = join(entry.parentPath, entry.name);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/(from '\.{1,2}\/[^']*)\.ts'/g, "$1.js'"));
}

// Only the JavaScript the entry loads: a module imported for its types alone (generated/*/types.ts) has no use.
for (const format of ['esm', 'cjs']) {
  const reached = new Set<string>();
  const visit = (file: string) => {
    if (reached.has(file)) return;
    reached.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:from |require\()"(\.[^"]+)"/g))
      visit(join(dirname(file), specifier!));
  };
  visit(join(out, format, 'clients/index.js'));
  for (const entry of readdirSync(join(out, format), { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.name.endsWith('.js') && !reached.has(path)) rmSync(path);
  }
}
