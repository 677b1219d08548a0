/**
 * speeddial (003:L1004-L1086): Speed-dial records: a caller's short dialled number mapped to a final destination
 * number. Operations: list, query, delete, set.
 */
import type * as T from '../../../../generated/minisip/types.ts';
import { MinisipSpeedDial } from '../../../persistence/entities/minisip/index.ts';
import { recordHandlers, type RecordKind } from '../shared/records.ts';

const SPEEDDIAL = {
  object: 'speeddial',
  what: 'speed-dial record',
  entity: MinisipSpeedDial,
  key: ['callerNbr', 'dialedNbr'],
  orderBy: { callerNbr: 'asc', dialedNbr: 'asc' },
  fields: { callerNbr: '', dialedNbr: '', desc: '', destNbr: '' } satisfies Record<
    keyof T.SpeeddialQueryResult,
    string | number
  >,
  listFields: ['callerNbr', 'dialedNbr', 'desc', 'destNbr'] satisfies (keyof T.SpeeddialListRow)[],
} satisfies RecordKind;

const speeddial = recordHandlers<
  T.SpeeddialQueryResult,
  T.SpeeddialListRow,
  T.SpeeddialQueryParams,
  T.SpeeddialSetParams
>(SPEEDDIAL);

export const { list: speeddialList, query: speeddialQuery, delete: speeddialDelete, set: speeddialSet } = speeddial;
