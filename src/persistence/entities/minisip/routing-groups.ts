/**
 * Routing groups (003:L470-L545) and their members, the route records (003:L547-L604), tried in the order they were
 * added.
 */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const MinisipRouteGroup = defineEntity({
  name: 'MinisipRouteGroup',
  tableName: 'minisip_routegroups',
  properties: {
    id: p.integer().primary().autoincrement(),
    groupID: p.integer().unique(),
    description: p.string().length(128).default(''),
  },
});

export const MinisipRoute = defineEntity({
  name: 'MinisipRoute',
  tableName: 'minisip_routes',
  uniques: [{ properties: ['groupID', 'routeType', 'sipTrunkID', 'extLine'] }],
  properties: {
    /** Insertion order is the failover order inside the group. */
    id: p.integer().primary().autoincrement(),
    groupID: p.integer(),
    routeType: p.integer(),
    sipTrunkID: p.integer().default(0),
    extLine: p.string().length(64).default(''),
  },
});

export type MinisipRouteGroupRow = InferEntity<typeof MinisipRouteGroup>;
export type MinisipRouteRow = InferEntity<typeof MinisipRoute>;
