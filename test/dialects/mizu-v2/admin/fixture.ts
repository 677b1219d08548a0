/** A server on each test database for the admin tests, with helpers for users, tb_api rows and admin calls. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { toMicros } from '../../../../src/platform/money.ts';
import { ApiPolicy } from '../../../../src/persistence/entities/api-policy.ts';
import type { UserType } from '../../../../src/persistence/entities/user.ts';
import type { TestDatabase } from '../../../support/databases.ts';
import { mizuJson, type MizuJson } from '../../../support/mizu.ts';
import { ADMIN, startTestServer, type TestServer } from '../../../support/server.ts';

export const asAdmin = { authid: ADMIN.username, authpwd: ADMIN.password };

export interface Fixture {
  sb: TestServer;
  db: TestDatabase;
  /** A user with the password `<username>-pw-1`; answers its id. */
  user(username: string, more?: { type?: UserType; credit?: string; email?: string }): Promise<number>;
  /** Calls a command as that user (authid + authpwd). */
  as(username: string, params: Record<string, string>, ip?: string): Promise<MizuJson>;
  /** Calls a command without credentials. */
  call(params: Record<string, string>, ip?: string): Promise<MizuJson>;
  /** Calls a command with the admin's credentials. */
  admin(params: Record<string, string>, ip?: string): Promise<MizuJson>;
  /** Writes a tb_api row and reloads the rules, as an operator would (002:L259). */
  api(row: Record<string, unknown> & { fname: string }): Promise<void>;
  /** Waits until check() holds (background jobs run after the answer). */
  eventually<T>(check: () => Promise<T | undefined | false>, what: string): Promise<T>;
}

export function serverOn(open: () => Promise<TestDatabase>, globals: Record<string, string> = {}): Fixture {
  const f = {} as Fixture;
  beforeAll(async () => {
    f.db = await open();
    f.sb = await startTestServer(f.db, { globals, limits: { authFailures: 1000, perIp: 100_000, perUser: 100_000 } });
    // Backups and files go to the data folder: a temporary one, not the working directory's data/.
    f.sb.server.services.config.dataDir = mkdtempSync(join(tmpdir(), 'switchboard-data-'));
  });
  afterAll(async () => {
    const dataDir = f.sb?.server.services.config.dataDir;
    await f.sb?.stop();
    await f.db?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  const em = () => f.sb.server.services.db.em();
  f.user = async (username, more = {}) =>
    (
      await f.sb.server.services.accounts.create(
        em(),
        {
          username,
          password: `${username}-pw-1`,
          type: more.type,
          email: more.email,
          creditMicros: more.credit === undefined ? undefined : toMicros(more.credit),
        },
        { name: 'test', requestId: 'setup' },
      )
    ).id;
  f.as = (username, params, ip) =>
    mizuJson(f.sb.port, { authid: username, authpwd: `${username}-pw-1`, ...params }, ip);
  f.call = (params, ip) => mizuJson(f.sb.port, params, ip);
  f.admin = (params, ip) => mizuJson(f.sb.port, { ...asAdmin, ...params }, ip);
  f.api = async (row) => {
    await em().upsert(ApiPolicy, {
      enabled: 1,
      reqKey: null,
      reqIp: null,
      reqUser: null,
      reqUserMode: null,
      customsql: null,
      customAction: null,
      customActionBody: null,
      ...row,
    } as never);
    const reloaded = await f.admin({ apientry: 'apireload' });
    if (reloaded.status !== 'OK') throw new Error(`apireload: ${JSON.stringify(reloaded)}`);
  };
  f.eventually = async (check, what) => {
    const until = Date.now() + 5_000;
    for (;;) {
      const value = await check();
      if (value !== undefined && value !== false) return value as never;
      if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  return f;
}
