/** The one table `make bench` prints: scenario, Switchboard figure, baseline figure, ratio, target, peak memory. */

export interface Row {
  scenario: string;
  switchboard: string;
  baseline: string;
  ratio: string;
  target: string;
  met: 'yes' | 'no' | '—';
  peakMemory: string;
  note?: string;
}

export function skipped(scenario: string, target: string, why: string): Row {
  return {
    scenario,
    switchboard: '—',
    baseline: '—',
    ratio: '—',
    target,
    met: '—',
    peakMemory: '—',
    note: `skipped: ${why}`,
  };
}

export function printTable(rows: Row[]): void {
  const header = ['scenario', 'switchboard', 'baseline', 'ratio', 'target', 'met', 'peak memory'];
  const cells = rows.map((r) => [r.scenario, r.switchboard, r.baseline, r.ratio, r.target, r.met, r.peakMemory]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const c of cells) console.log(line(c));
  const notes = rows.filter((r) => r.note);
  if (notes.length) {
    console.log('');
    for (const r of notes) console.log(`- ${r.scenario}: ${r.note}`);
  }
}

export const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;
export const fixed = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
