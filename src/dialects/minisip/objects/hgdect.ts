/**
 * hgdect (003:L1228-L1299): Hunting-group detection: which called number, in which dial plan, reaches which hunting
 * group. Operations: list, query, delete, set.
 */
import type * as T from '../../../../generated/minisip/types.ts';
import { MinisipHuntDetection } from '../../../persistence/entities/minisip/index.ts';
import { recordHandlers, type RecordKind } from '../shared/records.ts';
import { huntGroup } from '../shared/hunt-groups.ts';

const HGDECT = {
  object: 'hgdect',
  what: 'hunting-group detection record',
  entity: MinisipHuntDetection,
  key: ['dialPlan', 'calledNbr'],
  orderBy: { dialPlan: 'asc', calledNbr: 'asc' },
  fields: { dialPlan: '', calledNbr: '', grpID: 0 } satisfies Record<keyof T.HgdectQueryResult, string | number>,
  listFields: ['dialPlan', 'calledNbr', 'grpID'] satisfies (keyof T.HgdectListRow)[],
  references: [huntGroup],
} satisfies RecordKind;

const hgdect = recordHandlers<T.HgdectQueryResult, T.HgdectListRow, T.HgdectQueryParams, T.HgdectSetParams>(HGDECT);

export const { list: hgdectList, query: hgdectQuery, delete: hgdectDelete, set: hgdectSet } = hgdect;
