/**
 * The MOR call list CSV export (GET /billing/stats/call_list_to_csv/:userid) of 1,000,000 CDRs of one user, through a
 * running Switchboard (its own process, so its memory is measured alone), next to a baseline exporting the same
 * rows in the same order in the same run: on SQLite the sqlite3 command line's -csv mode when the binary is there,
 * else a raw better-sqlite3 iterate writing CSV; on PostgreSQL `psql \copy … to stdout with csv`, in a database
 * made for the run and dropped after it (skipped with one line when PostgreSQL or psql is not there). Prints time,
 * rows per second and peak RSS; the export should need constant memory, so its peak RSS growth stays flat however
 * many rows there are. Printed, not asserted.
 *
 *   node bench/mor-export.ts [--rows 1000000] [--engine sqlite|postgresql|both] [--postgres postgres://…/db]
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get as httpGet, type IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { morHash } from '../src/protocol/digests.ts';
import { openDatabase, type Engine } from '../src/persistence/database.ts';
import { scratchPostgres } from './lib/postgres.ts';
import { hasCommand, rssOf, startSwitchboard, tempDir, writeConfig } from './lib/processes.ts';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    engine: { type: 'string', default: 'both' },
    postgres: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/test' },
  },
});
if (!['sqlite', 'postgresql', 'both'].includes(values.engine!))
  throw new Error('--engine is sqlite, postgresql or both');
const ROWS = Number(values.rows);
const SECRET = 'bench-mor-api-secret';
const FROM = '2024-01-01';
const TILL = '2024-12-31';
const COLUMNS = [
  'user_id',
  'called_user_id',
  'caller',
  'called',
  'direction',
  'started_at',
  'connected_at',
  'ended_at',
  'duration',
  'cost_micros',
  'price_micros',
  'currency',
  'disconnect_cause',
  'sip_call_id',
  'prefix',
  'destination',
  'processed',
];

interface Measure {
  ms: number;
  lines: number;
  bytes: number;
  peakRss: number;
  rssBefore: number;
  /**
   * CPU seconds the exporting process spent on the export (Switchboard only): steadier than the time on a shared
   * machine.
   */
  cpuSeconds?: number;
}

/** User and system CPU time of a process so far, seconds (/proc/PID/stat, in clock ticks of 1/100 s). */
function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** A command that writes the baseline's CSV to its standard output. */
interface Baseline {
  what: string;
  command: string[];
}

/** One user and ROWS calls of theirs over 2024 (one in ten made to them), written in large transactions. */
async function fill(url: string): Promise<number> {
  const db = await openDatabase(url);
  try {
    await db.migrate();
    const connection = db.em().getConnection();
    const now = new Date();
    await connection.execute(
      "insert into tb_users (username, password_sealed, created_at, updated_at) values ('exporter', 'x', ?, ?)",
      [now, now],
    );
    const [user] = await connection.execute<{ id: number }[]>("select id from tb_users where username = 'exporter'");
    const id = Number(user!.id);
    const start = Date.parse('2024-01-01T00:00:00Z');
    const step = Math.max(1, Math.floor((365 * 86_400_000) / ROWS));
    const per = 1_000;
    for (let done = 0; done < ROWS; ) {
      await db.em().transactional(async (tx) => {
        for (let s = 0; s < 50 && done < ROWS; s++) {
          const n = Math.min(per, ROWS - done);
          const params: unknown[] = [];
          for (let i = done; i < done + n; i++) {
            const incoming = i % 10 === 0;
            const at = new Date(start + i * step);
            const duration = i % 7 === 0 ? 0 : 1 + (i % 600);
            params.push(
              incoming ? null : id,
              incoming ? id : null,
              incoming ? '37052000000' : '101',
              incoming ? '101' : `4420${String(i).padStart(7, '0')}`,
              incoming ? 'in' : 'out',
              at,
              duration ? at : null,
              new Date(at.getTime() + duration * 1000),
              duration,
              BigInt(duration * 333),
              BigInt(duration * 200),
              'USD',
              duration ? 16 : 19,
              `bench-${i}`,
              '44',
              'United Kingdom, London',
              false,
            );
          }
          await tx
            .getConnection()
            .execute(
              `insert into tb_cdrs (${COLUMNS.join(', ')}) values ${Array.from({ length: n }, () => `(${COLUMNS.map(() => '?').join(', ')})`).join(', ')}`,
              params,
              'run',
              tx.getTransactionContext(),
            );
          done += n;
        }
      });
    }
    await connection.execute('analyze');
    return id;
  } finally {
    await db.close();
  }
}

