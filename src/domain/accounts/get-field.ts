/**
 * getfield (001:L592-L604, 002:L551-L557): one field of the first row a filter matches, with the seed's defaults —
 * table tb_users, retfieldname id, the filter field guessed among username, callerid and userid.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { CONFIG_OPTIONS } from '../../../generated/common.ts';
import { SwitchboardError } from '../../platform/errors.ts';
import { fromMicros } from '../../platform/money.ts';
import { canonicalOption } from '../settings/global-options.ts';
import { columnText, columnValue, findColumn, findTable, type FieldType, type Table } from './table-fields.ts';
import { SECRET_USER_COLUMNS, virtualUserField } from './user-fields.ts';

export interface FieldRead {
  table: string;
  field: string;
  filterField?: string;
  filterType?: FieldType;
  filterValue: string;
}

/** Global options holding keys and passwords: showcfg masks them, so getfield does not answer them either. */
const SECRET_OPTIONS = new Set(CONFIG_OPTIONS.filter((o) => o.secret).map((o) => o.name.toLowerCase()));

/** "auto guess (username/callerid/userid)" */
const USER_GUESSES = ['username', 'callerid', 'id'];

export async function getField(em: SqlEntityManager, read: FieldRead): Promise<string> {
  const table = findTable(em, read.table);
  const users = table.name === 'tb_users';
  const wanted = read.field.toLowerCase();
  const virtual = users ? virtualUserField(wanted) : undefined;
  if (users && (virtual === 'password' || virtual === 'forgotpasswordanswer' || isSecret(table, wanted))) {
    throw new SwitchboardError('access-denied', 'passwords, PINs and recovery answers are never answered');
  }
  const property =
    virtual === 'credit'
      ? 'creditMicros'
      : virtual === 'creditlimit'
        ? 'creditLimitMicros'
        : findColumn(table, read.field).name;
  const order = table.meta.primaryKeys[0]!;
  for (const filter of filters(table, read.filterField)) {
    if (users && isSecret(table, filter)) throw new SwitchboardError('access-denied', 'cannot filter on a secret');
    const prop = findColumn(table, filter);
    let value: unknown;
    try {
      value = columnValue(prop, read.filterValue, read.filterType);
    } catch (e) {
      if (read.filterField) throw e;
      continue; // a guess the value cannot be (letters for the id): try the next one
    }
    const row = (await em.findOne(table.meta.class, { [prop.name]: value } as never, {
      orderBy: { [order]: 'asc' } as never,
      disableIdentityMap: true,
    })) as Record<string, unknown> | null;
    if (!row) continue;
    if (
      table.name === 'global_config' &&
      property === 'value' &&
      SECRET_OPTIONS.has(canonicalOption(String(row.name)))
    ) {
      throw new SwitchboardError('access-denied', `${String(row.name)} is a secret option; it is never answered`);
    }
    return virtual ? fromMicros(BigInt(row[property] as bigint)) : columnText(row[property]);
  }
  throw new SwitchboardError(
    'not-found',
    `no row of ${table.name} where ${read.filterField ?? (users ? 'username, callerid or userid' : 'id')} is ${read.filterValue}`,
  );
}

function filters(table: Table, named: string | undefined): string[] {
  if (named) return [table.name === 'tb_users' && named.toLowerCase() === 'userid' ? 'id' : named];
  return table.name === 'tb_users' ? USER_GUESSES : [table.meta.primaryKeys[0]!];
}

function isSecret(table: Table, field: string): boolean {
  const props = Object.values(table.meta.properties);
  const prop = props.find(
    (p) => p.fieldNames?.[0]?.toLowerCase() === field.toLowerCase() || p.name.toLowerCase() === field.toLowerCase(),
  );
  return !!prop && (SECRET_USER_COLUMNS as readonly string[]).includes(prop.fieldNames[0]!);
}
