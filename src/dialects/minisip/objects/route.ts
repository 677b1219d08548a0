/**
 * route (003:L547-L604): Routing-group members: each record puts one external line or one SIP trunk into a routing
 * group. Operations: list, delete, add.
 */
import type * as T from '../../../../generated/minisip/types.ts';
import { isUniqueViolation } from '../../../persistence/unique-violation.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import {
  MinisipExtLine,
  MinisipPeerServer,
  MinisipRoute,
  MinisipRouteGroup,
} from '../../../persistence/entities/minisip/index.ts';
import type { MinisipContext } from '../context.ts';
import { checkReferences, recordHandlers, type RecordKind } from '../shared/records.ts';

const ROUTE = {
  object: 'route',
  what: 'routing group member',
  entity: MinisipRoute,
  key: ['groupID', 'routeType', 'sipTrunkID', 'extLine'],
  // Members are tried in the order they were added.
  orderBy: { groupID: 'asc', id: 'asc' },
  fields: { groupID: 0, routeType: 1, sipTrunkID: 0, extLine: '' } satisfies Record<
    keyof T.RouteListRow,
    string | number
  >,
  listFields: ['groupID', 'routeType', 'sipTrunkID', 'extLine'] satisfies (keyof T.RouteListRow)[],
  references: [
    { field: 'groupID', what: 'routing group', entity: MinisipRouteGroup, column: 'groupID' },
    { field: 'sipTrunkID', what: 'SIP trunk', entity: MinisipPeerServer, column: 'servID' },
    { field: 'extLine', what: 'external line', entity: MinisipExtLine, column: 'extLine' },
  ],
  label: (m) => `${memberName(m)} in routing group ${m.groupID}`,
  check(row) {
    if (row.routeType === 1 && (row.extLine === '' || row.sipTrunkID !== 0))
      return 'routeType 1 (external line) needs extLine, with sipTrunkID 0';
    if (row.routeType === 2 && (row.sipTrunkID === 0 || row.extLine !== ''))
      return 'routeType 2 (SIP trunk) needs sipTrunkID, with extLine empty';
    return undefined;
  },
} satisfies RecordKind;

const routes = recordHandlers<never, T.RouteListRow, T.RouteDeleteParams, never>(ROUTE);

const route = {
  list: routes.list,
  delete: routes.delete,
  /**
   * "add a routing configuration" (003:L595-L604): the member goes last in its group; the same member twice is a
   * duplicate.
   */
  async add(params: T.RouteAddParams, ctx: MinisipContext): Promise<T.RouteAddResult> {
    const member = {
      groupID: params.groupID,
      routeType: params.routeType,
      sipTrunkID: params.sipTrunkID,
      extLine: params.extLine,
    };
    const problem = ROUTE.check(member);
    if (problem) throw new SwitchboardError('invalid-parameter', problem);
    const duplicate = () =>
      new SwitchboardError('duplicate', `routing group ${params.groupID} already has ${memberName(member)}`);
    await ctx.em
      .transactional(async (tx) => {
        await checkReferences(tx, ROUTE, member, Object.keys(member));
        if (await tx.count(MinisipRoute, member)) throw duplicate();
        tx.create(MinisipRoute, member);
      })
      .catch((e: unknown) => Promise.reject(e instanceof SwitchboardError || !isUniqueViolation(e) ? e : duplicate()));
    await ctx.services.routing.invalidate();
    return { message: `${memberName(member)} added to routing group ${params.groupID}` };
  },
};

function memberName(m: Readonly<Record<string, unknown>>): string {
  return m.routeType === 1 ? `external line ${String(m.extLine)}` : `SIP trunk ${String(m.sipTrunkID)}`;
}

export const { list: routeList, delete: routeDelete, add: routeAdd } = route;
