/**
 * The user's rates as the MOR rates page shows them (004:L299-L364): per destination group and direction code
 * (Afghanistan FIX, Afghanistan MOB), the price per minute of the user's tariff — the highest among the group's
 * prefixes, so the page never understates a call — without and with the user's VAT, in the user's currency or
 * another one converted at the operator's exchange rates.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { MorCurrency } from '../../persistence/entities/mor/currency.ts';
import { MorDestination, MorDestinationGroup } from '../../persistence/entities/mor/destination.ts';
import { SwitchboardError } from '../errors.ts';
import { convert, withVat } from './amounts.ts';

/** Users without a tariff of their own are rated on the tariff named this (as the rating engine does). */
const DEFAULT_TARIFF = 'default';

export interface RateLine {
  ratename: string;
  rateicon: string;
  ratetype: string;
  rateMicros: bigint;
  vatRateMicros: bigint;
}

export interface UserRates {
  currency: string;
  available: string[];
  lines: RateLine[];
}

interface Deck {
  currency: string;
  /** prefix → price per minute and the rate's own destination name */
  rates: Map<string, { micros: bigint; name: string }>;
}

async function deckOf(em: SqlEntityManager, userId: number): Promise<Deck | undefined> {
  const tariffs = await em.getConnection().execute<{ id: number | string; currency: string }[]>(
    `select t.id, t.currency from tb_users u join tariffs t on t.id = coalesce(u.tariff_id, (select d.id from tariffs d where d.name = ?)) where u.id = ?`,
    [DEFAULT_TARIFF, userId],
  );
  const tariff = tariffs[0];
  if (!tariff) return undefined;
  const rows = await em.getConnection().execute<{ prefix: string; destination: string; rate: string }[]>(
    'select prefix, destination, cast(rate_micros as text) as rate from rates where tariff_id = ?', [tariff.id],
  );
  return { currency: tariff.currency, rates: new Map(rows.map((r) => [r.prefix, { micros: BigInt(r.rate), name: r.destination || r.prefix }])) };
}

/** The longest key of map that is a prefix of number. */
function longest<T>(map: Map<string, T>, number: string): [string, T] | undefined {
  for (let n = number.length; n > 0; n--) {
    const hit = map.get(number.slice(0, n));
    if (hit !== undefined) return [number.slice(0, n), hit];
  }
  return undefined;
}

export async function userRates(em: SqlEntityManager, user: { id: number; currency: string }, vatPercentMicros: bigint, wanted?: string): Promise<UserRates> {
  const currencies = await em.find(MorCurrency, { active: true }, { disableIdentityMap: true });
  const exchange = new Map(currencies.map((c) => [c.code, BigInt(c.exchangeRateMicros)]));
  const available = [...new Set([user.currency, ...exchange.keys()])].sort();
  const deck = await deckOf(em, user.id);
  const target = (wanted ?? user.currency).toUpperCase();
  if (wanted !== undefined && !available.includes(target)) {
    throw new SwitchboardError('invalid-parameter', `currency ${target} is not available: one of ${available.join(', ')}`);
  }
  if (!deck) return { currency: target, available, lines: [] };
  const from = exchange.get(deck.currency);
  const to = exchange.get(target);
  if (deck.currency !== target && (from === undefined || to === undefined)) {
    if (wanted !== undefined) throw new SwitchboardError('invalid-parameter', `no exchange rate between ${deck.currency} and ${target}`);
    // The user's own currency cannot be reached from the tariff's: show the tariff's prices as they are.
    return rateLines(em, deck, vatPercentMicros, deck.currency, available, (m) => m);
  }
  return rateLines(em, deck, vatPercentMicros, target, available, (m) => (from === undefined || to === undefined ? m : convert(m, from, to)));
}

async function rateLines(em: SqlEntityManager, deck: Deck, vat: bigint, currency: string, available: string[], conv: (m: bigint) => bigint): Promise<UserRates> {
  const groups = new Map((await em.find(MorDestinationGroup, {}, { disableIdentityMap: true })).map((g) => [g.id, g]));
  const destinations = new Map((await em.find(MorDestination, {}, { disableIdentityMap: true })).map((d) => [d.prefix, d]));
  const highest = new Map<string, { name: string; icon: string; type: string; rate: bigint }>();
  const raise = (name: string, icon: string, type: string, rate: bigint) => {
    const key = `${name}\u0000${type}`;
    const seen = highest.get(key);
    if (!seen || rate > seen.rate) highest.set(key, { name, icon, type, rate });
  };
  const applied = new Set<string>();
  // Each destination costs what the longest rate prefix covering it says…
  for (const d of destinations.values()) {
    const rate = longest(deck.rates, d.prefix);
    const g = groups.get(d.groupId);
    if (!rate || !g) continue;
    raise(g.name, g.flag ? `${g.flag}.png` : '', d.type, rate[1].micros);
    applied.add(rate[0]);
  }
  // …and a finer rate inside a destination counts for it too; a rate that prices no destination is listed on its own.
  for (const [prefix, rate] of deck.rates) {
    const d = longest(destinations, prefix);
    const g = d ? groups.get(d[1].groupId) : undefined;
    if (d && g) raise(g.name, g.flag ? `${g.flag}.png` : '', d[1].type, rate.micros);
    else if (!applied.has(prefix)) raise(rate.name, '', '', rate.micros);
  }
  const lines = [...highest.values()]
    .sort((a, b) => a.name.localeCompare(b.name) || a.type.localeCompare(b.type))
    .map((h) => {
      const rateMicros = conv(h.rate);
      return { ratename: h.name, rateicon: h.icon, ratetype: h.type, rateMicros, vatRateMicros: withVat(rateMicros, vat) };
    });
  return { currency, available, lines };
}

export interface DestinationGroupPage {
  name: string;
  icon: string;
  directions: { details: string; prefix: string; type: string }[];
}

export async function destinationGroup(em: SqlEntityManager, groupId: number): Promise<DestinationGroupPage> {
  const group = await em.findOne(MorDestinationGroup, { id: groupId }, { disableIdentityMap: true });
  if (!group) throw new SwitchboardError('not-found', `no destination group ${groupId}`);
  const rows = await em.find(MorDestination, { groupId }, { orderBy: { prefix: 'asc' }, disableIdentityMap: true });
  return { name: group.name, icon: group.flag ? `${group.flag}.png` : '', directions: rows.map((d) => ({ details: d.name, prefix: d.prefix, type: d.type })) };
}

/** Operator side: a destination group and its prefixes. */
export async function defineGroup(em: SqlEntityManager, name: string, flag: string, prefixes: { prefix: string; name: string; type: string }[]): Promise<number> {
  const group = em.create(MorDestinationGroup, { name, flag });
  await em.flush();
  for (const p of prefixes) em.create(MorDestination, { prefix: p.prefix, groupId: group.id, name: p.name, type: p.type });
  await em.flush();
  return group.id;
}

/** Operator side: a currency and its exchange rate against the base currency. */
export async function defineCurrency(em: SqlEntityManager, code: string, name: string, exchangeRateMicros: bigint): Promise<void> {
  if (!/^[A-Z]{3}$/.test(code)) throw new SwitchboardError('invalid-parameter', `currency ${code} is not an ISO 4217 code`);
  if (exchangeRateMicros <= 0n) throw new SwitchboardError('invalid-parameter', 'an exchange rate must be positive');
  await em.upsert(MorCurrency, { code, name, exchangeRateMicros, active: true });
}
