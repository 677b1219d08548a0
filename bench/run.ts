/**
 * `make bench`: every scenario, one table. `node bench/run.ts [scenario…] [--seconds N]` runs some of them.
 * Figures are ratios against a baseline measured in the same run on the same machine.
 */
import { printTable, type Row } from './lib/table.ts';

const SCENARIOS: Record<string, (seconds: number) => Promise<Row>> = {
  'mizu-balance': (s) => import('./scenarios/mizu-balance.ts').then((m) => m.run(s)),
  'mizu-balance-default': (s) => import('./scenarios/mizu-balance.ts').then((m) => m.run(s, 1, true)),
  'mizu-balance-workers': (s) => import('./scenarios/mizu-balance.ts').then((m) => m.run(s, 2)),
  'mizu-rating': (s) => import('./scenarios/http-reads.ts').then((m) => m.run(s, 'rating')),
  'minisip-query': (s) => import('./scenarios/http-reads.ts').then((m) => m.run(s, 'minisip')),
  'mor-main': (s) => import('./scenarios/http-reads.ts').then((m) => m.run(s, 'mor')),
  'mizu-udp': (s) => import('./scenarios/mizu-udp.ts').then((m) => m.run(s)),
  startup: () => import('./scenarios/startup.ts').then((m) => m.run()),
  'sip-register': (s) => import('./scenarios/sip-register.ts').then((m) => m.run(s)),
};

const args = process.argv.slice(2);
const secondsAt = args.indexOf('--seconds');
const seconds = secondsAt >= 0 ? Number(args[secondsAt + 1]) : 10;
const names = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--seconds');
const chosen = names.length ? names : Object.keys(SCENARIOS);
const rows: Row[] = [];
for (const name of chosen) {
  const scenario = SCENARIOS[name];
  if (!scenario) {
    console.error(`unknown scenario ${name}; known: ${Object.keys(SCENARIOS).join(', ')}`);
    process.exit(2);
  }
  console.error(`running ${name}…`);
  try {
    rows.push(await scenario(seconds));
  } catch (e) {
    rows.push({
      scenario: name,
      switchboard: '—',
      baseline: '—',
      ratio: '—',
      target: '—',
      met: 'no',
      peakMemory: '—',
      note: `failed: ${(e as Error).message.split('\n')[0]}`,
    });
  }
}
console.log(
  `\nSwitchboard benchmarks — ${new Date().toISOString().slice(0, 10)}, ${(await import('node:os')).cpus().length} cores, Node ${process.versions.node}\n`,
);
printTable(rows);
