// Issue 17, finding 5: a client must not mint metric series. Requests naming commands that do not exist are counted
// under command="?", so thousands of distinct names leave /metrics the size a few requests made it.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { udpExchange } from '../support/clients.ts';
import { sqliteDatabase, type TestDatabase } from '../support/databases.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

describe('metric series from client input', () => {
  let db: TestDatabase;
  let sb: TestServer;

  beforeAll(async () => {
    db = sqliteDatabase();
    sb = await startTestServer(db);
    sb.config.minisip.syskey = '1234';
  });
  afterAll(async () => {
    await sb?.stop();
    await db?.drop();
  });

  /**
   * The /metrics lines but Node's and the process's own (prom-client's defaults: GC kinds appear as the collector first
   * runs them, whatever the requests).
   */
  const metricLines = async () =>
    (await (await fetch(`${sb.baseUrl}/metrics`)).text())
      .split('\n')
      .filter((line) => !/^(# (HELP|TYPE) )?(nodejs|process)_/.test(line));

  /** One request of each kind a client can name a command with, each naming a fresh random one. */
  async function unknownCommands(rounds: number): Promise<void> {
    for (let i = 0; i < rounds; i++) {
      const name = `x${randomBytes(6).toString('hex')}`;
      const sends = [
        fetch(`${sb.baseUrl}/mvapireq/${name}?authid=a&authpwd=b`),
        fetch(`${sb.baseUrl}/mvapireq/?apientry=${name}&authid=a&authpwd=b`),
        fetch(`${sb.baseUrl}/xmapi/${name}?usr=a&pwd=b`),
        fetch(`${sb.baseUrl}/openapi/${name}/${name}?{"syskey":"1234"}`),
        fetch(`${sb.baseUrl}/billing/api/${name}`, { method: 'POST' }),
      ];
      for (const res of await Promise.all(sends)) await res.arrayBuffer();
      if (i % 20 === 0) await udpExchange(sb.port, `apientry=${name}&authid=a&authpwd=b`);
    }
  }

  it('300 distinct unknown command names over HTTP and UDP add no series beyond the "?" ones', async () => {
    const start = (await metricLines()).length;
    await unknownCommands(30);
    const warmed = await metricLines();
    // The "?" series of each dialect, transport and outcome (counter and histogram): a bounded set.
    expect(warmed.length - start).toBeLessThan(200);
    await unknownCommands(300);
    const after = await metricLines();
    expect(after.length).toBe(warmed.length);
    const series = after.filter((line) => line.startsWith('switchboard_request'));
    expect(series.some((line) => line.includes('command="?"'))).toBe(true);
    expect(series.filter((line) => /command="x[0-9a-f]{12}"/.test(line))).toEqual([]);
  });
});
