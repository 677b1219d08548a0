/**
 * The user's rates as the MOR rates page shows them (004:L299-L364): per destination group and direction code
 * (Afghanistan FIX, Afghanistan MOB), the price per minute of the user's tariff — the highest among the group's
 * prefixes, so the page never understates a call — without and with the user's VAT, in the user's currency or
 * another one converted at the operator's exchange rates.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { MorCurrency, type MorCurrencyRow } from '../../persistence/entities/mor/currency.ts';
import { MorDestination, MorDestinationGroup } from '../../persistence/entities/mor/destination.ts';
import { SwitchboardError } from '../../platform/errors.ts';
import { convert, withVat } from './amounts.ts';
import { deckOfUser } from '../rating/rating.ts';
import { PrefixIndex } from '../rating/prefix-index.ts';
import type { RateDeck, RateDecks } from '../rating/rate-decks.ts';

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

/** The deck the user is rated on, as the rating engine keeps it; undefined when there is none to show. */
async function deckOf(em: SqlEntityManager, decks: RateDecks, userId: number): Promise<RateDeck | undefined> {
  try {
    return await deckOfUser(em, decks, userId);
  } catch (e) {
    if (e instanceof SwitchboardError && e.code === 'not-found') return undefined;
    throw e;
  }
}

export async function userRates(
  em: SqlEntityManager,
  decks: RateDecks,
  user: { id: number; currency: string },
  vatPercentMicros: bigint,
  wanted?: string,
): Promise<UserRates> {
  const currencies = await em.find(MorCurrency, { active: true }, { disableIdentityMap: true });
  const exchange = new Map(currencies.map((c) => [c.code, BigInt(c.exchangeRateMicros)]));
  const available = [...new Set([user.currency, ...exchange.keys()])].sort();
  const deck = await deckOf(em, decks, user.id);
  const target = (wanted ?? user.currency).toUpperCase();
  if (wanted !== undefined && !available.includes(target)) {
    throw new SwitchboardError(
      'invalid-parameter',
      `currency ${target} is not available: one of ${available.join(', ')}`,
    );
  }
  if (!deck) return { currency: target, available, lines: [] };
  const from = exchange.get(deck.currency);
  const to = exchange.get(target);
  if (deck.currency !== target && (from === undefined || to === undefined)) {
    if (wanted !== undefined)
      throw new SwitchboardError('invalid-parameter', `no exchange rate between ${deck.currency} and ${target}`);
    // The user's own currency cannot be reached from the tariff's: show the tariff's prices as they are.
    return rateLines(em, deck, vatPercentMicros, deck.currency, available, (m) => m);
  }
  return rateLines(em, deck, vatPercentMicros, target, available, (m) =>
    from === undefined || to === undefined ? m : convert(m, from, to),
  );
}