/**
 * Reads a stream to its end, counting bytes and lines, keeping none of it (and as little CPU as it can: it shares the
 * machine).
 */
async function drain(stream: AsyncIterable<Buffer>): Promise<{ lines: number; bytes: number }> {
  let lines = 0;
  let bytes = 0;
  for await (const chunk of stream) {
    bytes += chunk.length;
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
  }
  return { lines, bytes };
}

/** GET url with node:http (fetch's web streams cost the client more CPU than the server spends on some chunks). */
function get(url: string): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => httpGet(url, resolve).once('error', reject));
}

async function switchboardExport(dir: string, databaseUrl: string, userId: number): Promise<Measure> {
  const config = writeConfig(dir, [`database: "${databaseUrl}"`, `mor: { apiSecretKey: "${SECRET}" }`].join('\n'));
  const sb = await startSwitchboard(config);
  try {
    const url = (from: string, till: string) => {
      const hash = morHash([String(userId), String(userId), from, till], SECRET);
      return `http://127.0.0.1:${sb.port}/billing/stats/call_list_to_csv/${userId}?date_from=${from}&date_till=${till}&user_id=${userId}&hash=${hash}`;
    };
    // Warm up on a day's calls: modules loaded, statements prepared; then the memory before the real export.
    await drain(await get(url(FROM, FROM)));
    const rssBefore = sb.peakRss();
    const cpuBefore = cpuSecondsOf(sb.child.pid!);
    const started = performance.now();
    const res = await get(url(FROM, TILL));
    if (res.statusCode !== 200) throw new Error(`export answered ${res.statusCode}: ${(await res.toArray()).join('')}`);
    const counted = await drain(res);
    const ms = performance.now() - started;
    return { ms, ...counted, peakRss: sb.peakRss(), rssBefore, cpuSeconds: cpuSecondsOf(sb.child.pid!) - cpuBefore };
  } finally {
    await sb.stop();
  }
}

/**
 * The export's rows and order, in the engine's SQL: started_at is epoch milliseconds in SQLite, a timestamptz in
 * PostgreSQL.
 */
function baselineSql(engine: Engine, userId: number): string {
  const bound = (at: string) => (engine === 'sqlite' ? String(Date.parse(at)) : `'${at}'`);
  return `select started_at, caller, called, destination, duration, disconnect_cause, cost_micros from tb_cdrs
    where (user_id = ${userId} or called_user_id = ${userId}) and started_at >= ${bound(`${FROM}T00:00:00Z`)} and started_at <= ${bound(`${TILL}T23:59:59Z`)}
    order by started_at, id`.replace(/\s+/g, ' ');
}

function sqliteBaseline(dir: string, dbPath: string, sql: string): Baseline {
  if (hasCommand('sqlite3')) return { what: 'sqlite3 -csv', command: ['sqlite3', '-csv', '-header', dbPath, sql] };
  const script = join(dir, 'baseline.mjs');
  writeFileSync(
    script,
    [
      `import Database from ${JSON.stringify(join(import.meta.dirname, '..', 'node_modules', 'better-sqlite3', 'lib', 'index.js'))};`,
      `const db = new Database(${JSON.stringify(dbPath)}, { readonly: true });`,
      // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript for the child process, its template literal included
      'const out = []; const q = (v) => /[",\\r\\n]/.test(String(v)) ? `"${String(v).replace(/"/g, \'""\')}"` : String(v);',
      `for (const r of db.prepare(${JSON.stringify(sql)}).raw().iterate()) { out.push(r.map(q).join(',') + '\\r\\n'); if (out.length === 500) process.stdout.write(out.splice(0).join('')); }`,
      "process.stdout.write(out.join(''));",
    ].join('\n'),
  );
  return { what: 'better-sqlite3 iterate', command: [process.execPath, script] };
}

