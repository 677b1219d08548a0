/** 0013-sip-bindings (PostgreSQL), written by `switchboard schema-diff`. */
import { Migration } from '@mikro-orm/migrations';

export class Migration0013SipBindings extends Migration {
  override up(): void {
    this.addSql(
      'create table "sip_bindings" ("username" varchar(64) not null, "contact" varchar(512) not null, "expires_at" timestamptz not null, "user_agent" varchar(255) not null, "transport" varchar(8) not null, "source_address" varchar(64) not null, "source_port" int not null, "call_id" varchar(255) not null, "cseq" int not null, "registered_at" timestamptz not null, primary key ("username", "contact"))',
    );
    this.addSql('create index "sip_bindings_expires_at_index" on "sip_bindings" ("expires_at")');
  }
}
