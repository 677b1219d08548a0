/** 0006-calls (SQLite), written by `switchboard schema-diff`. */
import { Migration } from '@mikro-orm/migrations';

export class Migration0006Calls extends Migration {
  override up(): void {
    this.addSql(
      'create table `rate_deck_versions` (`tariff_id` integer not null primary key, `version` integer not null default 1, `changed_at` datetime not null)',
    );
  }
}
