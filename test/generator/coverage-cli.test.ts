// `npx switchboard spec coverage --json` prints the per-dialect counts of the spec the server runs on.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.ts';
import { DIALECTS } from '../../generator/load/model.ts';

const root = join(import.meta.dirname, '..', '..');

describe('switchboard spec coverage', () => {
  const run = (...args: string[]) =>
    execFileSync(process.execPath, [join(root, 'bin', 'switchboard.js'), 'spec', 'coverage', ...args], {
      encoding: 'utf8',
    });

  it('prints implemented / planned / unsupported per dialect as JSON', () => {
    const spec = loadSpec(root);
    const printed = JSON.parse(run('--json'));
    for (const dialect of DIALECTS) {
      const ops = spec.operations[dialect];
      expect(printed.dialects[dialect]).toEqual({
        implemented: ops.filter((o) => o.status === 'implemented').length,
        planned: ops.filter((o) => o.status === 'planned').length,
        unsupported: ops.filter((o) => o.status === 'unsupported').length,
      });
    }
  });

  it('prints a readable table without --json', () => {
    const table = run();
    for (const dialect of DIALECTS)
      expect(table).toMatch(new RegExp(`^${dialect}\\s+\\d+\\s+\\d+\\s+\\d+\\s+\\d+$`, 'm'));
  });
});
