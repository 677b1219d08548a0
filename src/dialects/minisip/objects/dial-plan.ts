/** The dial-plan rules (003:L606-L1002): natran, refineclrnbr, refinecldnbr, anaclrnbr, anacldnbr. */
import type * as T from '../../../../generated/minisip/types.ts';
import { ROUTE_TYPE } from '../../../domain/routing/types.ts';
import {
  MinisipAnalyzeCalled, MinisipAnalyzeCaller, MinisipExtLine, MinisipPeerServer, MinisipRefineCalled, MinisipRefineCaller,
  MinisipRouteGroup, MinisipTransition,
} from '../../../persistence/entities/minisip/index.ts';
import { inUse, recordHandlers, type RecordKind, type Reference } from '../records.ts';

const transition = (field: string): Reference => ({ field, what: 'transition (natran)', entity: MinisipTransition, column: 'tranID' });

const NATRAN = {
  object: 'natran', what: 'transition', entity: MinisipTransition, key: ['tranID'], orderBy: { tranID: 'asc' },
  fields: { tranID: 0, type: 1, tranStart: 0, tranLen: 0, prefix: '', description: '' } satisfies Record<keyof T.NatranQueryResult, string | number>,
  listFields: ['tranID', 'type', 'tranStart', 'tranLen', 'prefix', 'description'] satisfies (keyof T.NatranListRow)[],
  usedBy: [
    { entity: MinisipRefineCaller, column: 'tranID', field: 'tranID', what: 'refine-caller-number rule(s) (refineclrnbr)' },
    { entity: MinisipRefineCalled, column: 'transID', field: 'tranID', what: 'refine-called-number rule(s) (refinecldnbr)' },
    { entity: MinisipAnalyzeCaller, column: 'tranID', field: 'tranID', what: 'analyze-caller-number rule(s) (anaclrnbr)' },
    { entity: MinisipAnalyzeCalled, column: 'tranID', field: 'tranID', what: 'analyze-called-number rule(s) (anacldnbr)' },
  ],
} satisfies RecordKind;

const REFINECLRNBR = {
  object: 'refineclrnbr', what: 'refine-caller-number rule', entity: MinisipRefineCaller, key: ['grpID', 'callerNbr'], orderBy: { grpID: 'asc', callerNbr: 'asc' },
  fields: { grpID: 0, callerNbr: '', tranID: 0, description: '' } satisfies Record<keyof T.RefineclrnbrQueryResult, string | number>,
  listFields: ['grpID', 'callerNbr', 'tranID', 'description'] satisfies (keyof T.RefineclrnbrListRow)[],
  references: [transition('tranID')],
  async beforeDelete(tx, row) {
    // A group exists while it has rules: its last rule stays while a called-number rule refines callers with the group.
    const grpID = Number(row.grpID);
    if (await tx.count(MinisipRefineCaller, { grpID }) > 1) return;
    const rules = await tx.count(MinisipAnalyzeCalled, { clrRefineID: grpID });
    if (rules > 0) throw inUse({ what: 'refine-caller-number group' }, String(row.grpID), `${rules} analyze-called-number rule(s) (anacldnbr clrRefineID)`);
  },
} satisfies RecordKind;

const REFINECLDNBR = {
  object: 'refinecldnbr', what: 'refine-called-number rule', entity: MinisipRefineCalled, key: ['groupID', 'calledPrefix'], orderBy: { groupID: 'asc', calledPrefix: 'asc' },
  fields: { groupID: 0, calledPrefix: '', transID: 0, description: '' } satisfies Record<keyof T.RefinecldnbrQueryResult, string | number>,
  listFields: ['groupID', 'calledPrefix', 'transID', 'description'] satisfies (keyof T.RefinecldnbrListRow)[],
  aliases: { transID: ['tranID'] },
  references: [transition('transID')],
} satisfies RecordKind;

const ANACLRNBR = {
  object: 'anaclrnbr', what: 'analyze-caller-number rule', entity: MinisipAnalyzeCaller, key: ['callerNbr'], orderBy: { callerNbr: 'asc' },
  fields: { callerNbr: '', description: '', tranID: 0, dialPlan: '' } satisfies Record<keyof T.AnaclrnbrQueryResult, string | number>,
  listFields: ['callerNbr', 'description', 'tranID', 'dialPlan'] satisfies (keyof T.AnaclrnbrListRow)[],
  references: [transition('tranID')],
} satisfies RecordKind;

const ANACLDNBR = {
  object: 'anacldnbr', what: 'analyze-called-number rule', entity: MinisipAnalyzeCalled, key: ['dialPlan', 'calledNbr'], orderBy: { dialPlan: 'asc', calledNbr: 'asc' },
  fields: {
    dialPlan: '', calledNbr: '', description: '', routeType: 0, servID: 0, extLine: '', rtGroupID: 0, changeInd: 0, tranID: 0,
    reAnaInd: 0, clrRefineID: 0, maxDuration: 0, callLevel: 0,
  } satisfies Record<keyof T.AnacldnbrQueryResult, string | number>,
  listFields: [
    'dialPlan', 'calledNbr', 'description', 'routeType', 'servID', 'extLine', 'rtGroupID', 'changeInd', 'tranID', 'reAnaInd',
    'clrRefineID', 'maxDuration', 'callLevel',
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
    if (row.routeType === ROUTE_TYPE.routingGroup && !row.rtGroupID) return 'routeType 6 (routing group) needs rtGroupID';
    if (row.changeInd === 1 && !row.tranID) return 'changeInd 1 needs tranID, the transition that changes the called number';
    return undefined;
  },
} satisfies RecordKind;

export const natran = recordHandlers<T.NatranQueryResult, T.NatranListRow, T.NatranQueryParams, T.NatranSetParams>(NATRAN);
export const refineclrnbr = recordHandlers<T.RefineclrnbrQueryResult, T.RefineclrnbrListRow, T.RefineclrnbrQueryParams, T.RefineclrnbrSetParams>(REFINECLRNBR);
export const refinecldnbr = recordHandlers<T.RefinecldnbrQueryResult, T.RefinecldnbrListRow, T.RefinecldnbrQueryParams, T.RefinecldnbrSetParams>(REFINECLDNBR);
export const anaclrnbr = recordHandlers<T.AnaclrnbrQueryResult, T.AnaclrnbrListRow, T.AnaclrnbrQueryParams, T.AnaclrnbrSetParams>(ANACLRNBR);
export const anacldnbr = recordHandlers<T.AnacldnbrQueryResult, T.AnacldnbrListRow, T.AnacldnbrQueryParams, T.AnacldnbrSetParams>(ANACLDNBR);
