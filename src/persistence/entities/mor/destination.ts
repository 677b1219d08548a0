/** Destination groups (a country, with its flag) and their prefixes with the direction code (004:L299-L355). */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const MorDestinationGroup = defineEntity({
  name: 'MorDestinationGroup',
  tableName: 'mor_destination_groups',
  properties: {
    id: p.integer().primary().autoincrement(),
    name: p.string().length(128).unique(),
    /** Flag icon stem: "aust" is shown as aust.png. */
    flag: p.string().length(32).default(''),
  },
});

export const MorDestination = defineEntity({
  name: 'MorDestination',
  tableName: 'mor_destinations',
  properties: {
    prefix: p.string().length(32).primary(),
    groupId: p.integer().index(),
    /** e.g. Australia Canberra */
    name: p.string().length(128),
    /** Direction code: FIX, MOB, … */
    type: p.string().length(8).default('FIX'),
  },
});

export type MorDestinationGroupRow = InferEntity<typeof MorDestinationGroup>;
export type MorDestinationRow = InferEntity<typeof MorDestination>;
