/** 0006-calls (PostgreSQL), written by `switchboard schema-diff`. */
import { Migration } from '@mikro-orm/migrations';

export class Migration0006Calls extends Migration {
  override up(): void {
    this.addSql(
      'create table "rate_deck_versions" ("tariff_id" int not null, "version" int not null default 1, "changed_at" timestamptz not null, primary key ("tariff_id"))',
    );
  }
}
