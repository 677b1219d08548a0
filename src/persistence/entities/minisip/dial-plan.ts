/**
 * The dial-plan rules (003:L606-L1002): transitions (natran), caller and called refinement, caller analysis and
 * called analysis. src/domain/routing reads them into its in-memory plan.
 */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const MinisipTransition = defineEntity({
  name: 'MinisipTransition',
  tableName: 'minisip_transitions',
  properties: {
    id: p.integer().primary().autoincrement(),
    tranID: p.integer().unique(),
    /** 1 add, 2 replace, 3 delete. */
    type: p.integer(),
    tranStart: p.integer().default(0),
    tranLen: p.integer().default(0),
    prefix: p.string().length(32).default(''),
    description: p.string().length(128).default(''),
  },
});

export const MinisipRefineCaller = defineEntity({
  name: 'MinisipRefineCaller',
  tableName: 'minisip_refine_caller',
  uniques: [{ properties: ['grpID', 'callerNbr'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    grpID: p.integer(),
    callerNbr: p.string().length(32),
    tranID: p.integer(),
    description: p.string().length(128).default(''),
  },
});

export const MinisipRefineCalled = defineEntity({
  name: 'MinisipRefineCalled',
  tableName: 'minisip_refine_called',
  uniques: [{ properties: ['groupID', 'calledPrefix'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    groupID: p.integer(),
    calledPrefix: p.string().length(32),
    transID: p.integer(),
    description: p.string().length(128).default(''),
  },
});

export const MinisipAnalyzeCaller = defineEntity({
  name: 'MinisipAnalyzeCaller',
  tableName: 'minisip_analyze_caller',
  properties: {
    id: p.integer().primary().autoincrement(),
    callerNbr: p.string().length(32).unique(),
    description: p.string().length(128).default(''),
    tranID: p.integer().default(0),
    dialPlan: p.string().length(32).default(''),
  },
});

export const MinisipAnalyzeCalled = defineEntity({
  name: 'MinisipAnalyzeCalled',
  tableName: 'minisip_analyze_called',
  uniques: [{ properties: ['dialPlan', 'calledNbr'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    dialPlan: p.string().length(32),
    calledNbr: p.string().length(32),
    description: p.string().length(128).default(''),
    routeType: p.integer().default(0),
    servID: p.integer().default(0),
    extLine: p.string().length(64).default(''),
    rtGroupID: p.integer().default(0),
    changeInd: p.integer().default(0),
    tranID: p.integer().default(0),
    reAnaInd: p.integer().default(0),
    clrRefineID: p.integer().default(0),
    maxDuration: p.integer().default(0),
    callLevel: p.integer().default(0),
  },
});

export type MinisipTransitionRow = InferEntity<typeof MinisipTransition>;
export type MinisipRefineCallerRow = InferEntity<typeof MinisipRefineCaller>;
export type MinisipRefineCalledRow = InferEntity<typeof MinisipRefineCalled>;
export type MinisipAnalyzeCallerRow = InferEntity<typeof MinisipAnalyzeCaller>;
export type MinisipAnalyzeCalledRow = InferEntity<typeof MinisipAnalyzeCalled>;
