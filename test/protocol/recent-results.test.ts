import { describe, expect, it } from 'vitest';
import { rememberingResults } from '../../src/protocol/recent-results.ts';

describe('rememberingResults', () => {
  const counting = (size: number) => {
    const computed: string[] = [];
    const upper = rememberingResults((text: string) => {
      computed.push(text);
      if (text === 'bad') throw new Error('bad input');
      return { text: text.toUpperCase() };
    }, size);
    return { upper, computed };
  };

  it('computes a value seen lately once, and gives the same result again', () => {
    const { upper, computed } = counting(4);
    const first = upper('a');
    expect(upper('a')).toBe(first);
    expect(first).toEqual({ text: 'A' });
    expect(computed).toEqual(['a']);
  });

  it('remembers nothing of a call that threw', () => {
    const { upper, computed } = counting(4);
    expect(() => upper('bad')).toThrow('bad input');
    expect(() => upper('bad')).toThrow('bad input');
    expect(computed).toEqual(['bad', 'bad']);
  });

  it('keeps a value used again while others come, and forgets one left behind two generations', () => {
    const { upper, computed } = counting(2);
    upper('kept');
    upper('old');
    for (const text of ['x', 'y', 'z', 'w']) {
      upper(text);
      upper('kept');
    }
    expect(computed.filter((t) => t === 'kept')).toEqual(['kept']);
    upper('old');
    expect(computed.filter((t) => t === 'old')).toEqual(['old', 'old']);
  });
});
