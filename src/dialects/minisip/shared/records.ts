/**
 * The openapi's record objects (003: extline, peerserver, routegroup, natran, refine*, ana*, speeddial, hginfo,
 * hgoper, hgdect) share one behaviour, described per object by a RecordKind: list by pages of 20 in key order,
 * query and delete by key, set as an upsert by key where fields not sent keep their value. Every write checks the
 * references it makes, refuses to delete what others still use, runs in one transaction, and drops the routing
 * plan so the next call sees it.
 */
import type { EntityName } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { isUniqueViolation } from '../../../persistence/unique-violation.ts';
import { SwitchboardError } from '../../../platform/errors.ts';
import type { MinisipContext } from '../context.ts';
import { MASK, masked } from './secrets.ts';
import { pick, sentFields, type FieldValue } from './sent.ts';

/** "By default, miniSIPServer will return at most 20 records" (003:L158). */
export const PAGE_SIZE = 20;

type Row = Record<string, FieldValue>;
// biome-ignore lint/suspicious/noExplicitAny: the record helpers serve every openapi entity alike
type Table = EntityName<any>;

/** A field that names another record (one that also matches `where`, when given); 0 or '' names none. */
export interface Reference {
  field: string;
  what: string;
  entity: Table;
  column: string;
  where?: Readonly<Record<string, FieldValue>>;
}
/** Records elsewhere that hold this record's `field` in their `column`. */
export interface Usage {
  entity: Table;
  column: string;
  field: string;
  what: string;
}

export interface RecordKind {
  /** The API object and, for messages, what it is in words. */
  object: string;
  what: string;
  entity: Table;
  key: readonly string[];
  /** Every field of the record, with its value in a new record. */
  fields: Readonly<Row>;
  listFields: readonly string[];
  orderBy: Readonly<Record<string, 'asc'>>;
  aliases?: Readonly<Record<string, readonly string[]>>;
  /** Stored sealed, answered masked. */
  secrets?: readonly string[];
  references?: readonly Reference[];
  /** A problem of the record as it would be stored (fields that go together), or undefined. */
  check?: (row: Readonly<Row>) => string | undefined;
  /** Delete is refused while any of these use the record. */
  usedBy?: readonly Usage[];
  /** Deleted with the record. */
  owns?: readonly Usage[];
  /** Further delete checks (a last rule of a group in use). */
  beforeDelete?: (tx: SqlEntityManager, row: Readonly<Row>) => Promise<void>;
  /** How a record is named in messages; by default its key values joined with '/'. */
  label?: (key: Readonly<Row>) => string;
}

export function recordHandlers<Query, ListRow, KeyParams extends object, SetParams extends object>(kind: RecordKind) {
  const allFields = Object.keys(kind.fields);
  const valueFields = Object.fromEntries(Object.entries(kind.fields).filter(([f]) => !kind.key.includes(f)));
  const answer = (row: Readonly<Row>, fields: readonly string[]) =>
    Object.fromEntries(fields.map((f) => [f, kind.secrets?.includes(f) ? masked(String(row[f] ?? '')) : row[f]]));

  return {
    async list(params: { pageIndex: number }, ctx: MinisipContext): Promise<{ rows: ListRow[] }> {
      const rows = await ctx.em.find(
        kind.entity,
        {},
        { orderBy: { ...kind.orderBy }, limit: PAGE_SIZE, offset: params.pageIndex * PAGE_SIZE },
      );
      return { rows: rows.map((r) => answer(r as Row, kind.listFields) as ListRow) };
    },

    async query(params: KeyParams, ctx: MinisipContext): Promise<Query> {
      return answer(await findRecord(ctx.em, kind, params), allFields) as Query;
    },

    async delete(params: KeyParams, ctx: MinisipContext): Promise<{ message?: string }> {
      await ctx.em.transactional(async (tx) => {
        const row = await findRecord(tx, kind, params);
        for (const use of kind.usedBy ?? []) await refuseIfUsed(tx, kind, row, use);
        await kind.beforeDelete?.(tx, row);
        for (const owned of kind.owns ?? []) await tx.nativeDelete(owned.entity, { [owned.column]: row[owned.field] });
        await tx.nativeDelete(kind.entity, keyOf(kind, row));
      });
      await ctx.services.routing.invalidate();
      return { message: `${label(kind, params)} deleted` };
    },

    async set(params: SetParams, ctx: MinisipContext): Promise<{ message?: string }> {
      const key = keyOf(kind, params as Record<string, unknown>);
      const given = sentFields(valueFields, params as Record<string, unknown>, ctx.raw, kind.aliases);
      const upsert = () =>
        ctx.em.transactional(async (tx) => {
          const existing = (await tx.findOne(kind.entity, key)) as Row | null;
          const merged: Row = {
            ...kind.fields,
            ...(existing ? (pick(existing, allFields) as Row) : {}),
            ...given,
            ...key,
          };
          const problem = kind.check?.(merged);
          if (problem) throw new SwitchboardError('invalid-parameter', problem);
          await checkReferences(tx, kind, merged, existing ? Object.keys(given) : allFields);
          const values = sealSecrets(kind, given, ctx, existing !== null);
          if (existing) tx.assign(existing, values);
          else tx.create(kind.entity, { ...merged, ...values });
          return existing === null;
        });
      // Two requests adding the same key at once: the loser meets the unique index, and updates the winner's record.
      const added = await upsert().catch((e: unknown) =>
        e instanceof SwitchboardError || !isUniqueViolation(e) ? Promise.reject(e) : upsert(),
      );
      await ctx.services.routing.invalidate();
      return { message: `${label(kind, params)} ${added ? 'added' : 'updated'}` };
    },
  };
}