function postgresBaseline(databaseUrl: string, sql: string): Baseline {
  return {
    what: 'psql \\copy',
    command: ['psql', '-X', '-q', '-d', databaseUrl, '-c', `\\copy (${sql}) to stdout with csv header`],
  };
}

/** The baseline's CSV by a process that does nothing else, peak RSS sampled like Switchboard's. */
async function baselineExport(baseline: Baseline): Promise<Measure> {
  const started = performance.now();
  const child = spawn(baseline.command[0]!, baseline.command.slice(1), { stdio: ['ignore', 'pipe', 'inherit'] });
  let peakRss = 0;
  const timer = setInterval(() => {
    peakRss = Math.max(peakRss, rssOf(child.pid));
  }, 100);
  const counted = await drain(child.stdout!);
  const code = await new Promise((resolve) => child.once('close', resolve));
  clearInterval(timer);
  if (code !== 0) throw new Error(`${baseline.what} exited with ${String(code)}`);
  return { ms: performance.now() - started, ...counted, peakRss, rssBefore: 0 };
}

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;
const rate = (m: Measure) => `${Math.round((m.lines - 1) / (m.ms / 1000)).toLocaleString('en-US')} rows/s`;

/** Fills the engine's database, exports through Switchboard and through the baseline, prints both and the ratio. */
async function compare(
  engine: Engine,
  dir: string,
  databaseUrl: string,
  baselineOf: (sql: string) => Baseline,
): Promise<void> {
  const started = performance.now();
  const userId = await fill(databaseUrl);
  console.log(
    `\n${engine}: ${ROWS.toLocaleString('en-US')} CDRs of one user written in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const ours = await switchboardExport(dir, databaseUrl, userId);
  const baseline = baselineOf(baselineSql(engine, userId));
  const base = await baselineExport(baseline);
  console.log(
    `${'export'.padEnd(34)} ${'rows'.padStart(10)} ${'size'.padStart(10)} ${'time'.padStart(9)} ${'rate'.padStart(16)} ${'peak RSS'.padStart(10)} ${'RSS growth'.padStart(11)}`,
  );
  for (const [name, m] of [
    ['switchboard (HTTP, streamed)', ours],
    [`baseline (${baseline.what})`, base],
  ] as const) {
    console.log(
      `${name.padEnd(34)} ${(m.lines - 1).toLocaleString('en-US').padStart(10)} ${mb(m.bytes).padStart(10)} ${`${(m.ms / 1000).toFixed(2)} s`.padStart(9)} ${rate(m).padStart(16)} ${mb(m.peakRss).padStart(10)} ${(m.rssBefore ? mb(m.peakRss - m.rssBefore) : '—').padStart(11)}`,
    );
  }
  console.log(
    `${engine}: time ratio switchboard / baseline ${(ours.ms / base.ms).toFixed(2)}; switchboard's peak RSS grew ${mb(ours.peakRss - ours.rssBefore)} over ${mb(ours.rssBefore)} while exporting ${mb(ours.bytes)}; its CPU time ${ours.cpuSeconds!.toFixed(2)} s`,
  );
}

if (values.engine !== 'postgresql') {
  const dir = tempDir();
  try {
    const dbPath = join(dir, 'switchboard.db');
    await compare('sqlite', dir, `sqlite:${dbPath}`, (sql) => sqliteBaseline(dir, dbPath, sql));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
if (values.engine !== 'sqlite') {
  const scratch = hasCommand('psql') ? await scratchPostgres(values.postgres!) : new Error('psql is not installed');
  if (scratch instanceof Error) console.log(`\npostgresql: skipped (${scratch.message})`);
  else {
    const dir = tempDir();
    try {
      await compare('postgresql', dir, scratch.url, (sql) => postgresBaseline(scratch.url, sql));
    } finally {
      await scratch.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
