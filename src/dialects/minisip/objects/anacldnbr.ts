/**
 * anacldnbr (003:L908-L1002): Analyze-called-number rules: in a dial plan, called numbers starting with a prefix are
 * routed to local users, an external line, a SIP trunk, a routing group, or intercepted. Operations: list, query,
 * delete, set.
 */
import type * as T from '../../../../generated/minisip/types.ts';
import { ROUTE_TYPE } from '../../../domain/routing/types.ts';
import {
  MinisipAnalyzeCalled,
  MinisipExtLine,
  MinisipPeerServer,
  MinisipRefineCaller,
  MinisipRouteGroup,
} from '../../../persistence/entities/minisip/index.ts';
import { recordHandlers, type RecordKind } from '../shared/records.ts';
import { transition } from '../shared/dial-plan.ts';

const ANACLDNBR = {
  object: 'anacldnbr',
  what: 'analyze-called-number rule',
  entity: MinisipAnalyzeCalled,
  key: ['dialPlan', 'calledNbr'],
  orderBy: { dialPlan: 'asc', calledNbr: 'asc' },
  fields: {
    dialPlan: '',
    calledNbr: '',
    description: '',
    routeType: 0,
    servID: 0,
    extLine: '',
    rtGroupID: 0,
    changeInd: 0,
    tranID: 0,
    reAnaInd: 0,
    clrRefineID: 0,
    maxDuration: 0,
    callLevel: 0,
  } satisfies Record<keyof T.AnacldnbrQueryResult, string | number>,
  listFields: [
    'dialPlan',
    'calledNbr',
    'description',
    'routeType',
    'servID',
    'extLine',
    'rtGroupID',
    'changeInd',
    'tranID',
    'reAnaInd',
    'clrRefineID',
    'maxDuration',
    'callLevel',
  ] satisfies (keyof T.AnacldnbrListRow)[],
  references: [
    { field: 'servID', what: 'SIP trunk', entity: MinisipPeerServer, column: 'servID' },
    { field: 'extLine', what: 'external line', entity: MinisipExtLine, column: 'extLine' },
    { field: 'rtGroupID', what: 'routing group', entity: MinisipRouteGroup, column: 'groupID' },
    transition('tranID'),
    { field: 'clrRefineID', what: 'refine-caller-number group', entity: MinisipRefineCaller, column: 'grpID' },
  ],
  check(row) {
    if (row.routeType === ROUTE_TYPE.sipTrunk && !row.servID) return 'routeType 2 (SIP trunk) needs servID';
    if (row.routeType === ROUTE_TYPE.routingGroup && !row.rtGroupID)
      return 'routeType 6 (routing group) needs rtGroupID';
    if (row.changeInd === 1 && !row.tranID)
      return 'changeInd 1 needs tranID, the transition that changes the called number';
    return undefined;
  },
} satisfies RecordKind;

const anacldnbr = recordHandlers<
  T.AnacldnbrQueryResult,
  T.AnacldnbrListRow,
  T.AnacldnbrQueryParams,
  T.AnacldnbrSetParams
>(ANACLDNBR);

export const { list: anacldnbrList, query: anacldnbrQuery, delete: anacldnbrDelete, set: anacldnbrSet } = anacldnbr;
