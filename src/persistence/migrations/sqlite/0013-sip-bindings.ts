/** 0013-sip-bindings (SQLite), written by `switchboard schema-diff`. */
import { Migration } from '@mikro-orm/migrations';

export class Migration0013SipBindings extends Migration {
  override up(): void {
    this.addSql(
      'create table `sip_bindings` (`username` text not null, `contact` text not null, `expires_at` datetime not null, `user_agent` text not null, `transport` text not null, `source_address` text not null, `source_port` integer not null, `call_id` text not null, `cseq` integer not null, `registered_at` datetime not null, primary key (`username`, `contact`))',
    );
    this.addSql('create index `sip_bindings_expires_at_index` on `sip_bindings` (`expires_at`)');
  }
}
