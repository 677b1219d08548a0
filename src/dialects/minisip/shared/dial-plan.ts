/**
 * What the dial-plan rules (003:L606-L1002) refineclrnbr, refinecldnbr, anaclrnbr and anacldnbr share: the reference to
 * a natran transition.
 */
import { MinisipTransition } from '../../../persistence/entities/minisip/index.ts';
import type { Reference } from './records.ts';

export const transition = (field: string): Reference => ({
  field,
  what: 'transition (natran)',
  entity: MinisipTransition,
  column: 'tranID',
});
