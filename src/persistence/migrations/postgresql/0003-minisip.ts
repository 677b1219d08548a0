/** 0003-minisip (PostgreSQL), written by `switchboard schema-diff`. */
import { Migration } from '@mikro-orm/migrations';

export class Migration0003Minisip extends Migration {
  override up(): void {
    this.addSql(
      'create table "minisip_analyze_called" ("id" serial primary key, "dial_plan" varchar(32) not null, "called_nbr" varchar(32) not null, "description" varchar(128) not null default \'\', "route_type" int not null default 0, "serv_id" int not null default 0, "ext_line" varchar(64) not null default \'\', "rt_group_id" int not null default 0, "change_ind" int not null default 0, "tran_id" int not null default 0, "re_ana_ind" int not null default 0, "clr_refine_id" int not null default 0, "max_duration" int not null default 0, "call_level" int not null default 0)',
    );
    this.addSql(
      'alter table "minisip_analyze_called" add constraint "minisip_analyze_called_dial_plan_called_nbr_unique" unique ("dial_plan", "called_nbr")',
    );
    this.addSql(
      'create table "minisip_analyze_caller" ("id" serial primary key, "caller_nbr" varchar(32) not null, "description" varchar(128) not null default \'\', "tran_id" int not null default 0, "dial_plan" varchar(32) not null default \'\')',
    );
    this.addSql(
      'alter table "minisip_analyze_caller" add constraint "minisip_analyze_caller_caller_nbr_unique" unique ("caller_nbr")',
    );
    this.addSql(
      'create table "minisip_extlines" ("id" serial primary key, "ext_line" varchar(64) not null, "state" int not null default 0, "host" varchar(255) not null default \'\', "port" int not null default 5060, "local_user" varchar(32) not null default \'\', "type" int not null default 0, "password" text not null default \'\', "auth_id" varchar(64) not null default \'\', "max_dur" int not null default 0, "chain" varchar(64) not null default \'\', "transport" int not null default 0, "og_group_id" int not null default 0, "max_mocalls" int not null default 20, "otc_id" int not null default 0, "no_ans_timer" int not null default 0, "description" varchar(128) not null default \'\', "max_calls" int not null default 0, "aa_ind" int not null default 0, "outband_ind" int not null default 0, "outband_server" varchar(255) not null default \'\', "outband_port" int not null default 0, "share_ind" int not null default 0, "orig_caller_nbr" int not null default 0, "authid_with_addr_ind" int not null default 0, "re_invite_ind" int not null default 0, "donot_reg_ind" int not null default 0, "incoming_li" int not null default 0)',
    );
    this.addSql('alter table "minisip_extlines" add constraint "minisip_extlines_ext_line_unique" unique ("ext_line")');
    this.addSql(
      'create table "minisip_huntgroup_detections" ("id" serial primary key, "dial_plan" varchar(32) not null, "called_nbr" varchar(32) not null, "grp_id" int not null)',
    );
    this.addSql(
      'create index "minisip_huntgroup_detections_grp_id_index" on "minisip_huntgroup_detections" ("grp_id")',
    );
    this.addSql(
      'alter table "minisip_huntgroup_detections" add constraint "minisip_huntgroup_detections_dial_plan_called_nbr_unique" unique ("dial_plan", "called_nbr")',
    );
    this.addSql(
      'create table "minisip_huntgroups" ("id" serial primary key, "grp_id" int not null, "desc" varchar(128) not null default \'\', "strategy" int not null, "no_ans_tmr" int not null default 0, "queue_ind" int not null default 0, "max_call" int not null default 0, "max_dura" int not null default 0)',
    );
    this.addSql('alter table "minisip_huntgroups" add constraint "minisip_huntgroups_grp_id_unique" unique ("grp_id")');
    this.addSql(
      'create table "minisip_huntgroup_operators" ("id" serial primary key, "oper" varchar(32) not null, "grp_id" int not null, "auto_ind" int not null default 0)',
    );
    this.addSql(
      'alter table "minisip_huntgroup_operators" add constraint "minisip_huntgroup_operators_oper_unique" unique ("oper")',
    );
    this.addSql('create index "minisip_huntgroup_operators_grp_id_index" on "minisip_huntgroup_operators" ("grp_id")');
    this.addSql(
      'create table "minisip_localusers" ("user_id" int not null, "description" varchar(128) not null default \'\', "right_ipauth" int not null default 0, "addr" varchar(64) not null default \'\', "port" int not null default 0, "state" int not null default 0, "right_aa" int not null default 0, "right_rg" int not null default 0, "right_sup_rg" int not null default 0, "ringgrpid" int not null default 0, "right_pickup" int not null default 0, "pickupgrpid" int not null default 0, "right_park" int not null default 0, "right_retrieve" int not null default 0, "right_cw" int not null default 0, "fmtype" int not null default 0, "fminterval" int not null default 0, "fmdesta" varchar(32) not null default \'\', "fmdestb" varchar(32) not null default \'\', "fmdestc" varchar(32) not null default \'\', "enddate" int not null default 0, "dial_plan" varchar(32) not null default \'default\', "specextline" varchar(64) not null default \'\', "maxdura" int not null default 0, "maxcall" int not null default 0, "momaxcall" int not null default 0, "calllevel" int not null default 0, "right_cfu" int not null default 0, "right_cfnc" int not null default 0, "cfncnbr" varchar(32) not null default \'\', "right_cfb" int not null default 0, "right_cfna" int not null default 0, "vmannid" int not null default 0, "right_prepaid" int not null default 0, "right_subpre" int not null default 0, "presgrpid" int not null default 0, "right_clrid" int not null default 0, "right_moh" int not null default 0, "right_relay" int not null default 0, "right_oli" int not null default 0, "right_tli" int not null default 0, "tc_id" int not null default 0, primary key ("user_id"))',
    );
    this.addSql(
      'create table "minisip_peerservers" ("id" serial primary key, "serv_id" int not null, "desc" varchar(128) not null default \'\', "serv_addr" varchar(255) not null default \'\', "serv_port" int not null default 5060, "caller_id" varchar(32) not null default \'\', "dial_plan" varchar(32) not null default \'default\', "transport" int not null default 0, "og_group_id" int not null default 0, "otc_id" int not null default 0, "o_max_calls" int not null default 0, "i_max_calls" int not null default 0, "orelay_media_ind" int not null default 0, "chain_trunk_id" int not null default 0)',
    );
    this.addSql(
      'alter table "minisip_peerservers" add constraint "minisip_peerservers_serv_id_unique" unique ("serv_id")',
    );
    this.addSql(
      'create table "minisip_refine_called" ("id" serial primary key, "group_id" int not null, "called_prefix" varchar(32) not null, "trans_id" int not null, "description" varchar(128) not null default \'\')',
    );
    this.addSql(
      'alter table "minisip_refine_called" add constraint "minisip_refine_called_group_id_called_prefix_unique" unique ("group_id", "called_prefix")',
    );
    this.addSql(
      'create table "minisip_refine_caller" ("id" serial primary key, "grp_id" int not null, "caller_nbr" varchar(32) not null, "tran_id" int not null, "description" varchar(128) not null default \'\')',
    );
    this.addSql(
      'alter table "minisip_refine_caller" add constraint "minisip_refine_caller_grp_id_caller_nbr_unique" unique ("grp_id", "caller_nbr")',
    );
    this.addSql(
      'create table "minisip_routes" ("id" serial primary key, "group_id" int not null, "route_type" int not null, "sip_trunk_id" int not null default 0, "ext_line" varchar(64) not null default \'\')',
    );
    this.addSql(
      'alter table "minisip_routes" add constraint "minisip_routes_group_id_route_type_sip_trunk_id_ext_line_unique" unique ("group_id", "route_type", "sip_trunk_id", "ext_line")',
    );
    this.addSql(
      'create table "minisip_routegroups" ("id" serial primary key, "group_id" int not null, "description" varchar(128) not null default \'\')',
    );
    this.addSql(
      'alter table "minisip_routegroups" add constraint "minisip_routegroups_group_id_unique" unique ("group_id")',
    );
    this.addSql(
      'create table "minisip_speeddials" ("id" serial primary key, "caller_nbr" varchar(32) not null, "dialed_nbr" varchar(32) not null, "desc" varchar(128) not null default \'\', "dest_nbr" varchar(32) not null default \'\')',
    );
    this.addSql(
      'alter table "minisip_speeddials" add constraint "minisip_speeddials_caller_nbr_dialed_nbr_unique" unique ("caller_nbr", "dialed_nbr")',
    );
    this.addSql(
      'create table "minisip_transitions" ("id" serial primary key, "tran_id" int not null, "type" int not null, "tran_start" int not null default 0, "tran_len" int not null default 0, "prefix" varchar(32) not null default \'\', "description" varchar(128) not null default \'\')',
    );
    this.addSql(
      'alter table "minisip_transitions" add constraint "minisip_transitions_tran_id_unique" unique ("tran_id")',
    );
  }
}
