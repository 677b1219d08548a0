// The maintenance jobs, dbreset/restart and unittest (001/002 Reset and Various operations) do real work and say what.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ban } from '../../../../src/persistence/entities/ban.ts';
import { Cdr } from '../../../../src/persistence/entities/cdr.ts';
import { User } from '../../../../src/persistence/entities/user.ts';
import { testEngines } from '../../../support/databases.ts';
import { serverOn } from './fixture.ts';

const engines = await testEngines('the maintenance tests on PostgreSQL');

describe.each(engines.map((open) => [open]))('maintenance, resets and self tests (%#)', (open) => {
  const f = serverOn(open);
  const em = () => f.sb.server.services.db.em();

  it('hourlymaint removes the bans expired over 24 h ago (a repeat no longer), keeps the others', async () => {
    const longAgo = new Date(Date.now() - 25 * 3600_000);
    const lately = new Date(Date.now() - 60_000);
    await em().insert(Ban, { ip: '10.1.1.1', until: longAgo, reason: 'old', createdAt: longAgo });
    await em().insert(Ban, { ip: '10.1.1.2', until: lately, reason: 'recent', createdAt: lately });
    await em().insert(Ban, {
      ip: '10.2.2.2',
      until: new Date(Date.now() + 600_000),
      reason: 'current',
      createdAt: new Date(),
    });
    const answer = await f.admin({ apientry: 'hourlymaint' });
    expect(answer.message).toMatch(/^hourly maintenance done: 1 expired ban\(s\) removed/);
    expect((await em().find(Ban, {}, { disableIdentityMap: true, orderBy: { ip: 'asc' } })).map((b) => b.ip)).toEqual([
      '10.1.1.2',
      '10.2.2.2',
    ]);
  });

  it('dailymaint, weeklymaint and monthlymaint each run the shorter jobs first', async () => {
    expect((await f.admin({ apientry: 'dailymaint' })).message).toMatch(/ban.*planner statistics refreshed$/);
    expect((await f.admin({ apientry: 'weeklymaint' })).message).toMatch(
      /planner statistics refreshed; database compacted$/,
    );
    const monthly = (await f.admin({ apientry: 'monthlymaint' })).message!;
    const file = /backup written to (\S+)$/.exec(monthly)?.[1];
    expect(file).toBeDefined();
    expect(existsSync(join(f.sb.server.services.config.dataDir, 'backups', file!))).toBe(true);
  });

  it('dbreset opens new connections and the server goes on answering; restart what=database does the same', async () => {
    await f.user('alice', { credit: '1' });
    expect((await f.admin({ apientry: 'dbreset' })).status).toBe('OK');
    expect((await f.as('alice', { apientry: 'balance' })).data).toMatchObject({ credit: '1.00' });
    expect((await f.admin({ apientry: 'restart', what: 'database' })).status).toBe('OK');
    expect(
      (await f.admin({ apientry: 'db', txt: "select username from tb_users where username = 'alice'" })).data.rows,
    ).toEqual([{ username: 'alice' }]);
  });

  it.each(['service', 'force', 'server'])('restart what=%s is refused, with the reason', async (what) => {
    const answer = await f.admin({ apientry: 'restart', what });
    expect(answer.error?.code).toBe('unsupported');
    expect(answer.error?.message).toMatch(what === 'server' ? /operating system/ : /supervisor/);
  });

  it('unittest runs the self tests and reports each', async () => {
    const report = (await f.admin({ apientry: 'unittest' })).data.text.split('\n');
    expect(report).toEqual([
      expect.stringMatching(/^database: passed \(write, read back, rollback, [\d.]+ ms\)$/),
      expect.stringMatching(/^state: passed \(counter, publish and subscribe, [\d.]+ ms\)$/),
      expect.stringMatching(/^sql: passed \(bound parameter, [\d.]+ ms\)$/),
      '3 passed, 0 failed',
    ]);
    const load = (
      await f.admin({ apientry: 'unittest', testtype: 'load', threads: '3', testtime: '1' })
    ).data.text.split('\n');
    expect(load[0]).toMatch(/^load: passed \(\d+ database round trips by 3 worker\(s\) in 1 s/);
    // The seed lists no testtype values: one not known here is answered OK, not refused as a parameter error.
    const unknown = await f.admin({ apientry: 'unittest', testtype: 'warp' });
    expect(unknown.error).toBeUndefined();
    expect(unknown.data.text).toBe(
      'warp: not a known test here (known: all, database, state, sql, load)\n0 passed, 0 failed',
    );
    expect((await f.admin({ apientry: 'unittest', testtype: 'SQL' })).data.text).toMatch(/^sql: passed/);
    expect((await f.admin({ apientry: 'unittest', testtime: '3600' })).error?.code).toBe('invalid-parameter');
  });

  it('updcdrdir gives every CDR the direction of the rule CDRs are written with, and counts the corrections', async () => {
    const alice = (await em().findOneOrFail(User, { username: 'alice' })).id;
    const at = new Date();
    const cdr = (userId: number | null, calledUserId: number | null, direction: string) => ({
      userId,
      calledUserId,
      direction,
      caller: '1',
      called: '2',
      startedAt: at,
      endedAt: at,
    });
    await em().insertMany(Cdr, [
      cdr(null, alice, 'out'),
      cdr(alice, null, 'in'),
      cdr(alice, alice, 'out'),
      cdr(null, alice, 'in'),
    ]);
    expect((await f.admin({ apientry: 'updcdrdir' })).data).toEqual({ updated: 2 });
    const rows = await em().find(Cdr, {}, { orderBy: { id: 'asc' }, disableIdentityMap: true });
    expect(rows.map((r) => r.direction)).toEqual(['in', 'out', 'out', 'in']);
    expect((await f.admin({ apientry: 'updcdrdir' })).data).toEqual({ updated: 0 });
  });
});
