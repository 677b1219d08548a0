// The CSV exports: RFC 4180 with a header row, UTF-8, the rows of the page for the period and call type asked
// for (or the session's period), every call of a long period in order across the pages the export is read in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toMicros } from '../../../src/platform/money.ts';
import { Cdr } from '../../../src/persistence/entities/cdr.ts';
import { testEngines } from '../../support/databases.ts';
import type { TestServer } from '../../support/server.ts';
import { addCalls, addUser, call, hashClient, loginCookie } from './support.ts';
import { startMorWorld, type MorWorld, type World } from './world.ts';

const engines = await testEngines('the MOR CSV export tests on PostgreSQL');
const at = (text: string) => new Date(`${text}Z`);

describe.each(engines.map((open) => [open]))('MOR CSV exports (%#)', (open) => {
  let world: MorWorld | undefined;
  let sb: TestServer;
  let w: World;
  let dora: number;

  beforeAll(async () => {
    world = await startMorWorld(open);
    ({ sb, w } = world);
    dora = await addUser(sb, 'dora');
    await addCalls(sb, [
      call({
        userId: dora,
        startedAt: at('2024-03-10 05:45:31'),
        caller: '300',
        called: '12129989282',
        destination: 'United States, "New York"',
        duration: 3725,
        costMicros: toMicros('1.5'),
      }),
      call({
        userId: dora,
        startedAt: at('2024-03-11 23:59:59'),
        caller: '300',
        called: '37060000000',
        destination: 'Lietuva – Vilnius',
        disconnectCause: 17,
      }),
      call({
        calledUserId: dora,
        direction: 'in',
        startedAt: at('2024-03-12 08:00:00'),
        caller: '=HYPERLINK("http://x")',
        called: '300',
        duration: 10,
        costMicros: toMicros('9'),
      }),
      call({
        userId: dora,
        startedAt: at('2024-04-01 00:00:00'),
        caller: '300',
        called: '4420',
        destination: 'April',
        duration: 1,
      }),
    ]);
  });
  afterAll(() => world?.stop());

  const csv = async (path: string, cookie?: string) => {
    const res = await fetch(`${sb.baseUrl}/billing${path}`, cookie ? { headers: { cookie } } : {});
    expect(res.status, await res.clone().text()).toBe(200);
    return {
      type: res.headers.get('content-type'),
      disposition: res.headers.get('content-disposition'),
      text: await res.text(),
    };
  };

  it("exports the period's calls as RFC 4180 CSV, oldest first, with quoting and formulas neutralised", async () => {
    const file = await hashClient(sb, dora).callListCsv({
      userid: dora,
      date_from: '2024-03-01',
      date_till: '2024-03-31',
    });
    expect(file.mediaType).toBe('text/csv; charset=utf-8');
    expect(new TextDecoder('utf-8', { fatal: true }).decode(file.body as Uint8Array)).toBe(
      [
        'date,called_from,called_to,destination,duration,hangup_cause,price',
        '2024-03-10 05:45:31,300,12129989282,"United States, ""New York""",01:02:05,Answered,1.50',
        '2024-03-11 23:59:59,300,37060000000,Lietuva – Vilnius,00:00:00,Busy,0.00',
        `2024-03-12 08:00:00,"'=HYPERLINK(""http://x"")",300,Lithuania mobile,00:00:10,Answered,0.00`,
        '',
      ].join('\r\n'),
    );
  });

  it('exports texts with tabs, backslashes and line breaks as they were written', async () => {
    const fay = await addUser(sb, 'fay');
    await addCalls(sb, [
      call({
        userId: fay,
        startedAt: at('2024-07-01 10:00:00'),
        caller: 'a\tb\\c',
        called: 'x\ny',
        destination: 'Žemaitija\r',
        duration: 1,
      }),
    ]);
    const file = await hashClient(sb, fay).callListCsv({
      userid: fay,
      date_from: '2024-07-01',
      date_till: '2024-07-01',
    });
    expect(new TextDecoder().decode(file.body as Uint8Array).split('\r\n')[1]).toBe(
      '2024-07-01 10:00:00,a\tb\\c,"x\ny","Žemaitija\r",00:00:01,Answered,0.00',
    );
  });

  it('filters by call type and period, and names the file', async () => {
    const cookie = await loginCookie(sb, 'dora');
    const incoming = await csv(
      `/stats/call_list_to_csv/${dora}?call_type=incoming&date_from=2024-01-01&date_till=2024-12-31`,
      cookie,
    );
    expect(
      incoming.text
        .trim()
        .split('\r\n')
        .map((l) => l.slice(0, 19)),
    ).toEqual(['date,called_from,ca', '2024-03-12 08:00:00']);
    const april = await csv(
      `/stats/call_list_to_csv/${dora}?date_from=2024-04-01%2000:00&date_till=2024-04-01%2000:00:00`,
      cookie,
    );
    expect(april.text.split('\r\n')[1]).toMatch(/^2024-04-01 00:00:00,300,4420,April/);
    expect(april.disposition).toBe(`attachment; filename="calls-${dora}-2024-04-01-2024-04-01.csv"`);
  });

  it('uses the period posted on the Calls page when the link gives none', async () => {
    const cookie = await loginCookie(sb, 'dora');
    await fetch(`${sb.baseUrl}/billing/stats/call_list`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'period_start=2024-03-11&period_end=2024-03-11',
    });
    const file = await csv(`/stats/call_list_to_csv/${dora}`, cookie);
    expect(file.text.split('\r\n').filter(Boolean)).toHaveLength(2);
    expect(file.text).toContain('2024-03-11 23:59:59');
  });

  it('exports every call of a long period exactly once, in order, across many pages and equal start times', async () => {
    const erin = await addUser(sb, 'erin');
    const em = sb.server.services.db.em();
    const base = at('2024-05-01 00:00:00').getTime();
    const rows = Array.from({ length: 4_500 }, (_, i) =>
      call({
        // Runs of up to 2,500 calls in one second straddle the export's pages of 2,000.
        userId: i % 3 === 0 ? erin : null,
        calledUserId: i % 3 === 0 ? null : erin,
        direction: i % 3 === 0 ? 'out' : 'in',
        startedAt: new Date(base + (i < 2_500 ? 0 : i * 1000)),
        caller: `c${i}`,
        called: '1',
        duration: 1,
      }),
    );
    for (let i = 0; i < rows.length; i += 500) await em.insertMany(Cdr, rows.slice(i, i + 500) as never[]);
    const file = await hashClient(sb, erin).callListCsv({
      userid: erin,
      date_from: '2024-05-01',
      date_till: '2024-06-30',
    });
    const lines = new TextDecoder()
      .decode(file.body as Uint8Array)
      .trim()
      .split('\r\n')
      .slice(1);
    expect(lines).toHaveLength(4_500);
    expect(new Set(lines.map((l) => l.split(',')[1])).size).toBe(4_500);
    const dates = lines.map((l) => l.slice(0, 19));
    expect([...dates].sort()).toEqual(dates);
  });

  it('exports the personal rates', async () => {
    const file = await hashClient(sb, w.alice).personalRatesCsv({ userid: w.alice });
    expect(new TextDecoder().decode(file.body as Uint8Array)).toBe(
      [
        'ratename,ratetype,ratecost,rate_vat_cost,currency',
        'Australia,FIX,0.02,0.023,USD',
        'Australia,MOB,0.10,0.115,USD',
        'United Kingdom,,0.03,0.0345,USD',
        '',
      ].join('\r\n'),
    );
  });
});
