/** SQLite migrations, in order. `switchboard schema-diff` appends new ones. */
import { Migration0001Initial } from './0001-initial.ts';
import { Migration0002BillingRecords } from './0002-billing-records.ts';

export const SQLITE_MIGRATIONS = [
  { name: '0001-initial', class: Migration0001Initial },
  { name: '0002-billing-records', class: Migration0002BillingRecords },
];
