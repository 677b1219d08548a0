/** 0014-sip-offline-messages (PostgreSQL), written by `switchboard schema-diff`. */
import { Migration } from '@mikro-orm/migrations';

export class Migration0014SipOfflineMessages extends Migration {
  override up(): void {
    this.addSql(
      'create table "sip_offline_messages" ("id" serial primary key, "recipient" varchar(64) not null, "sender" varchar(64) not null, "body" text not null, "created_at" timestamptz not null, "delivered_at" timestamptz null)',
    );
    this.addSql(
      'create index "sip_offline_messages_recipient_delivered_at_index" on "sip_offline_messages" ("recipient", "delivered_at")',
    );
  }
}
