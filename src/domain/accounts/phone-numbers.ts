/**
 * The numbers tied to users (phone_numbers): the free DID pool an operator loads (`switchboard numbers add`),
 * offered by getphonenumber and locked by lockphonenumber (002:L905-L909); and the numbers a user registers as
 * its own caller numbers — pin-less ANIs (cli, 000:L118-L119) and callback numbers (addcallbacknumber). A number
 * belongs to one user at most: every change is one conditional statement, so two users racing for one number
 * cannot both get it.
 *
 * The seed's lockphonenumber example carries no user: that is the sign-up flow (offer, reserve, then newuseru with
 * the number as the username), so an anonymous lock reserves the number for a while and the sign-up claims it.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { SwitchboardError } from '../../platform/errors.ts';

export type OwnNumberKind = 'callback' | 'ani';
export const POOL_NUMBER = /^\+?[0-9]{2,31}$/;

interface Row {
  number: string;
  user_id: number | null;
  kind: string;
  locked_at: number | string | Date | null;
}

const FREE = "kind = 'did' and user_id is null and (locked_at is null or locked_at < ?)";

/** Up to count free pool numbers, in random order (so clients signing up at once are offered different ones). */
export async function freeNumbers(em: SqlEntityManager, count: number, reservationMs: number): Promise<string[]> {
  const rows = await em
    .getConnection()
    .execute<{ number: string }[]>(`select number from phone_numbers where ${FREE} order by random() limit ?`, [
      cutoff(reservationMs),
      count,
    ]);
  return rows.map((r) => r.number);
}

export type LockOutcome = 'locked' | 'already-yours' | 'reserved';

/** Locks a pool number to a user, or (no user) reserves it for the sign-up that follows. */
export async function lockNumber(
  em: SqlEntityManager,
  number: string,
  userId: number | undefined,
  reservationMs: number,
): Promise<LockOutcome> {
  const conn = em.getConnection();
  const taken =
    userId === undefined
      ? await conn.execute<Row[]>(
          `update phone_numbers set locked_at = ? where number = ? and ${FREE} returning number`,
          [new Date(), number, cutoff(reservationMs)],
        )
      : await conn.execute<Row[]>(
          `update phone_numbers set user_id = ?, locked_at = ? where number = ? and ${FREE} returning number`,
          [userId, new Date(), number, cutoff(reservationMs)],
        );
  if (taken.length) return userId === undefined ? 'reserved' : 'locked';
  const row = await numberRow(em, number);
  if (row?.kind !== 'did') throw new SwitchboardError('not-found', `${number} is not a number of the free pool`);
  if (userId !== undefined && row.user_id === userId) return 'already-yours';
  if (row.user_id !== null) throw new SwitchboardError('duplicate', `${number} is already locked by another user`);
  throw new SwitchboardError('duplicate', `${number} is reserved for a sign-up in progress`);
}

/** A sign-up whose username is a pool number takes it: free or reserved; refused when it belongs to someone. */
export async function claimForSignup(tx: SqlEntityManager, number: string, userId: number): Promise<boolean> {
  const claimed = await tx
    .getConnection()
    .execute<Row[]>(
      "update phone_numbers set user_id = ?, locked_at = ? where number = ? and kind = 'did' and user_id is null returning number",
      [userId, new Date(), number],
      'all',
      tx.getTransactionContext(),
    );
  if (claimed.length) return true;
  const row = await numberRow(tx, number);
  if (row && row.user_id !== null && row.user_id !== userId)
    throw new SwitchboardError('duplicate', `the number ${number} belongs to another account`);
  return false;
}

/** Registers one of the user's own caller numbers; answers false when the user already has it. */
export async function addOwnNumber(
  em: SqlEntityManager,
  number: string,
  userId: number,
  kind: OwnNumberKind,
): Promise<boolean> {
  const added = await em
    .getConnection()
    .execute<Row[]>(
      'insert into phone_numbers (number, user_id, kind, locked_at) values (?, ?, ?, ?) on conflict (number) do nothing returning number',
      [number, userId, kind, new Date()],
    );
  if (added.length) return true;
  const row = await numberRow(em, number);
  if (row?.user_id === userId) return false;
  throw new SwitchboardError(
    'duplicate',
    row?.kind === 'did' ? `${number} is a number of the DID pool` : `${number} is registered to another user`,
  );
}

export type NumberKind = OwnNumberKind | 'did';

/**
 * The username of the one enabled account a number belongs to: a number of these kinds in phone_numbers, and with
 * accountFields the account's phone or caller id too; none when no account or several have it. The number is
 * matched in its forms with and without + or 00 before the digits.
 */
export async function numberOwner(
  em: SqlEntityManager,
  number: string,
  kinds: readonly NumberKind[],
  accountFields: boolean,
): Promise<string | undefined> {
  const digits = number.replace(/[^0-9]/g, '');
  if (!digits) return undefined;
  const forms = [digits, `+${digits}`, `00${digits}`];
  const marks = forms.map(() => '?').join(', ');
  const ofAccount = accountFields ? `u.phone in (${marks}) or u.callerid in (${marks}) or ` : '';
  const rows = await em.getConnection().execute<{ username: string }[]>(
    `select distinct u.username from tb_users u
       where u.enabled = true and (${ofAccount}u.id in (select n.user_id from phone_numbers n
         where n.kind in (${kinds.map(() => '?').join(', ')}) and n.number in (${marks})))`,
    [...(accountFields ? [...forms, ...forms] : []), ...kinds, ...forms],
  );
  return rows.length === 1 ? rows[0]!.username : undefined;
}

/** A deleted user's pool numbers go back to the pool; its own caller numbers go. */
export async function releaseNumbers(tx: SqlEntityManager, userId: number): Promise<void> {
  const conn = tx.getConnection();
  const ctx = tx.getTransactionContext();
  await conn.execute(
    "update phone_numbers set user_id = null, locked_at = null where user_id = ? and kind = 'did'",
    [userId],
    'run',
    ctx,
  );
  await conn.execute("delete from phone_numbers where user_id = ? and kind <> 'did'", [userId], 'run', ctx);
}

/** Loads numbers into the free pool; answers how many were new (numbers already known are left as they are). */
export async function addToPool(em: SqlEntityManager, numbers: string[]): Promise<number> {
  const bad = numbers.filter((n) => !POOL_NUMBER.test(n));
  if (bad.length)
    throw new SwitchboardError(
      'invalid-parameter',
      `not a phone number (digits, optionally a leading +): ${bad.slice(0, 10).join(', ')}`,
    );
  const unique = [...new Set(numbers)];
  return em.transactional(async (tx) => {
    let added = 0;
    for (let i = 0; i < unique.length; i += 500) {
      const slice = unique.slice(i, i + 500);
      const rows = await tx
        .getConnection()
        .execute<Row[]>(
          `insert into phone_numbers (number, kind) values ${slice.map(() => "(?, 'did')").join(', ')} on conflict (number) do nothing returning number`,
          slice,
          'all',
          tx.getTransactionContext(),
        );
      added += rows.length;
    }
    return added;
  });
}

async function numberRow(em: SqlEntityManager, number: string): Promise<Row | undefined> {
  const rows = await em
    .getConnection()
    .execute<Row[]>(
      'select number, user_id, kind, locked_at from phone_numbers where number = ?',
      [number],
      'all',
      em.getTransactionContext(),
    );
  const row = rows[0];
  return row && { ...row, user_id: row.user_id === null ? null : Number(row.user_id) };
}

function cutoff(reservationMs: number): Date {
  return new Date(Date.now() - reservationMs);
}
