// The PDF exports are real documents: read back with pdf.js, they hold the title, the period, the table (its header
// repeated on every page it flows over) and the totals.
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toMicros } from '../../../src/platform/money.ts';
import { testEngines } from '../../support/databases.ts';
import type { TestServer } from '../../support/server.ts';
import { addCalls, addUser, call, hashClient } from './support.ts';
import { startMorWorld, type MorWorld, type World } from './world.ts';

const engines = await testEngines('the MOR PDF export tests on PostgreSQL');
const FONTS = `${join(import.meta.dirname, '..', '..', '..', 'node_modules', 'pdfjs-dist', 'standard_fonts')}/`;

/** The text of each page, its text runs joined by single spaces (pdf.js may split or join runs). */
async function pdfText(body: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(body), standardFontDataUrl: FONTS }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(
      content.items
        .map((i) => ('str' in i ? i.str : ''))
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
  }
  return pages;
}

describe.each(engines.map((open) => [open]))('MOR PDF exports (%#)', (open) => {
  let world: MorWorld | undefined;
  let sb: TestServer;
  let w: World;
  let fred: number;

  beforeAll(async () => {
    world = await startMorWorld(open);
    ({ sb, w } = world);
    fred = await addUser(sb, 'fred', { name: 'Fred Example' });
    const start = new Date('2024-03-01T00:00:00Z').getTime();
    await addCalls(
      sb,
      Array.from({ length: 130 }, (_, i) =>
        call({
          userId: fred,
          startedAt: new Date(start + i * 3_600_000),
          caller: '500',
          called: `3706000${String(i).padStart(4, '0')}`,
          destination: 'Lithuania mobile',
          duration: 60,
          costMicros: toMicros('0.25'),
        }),
      ),
    );
  });
  afterAll(() => world?.stop());

  it('exports the calls with title, period, a table flowing over pages and totals', async () => {
    const file = await hashClient(sb, fred).callListPdf({
      userid: fred,
      call_type: 'outgoing',
      date_from: '2024-03-01',
      date_till: '2024-03-31',
    });
    expect(file.mediaType).toBe('application/pdf');
    const body = file.body as Uint8Array;
    expect(new TextDecoder().decode(body.slice(0, 5))).toBe('%PDF-');
    const pages = await pdfText(body);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]).toContain('Outgoing calls of Fred Example');
    expect(pages[0]).toContain('Period: 2024-03-01 00:00:00 - 2024-03-31 23:59:59 (UTC)');
    expect(pages[0]).toContain('Date Called from Called to Destination Duration Hangup cause Price');
    expect(pages[0]).toContain('2024-03-01 00:00:00 500 37060000000 Lithuania mobile 00:01:00 Answered 0.25');
    const last = pages[pages.length - 1]!;
    expect(last).toContain('Date Called from Called to');
    expect(last).toContain('2024-03-06 09:00:00 500 37060000129');
    expect(last).toContain('Total calls: 130 Total duration: 02:10:00 Total price: 32.50 USD');
    expect(pages.join('\n').match(/ Answered 0\.25/g)).toHaveLength(130);
  });

  it('exports a period without calls as a document that says so', async () => {
    const file = await hashClient(sb, fred).callListPdf({
      userid: fred,
      date_from: '2020-01-01',
      date_till: '2020-01-31',
    });
    const [page] = await pdfText(file.body as Uint8Array);
    expect(page).toContain('All calls of Fred Example');
    expect(page).toContain('(none)');
    expect(page).toContain('Total calls: 0 Total duration: 00:00:00 Total price: 0.00 USD');
  });

  it('exports the personal rates', async () => {
    const file = await hashClient(sb, w.alice).personalRatesPdf({ userid: w.alice });
    const [page] = await pdfText(file.body as Uint8Array);
    expect(page).toContain('Personal rates of Very Important User');
    expect(page).toContain('Prices per minute in USD, VAT 15.0 %');
    expect(page).toContain('Australia MOB 0.10 0.115');
    expect(page).toContain('Destinations: 3');
  });
});
