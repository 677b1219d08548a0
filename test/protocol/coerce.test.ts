// The generated validators: names, aliases and positions find a parameter; values are coerced to the spec's
// type; every bad or missing parameter is reported precisely.
import { describe, expect, it } from 'vitest';
import { validators as mizuV2 } from '../../generated/mizu-v2/validators.ts';
import { validators as minisip } from '../../generated/minisip/validators.ts';
import { validators as mor } from '../../generated/mor/validators.ts';

describe('mizu-v2 rating', () => {
  it.each([
    ['its name', { bnum: '3630' }],
    ['an alias', { phone2: '3630' }],
    ['another alias', { to: '3630' }],
    ['the positional form (function, key, user, password, then bnum)', { param5: '3630' }],
  ])('reads bnum from %s', (_, raw) => {
    expect(mizuV2.rating(raw)).toEqual({ ok: true, params: { bnum: '3630' } });
  });

  it('reports a missing required parameter by name', () => {
    expect(mizuV2.rating({})).toEqual({ ok: false, issues: [{ param: 'bnum', problem: 'is required' }] });
  });

  it('refuses a value that is not a phone number', () => {
    const result = mizuV2.rating({ bnum: '36<script>' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]).toMatchObject({
      param: 'bnum',
      problem: expect.stringContaining('phone number'),
    });
  });
});

describe('mizu-v2 addcredit', () => {
  it('keeps money exact as a decimal string', () => {
    expect(mizuV2.addcredit({ pin: '101', credit: '0010.50' })).toEqual({
      ok: true,
      params: { pin: '101', credit: '10.5' },
    });
  });

  it.each(['1e3', 'ten', '1.2.3', 'NaN'])('refuses credit=%s', (credit) => {
    const result = mizuV2.addcredit({ pin: '101', credit });
    expect(!result.ok && result.issues).toEqual([{ param: 'credit', problem: 'must be a decimal number' }]);
  });

  it.each(['1,500', '1,5', '1.500,25'])('refuses the locale-ambiguous credit=%s (issue 17, finding 8)', (credit) => {
    const result = mizuV2.addcredit({ pin: '101', credit });
    expect(!result.ok && result.issues).toEqual([
      { param: 'credit', problem: 'must be written with a decimal point and no thousands separator' },
    ]);
  });

  it('reports every problem at once', () => {
    const result = mizuV2.addcredit({ credit: 'x' });
    expect(!result.ok && result.issues.map((i) => i.param)).toEqual(['pin', 'credit']);
  });
});

describe('mizu-v2 heartbeat', () => {
  it('applies the default and checks enumerations case-insensitively', () => {
    expect(mizuV2.heartbeat({})).toEqual({ ok: true, params: { mode: 'quick' } });
    expect(mizuV2.heartbeat({ mode: 'FULL' })).toEqual({ ok: true, params: { mode: 'full' } });
    expect(mizuV2.heartbeat({ mode: 'slow' }).ok).toBe(false);
  });
});

describe('mizu-v2 addserver numbered families', () => {
  it('collects fieldname0..fieldname99 by number', () => {
    const result = mizuV2.addserver({
      u_name: 'trunk',
      u_ip: '10.0.0.1',
      fieldname0: 'email',
      fieldval0: 'a@b.c',
      fieldname7: 'pin',
    });
    expect(result.ok && result.params.fieldname).toEqual({ 0: 'email', 7: 'pin' });
    expect(result.ok && result.params.fieldval).toEqual({ 0: 'a@b.c' });
  });

  it('names the member that is bad', () => {
    const result = mizuV2.addserver({ u_name: 'trunk', u_ip: '10.0.0.1', fieldname3: 'bad name' });
    expect(!result.ok && result.issues[0]?.param).toBe('fieldname3');
  });
});

describe('minisip speeddial/set', () => {
  it('takes typed JSON values with their exact names', () => {
    expect(minisip.speeddialSet({ callerNbr: '3', dialedNbr: '3', desc: 'demo record', destNbr: '333' })).toEqual({
      ok: true,
      params: { callerNbr: '3', dialedNbr: '3', desc: 'demo record', destNbr: '333' },
    });
  });

  it('does not match names case-insensitively, as JSON keys are exact', () => {
    expect(minisip.speeddialSet({ callernbr: '3', dialednbr: '3' }).ok).toBe(false);
  });
});

describe('mor phonebook_add', () => {
  it('coerces path parameters to their type', () => {
    const result = mor.phonebookAdd({ userid: '12', number: '37060011111', name: 'Office' });
    expect(result).toMatchObject({ ok: true, params: { userid: 12 } });
  });

  it('refuses a non-numeric user id', () => {
    expect(mor.phonebookAdd({ userid: '12x', number: '1', name: 'n' }).ok).toBe(false);
  });
});
