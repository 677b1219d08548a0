// Memo (src/domain/access/memo.ts): each key computed once, and everything forgotten at the bound.
import { describe, expect, it } from 'vitest';
import { Memo } from '../../../src/domain/access/memo.ts';

describe('Memo', () => {
  it('computes each key once', () => {
    const asked: string[] = [];
    const memo = new Memo((key: string) => {
      asked.push(key);
      return key.length > 3;
    });
    expect([memo.get('abcd'), memo.get('ab'), memo.get('abcd'), memo.get('ab')]).toEqual([true, false, true, false]);
    expect(asked).toEqual(['abcd', 'ab']);
  });

  it('forgets everything when it reaches its bound, and computes again', () => {
    const asked: number[] = [];
    const memo = new Memo((key: number) => {
      asked.push(key);
      return key * 2;
    }, 2);
    for (const key of [1, 2, 3, 1]) memo.get(key);
    expect(asked).toEqual([1, 2, 3, 1]);
  });
});
