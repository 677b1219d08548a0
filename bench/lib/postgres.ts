/** A PostgreSQL database made for one benchmark run on the server of adminUrl, dropped after it. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/** The new database, or the error that says why there is none (the server unreachable, no right to create one). */
export async function scratchPostgres(adminUrl: string): Promise<ScratchDatabase | Error> {
  const name = `sb_bench_${randomBytes(4).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5_000 });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  try {
    await admin(`create database ${name}`);
  } catch (e) {
    return e as Error;
  }
  return {
    url: adminUrl.replace(/\/[^/]*$/, `/${name}`),
    drop: () => admin(`drop database if exists ${name} with (force)`),
  };
}
