// The README lists exactly the Mizu commands that are neither implemented nor unsupported, with what each waits for.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.ts';

const root = join(import.meta.dirname, '..', '..');
const WAITS = { sip: 'the SIP edge', messaging: 'messaging', payments: 'a payment provider' } as Record<string, string>;

describe('README waiting list', () => {
  it('matches the spec', () => {
    const spec = loadSpec(root);
    const want = (['mizu-v1', 'mizu-v2'] as const)
      .flatMap((dialect) => {
        const groups = new Map<string, string[]>();
        for (const op of spec.operations[dialect].filter((o) => o.status === 'planned')) {
          expect(op.waitsFor, `${dialect} ${op.id} is planned without saying what it waits for`).toBeDefined();
          groups.set(op.waitsFor!, [...(groups.get(op.waitsFor!) ?? []), op.id || '(empty)']);
        }
        return [...groups].map(([waits, ids]) => `- ${dialect}, waiting for ${WAITS[waits]}: ${ids.sort().join(', ')}`);
      })
      .sort();
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const listed = /<!-- waiting-mizu-commands -->\n([\s\S]*?)\n<!-- \/waiting-mizu-commands -->/
      .exec(readme)![1]!
      .split('\n')
      .sort();
    expect(listed).toEqual(want);
  });
});
