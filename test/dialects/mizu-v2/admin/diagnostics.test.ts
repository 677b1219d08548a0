// The Admin — Diagnostics commands (001/002) answer real figures: users, CDRs, requests, cache, log, jobs, locks.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { Ban } from '../../../../src/persistence/entities/ban.ts';
import { Cdr } from '../../../../src/persistence/entities/cdr.ts';
import { User } from '../../../../src/persistence/entities/user.ts';
import { SERVER_VERSION } from '../../../../src/platform/version.ts';
import { testEngines } from '../../../support/databases.ts';
import { mizuGet } from '../../../support/mizu.ts';
import { ADMIN } from '../../../support/server.ts';
import { serverOn } from './fixture.ts';

const engines = await testEngines('the diagnostics tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('diagnostics (%#)', (open) => {
  const f = serverOn(open);
  const em = () => f.sb.server.services.db.em();

  it('info, shortinfo and quickstat count what is there', async () => {
    await f.user('alice', { credit: '2' });
    await f.user('bob');
    const now = new Date();
    const yesterday = new Date(now.getTime() - 86_400_000 - 60_000);
    const cdr = (startedAt: Date) => ({ caller: '100', called: '200', startedAt, endedAt: startedAt });
    await em().insertMany(Cdr, [cdr(now), cdr(now), cdr(yesterday)]);
    const info = (await f.admin({ apientry: 'info' })).data;
    expect(info).toMatchObject({
      version: SERVER_VERSION,
      database: 'ok',
      engine: f.sb.server.services.db.engine,
      users: 3,
    });
    expect(new Date(info.starttime).getTime()).toBe(f.sb.server.services.startedAt.getTime());
    expect(info.deviceid).toMatch(/^[0-9a-f-]{36}$/);
    const short = (await f.admin({ apientry: 'shortinfo' })).data;
    expect(short).toMatchObject({ version: SERVER_VERSION, database: 'ok' });
    const first = (await f.admin({ apientry: 'quickstat' })).data;
    expect(first.callstoday).toBe(2);
    const second = (await f.admin({ apientry: 'quickstat' })).data;
    expect(second.apirequests).toBe(first.apirequests + 1);
  });

  it('deviceid is one stable identifier', async () => {
    const a = (await f.admin({ apientry: 'deviceid' })).data.value;
    const b = (await f.admin({ apientry: 'deviceid' })).data.value;
    expect(a).toBe(b);
    expect((await f.admin({ apientry: 'info' })).data.deviceid).toBe(a);
  });

  it('fastusers lists the cached users; syncusers re-reads them and drops the deleted', async () => {
    await f.as('alice', { apientry: 'balance' });
    await f.as('bob', { apientry: 'balance' });
    const cached = (await f.admin({ apientry: 'fastusers' })).data.rows as { username: string; credit: string }[];
    expect(cached.map((u) => u.username)).toEqual(expect.arrayContaining(['admin', 'alice', 'bob']));
    expect(cached.find((u) => u.username === 'alice')).toMatchObject({
      credit: '2.00',
      currency: 'USD',
      type: 'enduser',
      enabled: true,
    });
    // Changed behind the server's back: the cache still has the old values until syncusers.
    await em().nativeUpdate(User, { username: 'alice' }, { creditMicros: 7_000_000n });
    await em().nativeDelete(User, { username: 'bob' });
    expect(
      ((await f.admin({ apientry: 'fastusers' })).data.rows as { username: string; credit: string }[]).find(
        (u) => u.username === 'alice',
      )?.credit,
    ).toBe('2.00');
    const synced = (await f.admin({ apientry: 'syncusers' })).data;
    expect(synced.dropped).toBe(1);
    expect((await f.as('alice', { apientry: 'balance' })).data.credit).toBe('7.00');
    const after = (await f.admin({ apientry: 'fastusers' })).data.rows as { username: string; credit: string }[];
    expect(after.map((u) => u.username)).not.toContain('bob');
    expect(after.find((u) => u.username === 'alice')?.credit).toBe('7.00');
  });

  it("showlog, log and logsearch answer the server's own recent lines", async () => {
    await f.call({ apientry: 'apitest', marker: 'x' });
    const main = await mizuGet(f.sb.port, {
      apientry: 'showlog',
      authid: ADMIN.username,
      authpwd: ADMIN.password,
      lines: '5',
    });
    const lines = main.body.trimEnd().split('\n');
    expect(lines[0]).toBe('OK');
    expect(lines).toHaveLength(6);
    for (const line of lines.slice(1)) expect(() => JSON.parse(line)).not.toThrow();
    const tcp = (await f.admin({ apientry: 'showlog', log: 'tcp', lines: '3' })).data.text.split('\n');
    expect(tcp).toHaveLength(3);
    for (const line of tcp) expect(JSON.parse(line)).toMatchObject({ msg: 'request' });
    expect((await f.admin({ apientry: 'showlog', log: 'gk' })).error?.code).toBe('unsupported');
    expect((await f.admin({ apientry: 'showlog', log: 'sip' })).error?.code).toBe('not-found');
    expect((await f.admin({ apientry: 'log' })).data.text.split('\n').length).toBeGreaterThan(5);
    const found = (await f.admin({ apientry: 'logsearch', txt: 'APITEST' })).data.text.split('\n');
    expect(found.length).toBeGreaterThan(0);
    for (const line of found) expect(line.toLowerCase()).toContain('apitest');
    expect((await f.admin({ apientry: 'logsearch', txt: 'no line says this 8b1f' })).data.text).toBe('');
    // Without txt: the latest lines, unfiltered.
    const latest = f.sb.server.services.recentLog.tail(3);
    expect((await f.admin({ apientry: 'logsearch', lines: '3' })).data.text.split('\n')).toEqual(latest);
    // Bare, as the seed lists it (no parameter but the credentials, the default text answer): the latest 100 lines.
    const latest100 = f.sb.server.services.recentLog.tail(100);
    const bare = await mizuGet(f.sb.port, { apientry: 'logsearch', authid: ADMIN.username, authpwd: ADMIN.password });
    expect(latest100.length).toBeGreaterThan(3);
    expect(bare.body.trimEnd().split('\n')).toEqual(['OK', ...latest100]);
    expect(f.sb.server.services.recentLog.tail(1000).join('\n')).not.toContain(ADMIN.password);
  });

  it('threadlist, threads and threads2 show the main thread and the background jobs', async () => {
    for (const apientry of ['threadlist', 'threads', 'threads2']) {
      const rows = (await f.admin({ apientry })).data.rows;
      expect(rows[0], apientry).toMatchObject({
        id: 0,
        state: 'running',
        started: f.sb.server.services.startedAt.toISOString(),
      });
    }
    const main = (await f.admin({ apientry: 'threads2' })).data.rows[0];
    expect(main.runs).toBeGreaterThan(10);
    expect(main.utilization).toBeGreaterThanOrEqual(0);
    expect(main.utilization).toBeLessThanOrEqual(1);
  });

  it('querylist, locks and lists answer (empty when nothing runs)', async () => {
    expect((await f.admin({ apientry: 'querylist' })).data).toEqual({ rows: [] });
    expect((await f.admin({ apientry: 'locks' })).data).toEqual({ rows: [] });
    const lists = (await f.admin({ apientry: 'lists' })).data.rows as { name: string; count: number }[];
    expect(lists.find((l) => l.name === 'cached users')?.count).toBe(f.sb.server.services.accounts.cache.size);
    expect(lists.find((l) => l.name === 'background jobs')?.count).toBe(0);
  });

  it('rulesreload re-reads tb_api and the bans from the table', async () => {
    const s = f.sb.server.services;
    await s.state.setBan({ ip: '10.9.9.9', until: Date.now() + 60_000, reason: 'not in the table' });
    await em().insert(Ban, {
      ip: '10.8.8.8',
      until: new Date(Date.now() + 60_000),
      reason: 'by hand',
      createdAt: new Date(),
    });
    const answer = (await f.admin({ apientry: 'rulesreload' })).data;
    expect(answer.bans).toBe(1);
    expect(await s.state.getBan('10.9.9.9')).toBeUndefined();
    expect(await s.bans.isBanned('10.8.8.8')).toBe(true);
  });

  it('help lists what the caller may use', async () => {
    const forAdmin = (await f.admin({ apientry: 'help' })).data.rows as { name: string; summary: string }[];
    expect(forAdmin.find((r) => r.name === 'db')?.summary).toMatch(/SQL/);
    expect(forAdmin.map((r) => r.name)).toEqual(expect.arrayContaining(['balance', 'info', 'version']));
    expect(forAdmin.map((r) => r.name)).not.toContain('sendccinfo');
    await f.api({ fname: 'help', reqUser: 12 });
    await f.user('carol');
    const forUser = ((await f.as('carol', { apientry: 'help' })).data.rows as { name: string }[]).map((r) => r.name);
    expect(forUser).toContain('balance');
    expect(forUser).not.toContain('db');
  });
});

