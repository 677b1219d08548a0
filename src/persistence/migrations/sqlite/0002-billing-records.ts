/** 0002-billing-records (SQLite), written by `switchboard schema-diff`. */
import { Migration } from '@mikro-orm/migrations';

export class Migration0002BillingRecords extends Migration {
  override up(): void {
    this.addSql(
      "create table `tb_cdrs` (`id` integer not null primary key autoincrement, `user_id` integer null, `called_user_id` integer null, `caller` text not null, `called` text not null, `direction` text not null default 'out', `started_at` datetime not null, `connected_at` datetime null, `ended_at` datetime not null, `duration` integer not null default 0, `cost_micros` bigint not null default '0', `price_micros` bigint not null default '0', `currency` text not null default 'USD', `disconnect_cause` integer not null default 16, `sip_call_id` text not null default '', `prefix` text not null default '', `destination` text not null default '', `device_id` integer null, `processed` integer not null default false)",
    );
    this.addSql('create index `tb_cdrs_sip_call_id_index` on `tb_cdrs` (`sip_call_id`)');
    this.addSql('create index `tb_cdrs_user_id_started_at_index` on `tb_cdrs` (`user_id`, `started_at`)');
    this.addSql('create index `tb_cdrs_started_at_index` on `tb_cdrs` (`started_at`)');
    this.addSql('create index `tb_cdrs_called_user_id_started_at_index` on `tb_cdrs` (`called_user_id`, `started_at`)');
    this.addSql(
      "create table `phone_numbers` (`number` text not null primary key, `user_id` integer null, `kind` text not null default 'did', `locked_at` datetime null)",
    );
    this.addSql('create index `phone_numbers_user_id_index` on `phone_numbers` (`user_id`)');
    this.addSql(
      "create table `rates` (`id` integer not null primary key autoincrement, `tariff_id` integer not null, `prefix` text not null, `destination` text not null default '', `rate_micros` bigint not null, `connect_fee_micros` bigint not null default '0', `initial_increment` integer not null default 60, `increment` integer not null default 60)",
    );
    this.addSql('create unique index `rates_tariff_id_prefix_unique` on `rates` (`tariff_id`, `prefix`)');
    this.addSql(
      "create table `recharge_pins` (`pin` text not null primary key, `value_micros` bigint not null, `currency` text not null default 'USD', `used_by` integer null, `used_at` datetime null, `created_at` datetime not null)",
    );
    this.addSql('alter table `tb_users` add column `tariff_id` integer null');
    this.addSql("alter table `tb_users` add column `credit_limit_micros` bigint not null default '0'");
  }
}
