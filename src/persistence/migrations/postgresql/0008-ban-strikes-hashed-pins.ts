/**
 * 0008-ban-strikes-hashed-pins (PostgreSQL): bans count repeat offences (written by `switchboard schema-diff`); stored
 * user and recharge PINs become keyed digests (pin-digests.ts).
 */
import { Migration } from '@mikro-orm/migrations';
import { digestStoredPins } from '../pin-digests.ts';

export class Migration0008BanStrikesHashedPins extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "bans" add "strikes" int not null default 1');
    await digestStoredPins((sql, params) => this.execute(sql, params));
  }
}
