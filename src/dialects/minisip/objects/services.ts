/** speeddial (003:L1004-L1086) and the hunting groups: hginfo, hgoper, hgdect (003:L1088-L1299). */
import type * as T from '../../../../generated/minisip/types.ts';
import { User } from '../../../persistence/entities/user.ts';
import {
  LOCAL_USER_TYPE, MinisipHuntDetection, MinisipHuntGroup, MinisipHuntOperator, MinisipSpeedDial,
} from '../../../persistence/entities/minisip/index.ts';
import { recordHandlers, type RecordKind, type Reference } from '../records.ts';

const huntGroup: Reference = { field: 'grpID', what: 'hunting group (hginfo)', entity: MinisipHuntGroup, column: 'grpID' };

const SPEEDDIAL = {
  object: 'speeddial', what: 'speed-dial record', entity: MinisipSpeedDial, key: ['callerNbr', 'dialedNbr'], orderBy: { callerNbr: 'asc', dialedNbr: 'asc' },
  fields: { callerNbr: '', dialedNbr: '', desc: '', destNbr: '' } satisfies Record<keyof T.SpeeddialQueryResult, string | number>,
  listFields: ['callerNbr', 'dialedNbr', 'desc', 'destNbr'] satisfies (keyof T.SpeeddialListRow)[],
} satisfies RecordKind;

const HGINFO = {
  object: 'hginfo', what: 'hunting group', entity: MinisipHuntGroup, key: ['grpID'], orderBy: { grpID: 'asc' },
  fields: { grpID: 0, desc: '', strategy: 1, noAnsTmr: 0, queueInd: 0, maxCall: 0, maxDura: 0 } satisfies Record<keyof T.HginfoQueryResult, string | number>,
  listFields: ['grpID', 'desc', 'strategy', 'noAnsTmr'] satisfies (keyof T.HginfoListRow)[],
  usedBy: [{ entity: MinisipHuntDetection, column: 'grpID', field: 'grpID', what: 'detection record(s) (hgdect)' }],
  owns: [{ entity: MinisipHuntOperator, column: 'grpID', field: 'grpID', what: 'operator(s)' }],
} satisfies RecordKind;

const HGOPER = {
  object: 'hgoper', what: 'hunting-group operator', entity: MinisipHuntOperator, key: ['oper'],
  // Operators are hunted in the order they were added.
  orderBy: { grpID: 'asc', id: 'asc' },
  fields: { oper: '', grpID: 0, autoInd: 0 } satisfies Record<keyof T.HgoperListRow, string | number>,
  listFields: ['oper', 'grpID', 'autoInd'] satisfies (keyof T.HgoperListRow)[],
  references: [huntGroup, { field: 'oper', what: 'local user', entity: User, column: 'username', where: { type: LOCAL_USER_TYPE } }],
} satisfies RecordKind;

const HGDECT = {
  object: 'hgdect', what: 'hunting-group detection record', entity: MinisipHuntDetection, key: ['dialPlan', 'calledNbr'], orderBy: { dialPlan: 'asc', calledNbr: 'asc' },
  fields: { dialPlan: '', calledNbr: '', grpID: 0 } satisfies Record<keyof T.HgdectQueryResult, string | number>,
  listFields: ['dialPlan', 'calledNbr', 'grpID'] satisfies (keyof T.HgdectListRow)[],
  references: [huntGroup],
} satisfies RecordKind;

export const speeddial = recordHandlers<T.SpeeddialQueryResult, T.SpeeddialListRow, T.SpeeddialQueryParams, T.SpeeddialSetParams>(SPEEDDIAL);
export const hginfo = recordHandlers<T.HginfoQueryResult, T.HginfoListRow, T.HginfoQueryParams, T.HginfoSetParams>(HGINFO);
export const hgoper = recordHandlers<never, T.HgoperListRow, T.HgoperDeleteParams, T.HgoperSetParams>(HGOPER);
export const hgdect = recordHandlers<T.HgdectQueryResult, T.HgdectListRow, T.HgdectQueryParams, T.HgdectSetParams>(HGDECT);
