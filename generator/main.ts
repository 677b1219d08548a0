/**
 * `node generator/main.ts` writes generated/ from spec/; `--check` writes nothing and exits 1 naming every
 * stale, missing or extra file.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { generate } from './generate.ts';
import { SpecError } from './diagnostics.ts';

const root = process.cwd();
const outDir = join(root, 'generated');

function existing(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(outDir, join(e.parentPath, e.name)))
    .sort();
}

async function main(): Promise<number> {
  const check = process.argv.includes('--check');
  const started = performance.now();
  const files = await generate(root);
  const onDisk = existing(outDir);
  const stale: string[] = [];
  for (const [path, content] of files) {
    const target = join(outDir, path);
    const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
    if (current === content) continue;
    stale.push(`${current === undefined ? 'missing' : 'stale'}: generated/${path}`);
    if (!check) {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
  }
  for (const path of onDisk) {
    if (files.has(path)) continue;
    stale.push(`extra: generated/${path}`);
    if (!check) rmSync(join(outDir, path));
  }
  if (check) {
    if (stale.length) {
      console.error(`generated/ is stale — run \`make generate\` and commit the result:\n  ${stale.join('\n  ')}`);
      return 1;
    }
    console.log(`generated/ is fresh (${files.size} files)`);
    return 0;
  }
  console.log(
    `generated ${files.size} files (${stale.length} changed) in ${Math.round(performance.now() - started)} ms`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof SpecError ? e.message : e);
    process.exit(1);
  },
);
