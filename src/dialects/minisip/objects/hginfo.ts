/**
 * hginfo (003:L1088-L1171): Hunting groups: groups of operators that incoming calls hunt through by round robin or
 * linearly, with an optional queue. Operations: list, query, delete, set.
 */
import type * as T from '../../../../generated/minisip/types.ts';
import {
  MinisipHuntDetection,
  MinisipHuntGroup,
  MinisipHuntOperator,
} from '../../../persistence/entities/minisip/index.ts';
import { recordHandlers, type RecordKind } from '../shared/records.ts';

const HGINFO = {
  object: 'hginfo',
  what: 'hunting group',
  entity: MinisipHuntGroup,
  key: ['grpID'],
  orderBy: { grpID: 'asc' },
  fields: { grpID: 0, desc: '', strategy: 1, noAnsTmr: 0, queueInd: 0, maxCall: 0, maxDura: 0 } satisfies Record<
    keyof T.HginfoQueryResult,
    string | number
  >,
  listFields: ['grpID', 'desc', 'strategy', 'noAnsTmr'] satisfies (keyof T.HginfoListRow)[],
  usedBy: [{ entity: MinisipHuntDetection, column: 'grpID', field: 'grpID', what: 'detection record(s) (hgdect)' }],
  owns: [{ entity: MinisipHuntOperator, column: 'grpID', field: 'grpID', what: 'operator(s)' }],
} satisfies RecordKind;

const hginfo = recordHandlers<T.HginfoQueryResult, T.HginfoListRow, T.HginfoQueryParams, T.HginfoSetParams>(HGINFO);

export const { list: hginfoList, query: hginfoQuery, delete: hginfoDelete, set: hginfoSet } = hginfo;
