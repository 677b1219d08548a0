/**
 * personal_rates_csv (GET /tariffs/generate_personal_rates_csv/{userid}; 004:L356-L359, 004:L361): Export the user's
 * personal rates as a CSV file.
 */
import type { PersonalRatesCsvParams, PersonalRatesCsvResult } from '../../../../generated/mor/types.ts';
import { ratesCsv } from '../../../domain/mor/exports/rates.ts';
import type { MorContext } from '../context.ts';
import { ownUserId } from '../shared/common.ts';
import { ratesFor } from '../shared/rates.ts';

export async function personalRatesCsv(
  params: PersonalRatesCsvParams,
  ctx: MorContext,
): Promise<PersonalRatesCsvResult> {
  const user = ownUserId(ctx, params.userid);
  const { rates } = await ratesFor(ctx, user.id);
  return { mediaType: 'text/csv; charset=utf-8', filename: `rates-${user.id}.csv`, body: ratesCsv(rates) };
}
