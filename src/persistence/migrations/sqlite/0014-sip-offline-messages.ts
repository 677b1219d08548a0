/** 0014-sip-offline-messages (SQLite), written by `switchboard schema-diff`. */
import { Migration } from '@mikro-orm/migrations';

export class Migration0014SipOfflineMessages extends Migration {
  override up(): void {
    this.addSql(
      'create table `sip_offline_messages` (`id` integer not null primary key autoincrement, `recipient` text not null, `sender` text not null, `body` text not null, `created_at` datetime not null, `delivered_at` datetime null)',
    );
    this.addSql(
      'create index `sip_offline_messages_recipient_delivered_at_index` on `sip_offline_messages` (`recipient`, `delivered_at`)',
    );
  }
}
