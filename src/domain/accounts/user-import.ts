/**
 * Loading users from CSV (`switchboard import users`): header `username,password` and any of `credit,currency,name,
 * email,phone,type`. Every row is checked first — the username's form, the password policy sign-up applies, no
 * username twice in the file or already taken — and every bad one reported by line; only a clean file is written, in
 * one transaction, each user through Accounts.create (the password sealed, the starting credit through the ledger,
 * an audit row).
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { DEFAULT_PASSWORD_POLICY } from '../../platform/config.ts';
import { USER_TYPES, type UserType } from '../../persistence/entities/user.ts';
import {
  amountCell,
  CsvLineError,
  type CsvOptions,
  type CsvRow,
  type CsvSource,
  FirstLines,
  type LineProblem,
  readCsvTable,
} from '../rating/csv.ts';
import { USERNAME, type Accounts, type Actor, type NewUser } from './accounts.ts';
import { weakPasswordReason, type PasswordPolicy } from './password-policy.ts';
import { isCurrency } from './user-fields.ts';

export const USER_COLUMNS = ['username', 'password', 'credit', 'currency', 'name', 'email', 'phone', 'type'] as const;
const REQUIRED = ['username', 'password'] as const;
const MAX_TEXT = 128;

export interface UsersRead {
  /** Empty when there is any problem: then nothing is to be written. */
  users: NewUser[];
  problems: LineProblem[];
  moreProblems: number;
}

/** Every user of a file, or the problems in it; existing usernames are read from em. */
export async function readUsers(
  em: SqlEntityManager,
  source: CsvSource,
  options: CsvOptions & { passwordPolicy?: PasswordPolicy } = {},
): Promise<UsersRead> {
  const policy = options.passwordPolicy ?? DEFAULT_PASSWORD_POLICY;
  const taken = new Set(
    (await em.getConnection().execute<{ username: string }[]>('select username from tb_users')).map((r) => r.username),
  );
  const usernames = new FirstLines((username) => `username ${username}`);
  const { rows: users, problems } = await readCsvTable(
    source,
    { known: USER_COLUMNS, required: REQUIRED },
    (row) => {
      const user = readUserRow(row, policy);
      if (taken.has(user.username)) throw new CsvLineError(row.line, `username ${user.username} is taken`);
      usernames.claim(user.username, row.line);
      return user;
    },
    options,
  );
  if (!problems.list.length && !users.length) problems.add({ line: 1, message: 'no users in the file' });
  return { users: problems.list.length ? [] : users, problems: problems.list, moreProblems: problems.more };
}

function readUserRow(row: CsvRow, policy: PasswordPolicy): NewUser {
  const { line } = row;
  const cell = (name: (typeof USER_COLUMNS)[number]) => row.cell(name);
  const username = cell('username');
  if (!USERNAME.test(username))
    throw new CsvLineError(line, `username ${JSON.stringify(username)}: 1 to 64 letters, digits and _ . @ + -`);
  // The password is taken as written: spaces may be part of it.
  const password = row.raw('password');
  const weak = weakPasswordReason(policy, password, username);
  if (weak) throw new CsvLineError(line, `weak password: ${weak}`);
  const currency = cell('currency').toUpperCase();
  if (currency && !isCurrency(currency))
    throw new CsvLineError(line, `currency ${JSON.stringify(currency)} is not an ISO 4217 currency code`);
  const type = (cell('type') || 'enduser') as UserType;
  if (!USER_TYPES.includes(type))
    throw new CsvLineError(line, `type ${JSON.stringify(type)}: ${USER_TYPES.join(', ')}`);
  const text = (name: 'name' | 'email' | 'phone') => {
    const value = cell(name);
    if (value.length > MAX_TEXT) throw new CsvLineError(line, `${name}: at most ${MAX_TEXT} characters`);
    return value;
  };
  return {
    username,
    password,
    type,
    currency: currency || undefined,
    creditMicros: amountCell(line, 'credit', cell('credit'), 0n),
    name: text('name'),
    email: text('email'),
    phone: text('phone'),
  };
}

/** Creates the checked users in one transaction: all of them or, on any failure, none. */
export async function writeUsers(
  accounts: Accounts,
  em: SqlEntityManager,
  users: readonly NewUser[],
  actor: Actor,
  onWritten?: (users: number) => void,
): Promise<void> {
  await em.transactional(async (tx) => {
    for (const [i, user] of users.entries()) {
      await accounts.create(tx, user, actor);
      onWritten?.(i + 1);
    }
  });
}
