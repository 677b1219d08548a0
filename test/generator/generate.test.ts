// The generator is deterministic, and what is committed in generated/ is what the spec produces.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate.ts';
import { GENERATED_HEADER } from '../../generator/emit/header.ts';

const root = join(import.meta.dirname, '..', '..');

describe('generate', () => {
  it('gives byte-identical output when run twice, equal to the committed generated/', async () => {
    const first = await generate(root);
    const second = await generate(root);
    expect([...second.entries()]).toEqual([...first.entries()]);
    for (const [path, content] of first) {
      expect(readFileSync(join(root, 'generated', path), 'utf8'), `generated/${path} is stale`).toBe(content);
    }
  });

  it('heads every file with the do-not-edit line', async () => {
    for (const [path, content] of await generate(root)) {
      expect(content.slice(0, 300), path).toContain(GENERATED_HEADER);
    }
  });
});
