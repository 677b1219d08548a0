/**
 * `switchboard import rates` on a generated deck of 1,000,000 prefixes, as an operator runs it (a process of its own,
 * migrations included), on SQLite and PostgreSQL: the wall time, rows/s and the import process's CPU time (steadier on a
 * shared machine). Target: ≤ 20 s on SQLite.
 *
 *   node bench/import-rates.ts [--rows 1000000] [--sqlite-only] [--postgres postgres://…/db]
 *
 * Profile one run with `NODE_OPTIONS="--cpu-prof --cpu-prof-dir=DIR" node bench/import-rates.ts --sqlite-only`.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { writeConfig } from './lib/processes.ts';
import { scratchPostgres } from './lib/postgres.ts';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    'sqlite-only': { type: 'boolean', default: false },
    postgres: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/test' },
  },
});
const ROWS = Number(values.rows);
const BIN = new URL('../bin/switchboard.js', import.meta.url).pathname;

/** A deck of rows distinct prefixes, destinations quoted now and then, as exports of real decks are. */
async function writeDeck(file: string): Promise<void> {
  const out = createWriteStream(file);
  out.write('prefix,destination,rate,connect_fee,initial_increment,increment\n');
  for (let i = 0; i < ROWS; i++) {
    const prefix = String(100_000_000 + i);
    const destination = i % 10 === 0 ? `"Zone ${i % 97}, mobile"` : `Zone ${i % 97}`;
    const line = `${prefix},${destination},0.${String(1 + (i % 9999)).padStart(4, '0')},0,${i % 2 ? 60 : 30},${i % 2 ? 60 : 6}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** CPU seconds of this process's waited-for children so far (/proc, clock ticks of 1/100 s): steadier than the time. */
function childrenCpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

interface Measure {
  seconds: number;
  cpuSeconds: number;
  output: string;
}

function importDeck(dir: string, database: string, deck: string): Measure {
  const config = writeConfig(dir, `database: "${database}"`);
  const cpuBefore = childrenCpuSeconds();
  const started = performance.now();
  const run = spawnSync(process.execPath, [BIN, 'import', 'rates', '--config', config, deck], { encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`import failed (${run.status}): ${run.stderr}`);
  return { seconds, cpuSeconds: childrenCpuSeconds() - cpuBefore, output: run.stdout.trim() };
}

function report(engine: string, m: Measure): void {
  console.log(
    `${engine.padEnd(10)} ${ROWS} rates in ${m.seconds.toFixed(2)} s (CPU ${m.cpuSeconds.toFixed(2)} s): ${Math.round(ROWS / m.seconds).toLocaleString('en')} rows/s  (${m.output})`,
  );
}

const dir = mkdtempSync(join(tmpdir(), 'sb-bench-import-'));
try {
  const deck = join(dir, 'deck.csv');
  await writeDeck(deck);
  report('SQLite', importDeck(dir, `sqlite:${join(dir, 'switchboard.db')}`, deck));
  if (!values['sqlite-only']) {
    const scratch = await scratchPostgres(values.postgres!);
    if (scratch instanceof Error) console.log(`PostgreSQL skipped: ${scratch.message}`);
    else
      try {
        report('PostgreSQL', importDeck(dir, scratch.url, deck));
      } finally {
        await scratch.drop();
      }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
