/**
 * What a call costs on a rate: the connect fee once it connects, then the rate per minute over the billed seconds —
 * the initial increment at least, then whole increments (60/60, 30/6, 1/1). Exact micro-units, rounded up to the micro.
 */

export interface Rate {
  rateMicros: bigint;
  connectFeeMicros: bigint;
  initialIncrement: number;
  increment: number;
}

/** Seconds billed for a call of durationSeconds: 0 when not connected. */
export function billedSeconds(rate: Rate, durationSeconds: number): number {
  if (durationSeconds <= 0) return 0;
  const initial = Math.max(rate.initialIncrement, 0);
  if (durationSeconds <= initial) return initial;
  const step = Math.max(rate.increment, 1);
  return initial + Math.ceil((durationSeconds - initial) / step) * step;
}

/** The cost of a call of durationSeconds (0 when it did not connect). */
export function callCostMicros(rate: Rate, durationSeconds: number, connected = durationSeconds > 0): bigint {
  if (!connected) return 0n;
  const perSecondTimes60 = rate.rateMicros * BigInt(billedSeconds(rate, durationSeconds));
  return rate.connectFeeMicros + (perSecondTimes60 + 59n) / 60n;
}
