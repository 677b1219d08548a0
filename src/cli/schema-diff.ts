/**
 * `switchboard schema-diff --name NNNN-what [--only table,table]` (a developer command): migrates a scratch SQLite
 * and a scratch PostgreSQL database, compares them with the entities, and writes the difference as the next
 * migration for each engine, registered in its index. --only keeps the statements about those tables, so work on
 * one dialect does not capture another's tables.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Engine } from '../persistence/database.ts';

const MIGRATIONS_DIR = join(import.meta.dirname, '..', 'persistence', 'migrations');
const POSTGRES_ADMIN = process.env.SWITCHBOARD_DEV_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test';

export async function schemaDiff(name: string, only: string[]): Promise<number> {
  if (!/^\d{4}-[a-z0-9-]+$/.test(name)) {
    console.error('schema-diff: --name must look like 0002-cdrs');
    return 2;
  }
  for (const engine of ['sqlite', 'postgresql'] as const) {
    const statements = (await diff(engine)).filter((s) => only.length === 0 || only.some((t) => mentions(s, t)));
    if (statements.length === 0) {
      console.log(`${engine}: no difference${only.length ? ` for ${only.join(', ')}` : ''}`);
      continue;
    }
    write(engine, name, statements);
    console.log(`${engine}: wrote ${name} (${statements.length} statements)`);
  }
  return 0;
}

async function diff(engine: Engine): Promise<string[]> {
  const scratch = `sb_schema_${randomBytes(5).toString('hex')}`;
  if (engine === 'postgresql') await admin(`create database ${scratch}`);
  const url = engine === 'sqlite' ? 'sqlite::memory:' : POSTGRES_ADMIN.replace(/\/[^/]*$/, `/${scratch}`);
  const db = await openDatabase(url);
  try {
    await db.migrate();
    const sql = await db.orm.schema.getUpdateSchemaSQL({ wrap: false });
    return sql
      .split(/;\s*\n/)
      .map((s) => s.replace(/\s+/g, ' ').trim().replace(/;$/, ''))
      .filter((s) => s && !/^set names/i.test(s));
  } finally {
    await db.close();
    if (engine === 'postgresql') await admin(`drop database if exists ${scratch} with (force)`);
  }
}

function mentions(statement: string, table: string): boolean {
  return new RegExp(`[\`"]${table}[\`"]`).test(statement);
}

function write(engine: Engine, name: string, statements: string[]): void {
  const className = `Migration${name.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase())}`;
  const lines = statements.map((s) => `    this.addSql(${s.includes("'") ? JSON.stringify(s) : `'${s}'`});`);
  writeFileSync(
    join(MIGRATIONS_DIR, engine, `${name}.ts`),
    [
      `/** ${name} (${engine === 'sqlite' ? 'SQLite' : 'PostgreSQL'}), written by \`switchboard schema-diff\`. */`,
      "import { Migration } from '@mikro-orm/migrations';",
      '',
      `export class ${className} extends Migration {`,
      '  override up(): void {',
      ...lines,
      '  }',
      '}',
      '',
    ].join('\n'),
  );
  const index = join(MIGRATIONS_DIR, engine, 'index.ts');
  const text = readFileSync(index, 'utf8')
    .replace(/(\nimport [^\n]*)(\n(?!import ))/, `$1\nimport { ${className} } from './${name}.ts';$2`)
    .replace(/\n\];\n$/, `\n  { name: '${name}', class: ${className} },\n];\n`);
  writeFileSync(index, text);
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
