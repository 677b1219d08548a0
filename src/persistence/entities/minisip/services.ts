/** Speed dial (003:L1004-L1086) and the hunting groups: groups, operators and detection (003:L1088-L1299). */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const MinisipSpeedDial = defineEntity({
  name: 'MinisipSpeedDial',
  tableName: 'minisip_speeddials',
  uniques: [{ properties: ['callerNbr', 'dialedNbr'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    callerNbr: p.string().length(32),
    dialedNbr: p.string().length(32),
    desc: p.string().length(128).default(''),
    destNbr: p.string().length(32).default(''),
  },
});

export const MinisipHuntGroup = defineEntity({
  name: 'MinisipHuntGroup',
  tableName: 'minisip_huntgroups',
  properties: {
    id: p.integer().primary().autoincrement(),
    grpID: p.integer().unique(),
    desc: p.string().length(128).default(''),
    /** 1 round robin, 2 linear. */
    strategy: p.integer(),
    noAnsTmr: p.integer().default(0),
    queueInd: p.integer().default(0),
    maxCall: p.integer().default(0),
    maxDura: p.integer().default(0),
  },
});

export const MinisipHuntOperator = defineEntity({
  name: 'MinisipHuntOperator',
  tableName: 'minisip_huntgroup_operators',
  properties: {
    /** Insertion order is the linear hunting order. */
    id: p.integer().primary().autoincrement(),
    oper: p.string().length(32).unique(),
    grpID: p.integer().index(),
    autoInd: p.integer().default(0),
  },
});

export const MinisipHuntDetection = defineEntity({
  name: 'MinisipHuntDetection',
  tableName: 'minisip_huntgroup_detections',
  uniques: [{ properties: ['dialPlan', 'calledNbr'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    dialPlan: p.string().length(32),
    calledNbr: p.string().length(32),
    grpID: p.integer().index(),
  },
});

export type MinisipSpeedDialRow = InferEntity<typeof MinisipSpeedDial>;
export type MinisipHuntGroupRow = InferEntity<typeof MinisipHuntGroup>;
export type MinisipHuntOperatorRow = InferEntity<typeof MinisipHuntOperator>;
export type MinisipHuntDetectionRow = InferEntity<typeof MinisipHuntDetection>;
