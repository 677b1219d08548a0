/** Faxes received on a user's fax devices (004:L745-L787). */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { MorFax, type MorFaxRow } from '../../persistence/entities/mor/fax.ts';
import type { Period } from './time.ts';

export interface FaxFilter {
  userId: number;
  period: Period;
  /** A status as the page shows it (Received, …), any when absent. */
  status?: string;
  deviceId?: number;
}

/** The page lists at most this many; the period narrows it. */
export const FAX_PAGE_LIMIT = 10_000;

export async function faxesOf(em: SqlEntityManager, f: FaxFilter): Promise<MorFaxRow[]> {
  return em.find(
    MorFax,
    {
      userId: f.userId,
      receivedAt: { $gte: f.period.start, $lte: f.period.end },
      ...(f.status ? { status: f.status } : {}),
      ...(f.deviceId !== undefined ? { deviceId: f.deviceId } : {}),
    },
    { orderBy: { receivedAt: 'desc', id: 'desc' }, limit: FAX_PAGE_LIMIT, disableIdentityMap: true },
  );
}

export async function recordFax(em: SqlEntityManager, fax: Omit<MorFaxRow, 'id'>): Promise<MorFaxRow> {
  const row = em.create(MorFax, fax);
  await em.flush();
  return row;
}
