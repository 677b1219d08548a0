// "Maximum length matched" (miniSIPServer dial plan): the longest prefix wins; an empty prefix matches everything.
import { describe, expect, it } from 'vitest';
import { PrefixTable } from '../../../src/domain/routing/prefix-table.ts';

describe('PrefixTable.longest', () => {
  const table = new PrefixTable<string>();
  for (const p of ['12', '123', '9', '900', '']) table.set(p, `rule ${p || '(empty)'}`);

  it.each([
    ['1234', '123'],
    ['1299', '12'],
    ['123', '123'],
    ['9001', '900'],
    ['91', '9'],
    ['5', ''],
    ['', ''],
  ])('%s matches prefix %j', (number, prefix) => {
    expect(table.longest(number)).toEqual({ prefix, value: `rule ${prefix || '(empty)'}` });
  });

  it('answers undefined when nothing matches and there is no empty prefix', () => {
    const t = new PrefixTable<number>();
    t.set('44', 1);
    expect(t.longest('33')).toBeUndefined();
    expect(t.longest('4')).toBeUndefined();
  });

  it('replaces a rule set twice under the same prefix', () => {
    const t = new PrefixTable<number>();
    t.set('1', 1);
    t.set('1', 2);
    expect(t.size).toBe(1);
    expect(t.longest('19')?.value).toBe(2);
  });
});
