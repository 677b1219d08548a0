/**
 * `switchboard pins add|generate --config FILE …`: load recharge PIN vouchers for charge (001:L358, 002:L368). add
 * takes the operator's PINs; generate draws new random ones and prints them, one per line. Either every PIN is
 * loaded or none (a PIN already loaded stops the whole batch).
 */
import { parseArgs } from 'node:util';
import { addPins, generatePins } from '../domain/billing/recharge-pins.ts';
import { fromMicros, MoneyFormatError, toMicros } from '../platform/money.ts';
import { SecretBox } from '../platform/secret-box.ts';
import { misused, onDatabase } from './database-command.ts';

export const PINS_USAGE = `  switchboard pins add --config FILE --value AMOUNT [--currency C] PIN…
                                        load recharge PINs worth AMOUNT (default currency USD), each usable once by charge
  switchboard pins generate --config FILE --value AMOUNT [--currency C] [--count N] [--length L]
                                        draw N new random PINs of L digits (default 1 and 16), load them and print them`;

const DEFAULT_LENGTH = 16;

export async function runPins(args: string[]): Promise<number> {
  const [what, ...rest] = args;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: 'string' },
        value: { type: 'string' },
        currency: { type: 'string' },
        count: { type: 'string' },
        length: { type: 'string' },
      },
    });
  } catch (e) {
    return usage((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (what !== 'add' && what !== 'generate') return usage(`pins: add or generate, not ${what ?? 'nothing'}`);
  if (values.value === undefined) return usage(`pins ${what}: --value AMOUNT is required`);
  let valueMicros: bigint;
  try {
    valueMicros = toMicros(values.value);
  } catch (e) {
    if (e instanceof MoneyFormatError) return usage(`--value: ${e.message}`);
    throw e;
  }
  const currency = (values.currency ?? 'USD').toUpperCase();
  if (what === 'add' && positionals.length === 0) return usage('pins add: name at least one PIN');
  if (what === 'generate' && positionals.length) return usage('pins generate: takes no PINs (it draws them)');
  const count = whole(values.count, 1);
  const length = whole(values.length, DEFAULT_LENGTH);
  if (count === undefined || length === undefined) return usage('--count and --length take whole numbers');
  return onDatabase(values.config, async (db, config) => {
    // The table keeps each PIN's digest: generated PINs are printed here once, and never shown again.
    const digests = new SecretBox(config.secretKey);
    if (what === 'add') {
      await addPins(db.em(), digests, positionals, valueMicros, currency);
      console.error(`${positionals.length} PIN(s) worth ${fromMicros(valueMicros)} ${currency} loaded`);
    } else {
      const pins = await generatePins(db.em(), digests, count, length, valueMicros, currency);
      console.log(pins.join('\n'));
      console.error(`${pins.length} PIN(s) worth ${fromMicros(valueMicros)} ${currency} generated and loaded`);
    }
    return 0;
  });
}

function whole(text: string | undefined, fallback: number): number | undefined {
  if (text === undefined) return fallback;
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

function usage(problem: string): number {
  return misused(problem, PINS_USAGE);
}
