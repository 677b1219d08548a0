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
}

export async function run(seconds: number): Promise<Row> {
  if (!hasCommand('sipp')) return skipped(SCENARIO, TARGET, 'sipp is not installed (apt-get install sip-tester)');
  if (!hasCommand('kamailio')) return skipped(SCENARIO, TARGET, 'kamailio is not installed (apt-get install kamailio)');
  const dir = tempDir();
  const database = `sqlite:${join(dir, 'bench.db')}`;
  await seedUsers(database, USERS);
  const users = Array.from({ length: USERS }, (_, i) => ({ username: `user${i}`, password: `pw-${i}` }));
  const sipPort = await freeSipPort();
  const sb = await startSwitchboard(writeConfig(dir, `database: ${database}\nsip: { port: ${sipPort} }`));
  let kamailio: Running | undefined;
  try {
    await until(() => answersSip(sipPort));
    await load(dir, { scenario: 'register.xml', port: sipPort, users }, 1);
    const cpuBefore = cpuSeconds(sb.child.pid);
    const ours = await load(dir, { scenario: 'register.xml', port: sipPort, users }, seconds);
    const ourCpuUs = ((cpuSeconds(sb.child.pid) - cpuBefore) * 1e6) / ours.succeeded;
    await sb.stop();
    kamailio = await startKamailioRegistrar(dir, { digest: true });
    const sameScenario = await load(dir, { scenario: 'register.xml', port: kamailio.port, users }, seconds);
    await kamailio.stop();
    kamailio = await startKamailioRegistrar(dir);
    const theirCpuBefore = cpuSeconds(kamailio.child.pid);
    const theirs = await load(dir, { scenario: 'register-noauth.xml', port: kamailio.port, users }, seconds);
    const theirCpuUs = ((cpuSeconds(kamailio.child.pid) - theirCpuBefore) * 1e6) / theirs.succeeded;
    const ratio = ours.perSecond / theirs.perSecond;
    const sameRatio = ours.perSecond / sameScenario.perSecond;
    return {
      scenario: SCENARIO,
      switchboard: `${fixed(ours.perSecond)} reg/s, ${ours.failed} failed; server CPU ${fixed(ourCpuUs)} µs a registration`,
      baseline: `${fixed(theirs.perSecond)} reg/s, ${theirs.failed} failed; server CPU ${fixed(theirCpuUs)} µs a registration`,
      ratio: fixed(ratio, 2),
      target: TARGET,
      met: ratio >= 0.5 && ours.failed === 0 ? 'yes' : 'no',
      peakMemory: mb(sb.peakRss()),
      note:
        `${IN_FLIGHT} registrations in flight over UDP, ${USERS} users; ${ours.succeeded} registrations in ${seconds} s; ` +
        `Kamailio with digest (the same scenario): ${fixed(sameScenario.perSecond)} reg/s, ` +
        `${sameScenario.failed} failed, ratio ${fixed(sameRatio, 2)}`,
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
  await new Promise<void>((resolve, reject) => {
    const child = spawn('sipp', args, { cwd: dir, stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', () => resolve());
  });
  return readStats(readFileSync(stats, 'utf8'));
}

/** The cumulative figures of SIPp's last statistics line (';'-separated; times as "date\ttime\tepoch"). */
function readStats(csv: string): Load {
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
