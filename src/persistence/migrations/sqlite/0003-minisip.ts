/** 0003-minisip (SQLite), written by `switchboard schema-diff`. */
import { Migration } from '@mikro-orm/migrations';

export class Migration0003Minisip extends Migration {
  override up(): void {
    this.addSql(
      "create table `minisip_analyze_called` (`id` integer not null primary key autoincrement, `dial_plan` text not null, `called_nbr` text not null, `description` text not null default '', `route_type` integer not null default 0, `serv_id` integer not null default 0, `ext_line` text not null default '', `rt_group_id` integer not null default 0, `change_ind` integer not null default 0, `tran_id` integer not null default 0, `re_ana_ind` integer not null default 0, `clr_refine_id` integer not null default 0, `max_duration` integer not null default 0, `call_level` integer not null default 0)",
    );
    this.addSql(
      'create unique index `minisip_analyze_called_dial_plan_called_nbr_unique` on `minisip_analyze_called` (`dial_plan`, `called_nbr`)',
    );
    this.addSql(
      "create table `minisip_analyze_caller` (`id` integer not null primary key autoincrement, `caller_nbr` text not null, `description` text not null default '', `tran_id` integer not null default 0, `dial_plan` text not null default '')",
    );
    this.addSql(
      'create unique index `minisip_analyze_caller_caller_nbr_unique` on `minisip_analyze_caller` (`caller_nbr`)',
    );
    this.addSql(
      "create table `minisip_extlines` (`id` integer not null primary key autoincrement, `ext_line` text not null, `state` integer not null default 0, `host` text not null default '', `port` integer not null default 5060, `local_user` text not null default '', `type` integer not null default 0, `password` text not null default '', `auth_id` text not null default '', `max_dur` integer not null default 0, `chain` text not null default '', `transport` integer not null default 0, `og_group_id` integer not null default 0, `max_mocalls` integer not null default 20, `otc_id` integer not null default 0, `no_ans_timer` integer not null default 0, `description` text not null default '', `max_calls` integer not null default 0, `aa_ind` integer not null default 0, `outband_ind` integer not null default 0, `outband_server` text not null default '', `outband_port` integer not null default 0, `share_ind` integer not null default 0, `orig_caller_nbr` integer not null default 0, `authid_with_addr_ind` integer not null default 0, `re_invite_ind` integer not null default 0, `donot_reg_ind` integer not null default 0, `incoming_li` integer not null default 0)",
    );
    this.addSql('create unique index `minisip_extlines_ext_line_unique` on `minisip_extlines` (`ext_line`)');
    this.addSql(
      'create table `minisip_huntgroup_detections` (`id` integer not null primary key autoincrement, `dial_plan` text not null, `called_nbr` text not null, `grp_id` integer not null)',
    );
    this.addSql(
      'create index `minisip_huntgroup_detections_grp_id_index` on `minisip_huntgroup_detections` (`grp_id`)',
    );
    this.addSql(
      'create unique index `minisip_huntgroup_detections_dial_plan_called_nbr_unique` on `minisip_huntgroup_detections` (`dial_plan`, `called_nbr`)',
    );
    this.addSql(
      "create table `minisip_huntgroups` (`id` integer not null primary key autoincrement, `grp_id` integer not null, `desc` text not null default '', `strategy` integer not null, `no_ans_tmr` integer not null default 0, `queue_ind` integer not null default 0, `max_call` integer not null default 0, `max_dura` integer not null default 0)",
    );
    this.addSql('create unique index `minisip_huntgroups_grp_id_unique` on `minisip_huntgroups` (`grp_id`)');
    this.addSql(
      'create table `minisip_huntgroup_operators` (`id` integer not null primary key autoincrement, `oper` text not null, `grp_id` integer not null, `auto_ind` integer not null default 0)',
    );
    this.addSql(
      'create unique index `minisip_huntgroup_operators_oper_unique` on `minisip_huntgroup_operators` (`oper`)',
    );
    this.addSql('create index `minisip_huntgroup_operators_grp_id_index` on `minisip_huntgroup_operators` (`grp_id`)');
    this.addSql(
      "create table `minisip_localusers` (`user_id` integer not null primary key, `description` text not null default '', `right_ipauth` integer not null default 0, `addr` text not null default '', `port` integer not null default 0, `state` integer not null default 0, `right_aa` integer not null default 0, `right_rg` integer not null default 0, `right_sup_rg` integer not null default 0, `ringgrpid` integer not null default 0, `right_pickup` integer not null default 0, `pickupgrpid` integer not null default 0, `right_park` integer not null default 0, `right_retrieve` integer not null default 0, `right_cw` integer not null default 0, `fmtype` integer not null default 0, `fminterval` integer not null default 0, `fmdesta` text not null default '', `fmdestb` text not null default '', `fmdestc` text not null default '', `enddate` integer not null default 0, `dial_plan` text not null default 'default', `specextline` text not null default '', `maxdura` integer not null default 0, `maxcall` integer not null default 0, `momaxcall` integer not null default 0, `calllevel` integer not null default 0, `right_cfu` integer not null default 0, `right_cfnc` integer not null default 0, `cfncnbr` text not null default '', `right_cfb` integer not null default 0, `right_cfna` integer not null default 0, `vmannid` integer not null default 0, `right_prepaid` integer not null default 0, `right_subpre` integer not null default 0, `presgrpid` integer not null default 0, `right_clrid` integer not null default 0, `right_moh` integer not null default 0, `right_relay` integer not null default 0, `right_oli` integer not null default 0, `right_tli` integer not null default 0, `tc_id` integer not null default 0)",
    );
    this.addSql(
      "create table `minisip_peerservers` (`id` integer not null primary key autoincrement, `serv_id` integer not null, `desc` text not null default '', `serv_addr` text not null default '', `serv_port` integer not null default 5060, `caller_id` text not null default '', `dial_plan` text not null default 'default', `transport` integer not null default 0, `og_group_id` integer not null default 0, `otc_id` integer not null default 0, `o_max_calls` integer not null default 0, `i_max_calls` integer not null default 0, `orelay_media_ind` integer not null default 0, `chain_trunk_id` integer not null default 0)",
    );
    this.addSql('create unique index `minisip_peerservers_serv_id_unique` on `minisip_peerservers` (`serv_id`)');
    this.addSql(
      "create table `minisip_refine_called` (`id` integer not null primary key autoincrement, `group_id` integer not null, `called_prefix` text not null, `trans_id` integer not null, `description` text not null default '')",
    );
    this.addSql(
      'create unique index `minisip_refine_called_group_id_called_prefix_unique` on `minisip_refine_called` (`group_id`, `called_prefix`)',
    );
    this.addSql(
      "create table `minisip_refine_caller` (`id` integer not null primary key autoincrement, `grp_id` integer not null, `caller_nbr` text not null, `tran_id` integer not null, `description` text not null default '')",
    );
    this.addSql(
      'create unique index `minisip_refine_caller_grp_id_caller_nbr_unique` on `minisip_refine_caller` (`grp_id`, `caller_nbr`)',
    );
    this.addSql(
      "create table `minisip_routes` (`id` integer not null primary key autoincrement, `group_id` integer not null, `route_type` integer not null, `sip_trunk_id` integer not null default 0, `ext_line` text not null default '')",
    );
    this.addSql(
      'create unique index `minisip_routes_group_id_route_type_sip_trunk_id_ext_line_unique` on `minisip_routes` (`group_id`, `route_type`, `sip_trunk_id`, `ext_line`)',
    );
    this.addSql(
      "create table `minisip_routegroups` (`id` integer not null primary key autoincrement, `group_id` integer not null, `description` text not null default '')",
    );
    this.addSql('create unique index `minisip_routegroups_group_id_unique` on `minisip_routegroups` (`group_id`)');
    this.addSql(
      "create table `minisip_speeddials` (`id` integer not null primary key autoincrement, `caller_nbr` text not null, `dialed_nbr` text not null, `desc` text not null default '', `dest_nbr` text not null default '')",
    );
    this.addSql(
      'create unique index `minisip_speeddials_caller_nbr_dialed_nbr_unique` on `minisip_speeddials` (`caller_nbr`, `dialed_nbr`)',
    );
    this.addSql(
      "create table `minisip_transitions` (`id` integer not null primary key autoincrement, `tran_id` integer not null, `type` integer not null, `tran_start` integer not null default 0, `tran_len` integer not null default 0, `prefix` text not null default '', `description` text not null default '')",
    );
    this.addSql('create unique index `minisip_transitions_tran_id_unique` on `minisip_transitions` (`tran_id`)');
  }
}
