/**
 * A server on each test database, with helpers to make users and call the accounts commands as them or as the admin.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Config } from '../../../../src/platform/config.ts';
import { fromMicros, toMicros } from '../../../../src/platform/money.ts';
import type { UserType } from '../../../../src/persistence/entities/user.ts';
import { User } from '../../../../src/persistence/entities/user.ts';
import type { TestDatabase } from '../../../support/databases.ts';
import { mizuJson, type MizuJson } from '../../../support/mizu.ts';
import { ADMIN, startTestServer, type TestServer } from '../../../support/server.ts';

export const asAdmin = { authid: ADMIN.username, authpwd: ADMIN.password };

export interface Fixture {
  sb: TestServer;
  /** A user with the password `<username>-pw-1`. */
  user(
    username: string,
    more?: { type?: UserType; credit?: string; currency?: string; email?: string },
  ): Promise<number>;
  /** Calls a command as that user (authid + authpwd), from 127.0.0.1 unless ip is given. */
  as(username: string, params: Record<string, string>, ip?: string): Promise<MizuJson>;
  call(params: Record<string, string>, ip?: string): Promise<MizuJson>;
  row(username: string): Promise<Record<string, any>>;
  credit(username: string): Promise<string>;
}

/** Starts the server before the suite and stops it (and drops the database) after. */
export function serverOn(
  open: () => Promise<TestDatabase>,
  extra: { globals?: Record<string, string>; limits?: Partial<Config['limits']> } = {},
): Fixture {
  let db: TestDatabase;
  const fixture = {} as Fixture;
  beforeAll(async () => {
    db = await open();
    fixture.sb = await startTestServer(db, {
      globals: extra.globals,
      limits: { authFailures: 1000, perIp: 100_000, perUser: 100_000, ...extra.limits },
    });
  });
  afterAll(async () => {
    await fixture.sb?.stop();
    await db?.drop();
  });
  const em = () => fixture.sb.server.services.db.em();
  fixture.user = async (username, more = {}) =>
    (
      await fixture.sb.server.services.accounts.create(
        em(),
        {
          username,
          password: `${username}-pw-1`,
          type: more.type,
          currency: more.currency,
          email: more.email,
          creditMicros: more.credit === undefined ? undefined : toMicros(more.credit),
        },
        { name: 'test', requestId: 'setup' },
      )
    ).id;
  fixture.as = (username, params, ip) =>
    mizuJson(fixture.sb.port, { authid: username, authpwd: `${username}-pw-1`, ...params }, ip);
  fixture.call = (params, ip) => mizuJson(fixture.sb.port, params, ip);
  fixture.row = async (username) =>
    (await em().findOneOrFail(User, { username }, { disableIdentityMap: true })) as unknown as Record<string, any>;
  fixture.credit = async (username) => fromMicros(BigInt((await fixture.row(username)).creditMicros));
  return fixture;
}
