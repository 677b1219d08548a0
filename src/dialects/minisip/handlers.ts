/**
 * The implemented miniSIPServer openapi operations (seed 003). `satisfies` pins them to the spec: an operation marked
 * implemented without a handler here, or with the wrong types, fails the build.
 */
import type { MinisipHandlers } from '../../../generated/minisip/types.ts';
import type { MinisipContext } from './context.ts';
import { localuserDelete, localuserList, localuserQuery, localuserSet } from './localuser.ts';
import { anacldnbr, anaclrnbr, natran, refinecldnbr, refineclrnbr } from './objects/dial-plan.ts';
import { extline, peerserver } from './objects/lines.ts';
import { route, routegroup } from './objects/routing-groups.ts';
import { hgdect, hginfo, hgoper, speeddial } from './objects/services.ts';
import { sysinfoQuery, sysinfoUpdate } from './sysinfo.ts';
import { versionQuery } from './version.ts';

export const minisipHandlers = {
  versionQuery, sysinfoQuery, sysinfoUpdate,
  localuserList, localuserQuery, localuserDelete, localuserSet,
  extlineList: extline.list, extlineQuery: extline.query, extlineDelete: extline.delete, extlineSet: extline.set,
  peerserverList: peerserver.list, peerserverQuery: peerserver.query, peerserverDelete: peerserver.delete, peerserverSet: peerserver.set,
  routegroupList: routegroup.list, routegroupQuery: routegroup.query, routegroupDelete: routegroup.delete, routegroupSet: routegroup.set,
  routeList: route.list, routeDelete: route.delete, routeAdd: route.add,
  natranList: natran.list, natranQuery: natran.query, natranDelete: natran.delete, natranSet: natran.set,
  refineclrnbrList: refineclrnbr.list, refineclrnbrQuery: refineclrnbr.query, refineclrnbrDelete: refineclrnbr.delete, refineclrnbrSet: refineclrnbr.set,
  refinecldnbrList: refinecldnbr.list, refinecldnbrQuery: refinecldnbr.query, refinecldnbrDelete: refinecldnbr.delete, refinecldnbrSet: refinecldnbr.set,
  anaclrnbrList: anaclrnbr.list, anaclrnbrQuery: anaclrnbr.query, anaclrnbrDelete: anaclrnbr.delete, anaclrnbrSet: anaclrnbr.set,
  anacldnbrList: anacldnbr.list, anacldnbrQuery: anacldnbr.query, anacldnbrDelete: anacldnbr.delete, anacldnbrSet: anacldnbr.set,
  speeddialList: speeddial.list, speeddialQuery: speeddial.query, speeddialDelete: speeddial.delete, speeddialSet: speeddial.set,
  hginfoList: hginfo.list, hginfoQuery: hginfo.query, hginfoDelete: hginfo.delete, hginfoSet: hginfo.set,
  hgoperList: hgoper.list, hgoperDelete: hgoper.delete, hgoperSet: hgoper.set,
  hgdectList: hgdect.list, hgdectQuery: hgdect.query, hgdectDelete: hgdect.delete, hgdectSet: hgdect.set,
} satisfies MinisipHandlers<MinisipContext>;
