// SIPp (Debian sip-tester), a SIP peer we did not write, pings the edge with OPTIONS over UDP and TCP and gets 200
// with an Allow naming OPTIONS (SIPp's exit code is 0 only when every call of the scenario passed).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteDatabase, type TestDatabase } from '../../support/databases.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';
import { requireProgram } from '../../support/services.ts';
import { freeSipPort } from '../../sip/free-port.ts';

const withSipp = requireProgram('sipp', 'the SIPp OPTIONS ping test');

function sipp(args: string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('sipp', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe.skipIf(!withSipp)('SIPp OPTIONS ping', () => {
  let db: TestDatabase;
  let sb: TestServer;
  let sipPort: number;
  let dir: string;

  beforeAll(async () => {
    db = sqliteDatabase();
    sipPort = await freeSipPort();
    sb = await startTestServer(db, { sip: { port: sipPort } });
    dir = mkdtempSync(join(tmpdir(), 'switchboard-sipp-options-'));
  });

  afterAll(async () => {
    await sb.stop();
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const transport of ['u1', 't1'])
    it(`answers 200 over ${transport === 'u1' ? 'UDP' : 'TCP'}`, async () => {
      const scenario = join(import.meta.dirname, 'options-ping.xml');
      const localPort = await freeSipPort();
      const args = [`127.0.0.1:${sipPort}`, '-sf', scenario, '-m', '3', '-t', transport, '-i', '127.0.0.1'];
      const run = await sipp([...args, '-p', String(localPort), '-nostdin', '-timeout', '10s', '-timeout_error'], dir);
      expect(run, run.stderr).toMatchObject({ code: 0 });
    });
});
