/**
 * call_list_csv (GET /stats/call_list_to_csv/{userid}; 004:L503-L506, 004:L508): Export the user's calls for a period
 * as a CSV file.
 */
import type { CallListCsvParams, CallListCsvResult } from '../../../../generated/mor/types.ts';
import { callsCsv } from '../../../domain/mor/exports/calls.ts';
import type { MorContext } from '../context.ts';
import { exportFilter, exportName } from '../shared/calls.ts';

export async function callListCsv(params: CallListCsvParams, ctx: MorContext): Promise<CallListCsvResult> {
  const { filter } = await exportFilter(ctx, params);
  return {
    mediaType: 'text/csv; charset=utf-8',
    filename: exportName(filter, 'csv'),
    body: callsCsv(ctx.em, ctx.services.db.engine, filter),
  };
}
