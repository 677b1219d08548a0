/** getfield: one field of the first row a filter matches, with the seed's defaults (domain/accounts/get-field.ts). */
import type { GetfieldParams, GetfieldResult } from '../../../../generated/mizu-v2/types.ts';
import { getField } from '../../../domain/accounts/get-field.ts';
import type { MizuContext } from '../../mizu/context.ts';

export async function getfield(params: GetfieldParams, ctx: MizuContext): Promise<GetfieldResult> {
  return {
    value: await getField(ctx.em, {
      table: params.table,
      field: params.retfieldname,
      filterField: params.filterfieldname,
      filterType: params.filterfieldtype,
      filterValue: params.filterfieldvalue,
    }),
  };
}
