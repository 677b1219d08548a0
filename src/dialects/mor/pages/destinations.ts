/**
 * destinations (GET /directions/dg_list_user_destinations/{dest_id}; 004:L333-L355): List the prefixes (directions) of
 * one destination group.
 */
import type { DestinationsParams, DestinationsResult } from '../../../../generated/mor/types.ts';
import { destinationGroup } from '../../../domain/mor/rates.ts';
import type { MorContext } from '../context.ts';
import { LANGUAGE } from '../shared/common.ts';

export async function destinations(params: DestinationsParams, ctx: MorContext): Promise<DestinationsResult> {
  const group = await destinationGroup(ctx.em, params.dest_id);
  return {
    page: {
      pagename: 'Destinations',
      language: LANGUAGE,
      groupname: group.name,
      groupicon: group.icon,
      directions: {
        direction: group.directions.map((d) => ({ details: d.details, prefix: d.prefix, dir_code: d.type })),
      },
    },
  };
}
