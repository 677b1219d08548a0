/** 0012-messaging (SQLite), written by `switchboard schema-diff`. */
import { Migration } from '@mikro-orm/migrations';

export class Migration0012Messaging extends Migration {
  override up(): void {
    this.addSql(
      'create table `message_inbound_sms` (`id` integer not null primary key autoincrement, `sender` text not null, `recipient` text not null, `body` text not null, `via` text not null, `received_at` datetime not null, `answer_id` integer null)',
    );
    this.addSql(
      "create table `message_outbox` (`id` integer not null primary key autoincrement, `channel` text not null, `user_id` integer null, `sender` text not null, `recipient` text not null, `subject` text null, `body` text not null, `unicode` integer not null default false, `state` text not null default 'queued', `reason` text null, `parts` integer null, `attempts` integer not null default 0, `next_attempt_at` datetime not null, `expires_at` datetime not null, `created_at` datetime not null, `submitted_at` datetime null, `finished_at` datetime null)",
    );
    this.addSql(
      'create index `message_outbox_state_next_attempt_at_index` on `message_outbox` (`state`, `next_attempt_at`)',
    );
    this.addSql(
      "create table `message_sms_parts` (`id` integer not null primary key autoincrement, `message_id` integer not null, `part` integer not null, `smsc_message_id` text not null, `state` text not null default 'submitted')",
    );
    this.addSql('create index `message_sms_parts_smsc_message_id_index` on `message_sms_parts` (`smsc_message_id`)');
    this.addSql(
      'create unique index `message_sms_parts_message_id_part_unique` on `message_sms_parts` (`message_id`, `part`)',
    );
  }
}
