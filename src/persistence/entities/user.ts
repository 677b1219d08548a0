/**
 * A user of any vendor type: the Mizu tb_users row, the miniSIPServer local user and the MOR user are one account.
 * Columns the vendor documents name (the setfield fields of 002:L386-L391, the addserver fields of 002:L688-L712) keep
 * the vendor's spelling as their column name, so setfield, getfield and db address them as a Mizu client expects.
 */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { moneyChecks } from './money-checks.ts';

/** Vendor user types (tb_api req_user codes name them: srvadmin, admins, owners and resellers, support, users). */
export const USER_TYPES = ['enduser', 'reseller', 'admin', 'srvadmin', 'support', 'sipserver', 'trunk'] as const;
export type UserType = (typeof USER_TYPES)[number];

const text = (length: number) => p.string().length(length).default('');
const flag = () => p.integer().default(0);

export const User = defineEntity({
  name: 'User',
  tableName: 'tb_users',
  checks: moneyChecks('tb_users', ['credit_micros', 'credit_limit_micros']),
  properties: {
    id: p.integer().primary().autoincrement(),
    username: p.string().length(64).unique(),
    /** AES-256-GCM sealed (domain/security/secret-box.ts); never logged. */
    passwordSealed: p.text(),
    type: p.string().length(16).default('enduser'),
    enabled: p.boolean().default(true),
    name: p.string().length(128).default(''),
    email: p.string().length(254).default(''),
    phone: p.string().length(32).default(''),
    country: p.string().length(64).default(''),
    address: p.string().length(255).default(''),
    currency: p.string().length(3).default('USD'),
    /** Exact: micro-units of the currency (domain/money). */
    creditMicros: p.bigint('bigint').default(0),
    postpaid: p.boolean().default(false),
    /** Pincode authentication (callingcardauth); unique when set. */
    pin: p.string().length(64).nullable().unique(),
    parentId: p.integer().nullable(),
    /** The tariff the user is rated on; null uses the default tariff. */
    tariffId: p.integer().nullable(),
    /** Credit limit for postpaid users (how far below zero they may go), micro-units. */
    creditLimitMicros: p.bigint('bigint').default(0),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),

    // --- the user settings setfield lets users change (002:L387-L388) ---
    /** Forward destinations (callforward anum, bnum, cnum). */
    forwardonbusy: text(64),
    forwardonnoanswer: text(64),
    forwardalways: text(64),
    voicemail: flag(),
    musiconhold: text(128),
    displayname: text(128),
    /** Seconds before forward-on-no-answer; 0 is the server default. */
    noanswertimeout: p.integer().default(0),
    forwardearlystart: flag(),
    changesptoring: flag(),
    convertdtmf: flag(),
    playadvice: flag(),
    playdisc: flag(),
    sendsmsalert: flag(),
    sendemailalert: flag(),
    sendsmsreport: flag(),
    senddailyemail: flag(),
    sendlowcreditemail: flag(),
    sendmonthlyemail: flag(),
    sendotheremail: flag(),
    notifymissedsms: flag(),
    notifymissedemail: flag(),
    /** Codec names in order of preference, comma separated. */
    choosecodecs: text(128),
    needcodeconversion: flag(),
    discvoice: text(255),
    connectvoice: text(255),
    voicemailonbusy: flag(),
    voicemailonnoansw: flag(),
    voicemailalways: flag(),

    // --- contact details users may set while empty (002:L389-L390); name, email, phone, address, country are above ---
    contactname: text(128),
    email2: text(254),
    fax: text(32),
    billaddress: text(255),
    postaddress: text(255),
    regnumber: text(64),
    euregnumber: text(64),
    /** YYYY-MM-DD. */
    birthday: text(10),
    gender: text(16),
    language: text(16),
    /** Offset from UTC, e.g. +2 or -05:30; empty until set. */
    utc: text(8),

    // --- identification and password recovery ---
    /** The caller id shown for this user's calls (getfield guesses it as a filter). */
    callerid: text(64),
    /** The device a public sign-up (newuseru) came from. */
    deviceid: text(128),
    forgotpasswordquestion: text(255),
    /** scrypt hash of the normalised answer (domain/accounts/secret-answer.ts); never answered. */
    forgotpasswordanswerhash: p.text().default(''),

    // --- SIP servers and traffic senders (addserver, 002:L688-L712) ---
    /** addserver u_type: 0 both, 5 only traffic sender, 9 only SIP server; null for other accounts. */
    servertype: p.integer().nullable(),
    domain: text(253),
    ip: text(64),
    port: p.integer().default(0),
    proxy: text(253),
    transport: p.string().length(3).default('udp'),
    /** addserver u_auth: 1 is IP based authentication. */
    needauth: p.integer().default(0),
    /** addserver u_routing (a routing entry id or name, "null" for none) and its priority, for the routing engine. */
    routing: text(128),
    routingpriority: p.integer().default(0),
  },
});

export type UserRow = InferEntity<typeof User>;
