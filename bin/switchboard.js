#!/usr/bin/env node
// Entry point of `npx switchboard`. Plain JavaScript so that any Node can read it: on a Node too old for
// TypeScript type stripping it re-runs itself with the Node 24 that `make` installs into .tools/.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [major, minor] = process.versions.node.split('.').map(Number);
const modern = major > 22 || (major === 22 && minor >= 18);

if (!modern) {
  const toolsNode = join(root, '.tools', 'node_modules', '.bin', 'node');
  if (!existsSync(toolsNode)) {
    console.error(
      `switchboard needs Node >= 22.18 (this is ${process.version}); run \`make run\` or \`make test\` once to install Node 24 into .tools/`,
    );
    process.exit(1);
  }
  const child = spawnSync(toolsNode, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(child.status ?? 1);
}

await import(join(root, 'src', 'cli', 'main.ts'));
