/**
 * The miniSIPServer-only settings of a local user (003:L172-L236). The account itself is the shared tb_users row:
 * usrname, usrpwd, dispname, email and the forwarding Mizu also knows (cfunbr, cfbnbr, cfnanbr, cfnatmr, right_vms)
 * are its columns (src/dialects/minisip/objects/localuser.ts maps them); this side row is keyed by its id, and a user
 * without
 * one (created through Mizu) answers the defaults.
 */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const MinisipLocalUser = defineEntity({
  name: 'MinisipLocalUser',
  tableName: 'minisip_localusers',
  properties: {
    userId: p.integer().primary().autoincrement(false),
    description: p.string().length(128).default(''),
    right_ipauth: p.integer().default(0),
    addr: p.string().length(64).default(''),
    port: p.integer().default(0),
    state: p.integer().default(0),
    right_aa: p.integer().default(0),
    right_rg: p.integer().default(0),
    right_sup_rg: p.integer().default(0),
    ringgrpid: p.integer().default(0),
    right_pickup: p.integer().default(0),
    pickupgrpid: p.integer().default(0),
    right_park: p.integer().default(0),
    right_retrieve: p.integer().default(0),
    right_cw: p.integer().default(0),
    fmtype: p.integer().default(0),
    fminterval: p.integer().default(0),
    fmdesta: p.string().length(32).default(''),
    fmdestb: p.string().length(32).default(''),
    fmdestc: p.string().length(32).default(''),
    enddate: p.integer().default(0),
    dialPlan: p.string().length(32).default('default'),
    specextline: p.string().length(64).default(''),
    maxdura: p.integer().default(0),
    maxcall: p.integer().default(0),
    momaxcall: p.integer().default(0),
    calllevel: p.integer().default(0),
    right_cfu: p.integer().default(0),
    right_cfnc: p.integer().default(0),
    cfncnbr: p.string().length(32).default(''),
    right_cfb: p.integer().default(0),
    right_cfna: p.integer().default(0),
    vmannid: p.integer().default(0),
    right_prepaid: p.integer().default(0),
    right_subpre: p.integer().default(0),
    presgrpid: p.integer().default(0),
    right_clrid: p.integer().default(0),
    right_moh: p.integer().default(0),
    right_relay: p.integer().default(0),
    right_oli: p.integer().default(0),
    right_tli: p.integer().default(0),
    tcID: p.integer().default(0),
  },
});

export type MinisipLocalUserRow = InferEntity<typeof MinisipLocalUser>;

/**
 * The tb_users type of a local user: the Mizu end user is the miniSIPServer extension; admins, resellers and trunks are
 * not.
 */
export const LOCAL_USER_TYPE = 'enduser';
