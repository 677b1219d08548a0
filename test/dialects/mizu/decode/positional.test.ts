// "the parameter order must be: functionname, apikey, username, password, function parameters" (002:L305).
import { describe, expect, it } from 'vitest';
import { resolvePositional } from '../../../../src/dialects/mizu/decode/index.ts';

describe('resolvePositional', () => {
  it.each([
    [
      'the full positional form',
      { param1: 'rating', param2: 'KEY', param3: 'user', param4: 'pwd', param5: '3630' },
      {
        apientry: 'rating',
        authkey: 'KEY',
        authid: 'user',
        authpwd: 'pwd',
        param1: 'rating',
        param2: 'KEY',
        param3: 'user',
        param4: 'pwd',
        param5: '3630',
      },
    ],
    ['only the positions sent', { param1: 'apitest' }, { param1: 'apitest', apientry: 'apitest' }],
    [
      'named parameters kept over positions',
      { param1: 'balance', param3: 'pos', authid: 'named' },
      { param1: 'balance', param3: 'pos', authid: 'named', apientry: 'balance' },
    ],
  ])('names %s', (_, given, want) => {
    expect(resolvePositional(given)).toEqual(want);
  });

  it("counts from the first function parameter when apientry is named (002:L807's unreg example)", () => {
    expect(resolvePositional({ apientry: 'unreg', param1: 'alma', param3: '1' })).toEqual({
      apientry: 'unreg',
      param1: 'alma',
      param3: '1',
      param5: 'alma',
      param7: '1',
    });
  });

  it.each([
    ['there is no param1', { param2: 'KEY', param5: 'x' }],
    [
      "apientry is named and a position past param4 is sent (the rule's form)",
      { apientry: 'cdr', param3: 'u', param5: 'x' },
    ],
    [
      "apientry is named and param1 repeats it (the rule's form)",
      { apientry: 'unreg', param1: 'UNREG', param5: 'alma' },
    ],
    ['apientry is named and no position is sent', { apientry: 'balance', authid: 'u' }],
  ])('changes nothing when %s', (_, given) => {
    expect(resolvePositional(given)).toEqual(given);
  });

  it('does not modify its input', () => {
    const given = { param1: 'balance' };
    resolvePositional(given);
    expect(given).toEqual({ param1: 'balance' });
  });
});
