/**
 * setfield (001:L590, 002:L386-L391, 002:L550): user logins change only their own tb_users row, only the allowed
 * fields, the contact fields only while empty; "Admins can change any fields in any table". Credit goes through the
 * ledger, the password is sealed, the recovery answer hashed.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { AuditEntry } from '../../persistence/entities/audit-entry.ts';
import { User, USER_TYPES } from '../../persistence/entities/user.ts';
import { setCredit } from '../billing/credit-ledger.ts';
import { SwitchboardError } from '../../platform/errors.ts';
import { amountParam, fromMicros } from '../../platform/money.ts';
import type { Accounts, Actor } from './accounts.ts';
import { hashAnswer } from './secret-answer.ts';
import { assertWritable, columnName, columnValue, findColumn, findTable, type FieldType } from './table-fields.ts';
import { SECRET_USER_COLUMNS, userAccess, userFieldProblem, virtualUserField } from './user-fields.ts';

export interface FieldWrite {
  table: string;
  field: string;
  value: string;
  fieldtype?: FieldType;
  rowid?: number;
}

export interface Writer {
  admin: boolean;
  /** The user the request acts as (absent for an admin by trusted address). */
  userId?: number;
  actor: Actor;
  idempotencyKey?: string;
}

const USERNAME = /^[A-Za-z0-9_.@+-]{1,64}$/;

/** Writes one field; answers what changed, in words. */
export async function setField(
  accounts: Accounts,
  em: SqlEntityManager,
  write: FieldWrite,
  writer: Writer,
): Promise<string> {
  const table = findTable(em, write.table);
  if (!writer.admin) {
    if (table.name !== 'tb_users')
      throw new SwitchboardError('access-denied', 'user logins can update only their own tb_users row');
    if (writer.userId === undefined) throw new SwitchboardError('auth-failed', 'authentication required');
    if (write.rowid !== undefined && write.rowid !== writer.userId)
      throw new SwitchboardError('access-denied', 'user logins can update only their own tb_users row');
    const access = userAccess(write.field);
    if (access === 'none')
      throw new SwitchboardError('access-denied', `${write.field} is not one of the fields users may change`);
    return setUserField(accounts, em, writer.userId, write, writer, access === 'once');
  }
  if (table.name === 'tb_users') {
    const rowid = write.rowid ?? writer.userId;
    if (rowid === undefined) throw new SwitchboardError('missing-parameter', 'missing parameter: rowid');
    return setUserField(accounts, em, rowid, write, writer, false);
  }
  assertWritable(table);
  if (write.rowid === undefined) throw new SwitchboardError('missing-parameter', 'missing parameter: rowid');
  const prop = findColumn(table, write.field);
  if (prop.primary) throw new SwitchboardError('access-denied', `the row id ${columnName(prop)} cannot be changed`);
  const value = columnValue(prop, write.value, write.fieldtype);
  const changed = await em.transactional(async (tx) => {
    const count = await tx.nativeUpdate(
      table.meta.class,
      { [table.key!.name]: write.rowid } as never,
      { [prop.name]: value } as never,
    );
    if (count) audit(tx, writer.actor, `${table.name}#${write.rowid}`, { field: columnName(prop), value: write.value });
    await tx.flush();
    return count > 0;
  });
  if (!changed) throw new SwitchboardError('not-found', `no row ${write.rowid} in ${table.name}`);
  return `${table.name} ${write.rowid}: ${columnName(prop)} updated`;
}

async function setUserField(
  accounts: Accounts,
  em: SqlEntityManager,
  userId: number,
  write: FieldWrite,
  writer: Writer,
  onlyIfEmpty: boolean,
): Promise<string> {
  const actor = { ...writer.actor, action: 'setfield' };
  const virtual = virtualUserField(write.field);
  if (virtual === 'credit') {
    const result = await setCredit(em, {
      userId,
      targetMicros: amountParam(write.value, 'credit'),
      reason: 'setfield credit',
      actor: writer.actor.name,
      requestId: writer.actor.requestId,
      idempotencyKey: writer.idempotencyKey,
    });
    await accounts.cache.invalidate(userId);
    return `credit is ${fromMicros(result.afterMicros)}${result.replayed ? ' (already applied)' : ''}`;
  }
  if (virtual === 'password') {
    if (!write.value) throw new SwitchboardError('invalid-parameter', 'the password cannot be empty');
    await accounts.setPassword(em, userId, write.value, writer.actor);
    return 'password changed';
  }
  if (virtual === 'pin') {
    await accounts.setPin(em, userId, write.value, writer.actor);
    return write.value ? 'pin changed' : 'pin cleared';
  }
  let property: string;
  let value: unknown;
  let shown = write.value;
  if (virtual === 'creditlimit') {
    const limit = amountParam(write.value, 'creditlimit');
    if (limit < 0n) throw new SwitchboardError('invalid-parameter', 'creditlimit cannot be negative');
    [property, value] = ['creditLimitMicros', limit];
  } else if (virtual === 'forgotpasswordanswer') {
    if (write.value.trim().length < 2)
      throw new SwitchboardError('invalid-parameter', 'the answer must be at least 2 characters');
    [property, value, shown] = ['forgotpasswordanswerhash', hashAnswer(write.value), '***'];
  } else {
    ({ property, value } = userColumnValue(em, write.field, write.value, write.fieldtype));
  }
  const changed = await accounts.update(
    em,
    userId,
    { [property]: value },
    { ...actor, detail: JSON.stringify({ field: write.field.toLowerCase(), value: shown }) },
    onlyIfEmpty ? property : undefined,
  );
  if (!changed) {
    if (!(await em.count(User, { id: userId })))
      throw new SwitchboardError('user-not-found', `no user with id ${userId}`);
    throw new SwitchboardError(
      'access-denied',
      `${write.field} is already set; users may set it only while it is empty`,
    );
  }
  return `${write.field.toLowerCase()} updated`;
}

/**
 * A plain tb_users column and the value to store in it, checked as for an admin; refused for the row id and the
 * secrets.
 */
export function userColumnValue(
  em: SqlEntityManager,
  field: string,
  text: string,
  fieldtype?: FieldType,
): { property: string; value: unknown } {
  const prop = findColumn(findTable(em, 'tb_users'), field);
  const column = columnName(prop);
  if (prop.primary || (SECRET_USER_COLUMNS as readonly string[]).includes(column)) {
    throw new SwitchboardError(
      'access-denied',
      `${column} cannot be set directly${column === 'password_sealed' ? ': set password' : ''}`,
    );
  }
  const problem = userFieldProblem(column, text) ?? checkIdentity(column, text);
  if (problem) throw new SwitchboardError('invalid-parameter', `${column} ${problem}`);
  return {
    property: prop.name,
    value: columnValue(prop, column === 'currency' ? text.toUpperCase() : text, fieldtype),
  };
}

/** Rules for the fields that identify an account (an admin's write still has to leave a valid account). */
function checkIdentity(column: string, value: string): string | undefined {
  if (column === 'username')
    return USERNAME.test(value) ? undefined : 'may hold only letters, digits and _ . @ + - (1 to 64)';
  if (column === 'type')
    return (USER_TYPES as readonly string[]).includes(value) ? undefined : `must be one of ${USER_TYPES.join(', ')}`;
  return undefined;
}

function audit(tx: SqlEntityManager, actor: Actor, target: string, detail: Record<string, string>): void {
  tx.create(AuditEntry, {
    actor: actor.name,
    action: 'setfield',
    target,
    requestId: actor.requestId,
    detail: JSON.stringify(detail),
  });
}
