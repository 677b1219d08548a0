/**
 * The price of one SMS. The seeds give SMS no price field of their own, so an SMS is rated the way calls are, on a
 * deck of its own: the tariff named `<tariff>-sms` beside the user's tariff (`default-sms` for users on the default
 * tariff), loaded like any rate deck (`switchboard import rates --tariff default-sms`), its longest matching prefix's
 * rate being the price of one message. Without such a tariff SMS is not charged.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { SwitchboardError } from '../../platform/errors.ts';
import type { RateDecks } from './rate-decks.ts';
import { rateIn } from './rating.ts';
import { DEFAULT_TARIFF } from './tariffs.ts';

export const SMS_TARIFF_SUFFIX = '-sms';

export interface SmsPrice {
  priceMicros: bigint;
  currency: string;
  /** The SMS tariff and the prefix the number matched. */
  tariffName: string;
  prefix: string;
}

/** The price of one SMS to number for a user on tariffId (null: the default tariff); undefined: SMS is not priced. */
export async function smsPrice(
  em: SqlEntityManager,
  decks: RateDecks,
  tariffId: number | null,
  number: string,
): Promise<SmsPrice | undefined> {
  const smsTariffId = await smsTariffOf(em, tariffId);
  if (smsTariffId === undefined) return undefined;
  const deck = await decks.current(smsTariffId);
  if (!deck) return undefined;
  try {
    const { prefix, rate } = rateIn(deck, number);
    return { priceMicros: rate.rateMicros, currency: deck.currency, tariffName: deck.tariffName, prefix };
  } catch (e) {
    if (e instanceof SwitchboardError && e.code === 'not-found')
      throw new SwitchboardError('not-found', `no SMS rate for ${number} in tariff ${deck.tariffName}`);
    throw e;
  }
}

/** The id of the SMS tariff beside the tariff tariffId (null: the default tariff), if there is one. */
async function smsTariffOf(em: SqlEntityManager, tariffId: number | null): Promise<number | undefined> {
  const [row] = await em
    .getConnection()
    .execute<{ id: number | string }[]>(
      tariffId === null
        ? 'select id from tariffs where name = ?'
        : 'select s.id from tariffs t join tariffs s on s.name = t.name || ? where t.id = ?',
      tariffId === null ? [`${DEFAULT_TARIFF}${SMS_TARIFF_SUFFIX}`] : [SMS_TARIFF_SUFFIX, tariffId],
    );
  return row ? Number(row.id) : undefined;
}
