/**
 * MikroORM 7 connections that send every value to the database as a bound parameter. The stock
 * `AbstractSqlConnection.execute()` writes the values into the SQL text (`platform.formatQuery`) and runs it with an
 * empty bind array (mikro-orm/mikro-orm#8001): a quote or a NUL in a value then becomes part of the statement, and
 * every distinct value is a distinct statement text, which no statement cache can reuse. Here the ORM's `?`
 * placeholders stay placeholders (`$1…` for PostgreSQL) and the values go to better-sqlite3 or pg unchanged, except
 * for the conversions the ORM's own quoting made (dates, booleans, JSON, IN lists).
 */
import { isRaw, JsonProperty, raw, Utils } from '@mikro-orm/core';
import { PostgreSqlConnection, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { type AbstractSqlConnection, NativeQueryBuilder } from '@mikro-orm/sql';
import { SqliteConnection, SqliteDriver } from '@mikro-orm/sqlite';
import { CompiledQuery } from 'kysely';
import type { Engine } from './database.ts';

/** A value PostgreSQL text cannot hold: refused by name before the statement is sent. */
export class UnstorableValueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnstorableValueError';
  }
}

interface BoundQuery {
  sql: string;
  parameters: unknown[];
}

/** How one engine takes a value and names the n-th (1-based) placeholder. */
interface Binding {
  placeholder(n: number): string;
  value(v: unknown, n: number): unknown;
}

const SQLITE: Binding = {
  placeholder: () => '?',
  value(v) {
    if (v === undefined || v === null) return null;
    // better-sqlite3 binds every JS number as REAL; the ORM wrote whole numbers as integer literals.
    if (typeof v === 'number') return Number.isSafeInteger(v) ? BigInt(v) : v;
    if (typeof v === 'boolean') return v ? 1n : 0n;
    if (v instanceof Date) return BigInt(v.getTime());
    if (typeof v === 'string' || typeof v === 'bigint' || Buffer.isBuffer(v)) return v;
    if (ArrayBuffer.isView(v)) return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
    return String(v);
  },
};

function postgres(formatDate: (d: Date) => string): Binding {
  return {
    placeholder: (n) => `$${n}`,
    value(v, n) {
      if (v === undefined || v === null) return null;
      if (typeof v === 'string') {
        if (v.includes('\0'))
          throw new UnstorableValueError(`parameter ${n} holds a NUL character, which PostgreSQL text cannot store`);
        return v;
      }
      if (typeof v === 'bigint') return v.toString();
      if (v instanceof Date) return formatDate(v);
      return v;
    },
  };
}

/**
 * The ORM's placeholder convention turned into bound parameters: `?` a value, `??` an identifier (written into the
 * text, quoted: identifiers cannot be bound), `\?` a literal question mark. As in `formatQuery`, a statement given no
 * parameters is left as it is. Arrays become one placeholder per element (IN lists), plain objects and the ORM's
 * JSON-tagged values their JSON text, and raw fragments their SQL with their own parameters bound in place.
 */
function bindQuery(
  sql: string,
  params: readonly unknown[],
  binding: Binding,
  quoteIdentifier: (id: string) => string,
): BoundQuery {
  if (params.length === 0) return { sql, parameters: [] };
  const parameters: unknown[] = [];
  const bindOne = (v: unknown): string => {
    parameters.push(binding.value(v, parameters.length + 1));
    return binding.placeholder(parameters.length);
  };
  const bindValue = (v: unknown): string => {
    if (isRaw(v)) return splice(v.sql, v.params);
    if (Utils.isPlainObject(v) || (v as { [JsonProperty]?: unknown } | null)?.[JsonProperty])
      return bindOne(JSON.stringify(v));
    if (Array.isArray(v)) return v.map(bindElement).join(', ');
    return bindOne(v);
  };
  const bindElement = (v: unknown): string => (Array.isArray(v) ? v.map(bindElement).join(', ') : bindOne(v));
  const splice = (text: string, values: readonly unknown[]): string => {
    if (values.length === 0) return text;
    let out = '';
    let next = 0;
    let from = 0;
    for (let at = text.indexOf('?'); at !== -1; at = text.indexOf('?', from)) {
      if (at > 0 && text[at - 1] === '\\') {
        out += `${text.slice(from, at - 1)}?`;
        from = at + 1;
      } else if (text[at + 1] === '?') {
        out += text.slice(from, at) + quoteIdentifier(values[next++] as string);
        from = at + 2;
      } else {
        out += text.slice(from, at) + bindValue(values[next++]);
        from = at + 1;
      }
    }
    return out + text.slice(from);
  };
  return { sql: splice(sql, params), parameters };
}

type Execute = AbstractSqlConnection['execute'];
type Stream = AbstractSqlConnection['stream'];
type Query = Parameters<Execute>[0];
type LoggerContext = Parameters<Execute>[4];
type Client = ReturnType<AbstractSqlConnection['getClient']>;

/** The protected parts of the ORM's connection that running a statement uses. */
interface Internals {
  readonly config: AbstractSqlConnection['config'];
  readonly platform: AbstractSqlConnection['platform'];
  ensureConnection(): Promise<void>;
  getClient(): Client;
  executeQuery<T>(query: string, cb: () => Promise<T>, context?: object): Promise<T>;
  transformRawResult<T>(res: unknown, method?: 'all' | 'get' | 'run'): T;
  logQuery(query: string, context?: object): void;
}

