/**
 * The server the client-package tests call, set up for every dialect (Mizu key and salt, the miniSIPServer syskey,
 * the MOR API secret key). `user()` adds a user with credit and gives everything a client needs to reach the server
 * as that user: each run of the scenario takes a fresh one, so its phonebook starts empty.
 */
import { sqliteDatabase } from '../support/databases.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

export interface ScenarioEnv {
  baseUrl: string;
  authkey: string;
  serverSalt: string;
  v1key: string;
  syskey: string;
  morSecret: string;
  username: string;
  password: string;
  userId: number;
}

export interface ClientWorld {
  sb: TestServer;
  user(): Promise<ScenarioEnv>;
  stop(): Promise<void>;
}

const SETTINGS = {
  authkey: 'client-key-1',
  serverSalt: 'client-salt',
  v1key: 'client-v1-key',
  syskey: 'client-syskey',
  morSecret: 'client-mor-secret',
};

/** corsOrigins: the origins of pages (the browser test's) that call the server from elsewhere. */
export async function startClientWorld(corsOrigins: string[] = []): Promise<ClientWorld> {
  const db = sqliteDatabase();
  const sb = await startTestServer(db, {
    globals: { apiv2key: SETTINGS.authkey, apiv2md5salt: SETTINGS.serverSalt, httpapikey: SETTINGS.v1key },
    limits: { authFailures: 1000 },
    cors: { origins: corsOrigins },
  });
  sb.config.minisip.syskey = SETTINGS.syskey;
  sb.config.mor.apiSecretKey = SETTINGS.morSecret;
  let users = 0;
  return {
    sb,
    async user() {
      const credentials = { username: `user${++users}`, password: 'user-pw-1' };
      const { accounts, db: database } = sb.server.services;
      const created = await accounts.create(
        database.em(),
        { ...credentials, creditMicros: 9_800_000n },
        { name: 'test', requestId: 'setup' },
      );
      return { baseUrl: sb.baseUrl, ...SETTINGS, ...credentials, userId: created.id };
    },
    stop: async () => {
      await sb.stop();
      await db.drop();
    },
  };
}
