// The in-process replay ring (issue 15): each nonce-count of a nonce is taken once and counts must go up; a nonce it
// does not hold (pushed out by newer ones, or issued before a restart) is never taken; its memory is fixed.
import { describe, expect, it } from 'vitest';
import { NonceCountRing } from '../../../src/domain/telephony/nonce-uses.ts';
import { SipNonces } from '../../../src/domain/telephony/sip-nonces.ts';

const REALM = 'switchboard.test';

describe('NonceCountRing', () => {
  /** A ring of `size` with the nonces it is told of, as the registrar's SipNonces issues them. */
  const issuing = (size: number) => {
    const ring = new NonceCountRing(size);
    const nonces = new SipNonces('a secret key for the ring test', 60_000, ring);
    const issue = () => nonces.check(nonces.issue(REALM), REALM).nonce!;
    return { ring, issue };
  };

  it('takes each count of a nonce once, and only counts above the highest taken', () => {
    const { ring, issue } = issuing(8);
    const nonce = issue();
    expect(ring.firstUse(nonce, 1)).toBe(true);
    expect(ring.firstUse(nonce, 1)).toBe(false);
    expect(ring.firstUse(nonce, 3)).toBe(true);
    expect(ring.firstUse(nonce, 2)).toBe(false);
    expect(ring.firstUse(nonce, 0xffffffff)).toBe(true);
    expect(ring.firstUse(nonce, 0xffffffff)).toBe(false);
  });

  it('keeps the last `size` nonces: an older one is not taken, whatever its count', () => {
    const { ring, issue } = issuing(4);
    const oldest = issue();
    const newer = Array.from({ length: 4 }, issue);
    expect(ring.firstUse(oldest, 1)).toBe(false);
    for (const nonce of newer) expect(ring.firstUse(nonce, 1)).toBe(true);
  });

  it('does not take a nonce issued by another instance (a previous run of the server), even on its slot', () => {
    const { ring } = issuing(4);
    const before = issuing(4).issue();
    expect(ring.firstUse(before, 1)).toBe(false);
    // Both counted from serial 0: only the epoch tells the nonces apart.
    const { ring: other, issue } = issuing(4);
    issue();
    expect(other.firstUse({ ...before, serial: 0 }, 1)).toBe(false);
  });
});

describe('SipNonces', () => {
  const KEY = 'a secret key shared by two processes';
  const nonces = () => new SipNonces(KEY, 60_000, new NonceCountRing(8));

  it('accepts the nonces another instance with the same key issued, and refuses one altered or of another realm', () => {
    const [issuer, other] = [nonces(), nonces()];
    const text = issuer.issue(REALM);
    expect(issuer.check(text, REALM).state).toBe('fresh');
    expect(other.check(text, REALM).state).toBe('fresh');
    expect(issuer.check(text, 'elsewhere.test').state).toBe('invalid');
    // The same issue time, epoch and serial, under a signature of its own making: the issuer refuses it too.
    const raw = Buffer.from(text, 'base64url');
    raw[raw.length - 1]! ^= 1;
    const altered = raw.toString('base64url');
    expect(issuer.check(altered, REALM).state).toBe('invalid');
    expect(other.check(altered, REALM).state).toBe('invalid');
  });
});
