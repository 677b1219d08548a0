/**
 * refinecldnbr (003:L758-L832): Refine-called-number rules: in a group, called numbers starting with a prefix are
 * rewritten by a transition. Operations: list, query, delete, set.
 */
import type * as T from '../../../../generated/minisip/types.ts';
import { MinisipRefineCalled } from '../../../persistence/entities/minisip/index.ts';
import { recordHandlers, type RecordKind } from '../shared/records.ts';
import { transition } from '../shared/dial-plan.ts';

const REFINECLDNBR = {
  object: 'refinecldnbr',
  what: 'refine-called-number rule',
  entity: MinisipRefineCalled,
  key: ['groupID', 'calledPrefix'],
  orderBy: { groupID: 'asc', calledPrefix: 'asc' },
  fields: { groupID: 0, calledPrefix: '', transID: 0, description: '' } satisfies Record<
    keyof T.RefinecldnbrQueryResult,
    string | number
  >,
  listFields: ['groupID', 'calledPrefix', 'transID', 'description'] satisfies (keyof T.RefinecldnbrListRow)[],
  aliases: { transID: ['tranID'] },
  references: [transition('transID')],
} satisfies RecordKind;

const refinecldnbr = recordHandlers<
  T.RefinecldnbrQueryResult,
  T.RefinecldnbrListRow,
  T.RefinecldnbrQueryParams,
  T.RefinecldnbrSetParams
>(REFINECLDNBR);

export const {
  list: refinecldnbrList,
  query: refinecldnbrQuery,
  delete: refinecldnbrDelete,
  set: refinecldnbrSet,
} = refinecldnbr;
