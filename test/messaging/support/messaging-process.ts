/**
 * A process that does nothing but run messaging on a database, for the crash test to kill with SIGKILL:
 * `node messaging-process.ts DATABASE_URL SMSC_PORT`. It prints "started" once its worker runs.
 */
import { createMessaging } from '../../../src/domain/messaging/messaging-service.ts';
import { openDatabase } from '../../../src/persistence/database.ts';
import { CRASH_OPTIONS, QUIET, smppConfig } from './fixture.ts';

const [url, port] = process.argv.slice(2);
const db = await openDatabase(String(url));
const messaging = createMessaging(
  { config: { smpp: smppConfig(Number(port), 500) }, db, logger: QUIET },
  CRASH_OPTIONS,
);
await messaging.start();
console.log('started');
