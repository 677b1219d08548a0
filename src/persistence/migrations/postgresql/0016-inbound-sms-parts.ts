/** 0016-inbound-sms-parts (PostgreSQL), written by `switchboard schema-diff`. */
import { Migration } from '@mikro-orm/migrations';

export class Migration0016InboundSmsParts extends Migration {
  override up(): void {
    this.addSql(
      'create table "message_inbound_sms_parts" ("id" serial primary key, "sender" varchar(64) not null, "recipient" varchar(64) not null, "reference" int not null, "total" int not null, "sequence" int not null, "body" text not null, "via" varchar(8) not null, "received_at" timestamptz not null)',
    );
    this.addSql(
      'alter table "message_inbound_sms_parts" add constraint "message_inbound_sms_parts_sender_recipient_refere_39076_unique" unique ("sender", "recipient", "reference", "total", "sequence")',
    );
  }
}