const bindings = new WeakMap<object, Binding>();

/** The statement and its values, as the engine takes them (the ORM's own preparation, without the inlining). */
function prepare(conn: Internals, engine: Engine, query: Query, params: unknown) {
  let q: Query = query;
  let values = (params ?? []) as readonly unknown[];
  if (q instanceof NativeQueryBuilder) q = q.toRaw();
  if (typeof q === 'string' && !Array.isArray(values)) q = raw(q, values as unknown as Record<string, unknown>);
  if (isRaw(q)) {
    values = q.params;
    q = q.sql;
  }
  const text = conn.config.get('onQuery')(q as string, values as unknown[]);
  const platform = conn.platform;
  let binding = bindings.get(platform);
  if (!binding) {
    binding =
      engine === 'sqlite'
        ? SQLITE
        : postgres((d) => (platform as unknown as { formatDate(d: Date): string }).formatDate(d));
    bindings.set(platform, binding);
  }
  return { ...bindQuery(text, values, binding, (id) => platform.quoteIdentifier(id)), text, params: values };
}

/** The options a caller tucks into the logger context to cancel its query (read as the ORM's own execute reads them). */
function abortOptions(loggerContext: LoggerContext) {
  const ctx = loggerContext as { signal?: AbortSignal; inflightQueryAbortStrategy?: unknown } | undefined;
  if (ctx?.signal == null && ctx?.inflightQueryAbortStrategy == null)
    return { context: loggerContext, abort: undefined };
  const { signal, inflightQueryAbortStrategy, ...rest } = ctx;
  return { context: rest, abort: { signal, inflightQueryAbortStrategy } };
}

async function executeBound<T>(engine: Engine, self: AbstractSqlConnection, ...args: Parameters<Execute>): Promise<T> {
  const [query, params, method = 'all', ctx, loggerContext] = args;
  const conn = self as unknown as Internals;
  await conn.ensureConnection();
  const q = prepare(conn, engine, query, params);
  const { abort, context } = abortOptions(loggerContext);
  return conn.executeQuery(
    q.sql,
    async () => {
      const client = (ctx ?? conn.getClient()) as Client;
      const res = await client.executeQuery(CompiledQuery.raw(q.sql, q.parameters), abort as never);
      return conn.transformRawResult<T>(res, method);
    },
    { query: q.text, params: q.params, ...context },
  );
}

async function* streamBound<T>(engine: Engine, self: AbstractSqlConnection, ...args: Parameters<Stream>) {
  const [query, params, ctx, loggerContext, chunkSize] = args;
  const conn = self as unknown as Internals;
  await conn.ensureConnection();
  const q = prepare(conn, engine, query, params);
  const { abort, context } = abortOptions(loggerContext);
  // A select node, as the ORM builds it, so that Kysely's SQLite driver lets the statement stream.
  const compiled = { query: { kind: 'SelectQueryNode' }, sql: q.sql, parameters: q.parameters } as never;
  const client = (ctx ?? conn.getClient()) as Client;
  try {
    const rows = client
      .getExecutor()
      .stream(compiled, chunkSize ?? 100, abort?.signal ? { signal: abort.signal } : undefined);
    conn.logQuery(q.sql, { sql: q.sql, params: q.params, ...context });
    for await (const items of rows) yield* conn.transformRawResult<T[]>(items, 'all');
  } catch (e) {
    conn.logQuery(q.sql, { sql: q.sql, params: q.params, ...context, level: 'error' });
    throw e;
  }
}

export class BoundSqliteConnection extends SqliteConnection {
  override execute<T>(...args: Parameters<Execute>): Promise<T> {
    return executeBound<T>('sqlite', this, ...args);
  }
  override stream<T extends object>(...args: Parameters<Stream>): AsyncIterableIterator<T> {
    return streamBound<T>('sqlite', this, ...args);
  }
}

export class BoundPostgreSqlConnection extends PostgreSqlConnection {
  override execute<T>(...args: Parameters<Execute>): Promise<T> {
    return executeBound<T>('postgresql', this, ...args);
  }
  override stream<T extends object>(...args: Parameters<Stream>): AsyncIterableIterator<T> {
    return streamBound<T>('postgresql', this, ...args);
  }
}

/** Puts the binding connection in place of the one the stock driver's constructor made (not yet connected). */
function useConnection(driver: SqliteDriver | PostgreSqlDriver, connection: AbstractSqlConnection): void {
  Object.assign(driver, { connection, replicas: [] });
}

/** The SQLite driver with the binding connection, for MikroORM's `driver` option. */
export class BoundSqliteDriver extends SqliteDriver {
  constructor(config: ConstructorParameters<typeof SqliteDriver>[0]) {
    super(config);
    useConnection(this, new BoundSqliteConnection(this.config));
  }
}

/** The PostgreSQL driver with the binding connection, for MikroORM's `driver` option. */
export class BoundPostgreSqlDriver extends PostgreSqlDriver {
  constructor(config: ConstructorParameters<typeof PostgreSqlDriver>[0]) {
    super(config);
    useConnection(this, new BoundPostgreSqlConnection(this.config));
  }
}
