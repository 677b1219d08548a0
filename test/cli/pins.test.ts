// `switchboard pins add|generate`: an operator loads recharge PINs (all or none), and a user then redeems one with
// charge on the server started from the same config.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupCli, runCli, startCli, writeConfig } from '../support/cli.ts';
import { mizuJson } from '../support/mizu.ts';

afterAll(cleanupCli);

describe('switchboard pins', () => {
  const config = writeConfig();
  let generated: string[] = [];

  it('adds the PINs named, worth the value in the currency', async () => {
    const exit = await runCli([
      'pins',
      'add',
      '--config',
      config,
      '--value',
      '5',
      '--currency',
      'usd',
      'PIN-0001',
      'PIN-0002',
    ]);
    expect(exit.code, exit.stderr).toBe(0);
    expect(exit.stderr).toMatch(/2 PIN\(s\) worth 5\.00 USD loaded/);
  });

  it('loads none of a batch holding a PIN already loaded', async () => {
    const exit = await runCli(['pins', 'add', '--config', config, '--value', '5', 'PIN-0002', 'PIN-0003']);
    expect(exit.code).toBe(1);
    expect(exit.stderr.trim()).toBe('switchboard: already loaded: PIN-0002');
  });

  it('generates new random PINs, prints them one per line and loads them', async () => {
    const exit = await runCli(['pins', 'generate', '--config', config, '--value', '2.5', '--count', '3']);
    expect(exit.code, exit.stderr).toBe(0);
    generated = exit.stdout.trim().split('\n');
    expect(generated).toHaveLength(3);
    for (const pin of generated) expect(pin).toMatch(/^\d{16}$/);
    expect(new Set(generated).size).toBe(3);
  });

  it.each([
    ['no value', ['pins', 'add', 'PIN-9']],
    ['a value with 7 decimals', ['pins', 'add', '--value', '0.0000001', 'PIN-9']],
    ['no PIN to add', ['pins', 'add', '--value', '1']],
    ['an unknown subcommand', ['pins', 'remove', '--value', '1']],
    ['a short generated PIN', ['pins', 'generate', '--value', '1', '--length', '4']],
  ])('refuses %s with a clear line', async (_what, args) => {
    const exit = await runCli([...args, '--config', config]);
    expect(exit.code).not.toBe(0);
    expect(exit.stderr).toMatch(/^switchboard: /);
  });

  it('the loaded PINs are redeemed by charge, each once', async () => {
    const server = await startCli(config);
    try {
      const signUp = await mizuJson(server.port, {
        apientry: 'newuseru',
        u_username: 'lena',
        u_password: 'Quiet-harbor-9',
      });
      expect(signUp.status).toBe('OK');
      const asLena = { authid: 'lena', authpwd: 'Quiet-harbor-9' };
      expect((await mizuJson(server.port, { apientry: 'charge', pin: 'PIN-0001', ...asLena })).status).toBe('OK');
      expect((await mizuJson(server.port, { apientry: 'charge', pin: generated[0]!, ...asLena })).status).toBe('OK');
      expect((await mizuJson(server.port, { apientry: 'charge', pin: 'PIN-0001', ...asLena })).error?.code).toBe(
        'pin-invalid',
      );
      expect((await mizuJson(server.port, { apientry: 'charge', pin: 'PIN-0003', ...asLena })).error?.code).toBe(
        'pin-invalid',
      );
      expect((await mizuJson(server.port, { apientry: 'balance', ...asLena })).data.credit).toBe('7.50');
    } finally {
      await server.stop();
    }
  });
});
