/** 0015-outbox-charges (SQLite), written by `switchboard schema-diff`. */
import { Migration } from '@mikro-orm/migrations';

export class Migration0015OutboxCharges extends Migration {
  override up(): void {
    this.addSql('alter table `message_outbox` add column `charge_micros` bigint null');
  }
}
