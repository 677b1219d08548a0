/** 0009-idempotency-digest (PostgreSQL), written by `switchboard schema-diff`. */
import { Migration } from '@mikro-orm/migrations';

export class Migration0009IdempotencyDigest extends Migration {
  override up(): void {
    this.addSql('alter table "credit_ledger" add "idempotency_digest" varchar(64) null');
  }
}
