/**
 * `switchboard serve --workers N`: N server processes on the shared port (node:cluster hands connections and
 * datagrams round robin). The primary prepares the database once (migrations, globals, the admin), then forks;
 * bans, nonces, rate limits and cache invalidation must be shared, so Redis is required.
 */
import cluster, { type Worker } from 'node:cluster';
import { Writable } from 'node:stream';
import { loadConfig } from '../platform/config.ts';
import { redactUrl } from '../persistence/database.ts';
import { createServices } from '../app.ts';

export async function serveWorkers(
  configFile: string | undefined,
  count: number,
  explain: (e: unknown) => string,
): Promise<number> {
  try {
    const config = loadConfig(configFile);
    if (!config.redis) {
      console.error(
        'switchboard: --workers needs `redis: { url: … }` in the config: bans, nonces, rate limits and caches must be shared between the workers',
      );
      return 1;
    }
    const { services, start } = await createServices(
      config,
      new Writable({
        write(_c, _e, done) {
          done();
        },
      }),
    );
    await services.close();
    if (start.adminPassword) {
      console.error(
        `Created admin user "${config.admin.username}" with password: ${start.adminPassword} (kept in ${config.dataDir}/admin.password; shown once)`,
      );
    }
    const workers: Worker[] = [];
    const port = await new Promise<number>((resolve, reject) => {
      let listening = 0;
      cluster.on('listening', (_worker, address) => {
        if (address.addressType !== 'udp4' && address.addressType !== 'udp6' && ++listening === count)
          resolve(address.port);
      });
      cluster.on('exit', (worker, code) => {
        if (listening < count) reject(new Error(`worker ${worker.process.pid} exited with ${code} before listening`));
      });
      for (let i = 0; i < count; i++) workers.push(cluster.fork());
    });
    console.error(
      `Switchboard listening on ${config.listen.host}:${port} (HTTP, WebSocket, TCP and UDP) with ${count} workers; database ${redactUrl(config.database)}`,
    );
    await new Promise<void>((resolve) => {
      process.once('SIGTERM', resolve);
      process.once('SIGINT', resolve);
    });
    const exits = workers.map((w) => new Promise<number>((resolve) => w.once('exit', (code) => resolve(code ?? 1))));
    for (const w of workers) w.process.kill('SIGTERM');
    const codes = await Promise.all(exits);
    return codes.every((c) => c === 0) ? 0 : 1;
  } catch (e) {
    console.error(`switchboard: ${explain(e)}`);
    return 1;
  }
}
