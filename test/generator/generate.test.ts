// The generator is deterministic, and what is committed in generated/ is what the spec produces.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate.ts';
import { GENERATED_HEADER } from '../../generator/emit/header.ts';

const root = join(import.meta.dirname, '..', '..');
// A whole generation takes seconds (longer on a loaded 2-core machine): run it once for every test here.
let first: Map<string, string>;
beforeAll(async () => {
  first = await generate(root);
}, 180_000);

describe('generate', () => {
  it('gives byte-identical output when run twice, equal to the committed generated/', async () => {
    const second = await generate(root);
    expect([...second.entries()]).toEqual([...first.entries()]);
    for (const [path, content] of first) {
      expect(readFileSync(join(root, 'generated', path), 'utf8'), `generated/${path} is stale`).toBe(content);
    }
  }, 180_000);

  it('heads every file with the do-not-edit line', () => {
    for (const [path, content] of first) expect(content.slice(0, 300), path).toContain(GENERATED_HEADER);
  });
});
