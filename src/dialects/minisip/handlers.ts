/**
 * The implemented miniSIPServer openapi operations (seed 003). `satisfies` pins them to the spec: an operation marked
 * implemented without a handler here, or with the wrong types, fails the build.
 *
 * Where a handler lives (spec/README.md, test/spec/handler-locations.test.ts): the operation `op` of the object `o`
 * (spec/minisip/o.yaml) is handled by `o` + `Op` (localuserList), exported from `./objects/o.ts`. Helpers several
 * objects share live in `./shared/`.
 */
import type { MinisipHandlers } from '../../../generated/minisip/types.ts';
import type { MinisipContext } from './context.ts';
import { anacldnbrDelete, anacldnbrList, anacldnbrQuery, anacldnbrSet } from './objects/anacldnbr.ts';
import { anaclrnbrDelete, anaclrnbrList, anaclrnbrQuery, anaclrnbrSet } from './objects/anaclrnbr.ts';
import { extlineDelete, extlineList, extlineQuery, extlineSet } from './objects/extline.ts';
import { hgdectDelete, hgdectList, hgdectQuery, hgdectSet } from './objects/hgdect.ts';
import { hginfoDelete, hginfoList, hginfoQuery, hginfoSet } from './objects/hginfo.ts';
import { hgoperDelete, hgoperList, hgoperSet } from './objects/hgoper.ts';
import { localuserDelete, localuserList, localuserQuery, localuserSet } from './objects/localuser.ts';
import { natranDelete, natranList, natranQuery, natranSet } from './objects/natran.ts';
import { peerserverDelete, peerserverList, peerserverQuery, peerserverSet } from './objects/peerserver.ts';
import { refinecldnbrDelete, refinecldnbrList, refinecldnbrQuery, refinecldnbrSet } from './objects/refinecldnbr.ts';
import { refineclrnbrDelete, refineclrnbrList, refineclrnbrQuery, refineclrnbrSet } from './objects/refineclrnbr.ts';
import { routeAdd, routeDelete, routeList } from './objects/route.ts';
import { routegroupDelete, routegroupList, routegroupQuery, routegroupSet } from './objects/routegroup.ts';
import { sessionRelease } from './objects/session.ts';
import { speeddialDelete, speeddialList, speeddialQuery, speeddialSet } from './objects/speeddial.ts';
import { sysinfoQuery, sysinfoUpdate } from './objects/sysinfo.ts';
import { versionQuery } from './objects/version.ts';

export const minisipHandlers = {
  anacldnbrList,
  anacldnbrQuery,
  anacldnbrDelete,
  anacldnbrSet,
  anaclrnbrList,
  anaclrnbrQuery,
  anaclrnbrDelete,
  anaclrnbrSet,
  extlineList,
  extlineQuery,
  extlineDelete,
  extlineSet,
  hgdectList,
  hgdectQuery,
  hgdectDelete,
  hgdectSet,
  hginfoList,
  hginfoQuery,
  hginfoDelete,
  hginfoSet,
  hgoperList,
  hgoperDelete,
  hgoperSet,
  localuserList,
  localuserQuery,
  localuserDelete,
  localuserSet,
  natranList,
  natranQuery,
  natranDelete,
  natranSet,
  peerserverList,
  peerserverQuery,
  peerserverDelete,
  peerserverSet,
  refinecldnbrList,
  refinecldnbrQuery,
  refinecldnbrDelete,
  refinecldnbrSet,
  refineclrnbrList,
  refineclrnbrQuery,
  refineclrnbrDelete,
  refineclrnbrSet,
  routeList,
  routeDelete,
  routeAdd,
  routegroupList,
  routegroupQuery,
  routegroupDelete,
  routegroupSet,
  sessionRelease,
  speeddialList,
  speeddialQuery,
  speeddialDelete,
  speeddialSet,
  sysinfoQuery,
  sysinfoUpdate,
  versionQuery,
} satisfies MinisipHandlers<MinisipContext>;
