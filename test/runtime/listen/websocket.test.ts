// WebSocket backpressure (issue 17): a client that sends requests and never reads the answers is not read from while
// its answers wait unsent, so it cannot grow the server's memory — a real server process, its RSS read from /proc.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { wsExchange } from '../../support/clients.ts';
import { cleanupCli, startCli, writeConfig } from '../../support/cli.ts';

// Far more than the kernel's socket buffers hold, so that without backpressure the growth dwarfs the bound below.
const REQUESTS = 200_000;
const REQUEST = 'apientry=apitest1&format=soap';

afterAll(cleanupCli);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The resident memory of a process, in MiB. */
const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

describe('WebSocket backpressure', () => {
  it(`a client that sends ${REQUESTS} requests and never reads leaves the server's memory bounded`, async () => {
    const server = await startCli(writeConfig());
    // Warmed up first, so what grows afterwards is the unread client's doing.
    await wsExchange(
      server.port,
      Array.from({ length: 2_000 }, () => REQUEST),
    );
    const before = rssOf(server.pid);

    const greedy = new WebSocket(`ws://127.0.0.1:${server.port}/mvstwebsock`);
    await new Promise((resolve, reject) => greedy.once('open', resolve).once('error', reject));
    greedy.pause();
    for (let i = 0; i < REQUESTS; i++) greedy.send(REQUEST);
    let peak = before;
    for (let waited = 0; waited < 6_000; waited += 250) {
      await sleep(250);
      peak = Math.max(peak, rssOf(server.pid));
    }
    // Others are still served meanwhile.
    expect(await wsExchange(server.port, [REQUEST])).toHaveLength(1);
    greedy.terminate();
    // Without backpressure it grew by 90 MiB for every 50,000 requests here. What remains is the garbage of answering
    // the requests the kernel's socket buffers took in before the client's stopped reading showed: independent of
    // REQUESTS, up to 64 MiB on a loaded machine where the collector runs late.
    expect(peak - before).toBeLessThan(120);
  }, 40_000);
});
