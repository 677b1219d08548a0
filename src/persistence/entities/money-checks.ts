/** CHECK constraints holding money columns (integer micro-units) to the money type's range (src/platform/money.ts). */
import { MAX_MICROS } from '../../platform/money.ts';

export function moneyChecks(table: string, columns: string[]): { name: string; expression: string }[] {
  return columns.map((column) => ({
    name: `${table}_${column}_money`,
    expression: `${column} between ${-MAX_MICROS} and ${MAX_MICROS}`,
  }));
}
