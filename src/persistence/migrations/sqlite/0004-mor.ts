/** 0004-mor (SQLite), written by `switchboard schema-diff`. */
import { Migration } from '@mikro-orm/migrations';

export class Migration0004Mor extends Migration {
  override up(): void {
    this.addSql(
      'create table `mor_callflows` (`id` integer not null primary key autoincrement, `device_id` integer not null, `state` text not null, `action` text not null, `target_device_id` integer null, `external_number` text null, `updated_at` datetime not null)',
    );
    this.addSql('create unique index `mor_callflows_device_id_state_unique` on `mor_callflows` (`device_id`, `state`)');
    this.addSql(
      "create table `mor_clis` (`id` integer not null primary key autoincrement, `user_id` integer not null, `device_id` integer not null, `cli` text not null, `description` text not null default '', `added_at` datetime not null)",
    );
    this.addSql('create index `mor_clis_user_id_index` on `mor_clis` (`user_id`)');
    this.addSql('create unique index `mor_clis_cli_unique` on `mor_clis` (`cli`)');
    this.addSql(
      "create table `mor_currencies` (`code` text not null primary key, `name` text not null default '', `exchange_rate_micros` bigint not null, `active` integer not null default true)",
    );
    this.addSql(
      "create table `mor_destinations` (`prefix` text not null primary key, `group_id` integer not null, `name` text not null, `type` text not null default 'FIX')",
    );
    this.addSql('create index `mor_destinations_group_id_index` on `mor_destinations` (`group_id`)');
    this.addSql(
      "create table `mor_destination_groups` (`id` integer not null primary key autoincrement, `name` text not null, `flag` text not null default '')",
    );
    this.addSql('create unique index `mor_destination_groups_name_unique` on `mor_destination_groups` (`name`)');
    this.addSql(
      "create table `mor_devices` (`id` integer not null primary key autoincrement, `user_id` integer not null, `description` text not null default '', `type` text not null, `extension` text not null, `username` text not null, `password_sealed` text not null, `caller_id` text not null default '', `last_registered_at` datetime null, `created_at` datetime not null)",
    );
    this.addSql('create index `mor_devices_user_id_index` on `mor_devices` (`user_id`)');
    this.addSql('create unique index `mor_devices_extension_unique` on `mor_devices` (`extension`)');
    this.addSql('create unique index `mor_devices_username_unique` on `mor_devices` (`username`)');
    this.addSql(
      "create table `mor_faxes` (`id` integer not null primary key autoincrement, `user_id` integer not null, `device_id` integer not null, `filename` text not null default '', `received_at` datetime not null, `sender` text not null default '', `status` text not null default 'Received')",
    );
    this.addSql('create index `mor_faxes_user_id_received_at_index` on `mor_faxes` (`user_id`, `received_at`)');
    this.addSql(
      "create table `mor_invoices` (`id` integer not null primary key autoincrement, `user_id` integer not null, `number` text not null, `period_start` datetime not null, `period_end` datetime not null, `issued_at` datetime not null, `paid` integer not null default false, `paid_at` datetime null, `price_micros` bigint not null, `vat_percent_micros` bigint not null default '0', `currency` text not null)",
    );
    this.addSql('create index `mor_invoices_user_id_index` on `mor_invoices` (`user_id`)');
    this.addSql('create unique index `mor_invoices_number_unique` on `mor_invoices` (`number`)');
    this.addSql(
      "create table `mor_payments` (`id` integer not null primary key autoincrement, `user_id` integer not null, `paid_at` datetime not null, `confirmed_at` datetime null, `type` text not null default 'Manual', `amount_micros` bigint not null, `vat_percent_micros` bigint not null default '0', `currency` text not null, `completed` integer not null default false)",
    );
    this.addSql('create index `mor_payments_user_id_index` on `mor_payments` (`user_id`)');
    this.addSql(
      'create table `mor_phonebook` (`id` integer not null primary key autoincrement, `user_id` integer not null, `number` text not null, `name` text not null, `added_at` datetime not null)',
    );
    this.addSql('create index `mor_phonebook_user_id_index` on `mor_phonebook` (`user_id`)');
    this.addSql(
      "create table `mor_sessions` (`token_hash` text not null primary key, `user_id` integer not null, `ip` text not null default '', `created_at` datetime not null, `expires_at` datetime not null, `state` text not null default '{}')",
    );
    this.addSql('create index `mor_sessions_user_id_index` on `mor_sessions` (`user_id`)');
    this.addSql('create index `mor_sessions_expires_at_index` on `mor_sessions` (`expires_at`)');
    this.addSql(
      'create table `mor_subscriptions` (`id` integer not null primary key autoincrement, `user_id` integer not null, `service` text not null, `price_micros` bigint not null, `currency` text not null, `added_at` datetime not null, `activation_start` datetime not null, `activation_end` datetime null)',
    );
    this.addSql('create index `mor_subscriptions_user_id_index` on `mor_subscriptions` (`user_id`)');
    this.addSql(
      "create table `mor_user_details` (`user_id` integer not null primary key, `alias` text not null default '', `first_name` text not null default '', `surname` text not null default '', `personal_id` text not null default '', `agreement_number` text not null default '', `agreement_date` text not null default '', `taxation_country` text not null default '', `vat_reg_number` text not null default '', `vat_percent_micros` bigint not null default '0', `reg_postcode` text not null default '', `reg_city` text not null default '', `reg_state` text not null default '', `reg_direction` text not null default '', `reg_mobile` text not null default '', `reg_fax` text not null default '', `language` text not null default 'en', `updated_at` datetime not null)",
    );
  }
}
