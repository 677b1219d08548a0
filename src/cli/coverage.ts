/**
 * `switchboard spec coverage [--json]`: per dialect, how many operations are implemented, planned and unsupported —
 * read from the generated dispatch tables the server runs on.
 */
import { operations as mizuV1 } from '../../generated/mizu-v1/dispatch.ts';
import { operations as mizuV2 } from '../../generated/mizu-v2/dispatch.ts';
import { operations as minisip } from '../../generated/minisip/dispatch.ts';
import { operations as mor } from '../../generated/mor/dispatch.ts';
import type { DispatchEntry, Status } from '../../generated/common.ts';

const TABLES: Record<string, Record<string, DispatchEntry>> = { 'mizu-v1': mizuV1, 'mizu-v2': mizuV2, minisip, mor };

export type CoverageCounts = Record<Status, number>;

export function coverage(): Record<string, CoverageCounts> {
  return Object.fromEntries(
    Object.entries(TABLES).map(([dialect, table]) => {
      const counts: CoverageCounts = { implemented: 0, planned: 0, unsupported: 0 };
      for (const entry of Object.values(table)) counts[entry.status]++;
      return [dialect, counts];
    }),
  );
}

export function printCoverage(json: boolean): void {
  const dialects = coverage();
  if (json) {
    console.log(JSON.stringify({ dialects }));
    return;
  }
  const rows = Object.entries(dialects).map(([d, c]) => [
    d,
    c.implemented,
    c.planned,
    c.unsupported,
    c.implemented + c.planned + c.unsupported,
  ]);
  const total = rows.reduce(
    (t, r) => t.map((v, i) => (i === 0 ? 'total' : Number(v) + Number(r[i]))),
    ['total', 0, 0, 0, 0],
  );
  const table = [['dialect', 'implemented', 'planned', 'unsupported', 'total'], ...rows, total];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => String(r[i]).length)));
  for (const r of table)
    console.log(r.map((v, i) => (i === 0 ? String(v).padEnd(widths[i]!) : String(v).padStart(widths[i]!))).join('  '));
}
