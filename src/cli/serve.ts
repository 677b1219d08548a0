/** `switchboard serve --config FILE` and `switchboard migrate --config FILE`. */
import { ConfigError, loadConfig } from '../platform/config.ts';
import { DatabaseError, openDatabase, redactUrl } from '../persistence/database.ts';
import { lockSqliteFile, type SqliteLock } from '../persistence/sqlite-lock.ts';
import { giveMigrationsSecretKey } from '../persistence/migrations/pin-digests.ts';
import { ListenError, startServer } from '../app.ts';
import { sendsMessages } from './worker-slot.ts';

/** Problems an operator can fix: one clear line, no stack. */
function explain(e: unknown): string | undefined {
  if (e instanceof ConfigError || e instanceof DatabaseError || e instanceof ListenError) return e.message;
  const msg = (e as Error)?.message ?? '';
  if (/cannot reach Redis/.test(msg)) return msg;
  return undefined;
}

/** One line for an operator: the known problems without a stack, anything else with one. */
/** The SIP part of the "listening" line: nothing when sip.port is 0. */
export function sipListening(port: number | undefined): string {
  return port ? `, SIP on ${port} (UDP, TCP; WebSocket on /mfstwebsock)` : '';
}

export function describeFailure(e: unknown): string {
  return explain(e) ?? (e as Error)?.stack ?? String(e);
}

/** `quiet`: a cluster worker, whose primary speaks for it. */
export async function serve(configFile: string | undefined, quiet = false): Promise<number> {
  let lock: SqliteLock | undefined;
  try {
    const config = loadConfig(configFile);
    lock = lockSqliteFile(config.database);
    // Heard from the start: a stop asked for once the listening line is out (or while starting) must find its
    // handler there, or the default action ends the process with its buffered log lines unwritten.
    const stopAsked = new Promise<void>((resolve) => {
      process.once('SIGTERM', resolve);
      process.once('SIGINT', resolve);
    });
    const server = await startServer(config, undefined, { sendsMessages: sendsMessages() });
    if (quiet) {
      // Nothing to print: the primary announces the port once every worker listens.
    } else if (server.start.adminPassword) {
      console.error(
        `Created admin user "${config.admin.username}" with password: ${server.start.adminPassword} (kept in ${config.dataDir}/admin.password; shown once)`,
      );
    }
    if (!quiet)
      console.error(
        `Switchboard listening on ${config.listen.host}:${server.port} (HTTP, WebSocket, TCP and UDP)${server.tlsPort ? `, TLS on ${server.tlsPort}` : ''}${sipListening(server.sip?.port)}; database ${redactUrl(config.database)}`,
      );
    await stopAsked;
    await server.stop();
    return 0;
  } catch (e) {
    console.error(`switchboard: ${describeFailure(e)}`);
    return 1;
  } finally {
    lock?.release();
  }
}

/** create: a PostgreSQL database that does not exist is created first (`migrate --create`). */
export async function migrate(configFile: string | undefined, create = false): Promise<number> {
  try {
    const config = loadConfig(configFile);
    const db = await openDatabase(config.database, { create });
    try {
      giveMigrationsSecretKey(config.secretKey);
      const applied = await db.migrate();
      console.log(applied.length ? `applied: ${applied.join(', ')}` : 'schema is up to date');
    } finally {
      await db.close();
    }
    return 0;
  } catch (e) {
    console.error(`switchboard: ${describeFailure(e)}`);
    return 1;
  }
}
