/**
 * anaclrnbr (003:L834-L906): Analyze-caller-number rules: callers whose number starts with a prefix get a transition
 * applied and a new dial plan. Operations: list, query, delete, set.
 */
import type * as T from '../../../../generated/minisip/types.ts';
import { MinisipAnalyzeCaller } from '../../../persistence/entities/minisip/index.ts';
import { recordHandlers, type RecordKind } from '../shared/records.ts';
import { transition } from '../shared/dial-plan.ts';

const ANACLRNBR = {
  object: 'anaclrnbr',
  what: 'analyze-caller-number rule',
  entity: MinisipAnalyzeCaller,
  key: ['callerNbr'],
  orderBy: { callerNbr: 'asc' },
  fields: { callerNbr: '', description: '', tranID: 0, dialPlan: '' } satisfies Record<
    keyof T.AnaclrnbrQueryResult,
    string | number
  >,
  listFields: ['callerNbr', 'description', 'tranID', 'dialPlan'] satisfies (keyof T.AnaclrnbrListRow)[],
  references: [transition('tranID')],
} satisfies RecordKind;

const anaclrnbr = recordHandlers<
  T.AnaclrnbrQueryResult,
  T.AnaclrnbrListRow,
  T.AnaclrnbrQueryParams,
  T.AnaclrnbrSetParams
>(ANACLRNBR);

export const { list: anaclrnbrList, query: anaclrnbrQuery, delete: anaclrnbrDelete, set: anaclrnbrSet } = anaclrnbr;
