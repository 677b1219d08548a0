/**
 * Loading recharge PIN vouchers from CSV (`switchboard import pins`): header `pin,value` and optionally `currency`
 * (default USD). Every row is checked first — the PIN's form, a positive value, the currency, no PIN twice in the
 * file or already loaded — and every bad one reported by line; only a clean file is loaded, all of it or none.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import {
  amountCell,
  CsvLineError,
  type CsvOptions,
  type CsvRow,
  type CsvSource,
  FirstLines,
  type LineProblem,
  readCsvTable,
} from '../rating/csv.ts';
import { loadedPins, pinProblem, type NewPin, type PinDigests } from './recharge-pins.ts';

export const PIN_COLUMNS = ['pin', 'value', 'currency'] as const;
const REQUIRED = ['pin', 'value'] as const;

export interface PinsRead {
  /** Empty when there is any problem: then nothing is to be loaded. */
  vouchers: NewPin[];
  problems: LineProblem[];
  moreProblems: number;
}

export async function readPins(
  em: SqlEntityManager,
  digests: PinDigests,
  source: CsvSource,
  options: CsvOptions = {},
): Promise<PinsRead> {
  // The PIN is a secret: a problem names its line, never the PIN.
  const pins = new FirstLines(() => 'the PIN');
  const { rows: vouchers, problems } = await readCsvTable(
    source,
    { known: PIN_COLUMNS, required: REQUIRED },
    (row) => {
      const voucher = readPinRow(row);
      pins.claim(voucher.pin, row.line);
      return voucher;
    },
    options,
  );
  if (!problems.list.length && !vouchers.length) problems.add({ line: 1, message: 'no PINs in the file' });
  for (const pin of await loadedPins(em, digests, [...pins.keys()]))
    problems.add({ line: pins.lineOf(pin)!, message: 'the PIN is already loaded' });
  problems.list.sort((a, b) => a.line - b.line);
  return { vouchers: problems.list.length ? [] : vouchers, problems: problems.list, moreProblems: problems.more };
}

function readPinRow(row: CsvRow): NewPin {
  const { line } = row;
  const cell = (name: (typeof PIN_COLUMNS)[number]) => row.cell(name);
  const voucher = {
    pin: cell('pin'),
    valueMicros: amountCell(line, 'value', cell('value'), undefined),
    currency: (cell('currency') || 'USD').toUpperCase(),
  };
  const problem = pinProblem(voucher);
  if (problem) throw new CsvLineError(line, problem);
  return voucher;
}
