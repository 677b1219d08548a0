/**
 * natran (003:L606-L680): Dial-plan transitions: number-rewriting rules (add, replace or delete digits) that the
 * refine and analyze rules apply by tranID. Operations: list, query, delete, set.
 */
import type * as T from '../../../../generated/minisip/types.ts';
import {
  MinisipAnalyzeCalled,
  MinisipAnalyzeCaller,
  MinisipRefineCalled,
  MinisipRefineCaller,
  MinisipTransition,
} from '../../../persistence/entities/minisip/index.ts';
import { recordHandlers, type RecordKind } from '../shared/records.ts';

const NATRAN = {
  object: 'natran',
  what: 'transition',
  entity: MinisipTransition,
  key: ['tranID'],
  orderBy: { tranID: 'asc' },
  fields: { tranID: 0, type: 1, tranStart: 0, tranLen: 0, prefix: '', description: '' } satisfies Record<
    keyof T.NatranQueryResult,
    string | number
  >,
  listFields: ['tranID', 'type', 'tranStart', 'tranLen', 'prefix', 'description'] satisfies (keyof T.NatranListRow)[],
  usedBy: [
    {
      entity: MinisipRefineCaller,
      column: 'tranID',
      field: 'tranID',
      what: 'refine-caller-number rule(s) (refineclrnbr)',
    },
    {
      entity: MinisipRefineCalled,
      column: 'transID',
      field: 'tranID',
      what: 'refine-called-number rule(s) (refinecldnbr)',
    },
    {
      entity: MinisipAnalyzeCaller,
      column: 'tranID',
      field: 'tranID',
      what: 'analyze-caller-number rule(s) (anaclrnbr)',
    },
    {
      entity: MinisipAnalyzeCalled,
      column: 'tranID',
      field: 'tranID',
      what: 'analyze-called-number rule(s) (anacldnbr)',
    },
  ],
} satisfies RecordKind;

const natran = recordHandlers<T.NatranQueryResult, T.NatranListRow, T.NatranQueryParams, T.NatranSetParams>(NATRAN);

export const { list: natranList, query: natranQuery, delete: natranDelete, set: natranSet } = natran;
