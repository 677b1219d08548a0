// Where the call comes from picks the starting dial plan; caller analysis (anaclrnbr) rewrites the caller and can
// switch the dial plan; the longest caller prefix wins.
import { describe, expect, it } from 'vitest';
import { resolveOnPlan } from '../../../src/domain/routing/resolve.ts';
import { line, planOf, rule, trunk, user } from './plan-builder.ts';

const plans = {
  calledAnalysis: [
    rule({ dialPlan: 'default', calledNbr: '', routeType: 4 }),
    rule({ dialPlan: 'office', calledNbr: '', routeType: 0 }),
    rule({ dialPlan: 'carrier', calledNbr: '', routeType: 0 }),
    rule({ dialPlan: 'vip', calledNbr: '', routeType: 0 }),
  ],
};

describe('origin and dial plan', () => {
  const plan = planOf({
    ...plans,
    localUsers: [user({ usrname: '100', dialPlan: 'office' }), user({ usrname: '101' })],
    trunks: [trunk({ servID: 7, servAddr: '192.0.2.7', dialPlan: 'carrier' })],
    lines: [line({ extLine: 'acme', host: '198.51.100.9', localUser: '101' })],
  });

  it.each([
    ['a local user uses its own dial plan', { caller: '100', called: '101' }, 'localuser', '100', 'office'],
    ['a local user without one uses default', { caller: '101', called: '100' }, 'localuser', '101', 'default'],
    [
      'a call from a trunk address uses the trunk dial plan',
      { caller: '5551234', called: '100', ip: '192.0.2.7' },
      'trunk',
      '7',
      'carrier',
    ],
    ['a call on a trunk named by servID', { caller: '100', called: '101', trunk: 7 }, 'trunk', '7', 'carrier'],
    ['an unknown caller uses default', { caller: '5551234', called: '100' }, 'unknown', '5551234', 'default'],
    ['an explicit dial plan wins', { caller: '100', called: '101', dialPlan: 'vip' }, 'localuser', '100', 'vip'],
  ])('%s', (_, call, kind, id, dialPlan) => {
    const r = resolveOnPlan(plan, call);
    expect(r.origin).toEqual({ kind, id });
    expect(r.dialPlan).toBe(dialPlan);
  });

  it("sends a call arriving on an external line to the line's local user", () => {
    const r = resolveOnPlan(plan, { caller: '5551234', called: '2001', ip: '198.51.100.9' });
    expect(r.origin).toEqual({ kind: 'extline', id: 'acme' });
    expect(r.called).toBe('101');
    expect(r.applied[0]).toMatchObject({ object: 'extline', key: 'acme' });
  });
});

describe('caller analysis (anaclrnbr)', () => {
  const plan = planOf({
    ...plans,
    transitions: [
      { tranID: 1, type: 1, tranStart: 0, tranLen: 0, prefix: '0049' },
      { tranID: 2, type: 3, tranStart: 0, tranLen: 1, prefix: '' },
    ],
    callerAnalysis: [
      { callerNbr: '5', tranID: 1, dialPlan: '' },
      { callerNbr: '55', tranID: 0, dialPlan: 'vip' },
      { callerNbr: '9', tranID: 2, dialPlan: 'office' },
    ],
  });

  it('applies the transition of the longest matching rule and keeps the dial plan when the rule names none', () => {
    const r = resolveOnPlan(plan, { caller: '5123', called: '100' });
    expect(r.caller).toBe('00495123');
    expect(r.dialPlan).toBe('default');
    expect(r.applied[0]).toMatchObject({ object: 'anaclrnbr', key: '5' });
  });

  it('switches the dial plan without a transition', () => {
    const r = resolveOnPlan(plan, { caller: '5512', called: '100' });
    expect(r).toMatchObject({ caller: '5512', dialPlan: 'vip', outcome: 'routed' });
  });

  it('applies both the transition and the new dial plan', () => {
    const r = resolveOnPlan(plan, { caller: '9777', called: '100' });
    expect(r).toMatchObject({ caller: '777', dialPlan: 'office', outcome: 'routed' });
  });

  it('leaves callers no rule matches alone', () => {
    const r = resolveOnPlan(plan, { caller: '777', called: '100' });
    expect(r).toMatchObject({ caller: '777', dialPlan: 'default', outcome: 'intercepted' });
    expect(r.applied.some((a) => a.object === 'anaclrnbr')).toBe(false);
  });
});
