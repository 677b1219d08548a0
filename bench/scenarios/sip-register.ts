/**
 * SIPp REGISTER load (test/sip/register.xml: challenged, then registered with digest authentication) against
 * Switchboard's SIP edge, next to Kamailio's registrar (bench/baselines/kamailio-register.cfg) under the same load and
 * under the load without authentication (test/sip/register-noauth.xml), all measured in the same run: sustained
 * registrations per second and failures, from SIPp's statistics file. The target is against Kamailio without
 * authentication; the ratio to Kamailio with digest, the same scenario, is in the note.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sippArgs, type SippOptions } from '../../test/sip/sipp.ts';
import { freeSipPort } from '../../test/sip/free-port.ts';
import { answersSip, startKamailioRegistrar } from '../lib/kamailio.ts';
import { cpuSeconds, hasCommand, type Running, startSwitchboard, tempDir, writeConfig } from '../lib/processes.ts';
import { seedUsers } from '../lib/seed.ts';
import { fixed, mb, type Row, skipped } from '../lib/table.ts';

const SCENARIO = 'REGISTER with digest auth (SIPp) vs Kamailio REGISTER without auth';
const TARGET = '≥ 0.5 reg/s, 0 failures';
const USERS = 1000;
/** Registrations in flight at once (SIPp -l); the call rate itself is unbounded. */
const IN_FLIGHT = 64;

interface Load {
  perSecond: number;
  succeeded: number;
  failed: number;
  /** The share of one core SIPp itself used: near 1, the load generator and not the server set the pace. */
  generatorCores: number;
}

/**
 * Rounds of the three loads, one after the other: the figures of one run move by a quarter (the other load on the
 * machine, Kamailio's own scheduling), so the row gives the round of the median ratio and the range of all.
 */
const ROUNDS = 3;

/** One round: Switchboard, then Kamailio with digest, then Kamailio without authentication. */
interface Round {
  ours: Load;
  ourCpuUs: number;
  sameScenario: Load;
  theirs: Load;
  theirCpuUs: number;
  ratio: number;
}

export async function run(seconds: number): Promise<Row> {
  if (!hasCommand('sipp')) return skipped(SCENARIO, TARGET, 'sipp is not installed (apt-get install sip-tester)');
  if (!hasCommand('kamailio')) return skipped(SCENARIO, TARGET, 'kamailio is not installed (apt-get install kamailio)');
  const dir = tempDir();
  const database = `sqlite:${join(dir, 'bench.db')}`;
  await seedUsers(database, USERS);
  const users = Array.from({ length: USERS }, (_, i) => ({ username: `user${i}`, password: `pw-${i}` }));
  const sipPort = await freeSipPort();
  // The configuration users get (log level info included), only the rate limits raised.
  const config = writeConfig(dir, `database: ${database}\nsip: { port: ${sipPort} }`, { defaultLog: true });
  const sb = await startSwitchboard(config);
  let kamailio: Running | undefined;
  /** Load on a server's port, with the server's CPU time a registration. */
  const measured = async (pid: number | undefined, port: number, scenario: SippOptions['scenario']) => {
    const cpuBefore = cpuSeconds(pid);
    const figures = await load(dir, { scenario, port, users }, seconds);
    return { figures, cpuUs: ((cpuSeconds(pid) - cpuBefore) * 1e6) / figures.succeeded };
  };
  try {
    await until(() => answersSip(sipPort));
    await load(dir, { scenario: 'register.xml', port: sipPort, users }, 1);
    const rounds: Round[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      // Switchboard stays up, idle, while Kamailio runs: its memory is the whole run's.
      const ours = await measured(sb.child.pid, sipPort, 'register.xml');
      kamailio = await startKamailioRegistrar(dir, { digest: true });
      const sameScenario = await load(dir, { scenario: 'register.xml', port: kamailio.port, users }, seconds);
      await kamailio.stop();
      kamailio = await startKamailioRegistrar(dir);
      const theirs = await measured(kamailio.child.pid, kamailio.port, 'register-noauth.xml');
      await kamailio.stop();
      kamailio = undefined;
      const ratio = ours.figures.perSecond / theirs.figures.perSecond;
      rounds.push({
        ours: ours.figures,
        ourCpuUs: ours.cpuUs,
        sameScenario,
        theirs: theirs.figures,
        theirCpuUs: theirs.cpuUs,
        ratio,
      });
    }
    const median = [...rounds].sort((a, b) => a.ratio - b.ratio)[Math.floor(ROUNDS / 2)]!;
    const { ours, theirs, sameScenario } = median;
    const failed = rounds.reduce((sum, r) => sum + r.ours.failed, 0);
    const range = (f: (r: Round) => number, digits = 2) =>
      `${fixed(Math.min(...rounds.map(f)), digits)}–${fixed(Math.max(...rounds.map(f)), digits)}`;
    return {
      scenario: SCENARIO,
      switchboard: `${fixed(ours.perSecond)} reg/s, ${ours.failed} failed; server CPU ${fixed(median.ourCpuUs)} µs a registration`,
      baseline: `${fixed(theirs.perSecond)} reg/s, ${theirs.failed} failed; server CPU ${fixed(median.theirCpuUs)} µs a registration`,
      ratio: fixed(median.ratio, 2),
      target: TARGET,
      met: median.ratio >= 0.5 && failed === 0 ? 'yes' : 'no',
      peakMemory: mb(sb.peakRss()),
      note:
        `${IN_FLIGHT} registrations in flight over UDP, ${USERS} users; ${ROUNDS} rounds of ${seconds} s, the round of ` +
        `the median ratio shown (ratios ${range((r) => r.ratio)}, Switchboard ${range((r) => r.ours.perSecond, 0)} ` +
        `reg/s, ${failed} failed in all; Kamailio ${range((r) => r.theirs.perSecond, 0)}); Kamailio with digest (the ` +
        `same scenario) in that round: ${fixed(sameScenario.perSecond)} reg/s, ${sameScenario.failed} failed, ratio ` +
        `${fixed(ours.perSecond / sameScenario.perSecond, 2)}; SIPp used ${fixed(ours.generatorCores, 2)} of a core ` +
        `against Switchboard, ${fixed(sameScenario.generatorCores, 2)} against Kamailio with digest and ` +
        `${fixed(theirs.generatorCores, 2)} without`,
    };
  } finally {
    await sb.stop();
    await kamailio?.stop();
  }
}