export async function findRecord(em: SqlEntityManager, kind: RecordKind, params: object): Promise<Row> {
  const row = await em.findOne(kind.entity, keyOf(kind, params as Record<string, unknown>));
  if (!row) throw new SwitchboardError('not-found', `no ${label(kind, params)}`);
  return row as Row;
}

/** The references among `fields` must name existing records. */
export async function checkReferences(
  tx: SqlEntityManager,
  kind: Pick<RecordKind, 'references'>,
  row: Readonly<Row>,
  fields: readonly string[],
): Promise<void> {
  for (const ref of kind.references ?? []) {
    const value = row[ref.field];
    if (!fields.includes(ref.field) || value === 0 || value === '' || value === undefined) continue;
    if ((await tx.count(ref.entity, { ...ref.where, [ref.column]: value })) === 0) {
      throw new SwitchboardError(
        'invalid-parameter',
        `${ref.field} ${JSON.stringify(value)}: there is no ${ref.what} ${value}`,
      );
    }
  }
}

async function refuseIfUsed(tx: SqlEntityManager, kind: RecordKind, row: Readonly<Row>, use: Usage): Promise<void> {
  const count = await tx.count(use.entity, { [use.column]: row[use.field] });
  if (count > 0) throw inUse(kind, describeKey(kind, row), `${count} ${use.what}`);
}

export function inUse(kind: Pick<RecordKind, 'what'>, id: string, users: string): SwitchboardError {
  return new SwitchboardError(
    'command-failed',
    `${kind.what} ${id} is in use by ${users}: change or delete those first`,
  );
}

function sealSecrets(kind: RecordKind, given: Row, ctx: MinisipContext, existing: boolean): Row {
  const out = { ...given };
  for (const field of kind.secrets ?? []) {
    const value = out[field];
    if (value === undefined) continue;
    // The mask sent back from a query answer means "unchanged".
    if (value === MASK) {
      if (existing) delete out[field];
      else out[field] = '';
    } else if (value !== '') {
      out[field] = ctx.services.secrets.seal(String(value));
    }
  }
  return out;
}

function keyOf(kind: Pick<RecordKind, 'key'>, params: Readonly<Record<string, unknown>>): Row {
  return Object.fromEntries(kind.key.map((k) => [k, params[k] as FieldValue]));
}

function describeKey(kind: Pick<RecordKind, 'key'>, params: object): string {
  return kind.key.map((k) => String((params as Record<string, unknown>)[k])).join('/');
}

function label(kind: RecordKind, params: object): string {
  return kind.label
    ? kind.label(keyOf(kind, params as Record<string, unknown>))
    : `${kind.what} ${describeKey(kind, params)}`;
}
