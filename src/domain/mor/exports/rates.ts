/** The personal rates exports (004:L356-L361): the rows of the rates page as CSV or as a PDF report. */
import { fromMicros } from '../../../platform/money.ts';
import { percent } from '../amounts.ts';
import type { RateLine, UserRates } from '../rates.ts';
import { csvChunks, csvLine } from './csv.ts';
import { pdfReport } from './pdf-table.ts';

export const RATE_COLUMNS = ['ratename', 'ratetype', 'ratecost', 'rate_vat_cost', 'currency'] as const;

export function ratesCsv(rates: UserRates): AsyncIterable<Uint8Array> {
  return csvChunks(RATE_COLUMNS, [rates.lines], (r: RateLine) =>
    csvLine([r.ratename, r.ratetype, fromMicros(r.rateMicros), fromMicros(r.vatRateMicros), rates.currency]),
  );
}

export function ratesPdf(rates: UserRates, who: { name: string; vatPercentMicros: bigint }): AsyncIterable<Uint8Array> {
  return pdfReport({
    title: `Personal rates of ${who.name}`,
    subtitle: [
      `Prices per minute in ${rates.currency}, VAT ${percent(who.vatPercentMicros)} %`,
      `Issued ${new Date().toISOString().slice(0, 10)}`,
    ],
    columns: [
      { header: 'Destination', width: 40 },
      { header: 'Type', width: 12 },
      { header: 'Rate', width: 16, align: 'right' },
      { header: 'Rate with VAT', width: 16, align: 'right' },
    ],
    pages: [rates.lines],
    cells: (r) => [r.ratename, r.ratetype, fromMicros(r.rateMicros), fromMicros(r.vatRateMicros)],
    closing: () => [`Destinations: ${rates.lines.length}`],
  });
}
