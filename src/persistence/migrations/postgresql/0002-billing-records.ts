/** 0002-billing-records (PostgreSQL), written by `switchboard schema-diff`. */
import { Migration } from '@mikro-orm/migrations';

export class Migration0002BillingRecords extends Migration {
  override up(): void {
    this.addSql(
      'create table "tb_cdrs" ("id" bigserial primary key, "user_id" int null, "called_user_id" int null, "caller" varchar(64) not null, "called" varchar(64) not null, "direction" varchar(3) not null default \'out\', "started_at" timestamptz not null, "connected_at" timestamptz null, "ended_at" timestamptz not null, "duration" int not null default 0, "cost_micros" bigint not null default \'0\', "price_micros" bigint not null default \'0\', "currency" varchar(3) not null default \'USD\', "disconnect_cause" int not null default 16, "sip_call_id" varchar(128) not null default \'\', "prefix" varchar(32) not null default \'\', "destination" varchar(128) not null default \'\', "device_id" int null, "processed" boolean not null default false)',
    );
    this.addSql('create index "tb_cdrs_sip_call_id_index" on "tb_cdrs" ("sip_call_id")');
    this.addSql('create index "tb_cdrs_user_id_started_at_index" on "tb_cdrs" ("user_id", "started_at")');
    this.addSql('create index "tb_cdrs_started_at_index" on "tb_cdrs" ("started_at")');
    this.addSql('create index "tb_cdrs_called_user_id_started_at_index" on "tb_cdrs" ("called_user_id", "started_at")');
    this.addSql(
      'create table "phone_numbers" ("number" varchar(32) not null, "user_id" int null, "kind" varchar(16) not null default \'did\', "locked_at" timestamptz null, primary key ("number"))',
    );
    this.addSql('create index "phone_numbers_user_id_index" on "phone_numbers" ("user_id")');
    this.addSql(
      'create table "rates" ("id" serial primary key, "tariff_id" int not null, "prefix" varchar(32) not null, "destination" varchar(128) not null default \'\', "rate_micros" bigint not null, "connect_fee_micros" bigint not null default \'0\', "initial_increment" int not null default 60, "increment" int not null default 60)',
    );
    this.addSql('alter table "rates" add constraint "rates_tariff_id_prefix_unique" unique ("tariff_id", "prefix")');
    this.addSql(
      'create table "recharge_pins" ("pin" varchar(64) not null, "value_micros" bigint not null, "currency" varchar(3) not null default \'USD\', "used_by" int null, "used_at" timestamptz null, "created_at" timestamptz not null, primary key ("pin"))',
    );
    this.addSql(
      'alter table "tb_users" add "tariff_id" int null, add "credit_limit_micros" bigint not null default \'0\'',
    );
  }
}
