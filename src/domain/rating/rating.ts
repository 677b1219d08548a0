/**
 * Rating a called number for a user: the longest matching prefix of the user's tariff (mizu `rating`, v1 `rating`,
 * gencdr).
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { SwitchboardError } from '../../platform/errors.ts';
import { dialledDigits } from './prefix-index.ts';
import type { RateDecks, RateDeck, RateEntry } from './rate-decks.ts';
import { DEFAULT_TARIFF, tariffOfUser } from './tariffs.ts';

export interface RatedNumber {
  prefix: string;
  rate: RateEntry;
  deck: RateDeck;
}

/** The deck of a user's tariff (null: the default tariff), as of now; not-found when there is none. */
export async function deckOf(decks: RateDecks, tariffId: number | null): Promise<RateDeck> {
  const deck = await decks.current(tariffId);
  if (!deck) {
    throw new SwitchboardError(
      'not-found',
      tariffId === null
        ? `no tariff to rate on: the user has none and there is no tariff named ${DEFAULT_TARIFF}`
        : `the user's tariff ${tariffId} does not exist`,
    );
  }
  return deck;
}

/** The deck a user read from the database is rated on. */
export async function deckOfUser(em: SqlEntityManager, decks: RateDecks, userId: number): Promise<RateDeck> {
  return deckOf(decks, await tariffOfUser(em, userId));
}

/** The rate of the longest prefix of number in deck; not-found when no prefix matches. */
export function rateIn(deck: RateDeck, number: string): RatedNumber {
  const digits = dialledDigits(number);
  if (!digits) throw new SwitchboardError('missing-number', 'no number to rate: send bnum');
  const hit = deck.index.longestPrefix(digits);
  if (!hit) throw new SwitchboardError('not-found', `no rate for ${digits} in tariff ${deck.tariffName}`);
  return { prefix: hit.prefix, rate: hit.value, deck };
}

/** The rate a user on tariffId (null: the default tariff) pays to number. */
export async function rateOnTariff(decks: RateDecks, tariffId: number | null, number: string): Promise<RatedNumber> {
  if (!dialledDigits(number)) throw new SwitchboardError('missing-number', 'no number to rate: send bnum');
  return rateIn(await deckOf(decks, tariffId), number);
}
