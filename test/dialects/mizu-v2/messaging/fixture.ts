/**
 * A server on each test database with both messaging channels on: SMS through a real SMSC (the `smpp` package's server
 * side) and e-mail through a real SMTP server, both on loopback, and the SIP edge when a test asks for it; helpers for
 * users, requests and what arrived.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Config } from '../../../../src/platform/config.ts';
import { fromMicros, toMicros } from '../../../../src/platform/money.ts';
import { User, type UserRow } from '../../../../src/persistence/entities/user.ts';
import { eventually, smppConfig } from '../../../messaging/support/fixture.ts';
import { type Submitted, TestSmsc } from '../../../messaging/support/smsc.ts';
import { freeSipPort } from '../../../sip/free-port.ts';
import type { TestDatabase } from '../../../support/databases.ts';
import { mizuGet, mizuJson, type MizuJson } from '../../../support/mizu.ts';
import { ADMIN, startTestServer, type TestServer } from '../../../support/server.ts';
import { TestSmtp } from './smtp.ts';

export { eventually };
export const SERVER_FROM = 'switchboard@example.org';

export interface MessagingFixture {
  sb: TestServer;
  smsc: TestSmsc;
  smtp: TestSmtp;
  /** The SIP edge's port (UDP and TCP), 0 when the edge is off. */
  sipPort: number;
  /** A user with the password `<username>-pw-1` and these fields. */
  user(
    username: string,
    fields?: { credit?: string; email?: string; phone?: string; more?: Partial<UserRow> },
  ): Promise<number>;
  as(username: string, params: Record<string, string>, ip?: string): Promise<MizuJson>;
  /** The raw answer (text format unless params say otherwise). */
  asText(username: string, params: Record<string, string>): Promise<string>;
  admin(params: Record<string, string>, ip?: string): Promise<MizuJson>;
  call(params: Record<string, string>, ip?: string): Promise<MizuJson>;
  credit(username: string): Promise<string>;
  /** The SMS parts the SMSC accepted for number, once at least `count` arrived. */
  smsTo(number: string, count?: number): Promise<Submitted[]>;
}

export function messagingServer(
  open: () => Promise<TestDatabase>,
  extra: {
    globals?: Record<string, string>;
    limits?: Partial<Config['limits']>;
    /** on (the default): the SMSC and the SMTP server; off: no section; a function: these sections, made at start. */
    channels?: 'on' | 'off' | (() => Pick<Config, 'smtp' | 'smpp' | 'smsHttp'>);
    /** The SIP edge on a free port (off by default). */
    sip?: boolean;
  } = {},
): MessagingFixture {
  let db: TestDatabase;
  const f = {} as MessagingFixture;
  beforeAll(async () => {
    db = await open();
    f.smsc = await TestSmsc.start();
    f.smtp = await TestSmtp.start();
    const messaging: Pick<Config, 'smtp' | 'smpp' | 'smsHttp'> =
      typeof extra.channels === 'function'
        ? extra.channels()
        : extra.channels === 'off'
          ? {}
          : {
              smpp: smppConfig(f.smsc.port),
              smtp: { host: '127.0.0.1', port: f.smtp.port, secure: false, user: '', password: '', from: SERVER_FROM },
            };
    f.sipPort = extra.sip ? await freeSipPort() : 0;
    f.sb = await startTestServer(db, {
      globals: extra.globals,
      limits: { authFailures: 1000, perIp: 100_000, perUser: 100_000, ...extra.limits },
      messaging,
      sip: { port: f.sipPort },
    });
  });
  afterAll(async () => {
    await f.sb?.stop();
    await f.smsc?.kill();
    await f.smtp?.stop();
    await db?.drop();
  });
  const em = () => f.sb.server.services.db.em();
  f.user = async (username, fields = {}) => {
    const { id } = await f.sb.server.services.accounts.create(
      em(),
      {
        username,
        password: `${username}-pw-1`,
        email: fields.email,
        phone: fields.phone,
        creditMicros: fields.credit === undefined ? undefined : toMicros(fields.credit),
        settings: fields.more,
      },
      { name: 'test', requestId: 'setup' },
    );
    return id;
  };
  f.as = (username, params, ip) =>
    mizuJson(f.sb.port, { authid: username, authpwd: `${username}-pw-1`, ...params }, ip);
  f.asText = async (username, params) =>
    (await mizuGet(f.sb.port, { authid: username, authpwd: `${username}-pw-1`, ...params })).body;
  f.admin = (params, ip) => mizuJson(f.sb.port, { authid: ADMIN.username, authpwd: ADMIN.password, ...params }, ip);
  f.call = (params, ip) => mizuJson(f.sb.port, params, ip);
  f.credit = async (username) =>
    fromMicros(BigInt((await em().findOneOrFail(User, { username }, { disableIdentityMap: true })).creditMicros));
  f.smsTo = (number, count = 1) =>
    eventually(() => {
      // An international number reaches the SMSC without its + (TON international).
      const parts = f.smsc.submitted.filter((s) => s.destination === number.replace(/^\+/, ''));
      return parts.length >= count ? parts : undefined;
    });
  return f;
}