describe.skipIf(engines.length < 2)('PostgreSQL activity', () => {
  const f = serverOn(engines[1]!);

  it('querylist shows a running statement and locks a held table lock with its waiter', async () => {
    const holder = new pg.Client({ connectionString: f.db.url });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('lock table tb_users in exclusive mode');
      const slow = f.admin({ apientry: 'db', txt: 'select pg_sleep(0.8) as slept' });
      const running = await f.eventually(async () => {
        const rows = (await f.admin({ apientry: 'querylist' })).data.rows as {
          guid: string;
          query: string;
          source: string;
        }[];
        return rows.some((r) => r.query.includes('pg_sleep')) ? rows : undefined;
      }, 'the statement in querylist');
      expect(running.some((r) => r.source === 'db')).toBe(true);
      expect(running.some((r) => r.guid.startsWith('pg-'))).toBe(true);
      // A writer now waits behind the table lock.
      const waiting = f.admin({ apientry: 'db', txt: "update tb_users set address = 'x' where username = 'admin'" });
      const locks = await f.eventually(async () => {
        const rows = (await f.admin({ apientry: 'locks' })).data.rows as {
          name: string;
          mode: string;
          granted: number;
          waiting: number;
        }[];
        return rows.some((r) => !r.granted) ? rows : undefined;
      }, 'the waiting lock');
      expect(locks.find((r) => r.name === 'tb_users' && r.mode === 'ExclusiveLock' && r.granted)?.waiting).toBe(1);
      await holder.query('commit');
      expect((await waiting).data).toEqual({ rows: [{ affected: 1 }] });
      await slow;
    } finally {
      await holder.end();
    }
  });
});
