// Failover order: a trunk's chainTrunkID chain, a line's chain, routing-group members each followed by its chain,
// each tried once even when chains meet or loop; per destination the outgoing group's refinecldnbr and caller number.
import { describe, expect, it } from 'vitest';
import { resolveOnPlan } from '../../../src/domain/routing/resolve.ts';
import { line, planOf, rule, trunk } from './plan-builder.ts';

const targets = (r: ReturnType<typeof resolveOnPlan>) => r.destinations.map((d) => `${d.order}:${d.kind}:${d.target}`);

describe('chains', () => {
  it('follows chainTrunkID in order and stops at a trunk already tried', () => {
    const plan = planOf({
      trunks: [
        trunk({ servID: 1, chainTrunkID: 2 }),
        trunk({ servID: 2, chainTrunkID: 3 }),
        trunk({ servID: 3, chainTrunkID: 1 }),
      ],
      calledAnalysis: [rule({ calledNbr: '', routeType: 2, servID: 1 })],
    });
    const r = resolveOnPlan(plan, { caller: '100', called: '5551234' });
    expect(targets(r)).toEqual(['1:trunk:1', '2:trunk:2', '3:trunk:3']);
    expect(r.destinations[1]!.via).toBe('chain of trunk 1 (anacldnbr default/)');
  });

  it('stops at a chained trunk that does not exist', () => {
    const plan = planOf({
      trunks: [trunk({ servID: 1, chainTrunkID: 42 })],
      calledAnalysis: [rule({ calledNbr: '', routeType: 2, servID: 1 })],
    });
    expect(targets(resolveOnPlan(plan, { caller: '100', called: '555' }))).toEqual(['1:trunk:1']);
  });

  it("follows an external line's chain", () => {
    const plan = planOf({
      lines: [line({ extLine: 'a', chain: 'b' }), line({ extLine: 'b', chain: 'a' })],
      calledAnalysis: [rule({ calledNbr: '', routeType: 1, extLine: 'a' })],
    });
    expect(targets(resolveOnPlan(plan, { caller: '100', called: '555' }))).toEqual(['1:extline:a', '2:extline:b']);
  });

  it('expands routing-group members with their chains and tries each once', () => {
    const plan = planOf({
      trunks: [trunk({ servID: 1, chainTrunkID: 2 }), trunk({ servID: 2 }), trunk({ servID: 3, chainTrunkID: 2 })],
      lines: [line({ extLine: 'x', chain: 'y' }), line({ extLine: 'y' })],
      routeGroups: [9],
      routes: [
        { groupID: 9, routeType: 1, sipTrunkID: 0, extLine: 'x' },
        { groupID: 9, routeType: 2, sipTrunkID: 3, extLine: '' },
        { groupID: 9, routeType: 2, sipTrunkID: 1, extLine: '' },
      ],
      calledAnalysis: [rule({ calledNbr: '', routeType: 6, rtGroupID: 9 })],
    });
    expect(targets(resolveOnPlan(plan, { caller: '100', called: '555' }))).toEqual([
      '1:extline:x',
      '2:extline:y',
      '3:trunk:3',
      '4:trunk:2',
      '5:trunk:1',
    ]);
  });
});

describe('per destination numbers', () => {
  const plan = planOf({
    transitions: [
      { tranID: 1, type: 3, tranStart: 0, tranLen: 1, prefix: '' },
      { tranID: 2, type: 2, tranStart: 0, tranLen: 1, prefix: '0049' },
    ],
    calledRefine: [
      { groupID: 5, calledPrefix: '9', transID: 1 },
      { groupID: 6, calledPrefix: '9', transID: 2 },
      { groupID: 6, calledPrefix: '99', transID: 1 },
    ],
    trunks: [
      trunk({ servID: 1, ogGroupID: 5, callerID: '+4930999', chainTrunkID: 2 }),
      trunk({ servID: 2, ogGroupID: 6 }),
    ],
    lines: [line({ extLine: '2001', ogGroupID: 6 }), line({ extLine: '2002', origCallerNbr: 1 })],
    routeGroups: [1],
    routes: [
      { groupID: 1, routeType: 1, sipTrunkID: 0, extLine: '2001' },
      { groupID: 1, routeType: 1, sipTrunkID: 0, extLine: '2002' },
    ],
    calledAnalysis: [
      rule({ calledNbr: '9', routeType: 2, servID: 1 }),
      rule({ calledNbr: '8', routeType: 6, rtGroupID: 1 }),
    ],
  });

  it("refines the called number with each trunk's outgoing group and presents the trunk's caller ID", () => {
    const r = resolveOnPlan(plan, { caller: '100', called: '95551234' });
    expect(r.destinations.map((d) => [d.target, d.caller, d.called])).toEqual([
      ['1', '+4930999', '5551234'],
      ['2', '100', '00495551234'],
    ]);
    expect(r.applied.filter((a) => a.object === 'refinecldnbr').map((a) => a.key)).toEqual(['5/9', '6/9']);
  });

  it("presents an external line's own number unless it keeps the original caller", () => {
    const r = resolveOnPlan(plan, { caller: '100', called: '8123' });
    expect(r.destinations.map((d) => [d.target, d.caller, d.called])).toEqual([
      ['2001', '2001', '8123'],
      ['2002', '100', '8123'],
    ]);
  });
});
