/** The minisip dialect's own tables. */
import {
  MinisipAnalyzeCalled,
  MinisipAnalyzeCaller,
  MinisipRefineCalled,
  MinisipRefineCaller,
  MinisipTransition,
} from './dial-plan.ts';
import { MinisipExtLine, MinisipPeerServer } from './lines.ts';
import { MinisipLocalUser } from './local-user.ts';
import { MinisipRoute, MinisipRouteGroup } from './routing-groups.ts';
import { MinisipHuntDetection, MinisipHuntGroup, MinisipHuntOperator, MinisipSpeedDial } from './services.ts';

export * from './dial-plan.ts';
export * from './lines.ts';
export * from './local-user.ts';
export * from './routing-groups.ts';
export * from './services.ts';

export const MINISIP_ENTITIES = [
  MinisipLocalUser,
  MinisipExtLine,
  MinisipPeerServer,
  MinisipRouteGroup,
  MinisipRoute,
  MinisipTransition,
  MinisipRefineCaller,
  MinisipRefineCalled,
  MinisipAnalyzeCaller,
  MinisipAnalyzeCalled,
  MinisipSpeedDial,
  MinisipHuntGroup,
  MinisipHuntOperator,
  MinisipHuntDetection,
];
