/**
 * Loading recharge PIN vouchers from CSV (`switchboard import pins`): header `pin,value` and optionally `currency`
 * (default USD). Every row is checked first — the PIN's form, a positive value, the currency, no PIN twice in the
 * file or already loaded — and every bad one reported by line; only a clean file is loaded, all of it or none.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import {
  amountCell,
  CsvLineError,
  csvRecords,
  headerColumns,
  MAX_REPORTED,
  type CsvOptions,
  type CsvRecord,
  type CsvSource,
  type LineProblem,
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
  const vouchers: NewPin[] = [];
  const lineOf = new Map<string, number>();
  const problems: LineProblem[] = [];
  let moreProblems = 0;
  const report = (e: CsvLineError) => {
    if (problems.length < MAX_REPORTED) problems.push({ line: e.line, message: e.message });
    else moreProblems++;
  };
  let columns: Map<string, number> | undefined;
  read: for await (const records of csvRecords(source, options))
    for (const record of records) {
      try {
        if (record.error) throw new CsvLineError(record.line, record.error);
        if (!columns) {
          columns = headerColumns(record, PIN_COLUMNS, REQUIRED);
          continue;
        }
        const voucher = pinRow(record, columns);
        const earlier = lineOf.get(voucher.pin);
        if (earlier !== undefined) throw new CsvLineError(record.line, `the PIN is already on line ${earlier}`);
        lineOf.set(voucher.pin, record.line);
        vouchers.push(voucher);
      } catch (e) {
        if (!(e instanceof CsvLineError)) throw e;
        report(e);
        if (!columns) break read;
      }
    }
  if (!columns) problems.push({ line: 1, message: `the file is empty: it needs the header ${REQUIRED.join(',')}` });
  else if (!problems.length && !vouchers.length) problems.push({ line: 1, message: 'no PINs in the file' });
  else
    for (const pin of await loadedPins(em, digests, [...lineOf.keys()]))
      report(new CsvLineError(lineOf.get(pin)!, 'the PIN is already loaded'));
  problems.sort((a, b) => a.line - b.line);
  return { vouchers: problems.length ? [] : vouchers, problems, moreProblems };
}

function pinRow(record: CsvRecord, columns: Map<string, number>): NewPin {
  const { line, cells } = record;
  if (cells.length !== columns.size)
    throw new CsvLineError(line, `${cells.length} fields where the header has ${columns.size}`);
  const cell = (name: (typeof PIN_COLUMNS)[number]) => {
    const i = columns.get(name);
    return i === undefined ? '' : cells[i]!.trim();
  };
  const voucher = {
    pin: cell('pin'),
    valueMicros: amountCell(line, 'value', cell('value'), undefined),
    currency: (cell('currency') || 'USD').toUpperCase(),
  };
  const problem = pinProblem(voucher);
  if (problem) throw new CsvLineError(line, problem);
  return voucher;
}
