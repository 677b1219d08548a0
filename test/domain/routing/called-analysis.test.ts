// Called analysis (anacldnbr): the longest prefix of the dial plan's rules, each route type, the default local-user
// routing when no rule matches, max duration and call level.
import { describe, expect, it } from 'vitest';
import { resolveOnPlan } from '../../../src/domain/routing/resolve.ts';
import { line, planOf, rule, trunk, user } from './plan-builder.ts';

describe('route types', () => {
  const plan = planOf({
    calledAnalysis: [
      rule({ calledNbr: '1', routeType: 0 }),
      rule({ calledNbr: '8', routeType: 1, extLine: 'acme' }),
      rule({ calledNbr: '9', routeType: 2, servID: 3 }),
      rule({ calledNbr: '900', routeType: 4 }),
      rule({ calledNbr: '7', routeType: 6, rtGroupID: 5 }),
      rule({ dialPlan: 'other', calledNbr: '1', routeType: 4 }),
    ],
    trunks: [trunk({ servID: 3, servAddr: '192.0.2.3', servPort: 5070, transport: 1 }), trunk({ servID: 4 })],
    lines: [line({ extLine: 'acme', host: 'sip.acme.test', port: 5080 })],
    routeGroups: [5],
    routes: [
      { groupID: 5, routeType: 2, sipTrunkID: 4, extLine: '' },
      { groupID: 5, routeType: 1, sipTrunkID: 0, extLine: 'acme' },
    ],
  });

  it('0 local user: the user whose number is the called number', () => {
    const r = resolveOnPlan(plan, { caller: '100', called: '101' });
    expect(r.outcome).toBe('routed');
    expect(r.destinations).toEqual([
      {
        order: 1,
        kind: 'localuser',
        target: '101',
        address: '',
        transport: '',
        caller: '100',
        called: '101',
        maxDuration: 0,
        via: 'anacldnbr default/1',
      },
    ]);
  });

  it('0 local user: an unknown number is unroutable and names the missing user', () => {
    const r = resolveOnPlan(plan, { caller: '100', called: '199' });
    expect(r).toMatchObject({ outcome: 'unroutable', missing: { object: 'localuser', id: '199' }, destinations: [] });
  });

  it('1 external line', () => {
    const r = resolveOnPlan(plan, { caller: '100', called: '8555' });
    expect(r.destinations).toEqual([
      expect.objectContaining({
        kind: 'extline',
        target: 'acme',
        address: 'sip.acme.test:5080',
        transport: 'udp',
        called: '8555',
      }),
    ]);
  });

  it('2 SIP trunk', () => {
    const r = resolveOnPlan(plan, { caller: '100', called: '9555' });
    expect(r.destinations).toEqual([
      expect.objectContaining({
        kind: 'trunk',
        target: '3',
        address: '192.0.2.3:5070',
        transport: 'tcp',
        called: '9555',
        caller: '100',
      }),
    ]);
  });

  it('4 intercept, chosen over the shorter 9 by the longest prefix', () => {
    const r = resolveOnPlan(plan, { caller: '100', called: '9001' });
    expect(r).toMatchObject({ outcome: 'intercepted', destinations: [] });
    expect(r.applied.at(-1)).toMatchObject({ object: 'anacldnbr', key: 'default/900' });
  });

  it('6 routing group: its members in the order they were added', () => {
    const r = resolveOnPlan(plan, { caller: '100', called: '7000' });
    expect(r.destinations.map((d) => [d.order, d.kind, d.target, d.via])).toEqual([
      [1, 'trunk', '4', 'routing group 5'],
      [2, 'extline', 'acme', 'routing group 5'],
    ]);
  });

  it('rules are per dial plan', () => {
    expect(resolveOnPlan(plan, { caller: '100', called: '101', dialPlan: 'other' }).outcome).toBe('intercepted');
  });

  it('without a matching rule the call is a local-user call', () => {
    expect(resolveOnPlan(plan, { caller: '100', called: '102', dialPlan: 'empty' }).destinations[0]).toMatchObject({
      kind: 'localuser',
      target: '102',
    });
    expect(resolveOnPlan(plan, { caller: '100', called: '555', dialPlan: 'empty' })).toMatchObject({
      outcome: 'unroutable',
      missing: { object: 'localuser', id: '555' },
    });
  });

  it("an external-line rule without a line uses the caller's specific line, else the shared lines", () => {
    const p = planOf({
      calledAnalysis: [rule({ calledNbr: '0', routeType: 1 })],
      lines: [
        line({ extLine: 'own' }),
        line({ extLine: 'shared-b', shareInd: 1 }),
        line({ extLine: 'shared-a', shareInd: 1 }),
      ],
      localUsers: [user({ usrname: '100', specextline: 'own' }), user({ usrname: '101' })],
    });
    expect(resolveOnPlan(p, { caller: '100', called: '0555' }).destinations.map((d) => d.target)).toEqual(['own']);
    expect(resolveOnPlan(p, { caller: '101', called: '0555' }).destinations.map((d) => d.target)).toEqual([
      'shared-a',
      'shared-b',
    ]);
    expect(
      resolveOnPlan(planOf({ calledAnalysis: [rule({ calledNbr: '0', routeType: 1 })] }), {
        caller: '101',
        called: '0555',
      }).outcome,
    ).toBe('unroutable');
  });

  it('a rule pointing at a trunk, line or group that is gone is unroutable, naming it', () => {
    const p = planOf({
      calledAnalysis: [
        rule({ calledNbr: '2', routeType: 2, servID: 99 }),
        rule({ calledNbr: '3', routeType: 6, rtGroupID: 98 }),
      ],
    });
    expect(resolveOnPlan(p, { caller: '100', called: '25' })).toMatchObject({
      outcome: 'unroutable',
      missing: { object: 'peerserver', id: '99' },
    });
    expect(resolveOnPlan(p, { caller: '100', called: '35' })).toMatchObject({
      outcome: 'unroutable',
      missing: { object: 'routegroup', id: '98' },
    });
  });
});

