/** 0005-accounts (SQLite), written by `switchboard schema-diff`. */
import { Migration } from '@mikro-orm/migrations';

export class Migration0005Accounts extends Migration {
  override up(): void {
    this.addSql("alter table `tb_users` add column `forwardonbusy` text not null default ''");
    this.addSql("alter table `tb_users` add column `forwardonnoanswer` text not null default ''");
    this.addSql("alter table `tb_users` add column `forwardalways` text not null default ''");
    this.addSql('alter table `tb_users` add column `voicemail` integer not null default 0');
    this.addSql("alter table `tb_users` add column `musiconhold` text not null default ''");
    this.addSql("alter table `tb_users` add column `displayname` text not null default ''");
    this.addSql('alter table `tb_users` add column `noanswertimeout` integer not null default 0');
    this.addSql('alter table `tb_users` add column `forwardearlystart` integer not null default 0');
    this.addSql('alter table `tb_users` add column `changesptoring` integer not null default 0');
    this.addSql('alter table `tb_users` add column `convertdtmf` integer not null default 0');
    this.addSql('alter table `tb_users` add column `playadvice` integer not null default 0');
    this.addSql('alter table `tb_users` add column `playdisc` integer not null default 0');
    this.addSql('alter table `tb_users` add column `sendsmsalert` integer not null default 0');
    this.addSql('alter table `tb_users` add column `sendemailalert` integer not null default 0');
    this.addSql('alter table `tb_users` add column `sendsmsreport` integer not null default 0');
    this.addSql('alter table `tb_users` add column `senddailyemail` integer not null default 0');
    this.addSql('alter table `tb_users` add column `sendlowcreditemail` integer not null default 0');
    this.addSql('alter table `tb_users` add column `sendmonthlyemail` integer not null default 0');
    this.addSql('alter table `tb_users` add column `sendotheremail` integer not null default 0');
    this.addSql('alter table `tb_users` add column `notifymissedsms` integer not null default 0');
    this.addSql('alter table `tb_users` add column `notifymissedemail` integer not null default 0');
    this.addSql("alter table `tb_users` add column `choosecodecs` text not null default ''");
    this.addSql('alter table `tb_users` add column `needcodeconversion` integer not null default 0');
    this.addSql("alter table `tb_users` add column `discvoice` text not null default ''");
    this.addSql("alter table `tb_users` add column `connectvoice` text not null default ''");
    this.addSql('alter table `tb_users` add column `voicemailonbusy` integer not null default 0');
    this.addSql('alter table `tb_users` add column `voicemailonnoansw` integer not null default 0');
    this.addSql('alter table `tb_users` add column `voicemailalways` integer not null default 0');
    this.addSql("alter table `tb_users` add column `contactname` text not null default ''");
    this.addSql("alter table `tb_users` add column `email2` text not null default ''");
    this.addSql("alter table `tb_users` add column `fax` text not null default ''");
    this.addSql("alter table `tb_users` add column `billaddress` text not null default ''");
    this.addSql("alter table `tb_users` add column `postaddress` text not null default ''");
    this.addSql("alter table `tb_users` add column `regnumber` text not null default ''");
    this.addSql("alter table `tb_users` add column `euregnumber` text not null default ''");
    this.addSql("alter table `tb_users` add column `birthday` text not null default ''");
    this.addSql("alter table `tb_users` add column `gender` text not null default ''");
    this.addSql("alter table `tb_users` add column `language` text not null default ''");
    this.addSql("alter table `tb_users` add column `utc` text not null default ''");
    this.addSql("alter table `tb_users` add column `callerid` text not null default ''");
    this.addSql("alter table `tb_users` add column `deviceid` text not null default ''");
    this.addSql("alter table `tb_users` add column `forgotpasswordquestion` text not null default ''");
    this.addSql("alter table `tb_users` add column `forgotpasswordanswerhash` text not null default ''");
    this.addSql('alter table `tb_users` add column `servertype` integer null');
    this.addSql("alter table `tb_users` add column `domain` text not null default ''");
    this.addSql("alter table `tb_users` add column `ip` text not null default ''");
    this.addSql('alter table `tb_users` add column `port` integer not null default 0');
    this.addSql("alter table `tb_users` add column `proxy` text not null default ''");
    this.addSql("alter table `tb_users` add column `transport` text not null default 'udp'");
    this.addSql('alter table `tb_users` add column `needauth` integer not null default 0');
    this.addSql("alter table `tb_users` add column `routing` text not null default ''");
    this.addSql('alter table `tb_users` add column `routingpriority` integer not null default 0');
  }
}
