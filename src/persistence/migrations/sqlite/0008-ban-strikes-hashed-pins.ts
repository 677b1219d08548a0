/** 0008-ban-strikes-hashed-pins (SQLite), written by `switchboard schema-diff`. */
import { Migration } from '@mikro-orm/migrations';

export class Migration0008BanStrikesHashedPins extends Migration {
  override up(): void {
    this.addSql('alter table `bans` add column `strikes` integer not null default 1');
  }
}
