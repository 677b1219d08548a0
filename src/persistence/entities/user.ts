/** A user of any vendor type: the Mizu tb_users row, the miniSIPServer local user and the MOR user are one account. */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** Vendor user types (tb_api req_user codes name them: srvadmin, admins, owners and resellers, support, users). */
export const USER_TYPES = ['enduser', 'reseller', 'admin', 'srvadmin', 'support', 'sipserver', 'trunk'] as const;
export type UserType = (typeof USER_TYPES)[number];

export const User = defineEntity({
  name: 'User',
  tableName: 'tb_users',
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
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export type UserRow = InferEntity<typeof User>;
