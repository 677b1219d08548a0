/**
 * 0007-cdr-call-leg (SQLite): a call is recorded once per SIP Call-ID and direction (the leg), so that importing a CDR
 * file again adds nothing. Calls without a Call-ID stay unconstrained. A file imported twice before this left each of
 * its calls twice. Those copies are kept, not deleted (a billing record is never dropped by an upgrade): each later
 * copy (the higher id) gets its Call-ID marked `<callid>#dup<id>`, so the index can be made, a new import still finds
 * the original, and an operator can list them (`where sip_call_id like '%#dup%'`) and delete them after review.
 */
import { Migration } from '@mikro-orm/migrations';

export class Migration0007CdrCallLeg extends Migration {
  override up(): void {
    this.addSql(
      "update tb_cdrs set sip_call_id = substr(sip_call_id, 1, 100) || '#dup' || id where sip_call_id <> '' and exists (select 1 from tb_cdrs earlier where earlier.sip_call_id = tb_cdrs.sip_call_id and earlier.direction = tb_cdrs.direction and earlier.id < tb_cdrs.id)",
    );
    this.addSql("create unique index tb_cdrs_call_leg on tb_cdrs (sip_call_id, direction) where sip_call_id <> ''");
  }
}
