/**
 * Tariffs (price lists) and which one a user is rated on: the user's tariffId, or — for users without one — the
 * tariff named `default` (created by `switchboard import rates` without --tariff).
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { Tariff, type TariffRow } from '../../persistence/entities/tariff.ts';
import { SwitchboardError } from '../errors.ts';

export const DEFAULT_TARIFF = 'default';
const CURRENCY = /^[A-Z]{3}$/;
const NAME = /^[\p{L}\p{N} _.@+-]{1,64}$/u;

export interface UserTariff {
  /** undefined: the user has no tariff and there is no default tariff. */
  tariffId?: number;
  /** The deck's version now (0 before its first change). */
  version: number;
}

/** The tariff a user is rated on and its deck version, in one round trip. */
export async function tariffOfUser(em: SqlEntityManager, userId: number): Promise<UserTariff> {
  const rows = await em.getConnection().execute<{ tariff_id: number | string | null; version: number | string | null }[]>(
    `select x.tariff_id, v.version from (
       select coalesce(u.tariff_id, (select d.id from tariffs d where d.name = ?)) as tariff_id from tb_users u where u.id = ?
     ) x left join rate_deck_versions v on v.tariff_id = x.tariff_id`,
    [DEFAULT_TARIFF, userId], 'all', em.getTransactionContext(),
  );
  const row = rows[0];
  if (!row) throw new SwitchboardError('user-not-found', 'user not found');
  return { tariffId: row.tariff_id === null ? undefined : Number(row.tariff_id), version: Number(row.version ?? 0) };
}

/** The tariff named name, created with currency when missing; an existing one must be in currency when one is asked for. */
export async function ensureTariff(em: SqlEntityManager, name: string, currency?: string): Promise<{ tariff: TariffRow; created: boolean }> {
  if (!NAME.test(name)) throw new SwitchboardError('invalid-parameter', `tariff name ${JSON.stringify(name)}: 1 to 64 letters, digits, spaces and _ . @ + -`);
  const wanted = currency?.toUpperCase();
  if (wanted !== undefined && !CURRENCY.test(wanted)) throw new SwitchboardError('invalid-parameter', `currency ${JSON.stringify(currency)} is not an ISO 4217 code`);
  const existing = await em.findOne(Tariff, { name });
  if (existing) {
    if (wanted && existing.currency !== wanted) {
      throw new SwitchboardError('invalid-parameter', `tariff ${name} is in ${existing.currency}, not ${wanted}`);
    }
    return { tariff: existing, created: false };
  }
  const tariff = em.create(Tariff, { name, currency: wanted ?? 'USD' });
  await em.flush();
  return { tariff, created: true };
}
