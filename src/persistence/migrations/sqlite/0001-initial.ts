/** The initial schema (SQLite): users, global config, tb_api, bans, the credit ledger, the audit log, tariffs. */
import { Migration } from '@mikro-orm/migrations';

export class Migration0001Initial extends Migration {
  override up(): void {
    this.addSql(
      'create table `tb_api` (`fname` text not null primary key, `req_key` integer null, `req_ip` integer null, `req_user` integer null, `req_user_mode` integer null, `req_user_credit` text null, `req_user_register` integer null, `req_user_login` integer null, `customsql` text null, `custom_action` integer null, `custom_action_body` text null, `enabled` integer not null default 1)',
    );
    this.addSql(
      "create table `audit_log` (`id` integer not null primary key autoincrement, `actor` text not null, `action` text not null, `target` text not null default '', `detail` text not null default '', `request_id` text not null default '', `created_at` datetime not null)",
    );
    this.addSql('create index `audit_log_created_at_index` on `audit_log` (`created_at`)');
    this.addSql(
      'create table `bans` (`ip` text not null primary key, `until` datetime not null, `reason` text not null, `created_at` datetime not null)',
    );
    this.addSql(
      "create table `credit_ledger` (`id` integer not null primary key autoincrement, `user_id` integer not null, `amount_micros` bigint not null, `before_micros` bigint not null, `after_micros` bigint not null, `reason` text not null, `actor` text not null, `request_id` text not null default '', `idempotency_key` text null, `created_at` datetime not null)",
    );
    this.addSql('create index `credit_ledger_user_id_index` on `credit_ledger` (`user_id`)');
    this.addSql('create unique index `credit_ledger_idempotency_key_unique` on `credit_ledger` (`idempotency_key`)');
    this.addSql(
      'create table `global_config` (`name` text not null primary key, `value` text not null, `updated_at` datetime not null)',
    );
    this.addSql(
      "create table `tariffs` (`id` integer not null primary key autoincrement, `name` text not null, `currency` text not null default 'USD', `created_at` datetime not null)",
    );
    this.addSql('create unique index `tariffs_name_unique` on `tariffs` (`name`)');
    this.addSql(
      "create table `tb_users` (`id` integer not null primary key autoincrement, `username` text not null, `password_sealed` text not null, `type` text not null default 'enduser', `enabled` integer not null default true, `name` text not null default '', `email` text not null default '', `phone` text not null default '', `country` text not null default '', `address` text not null default '', `currency` text not null default 'USD', `credit_micros` bigint not null default '0', `postpaid` integer not null default false, `pin` text null, `parent_id` integer null, `created_at` datetime not null, `updated_at` datetime not null)",
    );
    this.addSql('create unique index `tb_users_username_unique` on `tb_users` (`username`)');
    this.addSql('create unique index `tb_users_pin_unique` on `tb_users` (`pin`)');
  }
}
