// Number change (changeInd + tranID), re-analysis (reAnaInd) bounded with loop detection, and caller refinement
// named by the called-number rule (clrRefineID → refineclrnbr).
import { describe, expect, it } from 'vitest';
import { MAX_ANALYSES, resolveOnPlan } from '../../../src/domain/routing/resolve.ts';
import { planOf, rule, trunk } from './plan-builder.ts';

const stripFirst = { tranID: 1, type: 3, tranStart: 0, tranLen: 1, prefix: '' };
const addZero = { tranID: 2, type: 1, tranStart: 0, tranLen: 0, prefix: '0' };
const swap = { tranID: 3, type: 2, tranStart: 0, tranLen: 2, prefix: '77' };
const back = { tranID: 4, type: 2, tranStart: 0, tranLen: 2, prefix: '55' };

describe('called number change', () => {
  it('changes the called number and routes on the same rule without reAnaInd', () => {
    const plan = planOf({
      transitions: [stripFirst],
      trunks: [trunk({ servID: 1 })],
      calledAnalysis: [rule({ calledNbr: '9', routeType: 2, servID: 1, changeInd: 1, tranID: 1 })],
    });
    const r = resolveOnPlan(plan, { caller: '100', called: '95551234' });
    expect(r).toMatchObject({
      outcome: 'routed',
      called: '5551234',
      destinations: [{ kind: 'trunk', called: '5551234' }],
    });
    expect(r.applied.map((a) => a.object)).toEqual(['anacldnbr', 'natran']);
  });

  it('ignores the transition when changeInd is 0', () => {
    const plan = planOf({
      transitions: [stripFirst],
      trunks: [trunk({ servID: 1 })],
      calledAnalysis: [rule({ calledNbr: '9', routeType: 2, servID: 1, tranID: 1 })],
    });
    expect(resolveOnPlan(plan, { caller: '100', called: '95551234' }).called).toBe('95551234');
  });

  it('analyses the changed number again with reAnaInd, so the out-group prefix reaches a local user', () => {
    const plan = planOf({
      transitions: [stripFirst],
      calledAnalysis: [
        rule({ calledNbr: '9', routeType: 2, servID: 1, changeInd: 1, tranID: 1, reAnaInd: 1 }),
        rule({ calledNbr: '1', routeType: 0 }),
      ],
    });
    const r = resolveOnPlan(plan, { caller: '100', called: '9101' });
    expect(r).toMatchObject({ outcome: 'routed', called: '101', destinations: [{ kind: 'localuser', target: '101' }] });
    expect(r.applied.map((a) => `${a.object} ${a.key}`)).toEqual([
      'anacldnbr default/9',
      'natran 1',
      'anacldnbr default/1',
    ]);
  });

  it('reports a loop when re-analysis comes back to a number already analysed', () => {
    const plan = planOf({
      transitions: [swap, back],
      calledAnalysis: [
        rule({ calledNbr: '55', changeInd: 1, tranID: 3, reAnaInd: 1 }),
        rule({ calledNbr: '77', changeInd: 1, tranID: 4, reAnaInd: 1 }),
      ],
    });
    const r = resolveOnPlan(plan, { caller: '100', called: '5512' });
    expect(r.outcome).toBe('loop');
    expect(r.reason).toMatch(/5512 in dial plan default is analysed a second time/);
    expect(r.destinations).toEqual([]);
  });

  it('reports a rule that re-analyses without changing the number as a loop', () => {
    const plan = planOf({
      transitions: [{ tranID: 5, type: 3, tranStart: 9, tranLen: 1, prefix: '' }],
      calledAnalysis: [rule({ calledNbr: '4', changeInd: 1, tranID: 5, reAnaInd: 1 })],
    });
    expect(resolveOnPlan(plan, { caller: '100', called: '44' }).outcome).toBe('loop');
  });

  it('stops a number that grows at every re-analysis after MAX_ANALYSES', () => {
    const plan = planOf({
      transitions: [addZero],
      calledAnalysis: [rule({ calledNbr: '', changeInd: 1, tranID: 2, reAnaInd: 1 })],
    });
    const r = resolveOnPlan(plan, { caller: '100', called: '1' });
    expect(r.outcome).toBe('loop');
    expect(r.reason).toMatch(new RegExp(`more than ${MAX_ANALYSES} analyses`));
    expect(r.applied.filter((a) => a.object === 'anacldnbr')).toHaveLength(MAX_ANALYSES);
  });
});

describe('caller refinement (clrRefineID → refineclrnbr)', () => {
  const plan = planOf({
    transitions: [
      { tranID: 10, type: 1, tranStart: 0, tranLen: 0, prefix: '+4930' },
      { tranID: 11, type: 2, tranStart: 0, tranLen: 3, prefix: '+49301234' },
    ],
    callerRefine: [
      { grpID: 1, callerNbr: '1', tranID: 10 },
      { grpID: 1, callerNbr: '10', tranID: 11 },
      { grpID: 2, callerNbr: '1', tranID: 11 },
    ],
    trunks: [trunk({ servID: 1 })],
    calledAnalysis: [
      rule({ calledNbr: '0', routeType: 2, servID: 1, clrRefineID: 1 }),
      rule({ calledNbr: '1', routeType: 0 }),
    ],
  });

  it('rewrites the caller with the longest matching rule of the named group', () => {
    const r = resolveOnPlan(plan, { caller: '100', called: '0301234' });
    expect(r).toMatchObject({ caller: '+49301234', destinations: [{ caller: '+49301234' }] });
    expect(r.applied).toContainEqual(expect.objectContaining({ object: 'refineclrnbr', key: '1/10' }));
  });

  it('uses a shorter prefix of the group when the longer does not match', () => {
    expect(resolveOnPlan(plan, { caller: '123', called: '0301234' }).caller).toBe('+4930123');
  });

  it('leaves the caller alone for rules without clrRefineID', () => {
    expect(resolveOnPlan(plan, { caller: '100', called: '101' }).caller).toBe('100');
  });
});
