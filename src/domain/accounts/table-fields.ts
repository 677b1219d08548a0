/**
 * The tables and columns setfield and getfield may name ("Admins can change any fields in any table", 002:L391):
 * only what the ORM knows as a real table and column is accepted, so no name a client sends ever reaches SQL text;
 * reads and writes go through the ORM with the column's property. Values are converted to the column's type.
 */
import type { EntityMetadata, EntityProperty } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { SwitchboardError } from '../../platform/errors.ts';
import { inMoneyRange, MAX_MICROS } from '../../platform/money.ts';

/** Append-only records: changing a row would falsify the history they keep. */
const APPEND_ONLY = new Set(['credit_ledger', 'audit_log']);

export type FieldType = 'string' | 'int' | 'float';

export interface Table {
  name: string;
  meta: EntityMetadata;
  /** The single integer primary key rows are addressed by (rowid), when the table has one. */
  key?: EntityProperty;
}

export function findTable(em: SqlEntityManager, name: string): Table {
  const wanted = name.toLowerCase();
  const meta = [...em.getMetadata().getAll().values()].find(
    (m) => !m.embeddable && !m.virtual && m.tableName?.toLowerCase() === wanted,
  );
  if (!meta) throw new SwitchboardError('not-found', `no table ${name}`);
  const keys = meta.primaryKeys.map((k) => meta.properties[k]!);
  const key = keys.length === 1 && keys[0]!.runtimeType === 'number' ? keys[0] : undefined;
  return { name: meta.tableName, meta, key };
}

export function assertWritable(table: Table): void {
  if (APPEND_ONLY.has(table.name))
    throw new SwitchboardError('access-denied', `${table.name} is append-only: its rows cannot be changed`);
  if (!table.key)
    throw new SwitchboardError(
      'invalid-parameter',
      `${table.name} has no numeric row id, so setfield cannot address its rows`,
    );
}

/** A column by its name in the database, or its property name (case-insensitive). */
export function findColumn(table: Table, name: string): EntityProperty {
  const wanted = name.toLowerCase();
  const props = Object.values(table.meta.properties).filter((p) => p.fieldNames?.length === 1 && p.persist !== false);
  const prop =
    props.find((p) => p.fieldNames[0]!.toLowerCase() === wanted) ?? props.find((p) => p.name.toLowerCase() === wanted);
  if (!prop) throw new SwitchboardError('invalid-parameter', `${table.name} has no field ${name}`);
  return prop;
}

export function columnName(prop: EntityProperty): string {
  return prop.fieldNames[0]!;
}

/** The text sent for a column, as the value to store. fieldtype, when given, must agree with the text. */
export function columnValue(prop: EntityProperty, text: string, fieldtype?: FieldType): unknown {
  const column = columnName(prop);
  if (fieldtype === 'int' && !/^-?\d+$/.test(text))
    throw new SwitchboardError('invalid-parameter', `fieldvalue is not an int: ${text}`);
  if (fieldtype === 'float' && !/^-?\d+(\.\d+)?$/.test(text))
    throw new SwitchboardError('invalid-parameter', `fieldvalue is not a float: ${text}`);
  if (text === '') {
    if (prop.nullable) return null;
    if (prop.runtimeType === 'string') return '';
    throw new SwitchboardError('invalid-parameter', `${column} cannot be empty`);
  }
  const bad = (what: string) =>
    new SwitchboardError('invalid-parameter', `${column} must be ${what}, not ${JSON.stringify(text)}`);
  switch (prop.runtimeType) {
    case 'number': {
      if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(Number(text))) throw bad('an integer');
      return Number(text);
    }
    case 'bigint':
      // The bigint columns hold micro-units (money, percentages, rates): the money type's range holds them.
      if (!/^-?\d{1,18}$/.test(text) || !inMoneyRange(BigInt(text)))
        throw bad(`an integer of micro-units within ${MAX_MICROS} either side of zero`);
      return BigInt(text);
    case 'boolean': {
      const v = text.toLowerCase();
      if (['1', 'true', 'yes'].includes(v)) return true;
      if (['0', 'false', 'no'].includes(v)) return false;
      throw bad('1 or 0');
    }
    case 'Date': {
      const d = new Date(text);
      if (Number.isNaN(d.getTime())) throw bad('a date and time');
      return d;
    }
    default: {
      if (prop.length && text.length > prop.length) throw bad(`at most ${prop.length} characters`);
      // eslint-disable-next-line no-control-regex
      if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) throw bad('text without control characters');
      return text;
    }
  }
}

/** A stored value as the text getfield answers. */
export function columnText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (value instanceof Date) return value.toISOString();
  return String(value);
}