/** Drives SIPp for `seconds` and reads its last cumulative statistics line. */
async function load(dir: string, o: Pick<SippOptions, 'scenario' | 'port' | 'users'>, seconds: number): Promise<Load> {
  const stats = join(dir, `${o.scenario}-${o.port}-${seconds}.stats.csv`);
  const args = sippArgs({
    ...o,
    transport: 'udp',
    localPort: await freeSipPort(),
    dir,
    calls: 0,
    timeoutSeconds: seconds,
    extra: ['-r', '100000', '-l', String(IN_FLIGHT), '-trace_stat', '-stf', stats, '-fd', '1'],
  });
  const started = performance.now();
  let generatorCpu = 0;
  await new Promise<void>((resolve, reject) => {
    const child = spawn('sipp', args, { cwd: dir, stdio: 'ignore' });
    // /proc/PID goes with the process: its CPU time is sampled while it runs, the last sample kept.
    const sampler = setInterval(() => {
      generatorCpu = Math.max(generatorCpu, cpuSeconds(child.pid));
    }, 100);
    child.on('error', reject);
    child.on('close', () => {
      clearInterval(sampler);
      resolve();
    });
  });
  const generatorCores = (generatorCpu * 1000) / (performance.now() - started);
  return { ...readStats(readFileSync(stats, 'utf8')), generatorCores };
}

/** The cumulative figures of SIPp's last statistics line (';'-separated; times as "date\ttime\tepoch"). */
function readStats(csv: string): Omit<Load, 'generatorCores'> {
  const lines = csv.trim().split('\n');
  const header = lines[0]!.split(';');
  const last = lines.at(-1)!.split(';');
  const field = (name: string) => last[header.indexOf(name)]!;
  const epoch = (name: string) => Number(field(name).split('\t').at(-1));
  const succeeded = Number(field('SuccessfulCall(C)'));
  return {
    succeeded,
    failed: Number(field('FailedCall(C)')),
    perSecond: succeeded / (epoch('CurrentTime') - epoch('StartTime')),
  };
}

async function until(ready: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 50 && !(await ready()); i++) await new Promise((r) => setTimeout(r, 100));
}
