/**
 * A user's personal details as the MOR pages show and change them (004:L84-L142): the MOR-only fields in
 * mor_user_details, the shared ones (email, phone, address, country, display name, credit) on tb_users.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { CachedUser, UserCache } from '../accounts/user-cache.ts';
import { User, type UserRow } from '../../persistence/entities/user.ts';
import { MorUserDetails, type MorUserDetailsRow } from '../../persistence/entities/mor/user-details.ts';
import { AuditEntry } from '../../persistence/entities/audit-entry.ts';
import { SwitchboardError } from '../../platform/errors.ts';
import { money } from './amounts.ts';

export interface Account {
  user: UserRow;
  details: MorUserDetailsRow;
}

const BLANK = {
  alias: '',
  firstName: '',
  surname: '',
  personalId: '',
  agreementNumber: '',
  agreementDate: '',
  taxationCountry: '',
  vatRegNumber: '',
  vatPercentMicros: 0n,
  regPostcode: '',
  regCity: '',
  regState: '',
  regDirection: '',
  regMobile: '',
  regFax: '',
  language: 'en',
};

/** The user and their MOR details (blank details until first saved). */
export async function account(em: SqlEntityManager, userId: number): Promise<Account> {
  const user = await em.findOne(User, { id: userId }, { disableIdentityMap: true });
  if (!user) throw new SwitchboardError('user-not-found', 'User was not found');
  const details = await em.findOne(MorUserDetails, { userId }, { disableIdentityMap: true });
  return { user, details: details ?? ({ userId, ...BLANK, updatedAt: new Date() } as MorUserDetailsRow) };
}

const accountsOfCachedUsers = new WeakMap<CachedUser, Promise<Account>>();

/**
 * The account of an authenticated user, read once for each entry the user cache holds for them: every write to the
 * user or to their MOR details drops that entry (changeDetails, setOperatorDetails), so the next request reads again.
 * `em` is asked for on a miss only.
 */
export function accountOf(user: CachedUser, em: () => SqlEntityManager): Promise<Account> {
  let held = accountsOfCachedUsers.get(user);
  if (!held) {
    accountsOfCachedUsers.set(user, (held = account(em(), user.id)));
    held.catch(() => accountsOfCachedUsers.delete(user));
  }
  return held;
}

/** The name the pages greet the user by: the account's name, else first name and surname, else the username. */
export function displayName(a: Account): string {
  return a.user.name || `${a.details.firstName} ${a.details.surname}`.trim() || a.user.username;
}

/**
 * The main_details block: Prepaid or Postpaid, balance, and the credit limit (a postpaid account without one has No
 * Limit).
 */
export function finances(user: UserRow): { account: string; balance: string; credit: string } {
  const limit = BigInt(user.creditLimitMicros);
  return {
    account: user.postpaid ? 'Postpaid' : 'Prepaid',
    balance: money(BigInt(user.creditMicros), user.currency),
    credit: !user.postpaid ? money(0n, user.currency) : limit > 0n ? money(limit, user.currency) : 'No Limit',
  };
}

/** The editable fields of update_personal_details, by their page element names; a field not given keeps its value. */
export interface DetailsChange {
  username?: string;
  surname?: string;
  personalid?: string;
  agreement_number?: string;
  agreement_date?: string;
  taxation_country?: string;
  vat_reg_number?: string;
  reg_address?: string;
  reg_postcode?: string;
  reg_city?: string;
  reg_country?: string;
  reg_state?: string;
  reg_direction?: string;
  reg_phone?: string;
  reg_mobile?: string;
  reg_fax?: string;
  reg_email?: string;
}

const DETAIL_FIELDS = {
  username: 'firstName',
  surname: 'surname',
  personalid: 'personalId',
  agreement_number: 'agreementNumber',
  agreement_date: 'agreementDate',
  taxation_country: 'taxationCountry',
  vat_reg_number: 'vatRegNumber',
  reg_postcode: 'regPostcode',
  reg_city: 'regCity',
  reg_state: 'regState',
  reg_direction: 'regDirection',
  reg_mobile: 'regMobile',
  reg_fax: 'regFax',
} as const satisfies Partial<Record<keyof DetailsChange, keyof MorUserDetailsRow>>;

/** The registration fields every dialect shares live on the user. */
const USER_FIELDS = {
  reg_address: 'address',
  reg_country: 'country',
  reg_phone: 'phone',
  reg_email: 'email',
} as const satisfies Partial<Record<keyof DetailsChange, keyof UserRow>>;

const USER_LIMITS: Record<keyof typeof USER_FIELDS, number> = {
  reg_address: 255,
  reg_country: 64,
  reg_phone: 32,
  reg_email: 254,
};

export async function changeDetails(
  em: SqlEntityManager,
  cache: UserCache,
  userId: number,
  change: DetailsChange,
  actor: { name: string; requestId: string },
): Promise<void> {
  for (const [field, limit] of Object.entries(USER_LIMITS)) {
    const value = change[field as keyof DetailsChange];
    if (value !== undefined && value.length > limit)
      throw new SwitchboardError('invalid-parameter', `${field} must be at most ${limit} characters`);
  }
  await em.transactional(async (tx) => {
    const user = await tx.findOne(User, { id: userId });
    if (!user) throw new SwitchboardError('user-not-found', 'User was not found');
    const details =
      (await tx.findOne(MorUserDetails, { userId })) ??
      tx.create(MorUserDetails, { userId, ...BLANK, updatedAt: new Date() });
    for (const [field, column] of Object.entries(DETAIL_FIELDS)) {
      const value = change[field as keyof DetailsChange];
      if (value !== undefined) (details as Record<string, unknown>)[column] = value.trim();
    }
    for (const [field, column] of Object.entries(USER_FIELDS)) {
      const value = change[field as keyof DetailsChange];
      if (value !== undefined) (user as Record<string, unknown>)[column] = value.trim();
    }
    details.updatedAt = new Date();
    tx.create(AuditEntry, {
      actor: actor.name,
      action: 'mor.personal-details',
      target: user.username,
      requestId: actor.requestId,
      detail: JSON.stringify(Object.keys(change)),
    });
  });
  await cache.invalidate(userId);
}

/** Operator-side settings of the MOR details (alias, VAT, language): not editable by the user on the page. */
export async function setOperatorDetails(
  em: SqlEntityManager,
  cache: UserCache,
  userId: number,
  values: Partial<Pick<MorUserDetailsRow, 'alias' | 'vatPercentMicros' | 'language'>>,
): Promise<void> {
  const details =
    (await em.findOne(MorUserDetails, { userId })) ??
    em.create(MorUserDetails, { userId, ...BLANK, updatedAt: new Date() });
  Object.assign(details, values, { updatedAt: new Date() });
  await em.flush();
  await cache.invalidate(userId);
}
