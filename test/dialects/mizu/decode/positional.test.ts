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

  it.each([
    ['apientry is named (002 unreg example)', { apientry: 'unreg', param1: 'alma', param3: '1' }],
    ['there is no param1', { param2: 'KEY', param5: 'x' }],
  ])('changes nothing when %s', (_, given) => {
    expect(resolvePositional(given)).toEqual(given);
  });

  it('does not modify its input', () => {
    const given = { param1: 'balance' };
    resolvePositional(given);
    expect(given).toEqual({ param1: 'balance' });
  });
});
