/** 0004-mor (PostgreSQL), written by `switchboard schema-diff`. */
import { Migration } from '@mikro-orm/migrations';

export class Migration0004Mor extends Migration {
  override up(): void {
    this.addSql(
      'create table "mor_callflows" ("id" serial primary key, "device_id" int not null, "state" varchar(16) not null, "action" varchar(16) not null, "target_device_id" int null, "external_number" varchar(32) null, "updated_at" timestamptz not null)',
    );
    this.addSql(
      'alter table "mor_callflows" add constraint "mor_callflows_device_id_state_unique" unique ("device_id", "state")',
    );
    this.addSql(
      'create table "mor_clis" ("id" serial primary key, "user_id" int not null, "device_id" int not null, "cli" varchar(32) not null, "description" varchar(255) not null default \'\', "added_at" timestamptz not null)',
    );
    this.addSql('create index "mor_clis_user_id_index" on "mor_clis" ("user_id")');
    this.addSql('alter table "mor_clis" add constraint "mor_clis_cli_unique" unique ("cli")');
    this.addSql(
      'create table "mor_currencies" ("code" varchar(3) not null, "name" varchar(64) not null default \'\', "exchange_rate_micros" bigint not null, "active" boolean not null default true, primary key ("code"))',
    );
    this.addSql(
      'create table "mor_destinations" ("prefix" varchar(32) not null, "group_id" int not null, "name" varchar(128) not null, "type" varchar(8) not null default \'FIX\', primary key ("prefix"))',
    );
    this.addSql('create index "mor_destinations_group_id_index" on "mor_destinations" ("group_id")');
    this.addSql(
      'create table "mor_destination_groups" ("id" serial primary key, "name" varchar(128) not null, "flag" varchar(32) not null default \'\')',
    );
    this.addSql(
      'alter table "mor_destination_groups" add constraint "mor_destination_groups_name_unique" unique ("name")',
    );
    this.addSql(
      'create table "mor_devices" ("id" serial primary key, "user_id" int not null, "description" varchar(255) not null default \'\', "type" varchar(16) not null, "extension" varchar(32) not null, "username" varchar(64) not null, "password_sealed" text not null, "caller_id" varchar(128) not null default \'\', "last_registered_at" timestamptz null, "created_at" timestamptz not null)',
    );
    this.addSql('create index "mor_devices_user_id_index" on "mor_devices" ("user_id")');
    this.addSql('alter table "mor_devices" add constraint "mor_devices_extension_unique" unique ("extension")');
    this.addSql('alter table "mor_devices" add constraint "mor_devices_username_unique" unique ("username")');
    this.addSql(
      'create table "mor_faxes" ("id" serial primary key, "user_id" int not null, "device_id" int not null, "filename" varchar(255) not null default \'\', "received_at" timestamptz not null, "sender" varchar(64) not null default \'\', "status" varchar(32) not null default \'Received\')',
    );
    this.addSql('create index "mor_faxes_user_id_received_at_index" on "mor_faxes" ("user_id", "received_at")');
    this.addSql(
      'create table "mor_invoices" ("id" serial primary key, "user_id" int not null, "number" varchar(64) not null, "period_start" timestamptz not null, "period_end" timestamptz not null, "issued_at" timestamptz not null, "paid" boolean not null default false, "paid_at" timestamptz null, "price_micros" bigint not null, "vat_percent_micros" bigint not null default \'0\', "currency" varchar(3) not null)',
    );
    this.addSql('create index "mor_invoices_user_id_index" on "mor_invoices" ("user_id")');
    this.addSql('alter table "mor_invoices" add constraint "mor_invoices_number_unique" unique ("number")');
    this.addSql(
      'create table "mor_payments" ("id" serial primary key, "user_id" int not null, "paid_at" timestamptz not null, "confirmed_at" timestamptz null, "type" varchar(32) not null default \'Manual\', "amount_micros" bigint not null, "vat_percent_micros" bigint not null default \'0\', "currency" varchar(3) not null, "completed" boolean not null default false)',
    );
    this.addSql('create index "mor_payments_user_id_index" on "mor_payments" ("user_id")');
    this.addSql(
      'create table "mor_phonebook" ("id" serial primary key, "user_id" int not null, "number" varchar(32) not null, "name" varchar(255) not null, "added_at" timestamptz not null)',
    );
    this.addSql('create index "mor_phonebook_user_id_index" on "mor_phonebook" ("user_id")');
    this.addSql(
      'create table "mor_sessions" ("token_hash" varchar(64) not null, "user_id" int not null, "ip" varchar(64) not null default \'\', "created_at" timestamptz not null, "expires_at" timestamptz not null, "state" text not null default \'{}\', primary key ("token_hash"))',
    );
    this.addSql('create index "mor_sessions_user_id_index" on "mor_sessions" ("user_id")');
    this.addSql('create index "mor_sessions_expires_at_index" on "mor_sessions" ("expires_at")');
    this.addSql(
      'create table "mor_subscriptions" ("id" serial primary key, "user_id" int not null, "service" varchar(255) not null, "price_micros" bigint not null, "currency" varchar(3) not null, "added_at" timestamptz not null, "activation_start" timestamptz not null, "activation_end" timestamptz null)',
    );
    this.addSql('create index "mor_subscriptions_user_id_index" on "mor_subscriptions" ("user_id")');
    this.addSql(
      'create table "mor_user_details" ("user_id" int not null, "alias" varchar(64) not null default \'\', "first_name" varchar(255) not null default \'\', "surname" varchar(255) not null default \'\', "personal_id" varchar(255) not null default \'\', "agreement_number" varchar(255) not null default \'\', "agreement_date" varchar(10) not null default \'\', "taxation_country" varchar(255) not null default \'\', "vat_reg_number" varchar(255) not null default \'\', "vat_percent_micros" bigint not null default \'0\', "reg_postcode" varchar(32) not null default \'\', "reg_city" varchar(255) not null default \'\', "reg_state" varchar(255) not null default \'\', "reg_direction" varchar(255) not null default \'\', "reg_mobile" varchar(32) not null default \'\', "reg_fax" varchar(32) not null default \'\', "language" varchar(8) not null default \'en\', "updated_at" timestamptz not null, primary key ("user_id"))',
    );
  }
}
