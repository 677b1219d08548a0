/**
 * refineclrnbr (003:L682-L756): Refine-caller-number rules: in a group, caller numbers starting with a prefix are
 * rewritten by a transition. Operations: list, query, delete, set.
 */
import type * as T from '../../../../generated/minisip/types.ts';
import { MinisipAnalyzeCalled, MinisipRefineCaller } from '../../../persistence/entities/minisip/index.ts';
import { inUse, recordHandlers, type RecordKind } from '../shared/records.ts';
import { transition } from '../shared/dial-plan.ts';

const REFINECLRNBR = {
  object: 'refineclrnbr',
  what: 'refine-caller-number rule',
  entity: MinisipRefineCaller,
  key: ['grpID', 'callerNbr'],
  orderBy: { grpID: 'asc', callerNbr: 'asc' },
  fields: { grpID: 0, callerNbr: '', tranID: 0, description: '' } satisfies Record<
    keyof T.RefineclrnbrQueryResult,
    string | number
  >,
  listFields: ['grpID', 'callerNbr', 'tranID', 'description'] satisfies (keyof T.RefineclrnbrListRow)[],
  references: [transition('tranID')],
  async beforeDelete(tx, row) {
    // A group exists while it has rules: its last rule stays while a called-number rule refines callers with the group.
    const grpID = Number(row.grpID);
    if ((await tx.count(MinisipRefineCaller, { grpID })) > 1) return;
    const rules = await tx.count(MinisipAnalyzeCalled, { clrRefineID: grpID });
    if (rules > 0)
      throw inUse(
        { what: 'refine-caller-number group' },
        String(row.grpID),
        `${rules} analyze-called-number rule(s) (anacldnbr clrRefineID)`,
      );
  },
} satisfies RecordKind;

const refineclrnbr = recordHandlers<
  T.RefineclrnbrQueryResult,
  T.RefineclrnbrListRow,
  T.RefineclrnbrQueryParams,
  T.RefineclrnbrSetParams
>(REFINECLRNBR);

export const {
  list: refineclrnbrList,
  query: refineclrnbrQuery,
  delete: refineclrnbrDelete,
  set: refineclrnbrSet,
} = refineclrnbr;
