/**
 * Tariffs (price lists) and which one a user is rated on: the user's tariffId, or — for users without one — the
 * tariff named `default` (created by `switchboard import rates` without --tariff).
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { Tariff, type TariffRow } from '../../persistence/entities/tariff.ts';
import { SwitchboardError } from '../../platform/errors.ts';

export const DEFAULT_TARIFF = 'default';
const CURRENCY = /^[A-Z]{3}$/;
const NAME = /^[\p{L}\p{N} _.@+-]{1,64}$/u;

/** The user's own tariff; null: the user is rated on the default tariff. */
export async function tariffOfUser(em: SqlEntityManager, userId: number): Promise<number | null> {
  const [row] = await em
    .getConnection()
    .execute<{ tariff_id: number | string | null }[]>(
      'select tariff_id from tb_users where id = ?',
      [userId],
      'all',
      em.getTransactionContext(),
    );
  if (!row) throw new SwitchboardError('user-not-found', 'user not found');
  return row.tariff_id === null ? null : Number(row.tariff_id);
}

/**
 * The tariff named name, created with currency when missing; an existing one must be in currency when one is asked for.
 */
export async function ensureTariff(
  em: SqlEntityManager,
  name: string,
  currency?: string,
): Promise<{ tariff: TariffRow; created: boolean }> {
  const existing = await findTariff(em, name, currency);
  if (existing) return { tariff: existing, created: false };
  const tariff = em.create(Tariff, { name, currency: currency?.toUpperCase() ?? 'USD' });
  await em.flush();
  return { tariff, created: true };
}

/** The tariff named name, or null; the name and currency are checked as ensureTariff checks them. */
export async function findTariff(em: SqlEntityManager, name: string, currency?: string): Promise<TariffRow | null> {
  if (!NAME.test(name))
    throw new SwitchboardError(
      'invalid-parameter',
      `tariff name ${JSON.stringify(name)}: 1 to 64 letters, digits, spaces and _ . @ + -`,
    );
  const wanted = currency?.toUpperCase();
  if (wanted !== undefined && !CURRENCY.test(wanted))
    throw new SwitchboardError('invalid-parameter', `currency ${JSON.stringify(currency)} is not an ISO 4217 code`);
  const existing = await em.findOne(Tariff, { name });
  if (existing && wanted && existing.currency !== wanted)
    throw new SwitchboardError('invalid-parameter', `tariff ${name} is in ${existing.currency}, not ${wanted}`);
  return existing;
}
