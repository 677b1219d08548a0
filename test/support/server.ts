/** A real Switchboard on an ephemeral loopback port, on the database given, for end-to-end tests. */
import { Writable } from 'node:stream';
import { loadConfig, type Config } from '../../src/platform/config.ts';
import { startServer, type RunningServer } from '../../src/app.ts';
import type { TestDatabase } from './databases.ts';

export const ADMIN = { username: 'admin', password: 'admin-secret-1' };
export const SECRET_KEY = 'test-secret-key-0123456789';

export interface TestServer {
  server: RunningServer;
  config: Config;
  port: number;
  baseUrl: string;
  /** Log lines written so far (JSON). */
  logs: string[];
  stop(): Promise<void>;
}

export async function startTestServer(
  db: TestDatabase,
  extra: {
    globals?: Record<string, string>;
    redis?: { url: string; prefix?: string };
    limits?: Partial<Config['limits']>;
    tls?: Config['tls'];
    trust?: Partial<Config['trust']>;
    docs?: Config['docs'];
    cors?: Config['cors'];
    /** The messaging channels (issue 16): absent sections leave the channel off. */
    messaging?: Pick<Config, 'smtp' | 'smpp' | 'smsHttp'>;
    /** The SIP edge: off (port 0) unless a test gives a port (test/sip/free-port.ts finds one). */
    sip?: Partial<Config['sip']>;
  } = {},
): Promise<TestServer> {
  const config = loadConfig(undefined, { SWITCHBOARD_SECRET_KEY: SECRET_KEY });
  config.listen = { ...config.listen, host: '127.0.0.1', port: 0 };
  config.database = db.url;
  config.secretKey = SECRET_KEY;
  config.admin = ADMIN;
  config.globals = extra.globals ?? {};
  if (extra.redis) config.redis = extra.redis;
  if (extra.tls) config.tls = extra.tls;
  config.limits = { ...config.limits, ...extra.limits };
  config.trust = { ...config.trust, ...extra.trust };
  if (extra.docs) config.docs = extra.docs;
  if (extra.cors) config.cors = extra.cors;
  if (extra.messaging) Object.assign(config, extra.messaging);
  config.sip = { ...config.sip, port: 0, ...extra.sip };
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const server = await startServer(config, sink);
  return {
    server,
    config,
    port: server.port,
    baseUrl: `http://127.0.0.1:${server.port}`,
    logs,
    stop: () => server.stop(),
  };
}
