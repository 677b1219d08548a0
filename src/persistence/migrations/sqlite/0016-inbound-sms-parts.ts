/** 0016-inbound-sms-parts (SQLite), written by `switchboard schema-diff`. */
import { Migration } from '@mikro-orm/migrations';

export class Migration0016InboundSmsParts extends Migration {
  override up(): void {
    this.addSql(
      'create table `message_inbound_sms_parts` (`id` integer not null primary key autoincrement, `sender` text not null, `recipient` text not null, `reference` integer not null, `total` integer not null, `sequence` integer not null, `body` text not null, `via` text not null, `received_at` datetime not null)',
    );
    this.addSql(
      'create unique index `message_inbound_sms_parts_sender_recipient_reference_total_sequence_unique` on `message_inbound_sms_parts` (`sender`, `recipient`, `reference`, `total`, `sequence`)',
    );
  }
}