describe('max duration and call level', () => {
  const plan = planOf({
    calledAnalysis: [
      rule({ calledNbr: '1', maxDuration: 600 }),
      rule({ calledNbr: '00', routeType: 1, extLine: 'intl', maxDuration: 300, callLevel: 2 }),
    ],
    lines: [line({ extLine: 'intl', maxDur: 120 })],
    localUsers: [
      user({ usrname: '100', maxdura: 900 }),
      user({ usrname: '101', calllevel: 2, maxdura: 60 }),
      user({ usrname: '102' }),
    ],
  });

  it("takes the smallest of the rule's and the caller's limits", () => {
    expect(resolveOnPlan(plan, { caller: '100', called: '102' })).toMatchObject({
      maxDuration: 600,
      destinations: [{ maxDuration: 600 }],
    });
    expect(resolveOnPlan(plan, { caller: '5551234', called: '102' }).maxDuration).toBe(600);
  });

  it("and the line's own limit for its destination", () => {
    const r = resolveOnPlan(plan, { caller: '101', called: '0044' });
    expect(r).toMatchObject({ outcome: 'routed', maxDuration: 60, callLevel: 2 });
    expect(r.destinations[0]!.maxDuration).toBe(60);
  });

  it("refuses a local user whose call level is below the rule's", () => {
    const r = resolveOnPlan(plan, { caller: '100', called: '0044' });
    expect(r).toMatchObject({ outcome: 'rejected', callLevel: 2, destinations: [] });
    expect(r.reason).toMatch(/call level/);
  });

  it('does not restrict calls that do not come from a local user', () => {
    expect(resolveOnPlan(plan, { caller: '5551234', called: '0044' }).outcome).toBe('routed');
  });
});
