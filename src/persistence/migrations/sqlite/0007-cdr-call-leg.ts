/**
 * 0007-cdr-call-leg (SQLite): a call is recorded once per SIP Call-ID and direction (the leg), so that importing a CDR
 * file again adds nothing. Calls without a Call-ID stay unconstrained. A file imported twice before this left each of
 * its calls twice: the later copies (the higher ids) are removed first, or the index could not be made.
 */
import { Migration } from '@mikro-orm/migrations';

export class Migration0007CdrCallLeg extends Migration {
  override up(): void {
    this.addSql(
      "delete from tb_cdrs where sip_call_id <> '' and exists (select 1 from tb_cdrs earlier where earlier.sip_call_id = tb_cdrs.sip_call_id and earlier.direction = tb_cdrs.direction and earlier.id < tb_cdrs.id)",
    );
    this.addSql("create unique index tb_cdrs_call_leg on tb_cdrs (sip_call_id, direction) where sip_call_id <> ''");
  }
}
