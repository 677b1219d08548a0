/** Shared set-up for the calls command tests: users, rate decks and call records written straight to the database. */
import { User } from '../../../../src/persistence/entities/user.ts';
import { changeCredit } from '../../../../src/domain/billing/credit-ledger.ts';
import { insertCdrs, type NewCdr } from '../../../../src/domain/cdr/cdr-writer.ts';
import { writeRateDeck, type DeckRow } from '../../../../src/domain/rating/rate-deck-import.ts';
import { toMicros } from '../../../../src/platform/money.ts';
import type { TestServer } from '../../../support/server.ts';

export const PASSWORD = 'calls-pw-1';

export async function addUser(
  sb: TestServer,
  username: string,
  extra: { type?: 'enduser' | 'admin'; currency?: string } = {},
): Promise<number> {
  const { id } = await sb.server.services.accounts.create(
    sb.server.services.db.em(),
    { username, password: PASSWORD, ...extra },
    { name: 'test', requestId: 'setup' },
  );
  return id;
}

/** A user with credit (a decimal in the account currency) through the ledger, the cache told; answers its id. */
export async function addPayer(sb: TestServer, username: string, credit: string): Promise<number> {
  const id = await addUser(sb, username);
  if (credit !== '0')
    await changeCredit(sb.server.services.db.em(), {
      userId: id,
      amountMicros: toMicros(credit),
      reason: 'test credit',
      actor: 'test',
      requestId: 'setup',
    });
  await sb.server.services.accounts.cache.invalidate(id);
  return id;
}

export async function setTariff(sb: TestServer, userId: number, tariffId: number | null): Promise<void> {
  const em = sb.server.services.db.em();
  await em.nativeUpdate(User, { id: userId }, { tariffId });
  await sb.server.services.accounts.cache.invalidate(userId);
}

/** rows: [prefix, destination, rate per minute, connect fee?, initial?, increment?] */
export async function loadDeck(
  sb: TestServer,
  tariff: string,
  rows: [string, string, string, string?, number?, number?][],
  currency?: string,
) {
  const deck: DeckRow[] = rows.map(([prefix, destination, rate, fee, initial, increment], i) => ({
    line: i + 2,
    prefix,
    destination,
    rateMicros: toMicros(rate),
    connectFeeMicros: toMicros(fee ?? '0'),
    initialIncrement: initial ?? 60,
    increment: increment ?? 60,
  }));
  return writeRateDeck(sb.server.services.db.em(), { tariff, currency, rows: deck });
}

/** A call with the fields a test does not care about filled in: connected when duration > 0. */
export function call(fields: Partial<NewCdr> & { startedAt: Date }): NewCdr {
  const duration = fields.duration ?? 0;
  const connectedAt = fields.connectedAt !== undefined ? fields.connectedAt : duration > 0 ? fields.startedAt : null;
  return {
    userId: null,
    calledUserId: null,
    caller: '100',
    called: '200',
    direction: 'out',
    duration,
    costMicros: 0n,
    priceMicros: 0n,
    currency: 'USD',
    disconnectCause: connectedAt ? 16 : 19,
    sipCallId: '',
    prefix: '',
    destination: '',
    endedAt: new Date((connectedAt ?? fields.startedAt).getTime() + duration * 1000),
    ...fields,
    connectedAt,
  };
}

/** Replaces every call record with these. */
export async function replaceCalls(sb: TestServer, calls: NewCdr[]): Promise<void> {
  const em = sb.server.services.db.em();
  await em.getConnection().execute('delete from tb_cdrs');
  await em.transactional((tx) => insertCdrs(tx, calls));
}

const DAY_MS = 86_400_000;

/** Midnight UTC today, and a point of time relative to it; waits out the last seconds of a day so "today" holds. */
export async function today(): Promise<{
  midnight: number;
  at(days: number, hours?: number): Date;
  monthStart: number;
}> {
  const msToMidnight = DAY_MS - (Date.now() % DAY_MS);
  if (msToMidnight < 15_000) await new Promise((r) => setTimeout(r, msToMidnight + 100));
  const now = new Date();
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return {
    midnight,
    at: (days, hours = 0) => new Date(midnight + days * DAY_MS + hours * 3_600_000),
    monthStart: Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1),
  };
}
