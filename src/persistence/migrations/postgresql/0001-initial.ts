/** The initial schema (PostgreSQL): users, global config, tb_api, bans, the credit ledger, the audit log, tariffs. */
import { Migration } from '@mikro-orm/migrations';

export class Migration0001Initial extends Migration {
  override up(): void {
    this.addSql(
      'create table "tb_api" ("fname" varchar(64) not null, "req_key" int null, "req_ip" int null, "req_user" int null, "req_user_mode" int null, "req_user_credit" varchar(32) null, "req_user_register" int null, "req_user_login" int null, "customsql" text null, "custom_action" int null, "custom_action_body" text null, "enabled" int not null default 1, primary key ("fname"))',
    );
    this.addSql(
      'create table "audit_log" ("id" serial primary key, "actor" varchar(64) not null, "action" varchar(64) not null, "target" varchar(128) not null default \'\', "detail" text not null default \'\', "request_id" varchar(64) not null default \'\', "created_at" timestamptz not null)',
    );
    this.addSql('create index "audit_log_created_at_index" on "audit_log" ("created_at")');
    this.addSql(
      'create table "bans" ("ip" varchar(64) not null, "until" timestamptz not null, "reason" varchar(255) not null, "created_at" timestamptz not null, primary key ("ip"))',
    );
    this.addSql(
      'create table "credit_ledger" ("id" serial primary key, "user_id" int not null, "amount_micros" bigint not null, "before_micros" bigint not null, "after_micros" bigint not null, "reason" varchar(64) not null, "actor" varchar(64) not null, "request_id" varchar(64) not null default \'\', "idempotency_key" varchar(128) null, "created_at" timestamptz not null)',
    );
    this.addSql('create index "credit_ledger_user_id_index" on "credit_ledger" ("user_id")');
    this.addSql(
      'alter table "credit_ledger" add constraint "credit_ledger_idempotency_key_unique" unique ("idempotency_key")',
    );
    this.addSql(
      'create table "global_config" ("name" varchar(64) not null, "value" text not null, "updated_at" timestamptz not null, primary key ("name"))',
    );
    this.addSql(
      'create table "tariffs" ("id" serial primary key, "name" varchar(64) not null, "currency" varchar(3) not null default \'USD\', "created_at" timestamptz not null)',
    );
    this.addSql('alter table "tariffs" add constraint "tariffs_name_unique" unique ("name")');
    this.addSql(
      'create table "tb_users" ("id" serial primary key, "username" varchar(64) not null, "password_sealed" text not null, "type" varchar(16) not null default \'enduser\', "enabled" boolean not null default true, "name" varchar(128) not null default \'\', "email" varchar(254) not null default \'\', "phone" varchar(32) not null default \'\', "country" varchar(64) not null default \'\', "address" varchar(255) not null default \'\', "currency" varchar(3) not null default \'USD\', "credit_micros" bigint not null default \'0\', "postpaid" boolean not null default false, "pin" varchar(64) null, "parent_id" int null, "created_at" timestamptz not null, "updated_at" timestamptz not null)',
    );
    this.addSql('alter table "tb_users" add constraint "tb_users_username_unique" unique ("username")');
    this.addSql('alter table "tb_users" add constraint "tb_users_pin_unique" unique ("pin")');
  }
}
