/**
 * 0010-money-range (SQLite), written by `switchboard schema-diff`: CHECK constraints holding every money column to the
 * money type's range (src/platform/money.ts). SQLite adds a CHECK only by rebuilding the table: create, copy, drop,
 * rename, and the indexes again.
 */
import { Migration } from '@mikro-orm/migrations';

export class Migration0010MoneyRange extends Migration {
  override up(): void {
    this.addSql(
      "create table `tb_cdrs__temp_alter` (`id` integer not null primary key autoincrement, `user_id` integer null, `called_user_id` integer null, `caller` text not null, `called` text not null, `direction` text not null default 'out', `started_at` datetime not null, `connected_at` datetime null, `ended_at` datetime not null, `duration` integer not null default 0, `cost_micros` bigint not null default '0', `price_micros` bigint not null default '0', `currency` text not null default 'USD', `disconnect_cause` integer not null default 16, `sip_call_id` text not null default '', `prefix` text not null default '', `destination` text not null default '', `device_id` integer null, `processed` integer not null default false, constraint `tb_cdrs_cost_micros_money` check (cost_micros between -1000000000000000 and 1000000000000000), constraint `tb_cdrs_price_micros_money` check (price_micros between -1000000000000000 and 1000000000000000))",
    );
    this.addSql(
      'insert into `tb_cdrs__temp_alter` select `id`, `user_id`, `called_user_id`, `caller`, `called`, `direction`, `started_at`, `connected_at`, `ended_at`, `duration`, `cost_micros`, `price_micros`, `currency`, `disconnect_cause`, `sip_call_id`, `prefix`, `destination`, `device_id`, `processed` from `tb_cdrs`',
    );
    this.addSql('drop table `tb_cdrs`');
    this.addSql('alter table `tb_cdrs__temp_alter` rename to `tb_cdrs`');
    this.addSql('create index `tb_cdrs_sip_call_id_index` on `tb_cdrs` (`sip_call_id`)');
    this.addSql('create index `tb_cdrs_user_id_started_at_index` on `tb_cdrs` (`user_id`, `started_at`)');
    this.addSql('create index `tb_cdrs_started_at_index` on `tb_cdrs` (`started_at`)');
    this.addSql('create index `tb_cdrs_called_user_id_started_at_index` on `tb_cdrs` (`called_user_id`, `started_at`)');
    this.addSql(
      "create unique index `tb_cdrs_call_leg` on `tb_cdrs` (`sip_call_id`, `direction`) where sip_call_id <> ''",
    );
    this.addSql(
      "create table `credit_ledger__temp_alter` (`id` integer not null primary key autoincrement, `user_id` integer not null, `amount_micros` bigint not null, `before_micros` bigint not null, `after_micros` bigint not null, `reason` text not null, `actor` text not null, `request_id` text not null default '', `idempotency_key` text null, `idempotency_digest` text null, `created_at` datetime not null, constraint `credit_ledger_amount_micros_money` check (amount_micros between -1000000000000000 and 1000000000000000), constraint `credit_ledger_before_micros_money` check (before_micros between -1000000000000000 and 1000000000000000), constraint `credit_ledger_after_micros_money` check (after_micros between -1000000000000000 and 1000000000000000))",
    );
    this.addSql(
      'insert into `credit_ledger__temp_alter` select `id`, `user_id`, `amount_micros`, `before_micros`, `after_micros`, `reason`, `actor`, `request_id`, `idempotency_key`, `idempotency_digest`, `created_at` from `credit_ledger`',
    );
    this.addSql('drop table `credit_ledger`');
    this.addSql('alter table `credit_ledger__temp_alter` rename to `credit_ledger`');
    this.addSql('create index `credit_ledger_user_id_index` on `credit_ledger` (`user_id`)');
    this.addSql('create unique index `credit_ledger_idempotency_key_unique` on `credit_ledger` (`idempotency_key`)');
    this.addSql(
      "create table `mor_invoices__temp_alter` (`id` integer not null primary key autoincrement, `user_id` integer not null, `number` text not null, `period_start` datetime not null, `period_end` datetime not null, `issued_at` datetime not null, `paid` integer not null default false, `paid_at` datetime null, `price_micros` bigint not null, `vat_percent_micros` bigint not null default '0', `currency` text not null, constraint `mor_invoices_price_micros_money` check (price_micros between -1000000000000000 and 1000000000000000))",
    );
    this.addSql(
      'insert into `mor_invoices__temp_alter` select `id`, `user_id`, `number`, `period_start`, `period_end`, `issued_at`, `paid`, `paid_at`, `price_micros`, `vat_percent_micros`, `currency` from `mor_invoices`',
    );
    this.addSql('drop table `mor_invoices`');
    this.addSql('alter table `mor_invoices__temp_alter` rename to `mor_invoices`');
    this.addSql('create index `mor_invoices_user_id_index` on `mor_invoices` (`user_id`)');
    this.addSql('create unique index `mor_invoices_number_unique` on `mor_invoices` (`number`)');
    this.addSql(
      "create table `mor_payments__temp_alter` (`id` integer not null primary key autoincrement, `user_id` integer not null, `paid_at` datetime not null, `confirmed_at` datetime null, `type` text not null default 'Manual', `amount_micros` bigint not null, `vat_percent_micros` bigint not null default '0', `currency` text not null, `completed` integer not null default false, constraint `mor_payments_amount_micros_money` check (amount_micros between -1000000000000000 and 1000000000000000))",
    );
    this.addSql(
      'insert into `mor_payments__temp_alter` select `id`, `user_id`, `paid_at`, `confirmed_at`, `type`, `amount_micros`, `vat_percent_micros`, `currency`, `completed` from `mor_payments`',
    );
    this.addSql('drop table `mor_payments`');
    this.addSql('alter table `mor_payments__temp_alter` rename to `mor_payments`');
    this.addSql('create index `mor_payments_user_id_index` on `mor_payments` (`user_id`)');
    this.addSql(
      'create table `mor_subscriptions__temp_alter` (`id` integer not null primary key autoincrement, `user_id` integer not null, `service` text not null, `price_micros` bigint not null, `currency` text not null, `added_at` datetime not null, `activation_start` datetime not null, `activation_end` datetime null, constraint `mor_subscriptions_price_micros_money` check (price_micros between -1000000000000000 and 1000000000000000))',
    );
    this.addSql(
      'insert into `mor_subscriptions__temp_alter` select `id`, `user_id`, `service`, `price_micros`, `currency`, `added_at`, `activation_start`, `activation_end` from `mor_subscriptions`',
    );
    this.addSql('drop table `mor_subscriptions`');
    this.addSql('alter table `mor_subscriptions__temp_alter` rename to `mor_subscriptions`');
    this.addSql('create index `mor_subscriptions_user_id_index` on `mor_subscriptions` (`user_id`)');
    this.addSql(
      "create table `rates__temp_alter` (`id` integer not null primary key autoincrement, `tariff_id` integer not null, `prefix` text not null, `destination` text not null default '', `rate_micros` bigint not null, `connect_fee_micros` bigint not null default '0', `initial_increment` integer not null default 60, `increment` integer not null default 60, constraint `rates_rate_micros_money` check (rate_micros between -1000000000000000 and 1000000000000000), constraint `rates_connect_fee_micros_money` check (connect_fee_micros between -1000000000000000 and 1000000000000000))",
    );
    this.addSql(
      'insert into `rates__temp_alter` select `id`, `tariff_id`, `prefix`, `destination`, `rate_micros`, `connect_fee_micros`, `initial_increment`, `increment` from `rates`',
    );
    this.addSql('drop table `rates`');
    this.addSql('alter table `rates__temp_alter` rename to `rates`');
    this.addSql('create unique index `rates_tariff_id_prefix_unique` on `rates` (`tariff_id`, `prefix`)');
    this.addSql(
      "create table `recharge_pins__temp_alter` (`pin` text not null primary key, `value_micros` bigint not null, `currency` text not null default 'USD', `used_by` integer null, `used_at` datetime null, `created_at` datetime not null, constraint `recharge_pins_value_micros_money` check (value_micros between -1000000000000000 and 1000000000000000))",
    );
    this.addSql(
      'insert into `recharge_pins__temp_alter` select `pin`, `value_micros`, `currency`, `used_by`, `used_at`, `created_at` from `recharge_pins`',
    );
    this.addSql('drop table `recharge_pins`');
    this.addSql('alter table `recharge_pins__temp_alter` rename to `recharge_pins`');
    this.addSql(
      "create table `tb_users__temp_alter` (`id` integer not null primary key autoincrement, `username` text not null, `password_sealed` text not null, `type` text not null default 'enduser', `enabled` integer not null default true, `name` text not null default '', `email` text not null default '', `phone` text not null default '', `country` text not null default '', `address` text not null default '', `currency` text not null default 'USD', `credit_micros` bigint not null default '0', `postpaid` integer not null default false, `pin` text null, `parent_id` integer null, `tariff_id` integer null, `credit_limit_micros` bigint not null default '0', `created_at` datetime not null, `updated_at` datetime not null, `forwardonbusy` text not null default '', `forwardonnoanswer` text not null default '', `forwardalways` text not null default '', `voicemail` integer not null default 0, `musiconhold` text not null default '', `displayname` text not null default '', `noanswertimeout` integer not null default 0, `forwardearlystart` integer not null default 0, `changesptoring` integer not null default 0, `convertdtmf` integer not null default 0, `playadvice` integer not null default 0, `playdisc` integer not null default 0, `sendsmsalert` integer not null default 0, `sendemailalert` integer not null default 0, `sendsmsreport` integer not null default 0, `senddailyemail` integer not null default 0, `sendlowcreditemail` integer not null default 0, `sendmonthlyemail` integer not null default 0, `sendotheremail` integer not null default 0, `notifymissedsms` integer not null default 0, `notifymissedemail` integer not null default 0, `choosecodecs` text not null default '', `needcodeconversion` integer not null default 0, `discvoice` text not null default '', `connectvoice` text not null default '', `voicemailonbusy` integer not null default 0, `voicemailonnoansw` integer not null default 0, `voicemailalways` integer not null default 0, `contactname` text not null default '', `email2` text not null default '', `fax` text not null default '', `billaddress` text not null default '', `postaddress` text not null default '', `regnumber` text not null default '', `euregnumber` text not null default '', `birthday` text not null default '', `gender` text not null default '', `language` text not null default '', `utc` text not null default '', `callerid` text not null default '', `deviceid` text not null default '', `forgotpasswordquestion` text not null default '', `forgotpasswordanswerhash` text not null default '', `servertype` integer null, `domain` text not null default '', `ip` text not null default '', `port` integer not null default 0, `proxy` text not null default '', `transport` text not null default 'udp', `needauth` integer not null default 0, `routing` text not null default '', `routingpriority` integer not null default 0, constraint `tb_users_credit_micros_money` check (credit_micros between -1000000000000000 and 1000000000000000), constraint `tb_users_credit_limit_micros_money` check (credit_limit_micros between -1000000000000000 and 1000000000000000))",
    );
    this.addSql(
      'insert into `tb_users__temp_alter` select `id`, `username`, `password_sealed`, `type`, `enabled`, `name`, `email`, `phone`, `country`, `address`, `currency`, `credit_micros`, `postpaid`, `pin`, `parent_id`, `tariff_id`, `credit_limit_micros`, `created_at`, `updated_at`, `forwardonbusy`, `forwardonnoanswer`, `forwardalways`, `voicemail`, `musiconhold`, `displayname`, `noanswertimeout`, `forwardearlystart`, `changesptoring`, `convertdtmf`, `playadvice`, `playdisc`, `sendsmsalert`, `sendemailalert`, `sendsmsreport`, `senddailyemail`, `sendlowcreditemail`, `sendmonthlyemail`, `sendotheremail`, `notifymissedsms`, `notifymissedemail`, `choosecodecs`, `needcodeconversion`, `discvoice`, `connectvoice`, `voicemailonbusy`, `voicemailonnoansw`, `voicemailalways`, `contactname`, `email2`, `fax`, `billaddress`, `postaddress`, `regnumber`, `euregnumber`, `birthday`, `gender`, `language`, `utc`, `callerid`, `deviceid`, `forgotpasswordquestion`, `forgotpasswordanswerhash`, `servertype`, `domain`, `ip`, `port`, `proxy`, `transport`, `needauth`, `routing`, `routingpriority` from `tb_users`',
    );
    this.addSql('drop table `tb_users`');
    this.addSql('alter table `tb_users__temp_alter` rename to `tb_users`');
    this.addSql('create unique index `tb_users_username_unique` on `tb_users` (`username`)');
    this.addSql('create unique index `tb_users_pin_unique` on `tb_users` (`pin`)');
  }
}
