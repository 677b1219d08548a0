/**
 * call_list_pdf (GET /stats/call_list_to_pdf/{userid}; 004:L503-L506, 004:L507): Export the user's calls for a period
 * as a PDF file.
 */
import type { CallListPdfParams, CallListPdfResult } from '../../../../generated/mor/types.ts';
import { callsPdf } from '../../../domain/mor/exports/calls.ts';
import type { MorContext } from '../context.ts';
import { exportFilter, exportName } from '../shared/calls.ts';

export async function callListPdf(params: CallListPdfParams, ctx: MorContext): Promise<CallListPdfResult> {
  const { filter, name, currency } = await exportFilter(ctx, params);
  return {
    mediaType: 'application/pdf',
    filename: exportName(filter, 'pdf'),
    body: callsPdf(ctx.em, ctx.services.db.engine, filter, { name, currency }),
  };
}
