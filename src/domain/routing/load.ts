/**
 * Reads the dial plan from the database into PlanData: the miniSIPServer tables, and every local user with its
 * settings.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { User } from '../../persistence/entities/user.ts';
import {
  LOCAL_USER_TYPE,
  MinisipAnalyzeCalled,
  MinisipAnalyzeCaller,
  MinisipExtLine,
  MinisipHuntDetection,
  MinisipHuntGroup,
  MinisipHuntOperator,
  MinisipLocalUser,
  MinisipPeerServer,
  MinisipRefineCalled,
  MinisipRefineCaller,
  MinisipRoute,
  MinisipRouteGroup,
  MinisipSpeedDial,
  MinisipTransition,
} from '../../persistence/entities/minisip/index.ts';
import type { PlanData } from './types.ts';

export async function loadPlanData(em: SqlEntityManager): Promise<PlanData> {
  // One query after another: they share one unit of work (and, on SQLite, one connection).
  const byId = { orderBy: { id: 'asc' as const } };
  const transitions = await em.find(MinisipTransition, {});
  const callerRefine = await em.find(MinisipRefineCaller, {});
  const calledRefine = await em.find(MinisipRefineCalled, {});
  const callerAnalysis = await em.find(MinisipAnalyzeCaller, {});
  const calledAnalysis = await em.find(MinisipAnalyzeCalled, {});
  const trunks = await em.find(MinisipPeerServer, {});
  const lines = await em.find(MinisipExtLine, {});
  const groups = await em.find(MinisipRouteGroup, {});
  const routes = await em.find(MinisipRoute, {}, byId);
  const speedDials = await em.find(MinisipSpeedDial, {});
  const huntGroups = await em.find(MinisipHuntGroup, {});
  const huntOperators = await em.find(MinisipHuntOperator, {}, byId);
  const huntDetections = await em.find(MinisipHuntDetection, {});
  const users = await em.find(User, { type: LOCAL_USER_TYPE }, { fields: ['id', 'username'] });
  const settings = await em.find(
    MinisipLocalUser,
    {},
    { fields: ['userId', 'dialPlan', 'specextline', 'maxdura', 'calllevel'] },
  );
  const settingsOf = new Map(settings.map((s) => [s.userId, s]));
  return {
    transitions,
    callerRefine,
    calledRefine,
    callerAnalysis,
    calledAnalysis,
    trunks,
    lines,
    routes,
    speedDials,
    huntGroups,
    huntOperators,
    huntDetections,
    routeGroups: groups.map((g) => g.groupID),
    localUsers: users.map((u) => {
      const s = settingsOf.get(u.id);
      return {
        usrname: u.username,
        dialPlan: s?.dialPlan ?? 'default',
        specextline: s?.specextline ?? '',
        maxdura: s?.maxdura ?? 0,
        calllevel: s?.calllevel ?? 0,
      };
    }),
  };
}
