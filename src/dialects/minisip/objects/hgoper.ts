/**
 * hgoper (003:L1173-L1226): Hunting-group operators: which local user answers calls for which hunting group.
 * Operations: list, delete, set.
 */
import type * as T from '../../../../generated/minisip/types.ts';
import { User } from '../../../persistence/entities/user.ts';
import { LOCAL_USER_TYPE, MinisipHuntOperator } from '../../../persistence/entities/minisip/index.ts';
import { recordHandlers, type RecordKind } from '../shared/records.ts';
import { huntGroup } from '../shared/hunt-groups.ts';

const HGOPER = {
  object: 'hgoper',
  what: 'hunting-group operator',
  entity: MinisipHuntOperator,
  key: ['oper'],
  // Operators are hunted in the order they were added.
  orderBy: { grpID: 'asc', id: 'asc' },
  fields: { oper: '', grpID: 0, autoInd: 0 } satisfies Record<keyof T.HgoperListRow, string | number>,
  listFields: ['oper', 'grpID', 'autoInd'] satisfies (keyof T.HgoperListRow)[],
  references: [
    huntGroup,
    { field: 'oper', what: 'local user', entity: User, column: 'username', where: { type: LOCAL_USER_TYPE } },
  ],
} satisfies RecordKind;

const hgoper = recordHandlers<never, T.HgoperListRow, T.HgoperDeleteParams, T.HgoperSetParams>(HGOPER);

export const { list: hgoperList, delete: hgoperDelete, set: hgoperSet } = hgoper;
