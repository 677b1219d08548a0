/**
 * 0010-money-range (PostgreSQL), written by `switchboard schema-diff`: CHECK constraints holding every money column to
 * the money type's range (src/platform/money.ts).
 */
import { Migration } from '@mikro-orm/migrations';

export class Migration0010MoneyRange extends Migration {
  override up(): void {
    this.addSql(
      'alter table "tb_cdrs" add constraint "tb_cdrs_cost_micros_money" check (cost_micros between -1000000000000000 and 1000000000000000)',
    );
    this.addSql(
      'alter table "tb_cdrs" add constraint "tb_cdrs_price_micros_money" check (price_micros between -1000000000000000 and 1000000000000000)',
    );
    this.addSql(
      'alter table "credit_ledger" add constraint "credit_ledger_amount_micros_money" check (amount_micros between -1000000000000000 and 1000000000000000)',
    );
    this.addSql(
      'alter table "credit_ledger" add constraint "credit_ledger_before_micros_money" check (before_micros between -1000000000000000 and 1000000000000000)',
    );
    this.addSql(
      'alter table "credit_ledger" add constraint "credit_ledger_after_micros_money" check (after_micros between -1000000000000000 and 1000000000000000)',
    );
    this.addSql(
      'alter table "mor_invoices" add constraint "mor_invoices_price_micros_money" check (price_micros between -1000000000000000 and 1000000000000000)',
    );
    this.addSql(
      'alter table "mor_payments" add constraint "mor_payments_amount_micros_money" check (amount_micros between -1000000000000000 and 1000000000000000)',
    );
    this.addSql(
      'alter table "mor_subscriptions" add constraint "mor_subscriptions_price_micros_money" check (price_micros between -1000000000000000 and 1000000000000000)',
    );
    this.addSql(
      'alter table "rates" add constraint "rates_rate_micros_money" check (rate_micros between -1000000000000000 and 1000000000000000)',
    );
    this.addSql(
      'alter table "rates" add constraint "rates_connect_fee_micros_money" check (connect_fee_micros between -1000000000000000 and 1000000000000000)',
    );
    this.addSql(
      'alter table "recharge_pins" add constraint "recharge_pins_value_micros_money" check (value_micros between -1000000000000000 and 1000000000000000)',
    );
    this.addSql(
      'alter table "tb_users" add constraint "tb_users_credit_micros_money" check (credit_micros between -1000000000000000 and 1000000000000000)',
    );
    this.addSql(
      'alter table "tb_users" add constraint "tb_users_credit_limit_micros_money" check (credit_limit_micros between -1000000000000000 and 1000000000000000)',
    );
  }
}