async function rateLines(
  em: SqlEntityManager,
  deck: RateDeck,
  vat: bigint,
  currency: string,
  available: string[],
  conv: (m: bigint) => bigint,
): Promise<UserRates> {
  const groups = new Map((await em.find(MorDestinationGroup, {}, { disableIdentityMap: true })).map((g) => [g.id, g]));
  const destinations = new PrefixIndex(
    (await em.find(MorDestination, {}, { disableIdentityMap: true })).map((d): [string, typeof d] => [d.prefix, d]),
  );
  const highest = new Map<string, { name: string; icon: string; type: string; rate: bigint }>();
  const raise = (name: string, icon: string, type: string, rate: bigint) => {
    const key = `${name}\u0000${type}`;
    const seen = highest.get(key);
    if (!seen || rate > seen.rate) highest.set(key, { name, icon, type, rate });
  };
  const applied = new Set<string>();
  // Each destination costs what the longest rate prefix covering it says…
  for (const [, d] of destinations.entries()) {
    const rate = deck.index.longestPrefix(d.prefix);
    const g = groups.get(d.groupId);
    if (!rate || !g) continue;
    raise(g.name, g.flag ? `${g.flag}.png` : '', d.type, rate.value.rateMicros);
    applied.add(rate.prefix);
  }
  // …and a finer rate inside a destination counts for it too; a rate that prices no destination is listed on its own.
  for (const [prefix, rate] of deck.index.entries()) {
    const d = destinations.longestPrefix(prefix);
    const g = d ? groups.get(d.value.groupId) : undefined;
    if (d && g) raise(g.name, g.flag ? `${g.flag}.png` : '', d.value.type, rate.rateMicros);
    else if (!applied.has(prefix)) raise(rate.destination || prefix, '', '', rate.rateMicros);
  }
  const lines = [...highest.values()]
    .sort((a, b) => a.name.localeCompare(b.name) || a.type.localeCompare(b.type))
    .map((h) => {
      const rateMicros = conv(h.rate);
      return {
        ratename: h.name,
        rateicon: h.icon,
        ratetype: h.type,
        rateMicros,
        vatRateMicros: withVat(rateMicros, vat),
      };
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
  return {
    name: group.name,
    icon: group.flag ? `${group.flag}.png` : '',
    directions: rows.map((d) => ({ details: d.name, prefix: d.prefix, type: d.type })),
  };
}

export interface NewDestination {
  prefix: string;
  name: string;
  /** Direction code: FIX, MOB, … */
  type: string;
}

const PREFIX = /^[0-9]{1,32}$/;
const DIRECTION_CODE = /^[A-Za-z0-9]{1,8}$/;

/**
 * Operator side: a destination group and prefixes in it. A group of that name is added to (its flag changed when one
 * is given); a prefix belongs to one group only.
 */
export async function defineGroup(
  em: SqlEntityManager,
  name: string,
  flag: string,
  prefixes: NewDestination[],
): Promise<number> {
  if (!name || name.length > 128) throw new SwitchboardError('invalid-parameter', 'a group name: 1 to 128 characters');
  if (!/^[A-Za-z0-9_-]{0,32}$/.test(flag))
    throw new SwitchboardError('invalid-parameter', `flag ${JSON.stringify(flag)}: the icon's stem, e.g. aust`);
  for (const p of prefixes) {
    if (!PREFIX.test(p.prefix))
      throw new SwitchboardError('invalid-parameter', `prefix ${JSON.stringify(p.prefix)}: 1 to 32 digits`);
    if (!DIRECTION_CODE.test(p.type))
      throw new SwitchboardError('invalid-parameter', `direction code ${JSON.stringify(p.type)}: FIX, MOB, …`);
  }
  return em.transactional(async (tx) => {
    let group = await tx.findOne(MorDestinationGroup, { name });
    if (!group) group = tx.create(MorDestinationGroup, { name, flag });
    else if (flag) group.flag = flag;
    await tx.flush();
    const taken = await tx.find(MorDestination, { prefix: { $in: prefixes.map((p) => p.prefix) } });
    if (taken.length)
      throw new SwitchboardError('duplicate', `prefix ${taken[0]!.prefix} is already in a destination group`);
    for (const p of prefixes)
      tx.create(MorDestination, { prefix: p.prefix, groupId: group.id, name: p.name, type: p.type.toUpperCase() });
    await tx.flush();
    return group.id;
  });
}

export interface GroupListing {
  id: number;
  name: string;
  flag: string;
  prefixes: NewDestination[];
}

/** Every destination group with its prefixes, by name. */
export async function listGroups(em: SqlEntityManager): Promise<GroupListing[]> {
  const groups = await em.find(MorDestinationGroup, {}, { orderBy: { name: 'asc' }, disableIdentityMap: true });
  const rows = await em.find(MorDestination, {}, { orderBy: { prefix: 'asc' }, disableIdentityMap: true });
  return groups.map((g) => ({
    id: g.id,
    name: g.name,
    flag: g.flag,
    prefixes: rows.filter((d) => d.groupId === g.id).map((d) => ({ prefix: d.prefix, name: d.name, type: d.type })),
  }));
}

/** Removes a destination group with its prefixes; answers how many prefixes went. */
export async function deleteGroup(em: SqlEntityManager, name: string): Promise<number> {
  return em.transactional(async (tx) => {
    const group = await tx.findOne(MorDestinationGroup, { name }, { disableIdentityMap: true });
    if (!group) throw new SwitchboardError('not-found', `no destination group ${name}`);
    const prefixes = await tx.nativeDelete(MorDestination, { groupId: group.id });
    await tx.nativeDelete(MorDestinationGroup, { id: group.id });
    return prefixes;
  });
}

/** Operator side: a currency and its exchange rate (units of it per one unit of the base currency). */
export async function defineCurrency(
  em: SqlEntityManager,
  code: string,
  name: string,
  exchangeRateMicros: bigint,
): Promise<void> {
  if (!/^[A-Z]{3}$/.test(code))
    throw new SwitchboardError('invalid-parameter', `currency ${code} is not an ISO 4217 code`);
  if (exchangeRateMicros <= 0n) throw new SwitchboardError('invalid-parameter', 'an exchange rate must be positive');
  await em.upsert(MorCurrency, { code, name, exchangeRateMicros, active: true });
}

export async function listCurrencies(em: SqlEntityManager): Promise<MorCurrencyRow[]> {
  return em.find(MorCurrency, {}, { orderBy: { code: 'asc' }, disableIdentityMap: true });
}

/** Removes a currency: rates can no longer be shown in it. */
export async function deleteCurrency(em: SqlEntityManager, code: string): Promise<void> {
  if (!(await em.nativeDelete(MorCurrency, { code }))) throw new SwitchboardError('not-found', `no currency ${code}`);
}
