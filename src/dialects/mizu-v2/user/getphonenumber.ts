/** getphonenumber (001:L366, 002:L372, 002:L905-L907): Return one or more phone numbers from the free number pool. */
import type { GetphonenumberParams, GetphonenumberResult } from '../../../../generated/mizu-v2/types.ts';
import { freeNumbers } from '../../../domain/accounts/phone-numbers.ts';
import type { MizuContext } from '../../mizu/context.ts';
import { reservationMs } from '../shared/pool-numbers.ts';

export async function getphonenumber(params: GetphonenumberParams, ctx: MizuContext): Promise<GetphonenumberResult> {
  return { rows: (await freeNumbers(ctx.em, params.count, reservationMs(ctx))).map((number) => ({ number })) };
}
