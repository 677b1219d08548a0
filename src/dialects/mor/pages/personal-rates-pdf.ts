/**
 * personal_rates_pdf (GET /tariffs/generate_personal_rates_pdf/{userid}; 004:L356-L359, 004:L360): Export the user's
 * personal rates as a PDF file.
 */
import type { PersonalRatesPdfParams, PersonalRatesPdfResult } from '../../../../generated/mor/types.ts';
import { ratesPdf } from '../../../domain/mor/exports/rates.ts';
import type { MorContext } from '../context.ts';
import { ownUserId } from '../shared/common.ts';
import { ratesFor } from '../shared/rates.ts';

export async function personalRatesPdf(
  params: PersonalRatesPdfParams,
  ctx: MorContext,
): Promise<PersonalRatesPdfResult> {
  const user = ownUserId(ctx, params.userid);
  const { rates, vat, name } = await ratesFor(ctx, user.id);
  return {
    mediaType: 'application/pdf',
    filename: `rates-${user.id}.pdf`,
    body: ratesPdf(rates, { name, vatPercentMicros: vat }),
  };
}
