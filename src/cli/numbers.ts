/**
 * `switchboard numbers add --config FILE NUMBER|FIRST-LAST…`: load DIDs into the free number pool that getphonenumber
 * offers and lockphonenumber reserves (002:L905-L909). Numbers already known are left as they are.
 */
import { addToPool } from '../domain/accounts/phone-numbers.ts';
import { configArgs, misused, onDatabase } from './database-command.ts';

export const NUMBERS_USAGE = `  switchboard numbers add --config FILE NUMBER|FIRST-LAST…
                                        add DIDs to the free number pool (a range such as 3000-3099 adds each number in it)`;

const MAX_NUMBERS = 1_000_000;

export async function runNumbers(args: string[]): Promise<number> {
  const [what, ...rest] = args;
  const parsed = configArgs(rest, true);
  if ('problem' in parsed) return usage(parsed.problem);
  const { positionals } = parsed;
  if (what !== 'add') return usage(`numbers: add, not ${what ?? 'nothing'}`);
  if (positionals.length === 0) return usage('numbers add: name at least one number or range');
  let numbers: string[];
  try {
    numbers = positionals.flatMap(expand);
  } catch (e) {
    return usage((e as Error).message);
  }
  return onDatabase(parsed.config, async (db) => {
    const added = await addToPool(db.em(), numbers);
    console.error(
      `${added} number(s) added to the pool${added < numbers.length ? `; ${numbers.length - added} were already known` : ''}`,
    );
    return 0;
  });
}

/** "3456" → [3456]; "3000-3009" → 3000 … 3009, keeping leading zeros and a leading +. */
export function expand(arg: string): string[] {
  const m = /^(\+?)(\d+)-\+?(\d+)$/.exec(arg);
  if (!m) return [arg];
  const [, plus, first, last] = m as unknown as [string, string, string, string];
  if (first.length !== last.length) throw new Error(`${arg}: both ends of a range need the same number of digits`);
  const from = BigInt(first);
  const to = BigInt(last);
  if (to < from) throw new Error(`${arg}: the range runs backwards`);
  if (to - from >= BigInt(MAX_NUMBERS)) throw new Error(`${arg}: at most ${MAX_NUMBERS} numbers in one range`);
  const out: string[] = [];
  for (let n = from; n <= to; n++) out.push(`${plus}${n.toString().padStart(first.length, '0')}`);
  return out;
}

function usage(problem: string): number {
  return misused(problem, NUMBERS_USAGE);
}
