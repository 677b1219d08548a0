/** What hgoper and hgdect share (003:L1088-L1299): the reference to their hunting group (hginfo). */
import { MinisipHuntGroup } from '../../../persistence/entities/minisip/index.ts';
import type { Reference } from './records.ts';

export const huntGroup: Reference = {
  field: 'grpID',
  what: 'hunting group (hginfo)',
  entity: MinisipHuntGroup,
  column: 'grpID',
};
