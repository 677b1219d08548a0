/**
 * What a custom-SQL keyword stands for (002:L579-L593): [USERID] and [USERNAME] the authenticated user, [SPARAMn] the
 * request's sparamN, {field} "any user or input parameter" — the user's own field first, so a request parameter can
 * never pose as the user's identity. Passwords, PINs and authentication secrets are never offered.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { User } from '../../persistence/entities/user.ts';
import { fromMicros } from '../../platform/money.ts';
import type { Keyword } from './sql-keywords.ts';
import type { SqlValue } from './sql-runner.ts';

const HIDDEN_USER_FIELDS = new Set(['passwordsealed', 'password', 'pin']);
const HIDDEN_PARAMS = new Set([
  'authpwd',
  'authmd5',
  'authkey',
  'authsalt',
  'authsalt1',
  'authsalt2',
  'nonce',
  'pwd',
  'password',
  'pin',
  'md5auth',
  'key',
  'mcrfs',
  'hash',
]);

export type KeywordValue = (k: Keyword) => SqlValue;

/** The user's fields by their lower-case names (creditMicros is offered as credit, a decimal). */
export async function userFields(em: SqlEntityManager, userId: number | undefined): Promise<Map<string, SqlValue>> {
  const fields = new Map<string, SqlValue>();
  if (userId === undefined) return fields;
  const row = await em.findOne(User, { id: userId }, { disableIdentityMap: true });
  if (!row) return fields;
  for (const [key, value] of Object.entries(row as unknown as Record<string, unknown>)) {
    const name = key.toLowerCase();
    if (HIDDEN_USER_FIELDS.has(name)) continue;
    if (
      name.endsWith('micros') &&
      (typeof value === 'bigint' || typeof value === 'string' || typeof value === 'number')
    ) {
      fields.set(name.slice(0, -'micros'.length), fromMicros(BigInt(value)));
    } else {
      fields.set(name, sqlValue(value));
    }
  }
  fields.set('userid', row.id);
  return fields;
}

export function keywordValues(user: Map<string, SqlValue>, params: Readonly<Record<string, string>>): KeywordValue {
  return (k) => {
    switch (k.kind) {
      case 'userid':
        return user.get('id') ?? null;
      case 'username':
        return user.get('username') ?? null;
      case 'sparam':
        return params[`sparam${k.n}`] ?? null;
      case 'field':
        if (user.has(k.name)) return user.get(k.name)!;
        return HIDDEN_PARAMS.has(k.name) ? null : (params[k.name] ?? null);
    }
  };
}

/** A value the drivers bind: SQLite takes no booleans or dates. */
function sqlValue(v: unknown): SqlValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'bigint') return v;
  return JSON.stringify(v);
}
