// A broken spec is refused with one line per problem, naming the rule, the file and the path inside it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.ts';
import { SpecError } from '../../generator/diagnostics.ts';

const root = join(import.meta.dirname, '..', '..');
let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'switchboard-diag-'));
  cpSync(join(root, 'spec'), join(work, 'spec'), { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

function breakFile(path: string, from: string | RegExp, to: string): void {
  const file = join(work, 'spec', path);
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  expect(next, `${path} did not contain ${from}`).not.toBe(text);
  writeFileSync(file, next);
}

function diagnostics(): string[] {
  try {
    loadSpec(work);
  } catch (e) {
    if (e instanceof SpecError) return e.message.split('\n');
    throw e;
  }
  return [];
}

describe('spec diagnostics', () => {
  it.each([
    [
      'an unknown field',
      'mizu-v2/balance.yaml',
      'category: user',
      'category: user\ncolour: blue',
      'spec/schema: spec/mizu-v2/balance.yaml at /',
    ],
    [
      'a wrong type name',
      'mizu-v2/rating.yaml',
      'required: true, position: 1',
      'required: true, position: 1, type: telephone',
      'spec/schema: spec/mizu-v2/rating.yaml at /params/0',
    ],
    [
      'an unknown error code',
      'mizu-v2/balance.yaml',
      /errors: \[/,
      'errors: [no-such-code, ',
      'spec/unknown-error-code: spec/mizu-v2/balance.yaml at /errors/0',
    ],
    [
      'an unknown shared parameter',
      'mizu-v2/rating.yaml',
      'ref: bnum',
      'ref: bnumber',
      'spec/unknown-ref: spec/mizu-v2/rating.yaml at /params/0',
    ],
    [
      'an unknown object field',
      'minisip/speeddial.yaml',
      '{ field: callerNbr, required: true }',
      '{ field: callerNumber, required: true }',
      'spec/unknown-field: spec/minisip/speeddial.yaml at /operations/query/params/0',
    ],
    [
      'a misnamed file',
      'mizu-v2/balance.yaml',
      'name: balance',
      'name: balances',
      'spec/file-name: spec/mizu-v2/balance.yaml at /name',
    ],
    [
      'a bad pattern',
      'mizu-v2/rating.yaml',
      'position: 1,',
      'position: 1, pattern: "([",',
      'spec/bad-pattern: spec/mizu-v2/rating.yaml at /params/0/pattern',
    ],
  ])('names %s', (_, path, from, to, expected) => {
    breakFile(path, from, to);
    expect(
      diagnostics().some((line) => line.startsWith(expected)),
      diagnostics().join('\n'),
    ).toBe(true);
  });

  it('finds a name taken twice in one dialect', () => {
    breakFile('mizu-v2/rating.yaml', 'name: rating', 'name: rating\naliases: [balance]');
    expect(diagnostics().some((l) => l.startsWith('spec/duplicate-name:') && l.includes('balance'))).toBe(true);
  });
});
