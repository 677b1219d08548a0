/** Load from wrk (Debian's package) on loopback, bounded in time, cycling through a list of request paths. */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LoadResult { rps: number; p50ms: number; p99ms: number; requests: number; failures: number }

const SCRIPT = `
local paths = {}
for line in io.lines(os.getenv("WRK_PATHS")) do paths[#paths + 1] = line end
local i = math.random(1, #paths)
request = function()
  i = i + 1
  if i > #paths then i = 1 end
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %d %d\\n", summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), e.connect + e.read + e.write + e.timeout + e.status))
end
`;

export function wrk(dir: string, port: number, paths: string[], options: { connections: number; seconds: number; threads?: number }): LoadResult {
  const pathsFile = join(dir, `paths-${port}.txt`);
  const scriptFile = join(dir, 'cycle.lua');
  writeFileSync(pathsFile, `${paths.join('\n')}\n`);
  writeFileSync(scriptFile, SCRIPT);
  const run = spawnSync('wrk', ['-t', String(options.threads ?? 1), '-c', String(options.connections), '-d', `${options.seconds}s`, '-s', scriptFile, `http://127.0.0.1:${port}`], {
    env: { ...process.env, WRK_PATHS: pathsFile }, encoding: 'utf8', timeout: (options.seconds + 30) * 1000,
  });
  const m = /RESULT (\d+) (\d+) (\d+) (\d+) (\d+)/.exec(run.stdout ?? '');
  if (!m) throw new Error(`wrk gave no result: ${run.stderr || run.stdout}`);
  const [requests, durationUs, p50, p99, failures] = m.slice(1).map(Number) as [number, number, number, number, number];
  return { rps: requests / (durationUs / 1e6), p50ms: p50 / 1000, p99ms: p99 / 1000, requests, failures };
}
