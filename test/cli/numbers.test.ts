// `switchboard numbers add`: an operator loads DIDs (single numbers and ranges) into the free pool getphonenumber
// offers.
import { afterAll, describe, expect, it } from 'vitest';
import { expand } from '../../src/cli/numbers.ts';
import { cleanupCli, runCli, startCli, writeConfig } from '../support/cli.ts';
import { mizuJson } from '../support/mizu.ts';

afterAll(cleanupCli);

describe('number ranges', () => {
  it.each([
    ['3456', ['3456']],
    ['3000-3003', ['3000', '3001', '3002', '3003']],
    ['0098-0101', ['0098', '0099', '0100', '0101']],
    ['+3610-+3612', ['+3610', '+3611', '+3612']],
  ])('%s is %j', (arg, numbers) => expect(expand(arg)).toEqual(numbers));

  it.each(['30-3001', '3005-3001'])('refuses the range %s', (arg) => expect(() => expand(arg)).toThrow());
});

describe('switchboard numbers add', () => {
  const config = writeConfig();

  it('adds numbers and ranges, and tells which were already known', async () => {
    const first = await runCli(['numbers', 'add', '--config', config, '5550-5554', '5599']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr.trim()).toBe('6 number(s) added to the pool');
    const again = await runCli(['numbers', 'add', '--config', config, '5554-5555']);
    expect(again.stderr.trim()).toBe('1 number(s) added to the pool; 1 were already known');
  });

  it('refuses what is not a phone number, adding nothing', async () => {
    const exit = await runCli(['numbers', 'add', '--config', config, '5560', 'abc']);
    expect(exit.code).toBe(1);
    expect(exit.stderr).toMatch(/not a phone number .*abc/);
  });

  it('getphonenumber offers the loaded numbers', async () => {
    const server = await startCli(config);
    try {
      const answer = await mizuJson(server.port, { apientry: 'getphonenumber', count: '100' });
      expect(answer.data.rows.map((r: { number: string }) => r.number).sort()).toEqual([
        '5550',
        '5551',
        '5552',
        '5553',
        '5554',
        '5555',
        '5599',
      ]);
    } finally {
      await server.stop();
    }
  });
});
