// Speed dial (the caller's short number → its destination) and hunting groups: detection by dial plan and called
// number, operators in linear order or round robin from a given start.
import { describe, expect, it } from 'vitest';
import { resolveOnPlan } from '../../../src/domain/routing/resolve.ts';
import { huntGroup, planOf, rule, trunk, user } from './plan-builder.ts';

describe('speed dial', () => {
  const plan = planOf({
    speedDials: [
      { callerNbr: '100', dialedNbr: '1', destNbr: '95551234' },
      { callerNbr: '', dialedNbr: '1', destNbr: '101' },
    ],
    trunks: [trunk({ servID: 1 })],
    calledAnalysis: [
      rule({ calledNbr: '9', routeType: 2, servID: 1, changeInd: 1, tranID: 1 }),
      rule({ calledNbr: '1', routeType: 0 }),
    ],
    transitions: [{ tranID: 1, type: 3, tranStart: 0, tranLen: 1, prefix: '' }],
  });

  it("replaces the caller's short number, and the destination is analysed as dialled", () => {
    const r = resolveOnPlan(plan, { caller: '100', called: '1' });
    expect(r).toMatchObject({
      outcome: 'routed',
      called: '5551234',
      destinations: [{ kind: 'trunk', called: '5551234' }],
    });
    expect(r.applied[0]).toEqual({ object: 'speeddial', key: '100/1', detail: 'dialled 1 → 95551234' });
  });

  it('falls back to a record for every caller (empty callerNbr)', () => {
    expect(resolveOnPlan(plan, { caller: '102', called: '1' }).destinations[0]).toMatchObject({
      kind: 'localuser',
      target: '101',
    });
  });

  it('leaves other numbers alone', () => {
    expect(resolveOnPlan(plan, { caller: '100', called: '102' }).applied.some((a) => a.object === 'speeddial')).toBe(
      false,
    );
  });
});

describe('hunting groups', () => {
  const plan = planOf({
    localUsers: ['100', '101', '102', '103'].map((usrname) => user({ usrname })),
    huntGroups: [
      huntGroup({ grpID: 1, strategy: 1 }),
      huntGroup({ grpID: 2, strategy: 2 }),
      huntGroup({ grpID: 3, strategy: 2 }),
    ],
    huntOperators: [
      { oper: '101', grpID: 1 },
      { oper: '102', grpID: 1 },
      { oper: '103', grpID: 1 },
      { oper: '103', grpID: 2 },
      { oper: '100', grpID: 2 },
    ],
    huntDetections: [
      { dialPlan: 'default', calledNbr: '500', grpID: 1 },
      { dialPlan: 'default', calledNbr: '600', grpID: 2 },
      { dialPlan: 'night', calledNbr: '500', grpID: 2 },
      { dialPlan: 'default', calledNbr: '700', grpID: 3 },
    ],
    calledAnalysis: [rule({ calledNbr: '5', routeType: 4 })],
  });
  const operators = (r: ReturnType<typeof resolveOnPlan>) => r.destinations.map((d) => d.target);

  it('linear: the operators in the order they were added, every time', () => {
    const r = resolveOnPlan(plan, { caller: '5551234', called: '600' }, { huntStart: () => 1 });
    expect(operators(r)).toEqual(['103', '100']);
    expect(r.huntGroup).toMatchObject({ grpID: 2, strategy: 2 });
    expect(r.destinations[0]!.via).toBe('hunting group 2 (linear)');
  });

  it.each([
    [0, ['101', '102', '103']],
    [1, ['102', '103', '101']],
    [2, ['103', '101', '102']],
    [4, ['102', '103', '101']],
  ])('round robin from start %i', (start, want) => {
    expect(operators(resolveOnPlan(plan, { caller: '5551234', called: '500' }, { huntStart: () => start }))).toEqual(
      want,
    );
  });

  it('detection is by exact number and per dial plan, ahead of the called-number rules', () => {
    expect(resolveOnPlan(plan, { caller: '5551234', called: '5000' }).outcome).toBe('intercepted');
    expect(operators(resolveOnPlan(plan, { caller: '5551234', called: '500', dialPlan: 'night' }))).toEqual([
      '103',
      '100',
    ]);
  });

  it('a group without operators is unroutable', () => {
    expect(resolveOnPlan(plan, { caller: '5551234', called: '700' })).toMatchObject({
      outcome: 'unroutable',
      missing: { object: 'hginfo', id: '3' },
    });
  });

  it('a number changed by a rule and analysed again can reach a hunting group', () => {
    const p = planOf({
      localUsers: [user({ usrname: '101' })],
      huntGroups: [huntGroup({ grpID: 1, strategy: 2 })],
      huntOperators: [{ oper: '101', grpID: 1 }],
      huntDetections: [{ dialPlan: 'default', calledNbr: '500', grpID: 1 }],
      transitions: [{ tranID: 1, type: 2, tranStart: 0, tranLen: 4, prefix: '500' }],
      calledAnalysis: [rule({ calledNbr: '2001', changeInd: 1, tranID: 1, reAnaInd: 1 })],
    });
    const r = resolveOnPlan(p, { caller: '5551234', called: '2001' });
    expect(r).toMatchObject({ outcome: 'routed', destinations: [{ target: '101', via: 'hunting group 1 (linear)' }] });
  });
});
