/**
 * The server the client-package tests call: one user, alice, known to every dialect (Mizu key and salt, the
 * miniSIPServer syskey, the MOR API secret key), with credit. `env` is everything a client needs to reach it.
 */
import { sqliteDatabase, type TestDatabase } from '../support/databases.ts';
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
  env: ScenarioEnv;
  stop(): Promise<void>;
}

export async function startClientWorld(): Promise<ClientWorld> {
  const db: TestDatabase = sqliteDatabase();
  const sb = await startTestServer(db, {
    globals: { apiv2key: 'client-key-1', apiv2md5salt: 'client-salt', httpapikey: 'client-v1-key' },
    limits: { authFailures: 1000 },
  });
  sb.config.minisip.syskey = 'client-syskey';
  sb.config.mor.apiSecretKey = 'client-mor-secret';
  const credentials = { username: 'alice', password: 'alice-pw-1' };
  const { accounts, db: database } = sb.server.services;
  const user = await accounts.create(
    database.em(),
    { ...credentials, creditMicros: 9_800_000n },
    { name: 'test', requestId: 'setup' },
  );
  return {
    sb,
    env: {
      baseUrl: sb.baseUrl,
      authkey: 'client-key-1',
      serverSalt: 'client-salt',
      v1key: 'client-v1-key',
      syskey: 'client-syskey',
      morSecret: 'client-mor-secret',
      ...credentials,
      userId: user.id,
    },
    stop: async () => {
      await sb.stop();
      await db.drop();
    },
  };
}
