/** The call list exports (004:L503-L508): the rows of the Calls page as CSV or as a PDF report with totals. */
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { Engine } from '../../../persistence/database.ts';
import { fromMicros } from '../../../platform/money.ts';
import { CopyTextReader } from '../../../persistence/postgres-copy.ts';
import {
  callCopyLines,
  callPages,
  callValuePages,
  HANGUP_CAUSE,
  OUTCOMES,
  type CallFilter,
  type CallOutcome,
  type CallRow,
  type CallValues,
} from '../calls.ts';
import { formatDateTime, hms } from '../time.ts';
import { csvChunks, csvField } from './csv.ts';
import { pdfReport } from './pdf-table.ts';

export const CALL_COLUMNS = [
  'date',
  'called_from',
  'called_to',
  'destination',
  'duration',
  'hangup_cause',
  'price',
] as const;

function cells(c: CallRow): string[] {
  return [
    formatDateTime(c.startedAtMs),
    c.caller,
    c.called,
    c.destination,
    hms(c.duration),
    HANGUP_CAUSE[c.outcome],
    fromMicros(c.priceMicros),
  ];
}

/**
 * The CSV line of cells(c), written out for the million-row export: only the three texts a call was given need
 * csvField; a time, a duration, a cause and an amount (digits, '-', '.', ':', words) never need quoting.
 */
function csvCallLine(
  startedAtMs: number,
  caller: string,
  called: string,
  destination: string,
  duration: number,
  outcome: CallOutcome,
  priceMicros: bigint,
): string {
  return `${formatDateTime(startedAtMs)},${csvField(caller)},${csvField(called)},${csvField(destination)},${hms(duration)},${HANGUP_CAUSE[outcome]},${fromMicros(priceMicros)}\r\n`;
}

const valuesLine = (c: CallValues) => csvCallLine(c[0], c[1], c[2], c[3], c[4], OUTCOMES[c[5]]!, BigInt(c[6]));
// The arguments read the fields in the order callCopyLines sends them.
const copiedLine = (r: CopyTextReader) =>
  csvCallLine(r.integer(), r.text(), r.text(), r.text(), r.integer(), OUTCOMES[r.integer()]!, r.bigint());

/** Each chunk of COPY lines as its rows, read through one reader. */
async function* copiedRows(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<CopyTextReader> {
  const reader = new CopyTextReader();
  for await (const lines of chunks) yield reader.reset(lines);
}

/** The CSV of the calls in chunks of callCopyLines' lines. */
function copiedCallsCsv(chunks: AsyncIterable<string> | Iterable<string>): AsyncIterable<Uint8Array> {
  return csvChunks(CALL_COLUMNS, copiedRows(chunks), copiedLine);
}

/**
 * On PostgreSQL the rows come as the lines of one COPY (callCopyLines); SQLite reads pages, its connection free between
 * them.
 */
export function callsCsv(em: SqlEntityManager, engine: Engine, filter: CallFilter): AsyncIterable<Uint8Array> {
  return engine === 'postgresql'
    ? copiedCallsCsv(callCopyLines(em, filter))
    : csvChunks(CALL_COLUMNS, callValuePages(em, filter), valuesLine);
}

const DIRECTION_TITLE = { all: 'All calls', outgoing: 'Outgoing calls', incoming: 'Incoming calls' } as const;

export function callsPdf(
  em: SqlEntityManager,
  engine: Engine,
  filter: CallFilter,
  who: { name: string; currency: string },
): AsyncIterable<Uint8Array> {
  let count = 0;
  let duration = 0;
  let price = 0n;
  async function* counted(): AsyncGenerator<CallRow[]> {
    for await (const page of callPages(em, engine, filter)) {
      for (const c of page) {
        count++;
        duration += c.duration;
        price += c.priceMicros;
      }
      yield page;
    }
  }
  return pdfReport({
    title: `${DIRECTION_TITLE[filter.direction]} of ${who.name}`,
    subtitle: [
      `Period: ${formatDateTime(filter.period.start)} - ${formatDateTime(filter.period.end)} (UTC)`,
      `Prices in ${who.currency}`,
    ],
    columns: [
      { header: 'Date', width: 15 },
      { header: 'Called from', width: 13 },
      { header: 'Called to', width: 13 },
      { header: 'Destination', width: 22 },
      { header: 'Duration', width: 9, align: 'right' },
      { header: 'Hangup cause', width: 12 },
      { header: 'Price', width: 10, align: 'right' },
    ],
    pages: counted(),
    cells,
    closing: () => [
      `Total calls: ${count}`,
      `Total duration: ${hms(duration)}`,
      `Total price: ${fromMicros(price)} ${who.currency}`,
    ],
  });
}
