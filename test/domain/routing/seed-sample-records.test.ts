// The sample records of seed 003, put together as one dial plan, route as the document's fields say they should.
import { describe, expect, it } from 'vitest';
import { resolveOnPlan } from '../../../src/domain/routing/resolve.ts';
import { huntGroup, line, planOf, rule, trunk } from './plan-builder.ts';

describe("the document's sample records", () => {
  const plan = planOf({
    // natran/set 003:L680, and transition 1 that the refine and analyze samples name.
    transitions: [
      { tranID: 101, type: 2, tranStart: 0, tranLen: 3, prefix: '0105678' },
      // The samples name transition 1 without defining it: here it inserts a 0 after the first digit.
      { tranID: 1, type: 1, tranStart: 1, tranLen: 0, prefix: '0' },
    ],
    callerRefine: [{ grpID: 1, callerNbr: '1', tranID: 1 }], // 003:L756
    calledRefine: [{ groupID: 1, calledPrefix: '1', transID: 1 }], // 003:L832
    callerAnalysis: [{ callerNbr: '1', tranID: 1, dialPlan: 'default' }], // 003:L906
    calledAnalysis: [
      rule({ dialPlan: 'default', calledNbr: '1', routeType: 0 }), // 003:L1002
      rule({ dialPlan: 'default', calledNbr: '2', routeType: 2, servID: 1, changeInd: 1, tranID: 101, clrRefineID: 1 }),
      rule({ dialPlan: 'default', calledNbr: '3', routeType: 6, rtGroupID: 1 }),
      rule({ dialPlan: 'default', calledNbr: '14', routeType: 2, servID: 1 }),
    ],
    trunks: [trunk({ servID: 1, servAddr: '10.0.0.1', servPort: 5678, ogGroupID: 1 })], // 003:L468
    lines: [line({ extLine: '5678', host: '10.0.0.1' }), line({ extLine: 'eee', host: 'eee.example' })], // 003:L377, L604
    routeGroups: [1], // 003:L545 "to NY"
    routes: [{ groupID: 1, routeType: 1, sipTrunkID: 0, extLine: 'eee' }], // 003:L604
    speedDials: [{ callerNbr: '3', dialedNbr: '3', destNbr: '333' }], // 003:L1086
    huntGroups: [huntGroup({ grpID: 1, strategy: 1 })], // 003:L1171
    huntOperators: [{ oper: '100', grpID: 1 }], // 003:L1226
    huntDetections: [{ dialPlan: 'default', calledNbr: '5678', grpID: 1 }], // 003:L1299
  });

  it('a local user dialling 101 reaches local user 101 (anacldnbr default/1, route type 0)', () => {
    const r = resolveOnPlan(plan, { caller: '100', called: '101' });
    expect(r).toMatchObject({
      outcome: 'routed',
      caller: '1000',
      destinations: [{ kind: 'localuser', target: '101' }],
    });
  });

  it('5678 in the default dial plan reaches hunting group 1 and its operator 100', () => {
    const r = resolveOnPlan(plan, { caller: '5551234', called: '5678' });
    expect(r).toMatchObject({
      outcome: 'routed',
      huntGroup: { grpID: 1, strategy: 1 },
      destinations: [{ kind: 'localuser', target: '100' }],
    });
  });

  it('caller 3 dialling 3 reaches 333 by speed dial', () => {
    const r = resolveOnPlan(plan, { caller: '3', called: '3' });
    expect(r.applied[0]).toMatchObject({ object: 'speeddial', key: '3/3' });
    expect(r.called).toBe('333');
    expect(r.applied.at(-1)).toMatchObject({ object: 'anacldnbr', key: 'default/3' });
    expect(r.destinations[0]).toMatchObject({ kind: 'extline', target: 'eee', via: 'routing group 1' });
  });

  it('transition 101 replaces the first three digits with 0105678 on the way to trunk 1, the caller refined by group 1', () => {
    const r = resolveOnPlan(plan, { caller: '100', called: '2345678' });
    expect(r.applied.map((a) => `${a.object} ${a.key}`)).toEqual([
      'anaclrnbr 1',
      'anacldnbr default/2',
      'refineclrnbr 1/1',
      'natran 101',
    ]);
    expect(r.destinations).toEqual([
      expect.objectContaining({
        kind: 'trunk',
        target: '1',
        address: '10.0.0.1:5678',
        caller: '10000',
        called: '01056785678',
      }),
    ]);
  });

  it("the trunk's outgoing group 1 refines a called number starting with 1 (refinecldnbr 1/1)", () => {
    const r = resolveOnPlan(plan, { caller: '5551234', called: '14000' });
    expect(r.applied.map((a) => `${a.object} ${a.key}`)).toEqual(['anacldnbr default/14', 'refinecldnbr 1/1']);
    expect(r.destinations[0]).toMatchObject({ kind: 'trunk', target: '1', caller: '5551234', called: '104000' });
  });
});
