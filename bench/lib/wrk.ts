/**
 * Load from wrk (Debian's package) on loopback, bounded in time, cycling through a list of request paths: GETs, or
 * POSTs of one JSON body (a JSON-RPC call). Answers of 400 and above count as failures (wrk's status errors).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const WRK_MISSING = 'wrk is not installed (apt-get install wrk)';

export interface LoadResult {
  rps: number;
  p50ms: number;
  p99ms: number;
  requests: number;
  failures: number;
}

const SCRIPT = `
local paths = {}
for line in io.lines(os.getenv("WRK_PATHS")) do paths[#paths + 1] = line end
local body = os.getenv("WRK_JSON_BODY")
local method = body and "POST" or "GET"
local headers = body and { ["Content-Type"] = "application/json" } or nil
local i = math.random(1, #paths)
request = function()
  i = i + 1
  if i > #paths then i = 1 end
  return wrk.format(method, paths[i], headers, body)
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %d %d\\n", summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), e.connect + e.read + e.write + e.timeout + e.status))
end
`;

export interface LoadOptions {
  connections: number;
  seconds: number;
  threads?: number;
  /** Sent as a POST with Content-Type application/json to every path; GET without it. */
  jsonBody?: string;
}

export function wrk(dir: string, port: number, paths: string[], options: LoadOptions): LoadResult {
  const pathsFile = join(dir, `paths-${port}.txt`);
  const scriptFile = join(dir, 'cycle.lua');
  writeFileSync(pathsFile, `${paths.join('\n')}\n`);
  writeFileSync(scriptFile, SCRIPT);
  const run = spawnSync(
    'wrk',
    [
      '-t',
      String(options.threads ?? 1),
      '-c',
      String(options.connections),
      '-d',
      `${options.seconds}s`,
      '-s',
      scriptFile,
      `http://127.0.0.1:${port}`,
    ],
    {
      env: {
        ...process.env,
        WRK_PATHS: pathsFile,
        ...(options.jsonBody === undefined ? {} : { WRK_JSON_BODY: options.jsonBody }),
      },
      encoding: 'utf8',
      timeout: (options.seconds + 30) * 1000,
    },
  );
  const m = /RESULT (\d+) (\d+) (\d+) (\d+) (\d+)/.exec(run.stdout ?? '');
  if (!m) throw new Error(`wrk gave no result: ${run.stderr || run.stdout}`);
  const [requests, durationUs, p50, p99, failures] = m.slice(1).map(Number) as [number, number, number, number, number];
  return { rps: requests / (durationUs / 1e6), p50ms: p50 / 1000, p99ms: p99 / 1000, requests, failures };
}
