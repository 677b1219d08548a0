/**
 * routegroup (003:L470-L545): Routing groups: named sets of external lines and SIP trunks that a called-number rule
 * can route to (the members are route records). Operations: list, query, delete, set.
 */
import type * as T from '../../../../generated/minisip/types.ts';
import { MinisipAnalyzeCalled, MinisipRoute, MinisipRouteGroup } from '../../../persistence/entities/minisip/index.ts';
import { recordHandlers, type RecordKind } from '../shared/records.ts';

const ROUTEGROUP = {
  object: 'routegroup',
  what: 'routing group',
  entity: MinisipRouteGroup,
  key: ['groupID'],
  orderBy: { groupID: 'asc' },
  fields: { groupID: 0, description: '' } satisfies Record<keyof T.RoutegroupQueryResult, string | number>,
  listFields: ['groupID', 'description'] satisfies (keyof T.RoutegroupListRow)[],
  usedBy: [
    {
      entity: MinisipAnalyzeCalled,
      column: 'rtGroupID',
      field: 'groupID',
      what: 'analyze-called-number rule(s) (anacldnbr)',
    },
  ],
  owns: [{ entity: MinisipRoute, column: 'groupID', field: 'groupID', what: 'member(s)' }],
} satisfies RecordKind;

const routegroup = recordHandlers<
  T.RoutegroupQueryResult,
  T.RoutegroupListRow,
  T.RoutegroupQueryParams,
  T.RoutegroupSetParams
>(ROUTEGROUP);

export const {
  list: routegroupList,
  query: routegroupQuery,
  delete: routegroupDelete,
  set: routegroupSet,
} = routegroup;
