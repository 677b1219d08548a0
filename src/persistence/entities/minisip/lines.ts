/**
 * External lines (003:L266-L377) and SIP trunks (003:L379-L468): where outgoing calls leave and incoming ones arrive.
 */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const MinisipExtLine = defineEntity({
  name: 'MinisipExtLine',
  tableName: 'minisip_extlines',
  properties: {
    id: p.integer().primary().autoincrement(),
    extLine: p.string().length(64).unique(),
    state: p.integer().default(0),
    host: p.string().length(255).default(''),
    port: p.integer().default(5060),
    localUser: p.string().length(32).default(''),
    type: p.integer().default(0),
    /**
     * AES-256-GCM sealed like user passwords (domain/security/secret-box.ts): the SIP edge needs it back to register.
     */
    password: p.text().default(''),
    authID: p.string().length(64).default(''),
    maxDur: p.integer().default(0),
    /** Failover: the line tried next when this one cannot place the call ('' none). */
    chain: p.string().length(64).default(''),
    transport: p.integer().default(0),
    ogGroupID: p.integer().default(0),
    maxMOCalls: p.integer().default(20),
    otcID: p.integer().default(0),
    noAnsTimer: p.integer().default(0),
    description: p.string().length(128).default(''),
    maxCalls: p.integer().default(0),
    aaInd: p.integer().default(0),
    outbandInd: p.integer().default(0),
    outbandServer: p.string().length(255).default(''),
    outbandPort: p.integer().default(0),
    shareInd: p.integer().default(0),
    origCallerNbr: p.integer().default(0),
    authidWithAddrInd: p.integer().default(0),
    reInviteInd: p.integer().default(0),
    donotRegInd: p.integer().default(0),
    incomingLI: p.integer().default(0),
  },
});

export const MinisipPeerServer = defineEntity({
  name: 'MinisipPeerServer',
  tableName: 'minisip_peerservers',
  properties: {
    id: p.integer().primary().autoincrement(),
    servID: p.integer().unique(),
    desc: p.string().length(128).default(''),
    servAddr: p.string().length(255).default(''),
    servPort: p.integer().default(5060),
    callerID: p.string().length(32).default(''),
    dialPlan: p.string().length(32).default('default'),
    transport: p.integer().default(0),
    ogGroupID: p.integer().default(0),
    otcID: p.integer().default(0),
    oMaxCalls: p.integer().default(0),
    iMaxCalls: p.integer().default(0),
    orelayMediaInd: p.integer().default(0),
    /** Failover: the trunk tried next when this one cannot place the call (0 none). */
    chainTrunkID: p.integer().default(0),
  },
});

export type MinisipExtLineRow = InferEntity<typeof MinisipExtLine>;
export type MinisipPeerServerRow = InferEntity<typeof MinisipPeerServer>;
