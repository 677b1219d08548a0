/**
 * The set-up the SIPp tests share: a Switchboard with its SIP edge on a free port, the users they register (each with
 * the password passwordOf gives, as the SIPp injection files expect), and a scratch folder for SIPp's files.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestDatabase } from '../support/databases.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { freeSipPort } from './free-port.ts';

export interface SipTestServer {
  sb: TestServer;
  sipPort: number;
  /** SIPp's working folder (scenario copies, statistics, logs). */
  dir: string;
  stop(): Promise<void>;
}

export const passwordOf = (username: string) => `pw-${username}`;

/** extra: config on top of the SIP port and a failure limit no test reaches (SIPp's wrong passwords must not ban). */
export async function startSipServer(
  db: TestDatabase,
  users: string[],
  extra: Parameters<typeof startTestServer>[1] = {},
): Promise<SipTestServer> {
  const sipPort = await freeSipPort();
  const sb = await startTestServer(db, {
    limits: { authFailures: 1000 },
    ...extra,
    sip: { ...extra.sip, port: sipPort },
  });
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-sipp-'));
  const { accounts, db: database } = sb.server.services;
  for (const username of users)
    await accounts.create(
      database.em(),
      { username, password: passwordOf(username) },
      { name: 'test', requestId: 'setup' },
    );
  return {
    sb,
    sipPort,
    dir,
    async stop() {
      await sb.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
