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
  csvRecords,
  headerColumns,
  MAX_REPORTED,
  type CsvOptions,
  type CsvRecord,
  type CsvSource,
  type LineProblem,
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
  const users: NewUser[] = [];
  const problems: LineProblem[] = [];
  let moreProblems = 0;
  const firstLine = new Map<string, number>();
  let columns: Map<string, number> | undefined;
  read: for await (const records of csvRecords(source, options))
    for (const record of records) {
      try {
        if (record.error) throw new CsvLineError(record.line, record.error);
        if (!columns) {
          columns = headerColumns(record, USER_COLUMNS, REQUIRED);
          continue;
        }
        const user = userRow(record, columns, policy);
        if (taken.has(user.username)) throw new CsvLineError(record.line, `username ${user.username} is taken`);
        const earlier = firstLine.get(user.username);
        if (earlier !== undefined)
          throw new CsvLineError(record.line, `username ${user.username} is already on line ${earlier}`);
        firstLine.set(user.username, record.line);
        users.push(user);
      } catch (e) {
        if (!(e instanceof CsvLineError)) throw e;
        if (problems.length < MAX_REPORTED) problems.push({ line: e.line, message: e.message });
        else moreProblems++;
        if (!columns) break read;
      }
    }
  if (!columns) problems.push({ line: 1, message: `the file is empty: it needs the header ${REQUIRED.join(',')}` });
  else if (!problems.length && !users.length) problems.push({ line: 1, message: 'no users in the file' });
  return { users: problems.length ? [] : users, problems, moreProblems };
}

function userRow(record: CsvRecord, columns: Map<string, number>, policy: PasswordPolicy): NewUser {
  const { line, cells } = record;
  if (cells.length !== columns.size)
    throw new CsvLineError(line, `${cells.length} fields where the header has ${columns.size}`);
  const cell = (name: (typeof USER_COLUMNS)[number]) => {
    const i = columns.get(name);
    return i === undefined ? '' : cells[i]!.trim();
  };
  const username = cell('username');
  if (!USERNAME.test(username))
    throw new CsvLineError(line, `username ${JSON.stringify(username)}: 1 to 64 letters, digits and _ . @ + -`);
  // The password is taken as written: spaces may be part of it.
  const password = cells[columns.get('password')!]!;
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
