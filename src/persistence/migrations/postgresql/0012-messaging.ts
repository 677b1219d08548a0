/** 0012-messaging (PostgreSQL), written by `switchboard schema-diff`. */
import { Migration } from '@mikro-orm/migrations';

export class Migration0012Messaging extends Migration {
  override up(): void {
    this.addSql(
      'create table "message_inbound_sms" ("id" serial primary key, "sender" varchar(64) not null, "recipient" varchar(64) not null, "body" text not null, "via" varchar(8) not null, "received_at" timestamptz not null, "answer_id" int null)',
    );
    this.addSql(
      'create table "message_outbox" ("id" serial primary key, "channel" varchar(8) not null, "user_id" int null, "sender" varchar(255) not null, "recipient" varchar(255) not null, "subject" varchar(255) null, "body" text not null, "unicode" boolean not null default false, "state" varchar(16) not null default \'queued\', "reason" varchar(255) null, "parts" int null, "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "expires_at" timestamptz not null, "created_at" timestamptz not null, "submitted_at" timestamptz null, "finished_at" timestamptz null)',
    );
    this.addSql(
      'create index "message_outbox_state_next_attempt_at_index" on "message_outbox" ("state", "next_attempt_at")',
    );
    this.addSql(
      'create table "message_sms_parts" ("id" serial primary key, "message_id" int not null, "part" int not null, "smsc_message_id" varchar(64) not null, "state" varchar(16) not null default \'submitted\')',
    );
    this.addSql('create index "message_sms_parts_smsc_message_id_index" on "message_sms_parts" ("smsc_message_id")');
    this.addSql(
      'alter table "message_sms_parts" add constraint "message_sms_parts_message_id_part_unique" unique ("message_id", "part")',
    );
  }
}
